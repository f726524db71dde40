// SPDX-License-Identifier: MIT
#pragma once

#include "media/SpaceTags.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>

namespace spacetape {

/**
 * @brief A new .m4a written under a temporary name, tagged, then renamed into place.
 *
 * The temporary file sits next to the target (not QSaveFile, whose name TagLib could not
 * open): it is tagged under that name and renamed only when complete, so the final name
 * never shows an untagged or half-written file. Until commit() succeeds, destroying this
 * object removes the temporary file, whatever the path out (failure, exception, cancel).
 */
class TaggedOutput {
    Q_DECLARE_TR_FUNCTIONS(TaggedOutput)
public:
    explicit TaggedOutput(const QString &outputPath);

    /// Creates the temporary file; the failure names the target and the remedy.
    Expected<void> open();
    /// Where the muxer writes; valid after open().
    QIODevice *device() { return &m_file; }
    /// Closes, tags with @p tags (TagLib, in the padding M4aWriter left) and renames into place.
    Expected<void> commit(const SpaceTags &tags);

private:
    QString m_outputPath;
    QTemporaryFile m_file;
};

}  // namespace spacetape
