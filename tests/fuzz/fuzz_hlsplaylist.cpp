// SPDX-License-Identifier: MIT
// HlsPlaylist: no crash or UB on any text; what parses is bounded, ordered and duplicate-free.
#include "FuzzCheck.h"
#include "hls/HlsPlaylist.h"
#include "util/Limits.h"

#include <cmath>

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto playlist = HlsPlaylist::parse(
        fuzzBytes(data, size),
        QUrl(QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/a/playlist_1.m3u8")));
    if (!playlist) {
        FUZZ_CHECK(!playlist.error().isEmpty());
        for (const QChar c : playlist.error())
            FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7F);
        return 0;
    }
    FUZZ_CHECK(playlist->segments.size() + playlist->variants.size() <=
               limits::kMaxPlaylistEntries);
    for (int i = 0; i < playlist->segments.size(); ++i) {
        const HlsSegment &segment = playlist->segments.at(i);
        FUZZ_CHECK(segment.duration >= 0 && segment.duration <= limits::kMaxSegmentSeconds);
        if (i > 0)
            FUZZ_CHECK(playlist->segments.at(i - 1).sequence() < segment.sequence());
    }
    FUZZ_CHECK(std::isfinite(playlist->totalDuration()));
    return 0;
}
