// SPDX-License-Identifier: MIT
// ClientTransaction: any home page and ondemand.s script (the input up to its first NUL byte
// is the page, the rest the script). Nothing may crash or hang; inputs that are accepted give
// a header that decodes to the key, the time, 16 hash bytes and the marker, masked.
#include "FuzzCheck.h"
#include "x/BundleDiscovery.h"
#include "x/ClientTransaction.h"

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = fuzzBytes(data, size);
    const qsizetype split = bytes.indexOf('\0');
    const QString html = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    const QString script = split < 0 ? QString() : QString::fromUtf8(bytes.mid(split + 1));

    if (const auto url = BundleDiscovery::onDemandUrl(html))
        FUZZ_CHECK(url->scheme() == QLatin1String("https") && !url->host().isEmpty());
    for (int frame = 0; frame < 4; ++frame) {
        if (const auto rows = ClientTransaction::animationRows(html, frame)) {
            for (const auto &row : *rows)
                (void)ClientTransaction::animationKeyOfRow(row, 0.5);
        }
    }
    for (const int index : ClientTransaction::onDemandIndices(script))
        FUZZ_CHECK(index >= 0 && index < 100);

    const auto transaction = ClientTransaction::fromPages(html, script);
    if (!transaction)
        return 0;
    FUZZ_CHECK(!transaction->key().isEmpty());
    const auto again =
        ClientTransaction::fromParts(transaction->key(), transaction->animationKey());
    FUZZ_CHECK(again && again->key() == transaction->key() &&
               again->animationKey() == transaction->animationKey());
    const QByteArray header =
        transaction->headerFor("GET", QStringLiteral("/i/api/graphql/x/AudioSpaceById"),
                               ClientTransaction::kEpochSeconds + 1000, 0x5A);
    const QByteArray decoded = QByteArray::fromBase64(header);
    // [random byte] + key + 4 time bytes + 16 hash bytes + the marker.
    FUZZ_CHECK(decoded.size() == 1 + transaction->key().size() + 4 + 16 + 1);
    FUZZ_CHECK(quint8(decoded.at(0)) == 0x5A);
    FUZZ_CHECK((quint8(decoded.at(decoded.size() - 1)) ^ 0x5A) == 3);
    return 0;
}
