// SPDX-License-Identifier: MIT
#include "LinkDropHandler.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace spacetape {

namespace {
bool isLinkListFile(const QString &path) {
    return QFileInfo(path).suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0;
}
}  // namespace

bool LinkDropHandler::canAccept(const QMimeData *mime) {
    return mime && (mime->hasUrls() || mime->hasText());
}

QString LinkDropHandler::readListFile(const QString &path, QString *error) {
    const QString name = QFileInfo(path).fileName();
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat() then decides on the
    // file actually opened (a symlink to /dev/zero or a FIFO is refused).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = QObject::tr("%1: cannot be read (%2)")
                     .arg(name, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *error = QObject::tr("%1: not a regular file, so it is not read").arg(name);
        return {};
    }
    if (info.st_size > kMaxListFileBytes) {
        ::close(fd);
        *error = QObject::tr(
                     "%1: too large for a list of links (%2 MB at most, limit "
                     "kMaxLinksFileBytes)")
                     .arg(name)
                     .arg(kMaxListFileBytes / (1024 * 1024));
        return {};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = QObject::tr("%1: cannot be read (%2)").arg(name, file.errorString());
        return {};
    }
    const QByteArray bytes = file.read(kMaxListFileBytes + 1);
    if (bytes.size() > kMaxListFileBytes) {
        *error = QObject::tr(
                     "%1: too large for a list of links (%2 MB at most, limit "
                     "kMaxLinksFileBytes)")
                     .arg(name)
                     .arg(kMaxListFileBytes / (1024 * 1024));
        return {};
    }
    return QString::fromUtf8(bytes);
}

DroppedLinks LinkDropHandler::readListFiles(const QStringList &paths) {
    DroppedLinks result;
    QStringList pieces;
    for (const QString &path : paths) {
        QString error;
        const QString text = readListFile(path, &error);
        if (!error.isEmpty())
            result.unreadable << error;
        else
            pieces << text;
    }
    result.text = pieces.join(QLatin1Char('\n'));
    return result;
}

DroppedLinks LinkDropHandler::extract(const QMimeData *mime) {
    QStringList listFiles;
    DroppedLinks result = extract(mime, &listFiles);
    const DroppedLinks read = readListFiles(listFiles);
    if (!read.text.isEmpty())
        result.text += (result.text.isEmpty() ? QString() : QStringLiteral("\n")) + read.text;
    result.unreadable << read.unreadable;
    return result;
}

DroppedLinks LinkDropHandler::extract(const QMimeData *mime, QStringList *listFiles) {
    DroppedLinks result;
    if (!mime)
        return result;
    QStringList pieces;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (!url.isLocalFile()) {
                pieces << url.toString();
                continue;
            }
            const QString path = url.toLocalFile();
            if (!isLinkListFile(path)) {
                ++result.ignoredFiles;
                continue;
            }
            *listFiles << path;
        }
    } else if (mime->hasText()) {
        pieces << mime->text();
    }
    result.text = pieces.join(QLatin1Char('\n'));
    return result;
}

}  // namespace spacetape
