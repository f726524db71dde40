// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QUrl>

namespace spacetape {

struct HlsPlaylist;

/// One chunk on the preview's time line.
struct TimelineChunk {
    qint64 sequence = 0;  ///< names the chunk in the cache (SegmentFetcher::chunkFileName)
    QUrl url;
    double startSeconds = 0;  ///< Σ EXTINF of the chunks before it
    double durationSeconds = 0;
};

/**
 * @brief Where each chunk of a Space sits in time (EXTINF sums): chunk index ↔ seconds.
 *
 * Lets the preview show and seek the whole Space while only the chunks around the play
 * head are on disk.
 */
class PreviewTimeline {
public:
    PreviewTimeline() = default;
    /// From a media playlist (segments ordered by sequence).
    explicit PreviewTimeline(const HlsPlaylist &playlist);

    int count() const { return int(m_chunks.size()); }
    bool isEmpty() const { return m_chunks.isEmpty(); }
    double totalSeconds() const { return m_totalSeconds; }
    const TimelineChunk &at(int index) const { return m_chunks.at(index); }
    /// The chunk that holds @p seconds; clamped to the first or last chunk.
    int indexAt(double seconds) const;
    /// The index of the chunk with @p sequence, or -1.
    int indexOfSequence(qint64 sequence) const;
    /// Appends the chunks of @p newer listed after the last one known (a live Space's list
    /// grows); returns how many were added.
    int extend(const HlsPlaylist &newer);

private:
    QList<TimelineChunk> m_chunks;
    double m_totalSeconds = 0;
};

}  // namespace spacetape
