// SPDX-License-Identifier: MIT
// SectionRange::parse on any text: a range it accepts has finite times within
// kMaxSectionSeconds, START before END, and its times survive timeText → parseTime to the
// millisecond; a refusal always says why.
#include "FuzzCheck.h"
#include "section/SectionRange.h"
#include "util/Limits.h"

#include <cmath>

using namespace spacetape;

namespace {
void checkRoundTrip(double seconds) {
    const auto back = SectionRange::parseTime(SectionRange::timeText(seconds));
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(std::fabs(*back - seconds) <= 0.0005 + 1e-9);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    const auto range = SectionRange::parse(text);
    if (!range) {
        FUZZ_CHECK(!range.error().isEmpty());
        return 0;
    }
    FUZZ_CHECK(std::isfinite(range->startSeconds));
    FUZZ_CHECK(range->startSeconds >= 0 && range->startSeconds <= limits::kMaxSectionSeconds);
    checkRoundTrip(range->startSeconds);
    if (!range->toEnd()) {
        FUZZ_CHECK(std::isfinite(range->endSeconds));
        FUZZ_CHECK(range->endSeconds > range->startSeconds);
        FUZZ_CHECK(range->endSeconds <= limits::kMaxSectionSeconds);
        checkRoundTrip(range->endSeconds);
    }
    FUZZ_CHECK(!range->text().isEmpty());
    // Against any length, including none and absurd ones: a verdict, never a crash.
    for (double total : {0.0, 1.0, 3600.0, 1e300, std::nan("")})
        (void)range->checkAgainst(total);
    return 0;
}
