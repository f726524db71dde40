// SPDX-License-Identifier: MIT
#pragma once

#include "media/AudioFormat.h"
#include "media/SpaceTags.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace spacetape {

/// A contiguous run of a Space's AAC frames and where it sits in the whole Space.
struct SectionFrames {
    AudioFormat format;
    qint64 firstFrame = 0;           ///< index in the whole Space's file of frames.front()
    std::vector<QByteArray> frames;  ///< raw AAC payloads (no ADTS header), in order

    /// Samples of the whole Space up to the end of the last frame held.
    qint64 endSample() const { return (firstFrame + qint64(frames.size())) * kSamplesPerAacFrame; }
};

/// What a saved section holds.
struct SectionReport {
    qint64 startSample = 0;  ///< first presented sample, in the whole Space's file
    qint64 endSample = 0;    ///< one past the last presented sample
    qint64 frames = 0;       ///< AAC frames stored, the priming frame included
    double durationSeconds = 0;
    AudioFormat format;
};

/**
 * @brief Writes samples [startSample, endSample) of a Space as a lossless, sample-exact .m4a.
 *
 * The cut is on AAC frame boundaries: the frame holding startSample, one whole frame before it
 * (an AAC frame's output overlaps the previous frame's, so the decoder needs it to produce the
 * first kept frame exactly as the whole file does), through the frame holding endSample − 1.
 * An edit list (M4aEdit) then skips the priming frame and the samples before startSample and
 * presents exactly endSample − startSample samples. A section from the very start needs no
 * priming frame: it starts where the whole file does.
 */
class SectionWriter {
    Q_DECLARE_TR_FUNCTIONS(SectionWriter)
public:
    /// Writes under a temporary name and renames into place (QSaveFile).
    static Expected<SectionReport> write(const SectionFrames &source, qint64 startSample,
                                         qint64 endSample, const SpaceTags &tags,
                                         const QString &outputPath);
};

}  // namespace spacetape
