// SPDX-License-Identifier: MIT
#include "job/LiveChunks.h"

#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "util/SafeText.h"
#include "x/StreamInfo.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace spacetape {

namespace {
/// Scheme, host and port: what decides which server a request goes to.
QString origin(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return scheme + QLatin1String("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(port);
}
}  // namespace

QUrl LiveChunks::originalChunkUrl(const QUrl &url) {
    if (!url.path().contains(QLatin1String("/transcode/")))
        return url;
    const QUrl base = nonTranscodeBaseFor(url);
    return base.isValid() ? base.resolved(QUrl(url.fileName())) : url;
}

Expected<void> LiveChunks::chunkAllowed(const QUrl &playlistUrl, const QUrl &chunkUrl) {
    if (auto allowed = urlpolicy::mayFollow(playlistUrl, chunkUrl, urlpolicy::UriKind::Chunk);
        !allowed)
        return allowed;
    if (!urlpolicy::isWebUrl(playlistUrl) || !urlpolicy::isWebUrl(chunkUrl) ||
        origin(chunkUrl) != origin(playlistUrl))
        return fail(tr("The live playlist names a chunk at “%1”, on another server than the "
                       "playlist's own; it is refused.")
                        .arg(printable(chunkUrl.toDisplayString(), 120)));
    return {};
}

bool LiveChunks::spanFits(qint64 low, qint64 high) {
    // Both non-negative: high − low cannot overflow. The top of the range stays clear of the
    // 64-bit edge, so "one past the last chunk" is always a number too.
    constexpr qint64 kHighest = std::numeric_limits<qint64>::max() - limits::kMaxLiveChunks;
    return low >= 0 && high >= low && high <= kHighest && high - low < limits::kMaxLiveChunks;
}

bool LiveChunks::fits(qint64 low, qint64 high, qint64 first) const {
    const qint64 start = first >= 0 ? first : 0;
    if (!m_chunks.isEmpty()) {
        low = std::min(low, m_chunks.firstKey());
        high = std::max(high, m_chunks.lastKey());
    }
    return spanFits(std::min(low, start), std::max(high, start));
}

Expected<QList<SegmentRequest>> LiveChunks::merge(const HlsPlaylist &playlist,
                                                  const QUrl &playlistUrl, bool fullList) {
    if (playlist.segments.isEmpty())
        return QList<SegmentRequest>();
    // Segments come sorted by sequence (HlsPlaylist::parse): the ends bound them all.
    const qint64 low = playlist.segments.first().sequence();
    const qint64 high = playlist.segments.last().sequence();
    const qint64 first =
        fullList && (m_firstListed < 0 || low < m_firstListed) ? low : m_firstListed;
    if (!fits(low, high, first)) {
        const qint64 from = std::min(low, m_chunks.isEmpty() ? low : m_chunks.firstKey());
        return fail(tr("The live playlist lists chunk %1 after chunk %2: more than %3 chunks "
                       "apart, longer than any Space lasts. It is refused.")
                        .arg(high)
                        .arg(std::min(from, first >= 0 ? first : 0))
                        .arg(limits::kMaxLiveChunks));
    }
    QList<SegmentRequest> added;
    QList<std::pair<qint64, LiveChunk>> fresh;
    for (const HlsSegment &segment : playlist.segments) {
        if (segment.key && segment.key->method != QLatin1String("NONE"))
            return fail(
                tr("This live Space is encrypted (for subscribers); Spacetape cannot "
                   "record those live yet. Download its replay after it ends."));
        const qint64 sequence = segment.sequence();
        if (m_chunks.contains(sequence))
            continue;
        LiveChunk chunk;
        chunk.duration = segment.duration;
        chunk.url = originalChunkUrl(segment.url);
        if (auto allowed = chunkAllowed(playlistUrl, chunk.url); !allowed)
            return fail(allowed.error());
        fresh.append(std::make_pair(sequence, chunk));
        added << SegmentRequest{sequence, chunk.url};
    }
    m_firstListed = first;
    for (const auto &[sequence, chunk] : fresh) {
        m_chunks.insert(sequence, chunk);
        m_secondsListed += chunk.duration;
    }
    return added;
}

bool LiveChunks::insert(qint64 sequence, const LiveChunk &chunk) {
    if (m_chunks.contains(sequence) || !fits(sequence, sequence, m_firstListed) ||
        !std::isfinite(chunk.duration) || chunk.duration < 0 ||
        chunk.duration > limits::kMaxSegmentSeconds)
        return false;
    m_chunks.insert(sequence, chunk);
    m_secondsListed += chunk.duration;
    return true;
}

bool LiveChunks::setFirstListed(qint64 sequence) {
    if (sequence < 0) {
        m_firstListed = -1;
        return true;
    }
    if (!fits(sequence, sequence, sequence))
        return false;
    m_firstListed = sequence;
    return true;
}

std::optional<double> LiveChunks::markOnDisk(qint64 sequence) {
    auto it = m_chunks.find(sequence);
    if (it == m_chunks.end() || it->onDisk)
        return std::nullopt;
    it->onDisk = true;
    return it->duration;
}

QList<qint64> LiveChunks::gaps(const QList<qint64> &present) const {
    QList<qint64> missing;
    if (m_chunks.isEmpty())
        return missing;
    // Walks the listed sequences, not the numbers between them: the range is bounded by
    // kMaxLiveChunks (merge() and insert() see to it), and so is what is appended.
    const qint64 end = m_chunks.lastKey() + 1;
    qint64 next = start();
    const auto fill = [&](qint64 upTo) {  // [next, upTo), never past the last chunk
        for (upTo = std::min(upTo, end); next < upTo; ++next)
            missing << next;
    };
    for (const qint64 sequence : present) {
        if (sequence < next)
            continue;
        fill(sequence);
        next = std::max(next, std::min(sequence, end - 1) + 1);
    }
    fill(end);
    return missing;
}

}  // namespace spacetape
