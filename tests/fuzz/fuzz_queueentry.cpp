// SPDX-License-Identifier: MIT
// QueueEntry (the saved queue file): no crash or UB on any JSON; a chunk folder built from
// an entry's Space ID never leaves the cache root.
#include "FuzzCheck.h"
#include "queue/QueueEntry.h"
#include "util/SpaceId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument document = QJsonDocument::fromJson(fuzzBytes(data, size));
    const QJsonArray entries = document.object().value(QLatin1String("entries")).toArray();
    const QString root = QStringLiteral("/nonexistent-fuzz-root/chunks");
    for (const QJsonValue &value : entries) {
        const QueueEntry entry = QueueEntry::fromJson(value.toObject());
        const QueueEntry again = QueueEntry::fromJson(entry.toJson());
        FUZZ_CHECK(again.key == entry.key && again.spaceId == entry.spaceId);
        FUZZ_CHECK(again.missing == entry.missing);
        if (const auto folder = spaceid::cacheFolder(root, entry.spaceId)) {
            FUZZ_CHECK(folder->startsWith(root + QLatin1Char('/')));
            FUZZ_CHECK(!folder->mid(root.size() + 1).contains(QLatin1Char('/')));
        }
    }
    return 0;
}
