// SPDX-License-Identifier: MIT
// FilenameTemplate: any template and values give a relative path with no empty, "." or ".."
// part, never absolute, each part at most 200 UTF-8 bytes.
#include "FuzzCheck.h"
#include "util/FilenameTemplate.h"

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // Fields separated by NUL: template, id, title, host, host name, start (ms), duration.
    const QList<QByteArray> fields = fuzzBytes(data, size).split('\0');
    const auto field = [&fields](int i) {
        return i < fields.size() ? QString::fromUtf8(fields.at(i)) : QString();
    };
    FilenameValues values;
    values.id = field(1);
    values.title = field(2);
    values.host = field(3);
    values.hostName = field(4);
    values.startedAt =
        QDateTime::fromMSecsSinceEpoch(field(5).toLongLong() % 4102444800000LL, Qt::UTC);
    values.durationSeconds = field(6).toLongLong() % (1LL << 40);
    (void)FilenameTemplate::check(field(0));
    const QString path = FilenameTemplate::render(field(0), values);
    FUZZ_CHECK(!path.isEmpty());
    FUZZ_CHECK(!path.startsWith(QLatin1Char('/')) && !path.startsWith(QLatin1Char('\\')));
    FUZZ_CHECK(!(path.size() > 1 && path.at(1) == QLatin1Char(':')));
    for (const QString &part : path.split(QLatin1Char('/'))) {
        FUZZ_CHECK(!part.isEmpty() && part != QLatin1String(".") && part != QLatin1String(".."));
        FUZZ_CHECK(part.toUtf8().size() <= 200);
    }
    return 0;
}
