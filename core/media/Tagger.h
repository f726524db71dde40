// SPDX-License-Identifier: MIT
#pragma once

#include "media/SpaceTags.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace spacetape {

/**
 * @brief Reads and rewrites a finished .m4a's iTunes tags with TagLib: the
 * only code that writes tags (M4aWriter leaves an empty ilst for it).
 *
 * Files from M4aWriter carry `free` padding right after ilst, so TagLib edits
 * them in place: the audio is never moved or rewritten as long as all tags fit
 * in M4aWriter::kTagPadding bytes. A bigger cover makes TagLib shift mdat and
 * update stco/co64 itself (slow on a big file, but correct).
 *
 * Blocking file I/O: call it off the GUI thread.
 */
class Tagger {
    Q_DECLARE_TR_FUNCTIONS(Tagger)
public:
    /**
     * Replaces the items SpaceTags owns (©nam ©ART aART ©day desc ©cmt tven
     * purl covr); an empty field removes its item. Other items are kept.
     * SpaceTags::speakers is not written (the caller folds it into the
     * description/comment).
     */
    static Expected<void> write(const QString &path, const SpaceTags &tags);

    /**
     * Reads our items back. SpaceTags::speakers stays empty: speakers have no
     * item of their own, they live inside description/comment.
     */
    static Expected<SpaceTags> read(const QString &path);
};

}  // namespace spacetape
