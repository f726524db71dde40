// SPDX-License-Identifier: MIT
#include "util/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace spacetape {

Expected<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes) {
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("BoundedFile", "%1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(
            QCoreApplication::translate("BoundedFile", "%1 is not a regular file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("BoundedFile", "Could not read %1: %2.")
                        .arg(path, file.errorString()));
    // Checked on what is read, not on the size the file claimed a moment ago.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(QCoreApplication::translate("BoundedFile", "%1 is larger than %2 KiB.")
                        .arg(path)
                        .arg(maxBytes / 1024));
    return bytes;
}

}  // namespace spacetape
