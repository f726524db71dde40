// SPDX-License-Identifier: MIT
// StreamInfo (live_video_stream/status answers): no crash or UB.
#include "FuzzCheck.h"
#include "x/StreamInfo.h"

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto stream = StreamInfo::fromJson(fuzzBytes(data, size));
    if (!stream)
        return 0;
    (void)stream->playlistUrl();
    (void)stream->isVideo();
    return 0;
}
