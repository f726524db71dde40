// SPDX-License-Identifier: MIT
// SpaceJson::parse (a NAME.space.json read back, written by anyone): no crash or UB on any
// bytes; what it returns is bounded, finite and printable, and survives the writers that use
// it: the JSON writer reads back the same, the WebVTT writer keeps one cue per timing line,
// chaptersFromSpeaking stays within chpl's 255 in order.
#include "FuzzCheck.h"
#include "extras/SpaceJson.h"
#include "extras/SpeakerChapters.h"
#include "extras/WebVtt.h"
#include "util/Limits.h"

#include <cmath>

using namespace spacetape;
using namespace spacetape::extras;

namespace {

void checkPrintable(const QString &text) {
    for (const QChar c : text)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7F);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto parsed = SpaceJson::parse(fuzzBytes(data, size));
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty());
        return 0;
    }
    const SpaceExtras &x = *parsed;
    FUZZ_CHECK(x.participants.size() <= size_t(limits::kMaxSpaceJsonEntries));
    FUZZ_CHECK(x.speaking.size() <= size_t(limits::kMaxSpaceJsonEntries));
    FUZZ_CHECK(x.chat.size() <= size_t(limits::kMaxSpaceJsonEntries));
    for (const Participant &p : x.participants) {
        checkPrintable(p.displayName);
        checkPrintable(p.screenName);
    }
    for (const SpeakingSegment &s : x.speaking) {
        FUZZ_CHECK(std::isfinite(s.start) && std::isfinite(s.end) && s.end >= s.start);
        checkPrintable(s.screenName);
    }
    for (const ChatEntry &c : x.chat) {
        FUZZ_CHECK(c.at && std::isfinite(*c.at));
        checkPrintable(c.text);
        checkPrintable(c.displayName);
    }

    // Written again and read back: the same entries.
    const auto again = SpaceJson::parse(SpaceJson::toBytes(x));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->participants.size() == x.participants.size());
    FUZZ_CHECK(again->chat.size() == x.chat.size());

    // Every "-->" in the WebVTT is one of its own timing lines.
    const QByteArray vtt = webVtt(x);
    FUZZ_CHECK(vtt.startsWith("WEBVTT\n"));
    int cues = 0;
    for (const QByteArray &line : vtt.split('\n')) {
        if (line.contains("-->")) {
            FUZZ_CHECK(line.size() >= 29 && line.indexOf(" --> ") >= 12);
            ++cues;
        }
    }
    int expected = 0;
    for (const ChatEntry &c : x.chat)
        expected += (c.kind == ChatKind::Chat || c.kind == ChatKind::Caption) &&
                    !c.text.trimmed().isEmpty();
    FUZZ_CHECK(cues <= expected);

    const auto chapters = chaptersFromSpeaking(x.speaking, 4 * 3600);
    FUZZ_CHECK(chapters.size() <= 255);
    for (size_t i = 1; i < chapters.size(); ++i)
        FUZZ_CHECK(chapters[i].start > chapters[i - 1].start);
    return 0;
}
