// SPDX-License-Identifier: MIT
#include "util/RegularFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace spacetape {

namespace {
Failure notRegular(const QString &path) {
    return {
        QCoreApplication::translate("RegularFile", "Could not read %1: it is not a regular file.")
            .arg(path)};
}
Failure unreadable(const QString &path, const QString &why) {
    return {QCoreApplication::translate("RegularFile", "Could not read %1: %2.").arg(path, why)};
}
}  // namespace

Expected<void> openRegularFile(QFile &file, const QString &path) {
#ifdef Q_OS_UNIX
    // O_NONBLOCK: the check is on what was opened, so a FIFO swapped in after a check by name
    // cannot block either. It does not change how a regular file reads.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        file.setFileName(path);
        file.open(QIODevice::ReadOnly);  // for Qt's own words for the reason
        const QString why = file.errorString();
        file.close();
        return unreadable(path, why);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return notRegular(path);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return unreadable(path, file.errorString());
    }
    return {};
#else
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return notRegular(path);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    return {};
#endif
}

Expected<QByteArray> readRegularFile(const QString &path, qint64 maxBytes) {
    QFile file;
    if (auto opened = openRegularFile(file, path); !opened)
        return Failure{opened.error()};
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Failure{QCoreApplication::translate("RegularFile",
                                                   "Could not read %1: it is larger than %2 MB.")
                           .arg(path)
                           .arg(maxBytes >> 20)};
    return bytes;
}

}  // namespace spacetape
