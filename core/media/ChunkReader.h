// SPDX-License-Identifier: MIT
#pragma once

#include "media/AudioFormat.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace spacetape {

/// One AAC frame's payload (ADTS header excluded) inside the chunk's bytes.
struct AacFrameRef {
    qint32 offset = 0;
    qint32 size = 0;
};

/// Where one ID3v2 tag sits inside a chunk (the tag's header and footer included).
struct Id3TagRef {
    qint32 offset = 0;
    qint32 size = 0;
    /// AAC frames of the chunk before the tag: its media time is the chunk's start plus
    /// framesBefore × 1024 samples (extras/HydraFrames reads X's speaker frames from them).
    qint32 framesBefore = 0;
};

/// What a packed-audio chunk holds.
struct ChunkAudio {
    AudioFormat format;               ///< of the frames (all equal)
    std::vector<AacFrameRef> frames;  ///< in stream order
    /// Bytes that were neither ID3 nor ADTS (e.g. a stray MPEG-TS packet).
    qint64 junkBytesSkipped = 0;
    int id3TagsSkipped = 0;
    /// The tags skipped, in chunk order; at most limits::kMaxId3TagsPerChunk are listed
    /// (id3TagsSkipped still counts them all).
    std::vector<Id3TagRef> tags;
    /// 33-bit 90 kHz PTS from the first PRIV com.apple.streaming.transportStreamTimestamp.
    std::optional<quint64> transportStreamTimestamp;
};

/**
 * @brief Finds the AAC frames in one X Space chunk (RFC 8216 §3.4 "packed audio").
 *
 * A chunk is ID3v2 tags and ADTS frames, sometimes preceded or interrupted by
 * stray bytes. Every tag is skipped by its declared size; stray bytes are
 * counted and skipped; an ADTS sync found while resynchronising is only
 * believed when the frame it describes ends where another frame, a tag or the
 * data ends, so 0xFFF patterns inside junk do not become audio.
 */
class ChunkReader {
    Q_DECLARE_TR_FUNCTIONS(ChunkReader)
public:
    /// Finds the audio in one chunk; chunkName is used in error messages (e.g. "chunk 17").
    static Expected<ChunkAudio> read(const QByteArray &bytes, const QString &chunkName);
};

}  // namespace spacetape
