// SPDX-License-Identifier: MIT
// The live capture's playlist handling (LiveChunks, VariantChain): up to three playlists,
// separated by NUL bytes, merged in turn as a full list and live windows. Whatever they say,
// the capture stays within its range, only names chunks on the playlist's host, and its gaps
// are bounded, ascending and disjoint from what it holds.
#include "FuzzCheck.h"
#include "hls/HlsPlaylist.h"
#include "job/LiveChunks.h"
#include "job/VariantChain.h"
#include "util/Limits.h"

#include <algorithm>

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QUrl master(
        QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/t/"
                       "non_transcode/us-east-1/p/audio-space/master_playlist.m3u8"));
    static const QUrl dynamic(
        QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/t/"
                       "non_transcode/us-east-1/p/audio-space/dynamic_playlist.m3u8?type=live"));
    const QList<QByteArray> parts = fuzzBytes(data, size).split('\0');
    LiveChunks chunks;
    VariantChain chain;
    chain.start(master);
    for (int i = 0; i < parts.size() && i < 3; ++i) {
        const bool fullList = i == 0;
        const QUrl url = fullList ? master : dynamic;
        const auto playlist = HlsPlaylist::parse(parts.at(i), url);
        if (!playlist)
            continue;
        if (playlist->kind == HlsPlaylist::Kind::Master) {
            const auto next = chain.follow(url, *playlist);
            FUZZ_CHECK(next || !next.error().isEmpty());
            FUZZ_CHECK(chain.length() <= limits::kMaxVariantDepth + 1);
            continue;
        }
        const int before = chunks.size();
        const auto added = chunks.merge(*playlist, url, fullList);
        if (!added) {
            FUZZ_CHECK(chunks.size() == before);  // refused whole
            FUZZ_CHECK(!added.error().isEmpty());
            continue;
        }
        FUZZ_CHECK(chunks.size() == before + added->size());
        for (const SegmentRequest &request : *added)
            FUZZ_CHECK(request.url.host() == url.host());
    }
    FUZZ_CHECK(chunks.size() <= limits::kMaxLiveChunks);
    if (chunks.isEmpty())
        return 0;
    const QMap<qint64, LiveChunk> &map = chunks.chunks();
    FUZZ_CHECK(LiveChunks::spanFits(std::min(chunks.start(), map.firstKey()), map.lastKey()));
    // Every other chunk on disk: the gaps are the rest of the range.
    QList<qint64> present;
    int index = 0;
    for (auto it = map.cbegin(); it != map.cend(); ++it, ++index) {
        if (index % 2 == 0)
            present << it.key();
    }
    const QList<qint64> gaps = chunks.gaps(present);
    FUZZ_CHECK(gaps.size() <= limits::kMaxLiveChunks);
    for (int i = 0; i < gaps.size(); ++i) {
        FUZZ_CHECK(gaps.at(i) >= chunks.start() && gaps.at(i) <= map.lastKey());
        if (i > 0)
            FUZZ_CHECK(gaps.at(i - 1) < gaps.at(i));
    }
    const qint64 counted = std::count_if(present.cbegin(), present.cend(),
                                         [&](qint64 s) { return s >= chunks.start(); });
    FUZZ_CHECK(qint64(gaps.size()) + counted == map.lastKey() - chunks.start() + 1);
    return 0;
}
