// SPDX-License-Identifier: MIT
// The live capture's sidecar reader (LiveSidecar::fromJson): no crash, hang or UB on any bytes;
// what it accepts belongs to the folder's Space, stays in range, names chunks on its playlists'
// hosts only, and survives a write and a second read unchanged.
#include "FuzzCheck.h"
#include "job/LiveSidecar.h"
#include "util/Limits.h"

#include <cmath>

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QString key = QStringLiteral("1yNGaYPnYBMJj");
    const auto sidecar = LiveSidecar::fromJson(fuzzBytes(data, size), key);
    if (!sidecar) {
        FUZZ_CHECK(!sidecar.error().isEmpty());
        return 0;
    }
    FUZZ_CHECK(sidecar->spaceId == key);
    const QMap<qint64, LiveChunk> &map = sidecar->chunks.chunks();
    FUZZ_CHECK(map.size() <= limits::kMaxLiveChunks);
    FUZZ_CHECK(std::isfinite(sidecar->chunks.secondsListed()));
    if (!map.isEmpty()) {
        FUZZ_CHECK(
            LiveChunks::spanFits(std::min(sidecar->chunks.start(), map.firstKey()), map.lastKey()));
        for (const LiveChunk &chunk : map) {
            FUZZ_CHECK(chunk.url.host() == sidecar->masterUrl.host() ||
                       chunk.url.host() == sidecar->variantUrl.host() ||
                       chunk.url.host() == sidecar->dynamicUrl.host());
            FUZZ_CHECK(chunk.duration >= 0 && chunk.duration <= limits::kMaxSegmentSeconds);
        }
        FUZZ_CHECK(sidecar->chunks.gaps({}).size() <= limits::kMaxLiveChunks);
    }
    const auto again = LiveSidecar::fromJson(sidecar->toJson(), key);
    FUZZ_CHECK(again);
    FUZZ_CHECK(again->chunks.chunks().keys() == map.keys());
    FUZZ_CHECK(again->lastLiveSequence == sidecar->lastLiveSequence);
    FUZZ_CHECK(again->chunks.firstListed() == sidecar->chunks.firstListed());
    return 0;
}
