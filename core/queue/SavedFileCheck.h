// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace spacetape {

struct QueueEntry;

/**
 * @brief Decides whether "also delete the saved file" may delete what an entry names.
 *
 * The queue file is read back at every start, so its `outputPath` is input like any other:
 * a damaged or planted queue.json must not make "Remove" delete an arbitrary file. A file is
 * the queue's to delete only when all of these hold:
 * - it lies inside the output folder (folders' symbolic links resolved, no `..` escapes);
 * - it is a regular file itself, not a symbolic link to something elsewhere;
 * - it is an .m4a whose tags still carry the entry's Space ID (what Spacetape writes into
 *   every file it saves, and keeps through Edit Tags), so it is the file the queue made.
 *
 * Reads the file's tags: blocking I/O, but a few kilobytes (TagLib skips the audio).
 */
class SavedFileCheck {
public:
    /// The path to delete for @p entry, or empty when its file must be left alone.
    static QString deletablePath(const QueueEntry &entry, const QString &outputDir);
};

}  // namespace spacetape
