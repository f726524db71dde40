// SPDX-License-Identifier: MIT
#include "queue/SavedFileCheck.h"

#include "media/Tagger.h"
#include "queue/QueueEntry.h"

#include <QDir>
#include <QFileInfo>

namespace spacetape {

QString SavedFileCheck::deletablePath(const QueueEntry &entry, const QString &outputDir) {
    if (entry.outputPath.isEmpty() || entry.spaceId.isEmpty() || outputDir.isEmpty())
        return {};
    const QString root = QFileInfo(outputDir).canonicalFilePath();
    const QFileInfo file(entry.outputPath);
    if (root.isEmpty() || !file.isAbsolute() || file.isSymLink() || !file.isFile() ||
        file.suffix().compare(QLatin1String("m4a"), Qt::CaseInsensitive) != 0)
        return {};
    // The folder it is in, with every link and ".." resolved, must be the output folder or
    // one below it (a name template may make sub-folders).
    const QString folder = file.absoluteDir().canonicalPath();
    if (folder.isEmpty() || (folder != root && !folder.startsWith(root + QLatin1Char('/'))))
        return {};
    const QString path = folder + QLatin1Char('/') + file.fileName();
    const auto tags = Tagger::read(path);
    if (!tags || tags->spaceId != entry.spaceId)
        return {};
    return path;
}

}  // namespace spacetape
