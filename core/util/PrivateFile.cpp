// SPDX-License-Identifier: MIT
#include "util/PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace spacetape {

Expected<void> writePrivateFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // setPermissions() on an open QSaveFile applies to its temporary file, before commit().
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return {};
}

}  // namespace spacetape
