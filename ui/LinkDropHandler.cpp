// SPDX-License-Identifier: MIT
#include "LinkDropHandler.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

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
    QFile file(path);
    if (file.size() > kMaxListFileBytes) {
        *error = QObject::tr("%1: too large for a list of links (%2 MB at most)")
                     .arg(QFileInfo(path).fileName())
                     .arg(kMaxListFileBytes / (1024 * 1024));
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("%1: cannot be read (%2)")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

DroppedLinks LinkDropHandler::extract(const QMimeData *mime) {
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
            QString error;
            const QString text = readListFile(path, &error);
            if (!error.isEmpty())
                result.unreadable << error;
            else
                pieces << text;
        }
    } else if (mime->hasText()) {
        pieces << mime->text();
    }
    result.text = pieces.join(QLatin1Char('\n'));
    return result;
}

}  // namespace spacetape
