// SPDX-License-Identifier: MIT
#pragma once

#include "hls/HlsPlaylist.h"
#include "net/SegmentFetcher.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QUrl>

#include <optional>

namespace spacetape {

/// One chunk a live capture knows.
struct LiveChunk {
    double duration = 0;  ///< EXTINF, finite, within limits::kMaxSegmentSeconds
    QUrl url;             ///< the original (non_transcode) chunk
    bool onDisk = false;
};

/**
 * @brief The chunks of one live capture by sequence, merged from playlists and kept bounded.
 *
 * Pure bookkeeping (no network, no files), so it is fuzzed and tested on its own. Every
 * sequence lies within limits::kMaxLiveChunks of the capture's start (the first sequence of
 * a full list, else 0: X numbers a Space's chunks from 0), so nothing sized by the span of
 * sequence numbers can grow beyond that, and the count of chunks is bounded by it too. A
 * playlist that would leave that range, names an encrypted chunk, or names a chunk the URL
 * policy refuses is refused as a whole: nothing of it is merged.
 */
class LiveChunks {
    Q_DECLARE_TR_FUNCTIONS(LiveChunks)
public:
    /**
     * Whether a live capture may fetch @p chunkUrl, named by the playlist at @p playlistUrl:
     * the chunk policy (urlpolicy::mayFollow) and the playlist's own server (scheme, host and
     * port: a live playlist names its chunks relatively; a chunk elsewhere would send the
     * capture's requests anywhere).
     */
    static Expected<void> chunkAllowed(const QUrl &playlistUrl, const QUrl &chunkUrl);

    /**
     * Merges the chunks of @p playlist (read from @p playlistUrl) that are not known yet, with
     * transcoded chunk URLs turned into their originals; returns those new chunks, ascending.
     * @p fullList: the playlist lists every chunk since the start (its first sequence is the
     * Space's start).
     */
    Expected<QList<SegmentRequest>> merge(const HlsPlaylist &playlist, const QUrl &playlistUrl,
                                          bool fullList);
    /// Adds one chunk known from elsewhere (the sidecar); false when it is out of range.
    bool insert(qint64 sequence, const LiveChunk &chunk);
    /// Sets the Space's first sequence (from the sidecar); false when it is out of range.
    bool setFirstListed(qint64 sequence);

    /// Marks @p sequence on disk; its duration when it was not before, else nothing.
    std::optional<double> markOnDisk(qint64 sequence);

    /**
     * The sequences from the start (firstListed(), else 0) to the last known chunk that are
     * not in @p present, ascending. At most limits::kMaxLiveChunks by construction.
     */
    QList<qint64> gaps(const QList<qint64> &present) const;

    const QMap<qint64, LiveChunk> &chunks() const { return m_chunks; }
    bool isEmpty() const { return m_chunks.isEmpty(); }
    int size() const { return int(m_chunks.size()); }
    qint64 firstListed() const { return m_firstListed; }
    /// The start every gap counts from: firstListed(), or 0 before a full list was read.
    qint64 start() const { return m_firstListed >= 0 ? m_firstListed : 0; }
    double secondsListed() const { return m_secondsListed; }
    /// The original of a chunk a transcoded playlist points at (facts §1.4, §7).
    static QUrl originalChunkUrl(const QUrl &url);
    /// Whether [@p low, @p high] fits in one capture: 0 ≤ low ≤ high, high − low < the limit.
    static bool spanFits(qint64 low, qint64 high);

private:
    bool fits(qint64 low, qint64 high, qint64 first) const;

    QMap<qint64, LiveChunk> m_chunks;
    qint64 m_firstListed = -1;
    double m_secondsListed = 0;
};

}  // namespace spacetape
