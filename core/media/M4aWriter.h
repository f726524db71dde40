// SPDX-License-Identifier: MIT
#pragma once

#include "media/AudioFormat.h"
#include "media/Chapters.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QtGlobal>

#include <optional>
#include <vector>

class QIODevice;

namespace spacetape {

/// One MP4 edit (`edts/elst`): which part of the frames a player presents, in samples.
struct M4aEdit {
    quint64 mediaTime = 0;  ///< samples of the first frame skipped (decoder priming + offset)
    quint64 duration = 0;   ///< samples presented from there; also the mvhd/tkhd duration
};

/**
 * @brief Writes raw AAC frames into an .m4a (MP4) file in one streaming pass.
 *
 * The index goes first: because every frame size is known up front (the
 * chunks are on disk before muxing starts), begin() writes ftyp, the complete
 * moov (sample table, an empty tag list, padding) and the mdat header; writeFrame() then
 * only copies payloads. The file is "fast start" without a second pass and the
 * writer holds at most one kWriteBlock of audio, never the recording.
 *
 * No edit list is written unless one is asked for, so a decoder outputs exactly the
 * samples it would output for the same frames in ADTS form (bit-identical PCM). A section
 * (a clip) passes an M4aEdit so that it starts and ends between frame boundaries.
 *
 * Usage: begin() once, writeFrame() once per declared frame in order, finish().
 * After any failure the writer stays failed; discard the output (QSaveFile::cancelWriting).
 */
class M4aWriter {
    Q_DECLARE_TR_FUNCTIONS(M4aWriter)
public:
    /// @p out must be open for writing (e.g. a QSaveFile); the writer does not own it.
    explicit M4aWriter(QIODevice *out);

    /**
     * Writes ftyp, moov (index + an empty udta/meta/ilst + free padding) and the mdat header.
     *
     * The writer puts no tags of its own into the file: Tagger (TagLib) fills
     * the empty ilst afterwards, so there is one tag writer. @p createdAt only
     * sets the creation time of mvhd/tkhd/mdhd. With @p edit also an edit list,
     * and the movie and track durations become its duration.
     *
     * With @p chapterList (starts on the presented timeline) also chapters, as Nero's
     * moov/udta/chpl and as a QuickTime chapter track (a second, disabled `text` trak after
     * the audio trak, its titles stored in mdat after the audio); see chapters::prepare()
     * for what is kept. The audio bytes and their index are the same with or without.
     */
    Expected<void> begin(const AudioFormat &format, const std::vector<quint32> &frameSizes,
                         const QDateTime &createdAt = {}, const std::optional<M4aEdit> &edit = {},
                         const std::vector<Chapter> &chapterList = {});
    /// Which chapter lists begin() writes (both unless told otherwise); call before begin().
    void setChapterFormats(ChapterFormats formats);
    /// Appends the next raw AAC frame (no ADTS header); its size must match frameSizes[i].
    Expected<void> writeFrame(const char *data, qsizetype size);
    /// Checks that every declared frame was written, appends the chapter titles and flushes.
    Expected<void> finish();

    /**
     * Bytes of `free` padding left after ilst so later TagLib edits stay in place.
     *
     * TagLib grows ilst into a neighbouring `free` atom instead of shifting the
     * whole mdat (rewriting ~100 MB). 128 KiB holds a 400×400 JPEG avatar or a
     * ~100 KB cover plus longer texts added after muxing, and costs ~0.1 % of a
     * two-hour Space.
     */
    static constexpr int kTagPadding = 128 * 1024;

    /// Samples per MP4 chunk: ~1.4 s at 48 kHz keeps stco small and seeking cheap.
    static constexpr int kFramesPerChunk = 64;

    /// True when a chunk at @p largestChunkOffset needs `co64` (a 32-bit `stco` cannot hold it).
    static bool needsCo64(quint64 largestChunkOffset);
    /// 8, or 16 when an mdat with @p payloadBytes needs the 64-bit "largesize" form.
    static int mdatHeaderSize(quint64 payloadBytes);

private:
    /// Frames are gathered into blocks this large: one device write per block
    /// instead of one per ~300-byte frame made pass 2 of the benchmark ~3x faster.
    static constexpr qsizetype kWriteBlock = 1 << 20;

    Expected<void> writeBytes(const char *data, qsizetype size);
    Expected<void> flushPending();
    Expected<void> failWith(Failure failure);
    QString deviceName() const;

    QIODevice *m_out;
    std::vector<quint32> m_frameSizes;
    QByteArray m_pending;
    QByteArray m_chapterSamples;  // the chapter track's samples, written by finish()
    ChapterFormats m_chapterFormats = ChapterFormats::Both;
    size_t m_nextFrame = 0;
    quint64 m_fileSize = 0;  // what the finished file will measure, for the disk-full hint
    bool m_begun = false;
    bool m_failed = false;
};

}  // namespace spacetape
