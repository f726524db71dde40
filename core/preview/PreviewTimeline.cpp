// SPDX-License-Identifier: MIT
#include "preview/PreviewTimeline.h"

#include "hls/HlsPlaylist.h"

#include <algorithm>
#include <limits>

namespace spacetape {

PreviewTimeline::PreviewTimeline(const HlsPlaylist &playlist) {
    m_chunks.reserve(playlist.segments.size());
    double start = 0;
    for (const HlsSegment &segment : playlist.segments) {
        m_chunks.append(TimelineChunk{segment.sequence(), segment.url, start, segment.duration});
        start += segment.duration;
    }
    m_totalSeconds = start;
}

int PreviewTimeline::indexAt(double seconds) const {
    if (m_chunks.isEmpty())
        return -1;
    // The first chunk starting after @p seconds; the one before it holds the moment.
    const auto after = std::upper_bound(
        m_chunks.cbegin(), m_chunks.cend(), seconds,
        [](double value, const TimelineChunk &chunk) { return value < chunk.startSeconds; });
    return std::max(0, int(after - m_chunks.cbegin()) - 1);
}

int PreviewTimeline::extend(const HlsPlaylist &newer) {
    const qint64 last =
        m_chunks.isEmpty() ? std::numeric_limits<qint64>::min() : m_chunks.last().sequence;
    int added = 0;
    for (const HlsSegment &segment : newer.segments) {
        if (segment.sequence() <= last)
            continue;
        m_chunks.append(
            TimelineChunk{segment.sequence(), segment.url, m_totalSeconds, segment.duration});
        m_totalSeconds += segment.duration;
        ++added;
    }
    return added;
}

int PreviewTimeline::indexOfSequence(qint64 sequence) const {
    const auto it = std::lower_bound(
        m_chunks.cbegin(), m_chunks.cend(), sequence,
        [](const TimelineChunk &chunk, qint64 value) { return chunk.sequence < value; });
    if (it == m_chunks.cend() || it->sequence != sequence)
        return -1;
    return int(it - m_chunks.cbegin());
}

}  // namespace spacetape
