// SPDX-License-Identifier: MIT
#include "extras/Sidecars.h"

#include "extras/SpaceJson.h"
#include "extras/WebVtt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace spacetape::extras {

namespace {

Expected<void> saveAtomically(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate(
                        "Sidecars",
                        "Could not save %1: %2. Check that the folder is writable and the disk "
                        "is not full.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

}  // namespace

SidecarPaths sidecarPathsFor(const QString &audioPath) {
    const QFileInfo info(audioPath);
    const QString base = info.dir().filePath(info.completeBaseName());
    return {base + QStringLiteral(".space.json"), base + QStringLiteral(".vtt")};
}

Expected<void> writeSidecars(const QString &audioPath, const SpaceExtras &extras) {
    const SidecarPaths paths = sidecarPathsFor(audioPath);
    if (auto saved = saveAtomically(paths.spaceJson, SpaceJson::toBytes(extras)); !saved)
        return saved;
    return saveAtomically(paths.vtt, webVtt(extras));
}

}  // namespace spacetape::extras
