// SPDX-License-Identifier: MIT
// ChatParse: no crash or UB on any history page or payload; what is kept is clean and bounded.
#include "FuzzCheck.h"
#include "extras/ChatParse.h"
#include "util/Limits.h"

#include <cmath>

using namespace spacetape;
using namespace spacetape::extras;

namespace {
void checkEntry(const ChatEntry &entry) {
    FUZZ_CHECK(entry.text.size() <= limits::kMaxChatTextChars);
    for (const QString *s :
         {&entry.screenName, &entry.displayName, &entry.periscopeId, &entry.uuid})
        FUZZ_CHECK(s->size() <= limits::kMaxChatNameChars);
    for (const QString *s : {&entry.text, &entry.screenName, &entry.displayName}) {
        for (const QChar c : *s)
            FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7F &&
                       !(c.unicode() >= 0x80 && c.unicode() < 0xA0));
    }
    FUZZ_CHECK(std::isfinite(entry.ntpSeconds) && entry.ntpSeconds >= 0);
    FUZZ_CHECK(entry.timestampMs >= 0);
    const auto at = chatPosition(entry, nullptr, 1764324000000);
    FUZZ_CHECK(!at || std::isfinite(*at));
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = fuzzBytes(data, size);
    // The same bytes as a whole page and as one message's payload.
    if (const auto page = ChatParse::parseHistoryPage(bytes)) {
        FUZZ_CHECK(int(page->entries.size()) <= page->messageCount);
        for (const ChatEntry &entry : page->entries)
            checkEntry(entry);
    }
    if (const auto entry = ChatParse::parsePayload(QString::fromUtf8(bytes)))
        checkEntry(*entry);
    return 0;
}
