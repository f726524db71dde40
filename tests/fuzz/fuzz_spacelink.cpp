// SPDX-License-Identifier: MIT
// SpaceLink: any pasted text; every ID found has X's 13-character form.
#include "FuzzCheck.h"
#include "x/SpaceLink.h"

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    if (const auto id = SpaceLink::parseId(text)) {
        FUZZ_CHECK(SpaceLink::isValidId(*id));
        FUZZ_CHECK(SpaceLink::canonicalUrl(*id).isValid());
    }
    const LinkScan scan = SpaceLink::scan(text);
    for (const QString &id : scan.ids)
        FUZZ_CHECK(SpaceLink::isValidId(id));
    (void)SpaceLink::rejectionMessage(text);
    return 0;
}
