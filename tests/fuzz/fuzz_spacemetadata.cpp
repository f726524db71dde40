// SPDX-License-Identifier: MIT
// SpaceMetadata (AudioSpaceById answers): no crash or UB; what it derives stays sane.
#include "FuzzCheck.h"
#include "x/SpaceMetadata.h"

#include <QJsonObject>

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto metadata = SpaceMetadata::fromAudioSpaceById(fuzzBytes(data, size));
    if (!metadata)
        return 0;
    const qint64 duration = metadata->durationSeconds();
    FUZZ_CHECK(duration >= -1);
    (void)metadata->downloadable();
    (void)metadata->toJson();
    return 0;
}
