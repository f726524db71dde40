// SPDX-License-Identifier: MIT
#include "support/Mp4Inspect.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

namespace spacetape::test {

qint64 mdatOffset(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 pos = 0;
    while (file.seek(pos)) {
        const QByteArray header = file.read(16);
        if (header.size() < 8)
            return -1;
        if (header.mid(4, 4) == "mdat")
            return pos;
        quint64 size = qFromBigEndian<quint32>(header.constData());
        if (size == 1 && header.size() == 16)  // a 64-bit size follows the type
            size = qFromBigEndian<quint64>(header.constData() + 8);
        if (size < 8)
            return -1;
        pos += qint64(size);
    }
    return -1;
}

QByteArray md5From(const QString &path, qint64 offset) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(&file);
    return hash.result().toHex();
}

}  // namespace spacetape::test
