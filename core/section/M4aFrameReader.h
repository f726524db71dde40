// SPDX-License-Identifier: MIT
#pragma once

#include "section/SectionWriter.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace spacetape {

/**
 * @brief Reads the AAC frames of a finished .m4a (one AAC audio track, as M4aWriter writes
 * them) so that a section of it can be saved without any network.
 *
 * Only the sample table is parsed (stsd/esds, stsz, stsc, stco/co64, and an edit list if the
 * file is itself a section); the frames are read from their offsets on demand.
 */
class M4aFrameReader {
    Q_DECLARE_TR_FUNCTIONS(M4aFrameReader)
public:
    /// Parses @p path's index; fails with a message naming the file when it is not one.
    static Expected<M4aFrameReader> open(const QString &path);

    const AudioFormat &format() const { return m_format; }
    /// Samples a player presents (the edit list's duration, else every frame's).
    qint64 presentedSamples() const { return m_presented; }
    /// Samples skipped at the start by the file's edit list (0 for a whole Space).
    qint64 mediaTime() const { return m_mediaTime; }
    qint64 frameCount() const { return qint64(m_sizes.size()); }
    /// Frames [first, first + count) read from the file (clamped to the frames present).
    Expected<SectionFrames> readFrames(qint64 first, qint64 count) const;

private:
    QString m_path;
    AudioFormat m_format;
    std::vector<quint64> m_offsets;
    std::vector<quint32> m_sizes;
    qint64 m_mediaTime = 0;
    qint64 m_presented = 0;
};

}  // namespace spacetape
