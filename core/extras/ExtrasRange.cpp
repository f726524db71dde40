// SPDX-License-Identifier: MIT
#include "extras/ExtrasRange.h"

#include <cmath>

namespace spacetape::extras {

SpaceExtras rebased(const SpaceExtras &extras, double start, double end) {
    SpaceExtras out;
    out.participants = extras.participants;
    out.chatAvailable = extras.chatAvailable;
    out.chatUnavailableReason = extras.chatUnavailableReason;
    if (!std::isfinite(start) || !std::isfinite(end) || end <= start)
        return out;
    for (const SpeakingSegment &segment : extras.speaking) {
        const double from = std::max(segment.start, start);
        const double to = std::min(segment.end, end);
        if (!(to > from))  // also false for NaN
            continue;
        SpeakingSegment moved = segment;
        moved.start = from - start;
        moved.end = to - start;
        out.speaking.push_back(std::move(moved));
    }
    for (const ChatEntry &entry : extras.chat) {
        if (!entry.at || !(*entry.at >= start && *entry.at < end))
            continue;
        ChatEntry moved = entry;
        moved.at = *entry.at - start;
        out.chat.push_back(std::move(moved));
    }
    return out;
}

}  // namespace spacetape::extras
