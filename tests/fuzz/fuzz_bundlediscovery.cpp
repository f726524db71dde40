// SPDX-License-Identifier: MIT
// BundleDiscovery: any homepage or script text; a module found is an https address.
#include "FuzzCheck.h"
#include "x/BundleDiscovery.h"

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    if (const auto url = BundleDiscovery::audioModuleUrl(text))
        FUZZ_CHECK(url->scheme() == QLatin1String("https") && !url->host().isEmpty());
    if (const auto op = BundleDiscovery::findAudioSpaceById(text))
        FUZZ_CHECK(!op->queryId.isEmpty());
    return 0;
}
