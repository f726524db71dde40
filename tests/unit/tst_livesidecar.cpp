// SPDX-License-Identifier: MIT
// The live capture's pure parts (LiveChunks, LiveSidecar, VariantChain) and the small cache
// files read back at start (ApiCache, ClientTransactionSource): all bounded, all validated.
#include "job/LiveChunks.h"
#include "job/LiveSidecar.h"
#include "job/VariantChain.h"
#include "net/NetworkService.h"
#include "util/Limits.h"
#include "x/ApiCache.h"
#include "x/ClientTransactionSource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <limits>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace spacetape;

namespace {
const QString kId = QStringLiteral("1yNGaYPnYBMJj");
const QUrl kVariant(
    QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/"
                   "hls/tok/transcode/us-east-1/periscope-replay-direct-prod-us-"
                   "east-1-public/eyJ/audio-space/playlist_16.m3u8"));
const QUrl kDynamic(
    QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/"
                   "hls/tok/non_transcode/us-east-1/periscope-replay-direct-prod-"
                   "us-east-1-public/audio-space/dynamic_playlist.m3u8?type=live"));

QByteArray chunkName(qint64 sequence) {
    return "chunk_1733612345678901234_" + QByteArray::number(sequence) + "_a.aac";
}

HlsPlaylist parsed(const QList<qint64> &sequences, const QUrl &url, const QByteArray &prefix = {}) {
    QByteArray text = "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:" +
                      QByteArray::number(sequences.first()) + "\n";
    for (const qint64 sequence : sequences)
        text += "#EXTINF:3.008,\n" + prefix + chunkName(sequence) + "\n";
    auto playlist = HlsPlaylist::parse(text, url);
    if (!playlist)
        qFatal("fixture playlist does not parse: %s", qPrintable(playlist.error()));
    return *playlist;
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Runs @p read on a thread; false when it did not return within 10 s (it is then unblocked
/// by opening the FIFO at @p fifo for writing).
template <typename F>
bool returnsPromptly(F read, const QByteArray &fifo) {
    auto done = std::async(std::launch::async, read);
    if (done.wait_for(std::chrono::seconds(10)) == std::future_status::ready)
        return true;
    const int fd = ::open(fifo.constData(), O_WRONLY);
    if (fd >= 0)
        ::close(fd);
    return false;
}
}  // namespace

class TestLiveSidecar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- LiveChunks: the range, the policy, the gaps ----

    void mergeTakesNewChunksAsOriginalsAndCountsGapsFromTheStart() {
        LiveChunks chunks;
        auto full = chunks.merge(parsed({37, 38, 40}, kVariant), kVariant, true);
        QVERIFY2(full, qPrintable(full.error()));
        QCOMPARE(full->size(), 3);
        QVERIFY(full->first().url.path().contains(QLatin1String("/non_transcode/")));
        QCOMPARE(chunks.firstListed(), qint64(37));
        auto window = chunks.merge(parsed({40, 41, 43}, kDynamic), kDynamic, false);
        QVERIFY(window);
        QCOMPARE(window->size(), 2);  // 40 was known
        QCOMPARE(chunks.size(), 5);
        QCOMPARE(chunks.gaps({37, 40, 41, 43}),
                 (QList<qint64>{38, 39, 42}));  // 38: listed, not on disk
        QCOMPARE(chunks.gaps({}), (QList<qint64>{37, 38, 39, 40, 41, 42, 43}));
    }

    void aSequenceJumpBeyondAnySpaceIsRefusedWhole_data() {
        QTest::addColumn<QList<qint64>>("sequences");
        QTest::addColumn<bool>("fullList");
        QTest::newRow("2^40 in a window") << QList<qint64>{0, qint64(1) << 40} << false;
        QTest::newRow("2^40 in the full list") << QList<qint64>{0, qint64(1) << 40} << true;
        QTest::newRow("int64 max") << QList<qint64>{5, std::numeric_limits<qint64>::max()} << true;
        QTest::newRow("one past the limit") << QList<qint64>{0, limits::kMaxLiveChunks} << true;
        QTest::newRow("a window far from seq 0") << QList<qint64>{limits::kMaxLiveChunks} << false;
    }

    void aSequenceJumpBeyondAnySpaceIsRefusedWhole() {
        QFETCH(QList<qint64>, sequences);
        QFETCH(bool, fullList);
        LiveChunks chunks;
        QVERIFY(chunks.merge(parsed({2, 3}, kVariant), kVariant, false));
        const auto merged = chunks.merge(parsed(sequences, kVariant), kVariant, fullList);
        QVERIFY(!merged);
        QVERIFY2(merged.error().contains(QString::number(sequences.last())),
                 qPrintable(merged.error()));
        QCOMPARE(chunks.size(), 2);  // nothing of the refused playlist
        QCOMPARE(chunks.firstListed(), qint64(-1));
        QCOMPARE(chunks.gaps({2, 3}), (QList<qint64>{0, 1}));
    }

    void aFullListAtTheTopOfTheNumberRangeIsRefused() {
        // Found by fuzz_livecapture_playlist: one chunk at INT64_MAX fits any span, but "one
        // past the last chunk" overflowed in gaps().
        LiveChunks chunks;
        const qint64 top = std::numeric_limits<qint64>::max();
        QVERIFY(!chunks.merge(parsed({top}, kVariant), kVariant, true));
        QVERIFY(chunks.isEmpty());
        QVERIFY(chunks.gaps({}).isEmpty());
    }

    void theWidestCaptureStillFits() {
        LiveChunks chunks;
        const qint64 last = limits::kMaxLiveChunks - 1;
        QVERIFY(chunks.merge(parsed({0, last}, kVariant), kVariant, true));
        QCOMPARE(chunks.gaps({0, last}).size(), int(last - 1));
        QVERIFY(!chunks.insert(last + 1, LiveChunk{3.0, kVariant, false}));
    }

    void chunksOnAnotherHostOrNotOnTheWebAreRefused_data() {
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("another host") << QByteArray("https://evil.example/");
        QTest::newRow("a local file") << QByteArray("file:///etc/");
        QTest::newRow("a userinfo trick") << QByteArray("https://user@evil.example/");
    }

    void chunksOnAnotherHostOrNotOnTheWebAreRefused() {
        QFETCH(QByteArray, prefix);
        LiveChunks chunks;
        const auto merged = chunks.merge(parsed({1, 2}, kDynamic, prefix), kDynamic, false);
        QVERIFY(!merged);
        QVERIFY(chunks.isEmpty());
    }

    void encryptedLiveChunksAreRefused() {
        const QByteArray text =
            "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXT-X-KEY:METHOD=AES-128,"
            "URI=\"key\"\n#EXTINF:3.0,\n" +
            chunkName(4) + "\n";
        const auto playlist = HlsPlaylist::parse(text, kDynamic);
        QVERIFY(playlist);
        LiveChunks chunks;
        QVERIFY(!chunks.merge(*playlist, kDynamic, false));
        QVERIFY(chunks.isEmpty());
    }

    // ---- VariantChain: the rules PlaylistLoader and LiveCapture share ----

    void variantChainRefusesLoopsDepthAndLocalFiles() {
        const auto masterNaming = [](const QString &variant, const QUrl &at) {
            const auto master = HlsPlaylist::parse(
                "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n" + variant.toUtf8() + "\n", at);
            if (!master)
                qFatal("master does not parse");
            return *master;
        };
        const QUrl a(QStringLiteral("https://cdn.example/a.m3u8"));
        VariantChain chain;
        chain.start(a);
        QVERIFY(!chain.follow(a, masterNaming(QStringLiteral("a.m3u8"), a)));
        chain.start(a);
        QVERIFY(!chain.follow(a, masterNaming(QStringLiteral("file:///etc/passwd"), a)));
        chain.start(a);
        QUrl at = a;
        for (int i = 0; i < limits::kMaxVariantDepth; ++i) {
            auto next = chain.follow(at, masterNaming(QStringLiteral("m%1.m3u8").arg(i), at));
            QVERIFY2(next, qPrintable(next.error()));
            at = *next;
        }
        QVERIFY(!chain.follow(at, masterNaming(QStringLiteral("deeper.m3u8"), at)));
    }

    // ---- LiveSidecar: round trip and refusals ----

    void sidecarRoundTripsAndSharesFolders() {
        LiveSidecar sidecar;
        sidecar.spaceId = kId;
        sidecar.masterUrl = kVariant;
        sidecar.variantUrl = kVariant;
        sidecar.dynamicUrl = kDynamic;
        sidecar.lastLiveSequence = 43;
        QVERIFY(sidecar.chunks.merge(parsed({37, 38, 40}, kVariant), kVariant, true));
        QVERIFY(sidecar.chunks.merge(parsed({41, 43}, kDynamic), kDynamic, false));
        sidecar.startedAt = QDateTime::fromMSecsSinceEpoch(1733612345678, Qt::UTC);
        const QByteArray json = sidecar.toJson();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("bases")).toArray().size(), 1);
        const auto back = LiveSidecar::fromJson(json, kId);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->chunks.chunks().keys(), sidecar.chunks.chunks().keys());
        QCOMPARE(back->chunks.chunks().value(40).url, sidecar.chunks.chunks().value(40).url);
        QCOMPARE(back->chunks.firstListed(), qint64(37));
        QCOMPARE(back->lastLiveSequence, qint64(43));
        QCOMPARE(back->startedAt, sidecar.startedAt);
        QVERIFY(!LiveSidecar::fromJson(json, QStringLiteral("1OwxWXwaAMMGQ")));
        QVERIFY(!LiveSidecar::fromJson(json, QString()));
    }

    void sidecarWithBadValuesIsRefused_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        const auto entry = [](QJsonValue sequence, QJsonValue duration, QJsonValue base,
                              QJsonValue name) {
            return QJsonValue(QJsonArray{QJsonArray{sequence, duration, base, name}});
        };
        const QString name = QString::fromLatin1(chunkName(1));
        QTest::newRow("sequence 1e300") << QStringLiteral("chunks") << entry(1e300, 3.0, 0, name);
        QTest::newRow("sequence 2^40")
            << QStringLiteral("chunks") << entry(double(qint64(1) << 40), 3.0, 0, name);
        QTest::newRow("negative sequence") << QStringLiteral("chunks") << entry(-5, 3.0, 0, name);
        QTest::newRow("fractional sequence")
            << QStringLiteral("chunks") << entry(2.5, 3.0, 0, name);
        QTest::newRow("duration 1e300") << QStringLiteral("chunks") << entry(1, 1e300, 0, name);
        QTest::newRow("negative duration") << QStringLiteral("chunks") << entry(1, -3.0, 0, name);
        QTest::newRow("base out of range") << QStringLiteral("chunks") << entry(1, 3.0, 7, name);
        QTest::newRow("base 1e300") << QStringLiteral("chunks") << entry(1, 3.0, 1e300, name);
        QTest::newRow("name not a string") << QStringLiteral("chunks") << entry(1, 3.0, 0, 12);
        QTest::newRow("lastLiveSequence 1e300")
            << QStringLiteral("lastLiveSequence") << QJsonValue(1e300);
        QTest::newRow("firstSequence 2^40")
            << QStringLiteral("firstSequence") << QJsonValue(double(qint64(1) << 40) + 1);
        QTest::newRow("firstSequence nan-like string")
            << QStringLiteral("firstSequence") << QJsonValue("NaN");
        QTest::newRow("master on file:")
            << QStringLiteral("master") << QJsonValue("file:///etc/passwd");
        QTest::newRow("dynamic not a string") << QStringLiteral("dynamic") << QJsonValue(3);
        QTest::newRow("another Space") << QStringLiteral("spaceId") << QJsonValue("1OwxWXwaAMMGQ");
        QTest::newRow("chunk on another host")
            << QStringLiteral("bases")
            << QJsonValue(QJsonArray{QStringLiteral("https://evil.example/a/")});
        QTest::newRow("version 2") << QStringLiteral("version") << QJsonValue(2);
    }

    void sidecarWithBadValuesIsRefused() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject root{{QStringLiteral("version"), 1},
                         {QStringLiteral("spaceId"), kId},
                         {QStringLiteral("master"), kVariant.toString()},
                         {QStringLiteral("variant"), kVariant.toString()},
                         {QStringLiteral("dynamic"), kDynamic.toString()},
                         {QStringLiteral("lastLiveSequence"), 2},
                         {QStringLiteral("firstSequence"), 1},
                         {QStringLiteral("bases"),
                          QJsonArray{kVariant.resolved(QUrl(QStringLiteral("."))).toString()}},
                         {QStringLiteral("chunks"),
                          QJsonArray{QJsonArray{2, 3.008, 0, QString::fromLatin1(chunkName(2))}}}};
        QVERIFY(LiveSidecar::fromJson(QJsonDocument(root).toJson(), kId));  // the baseline
        root.insert(key, value);
        const auto parsed = LiveSidecar::fromJson(QJsonDocument(root).toJson(), kId);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().isEmpty());
    }

    void sidecarWithMoreChunksThanTheCapIsRefused() {
        QJsonArray entries;
        for (qint64 i = 0; i <= limits::kMaxLiveChunks; ++i)
            entries.append(QJsonArray{double(i), 3.0, 0, QStringLiteral("c.aac")});
        const QJsonObject root{
            {QStringLiteral("version"), 1},
            {QStringLiteral("spaceId"), kId},
            {QStringLiteral("master"), kVariant.toString()},
            {QStringLiteral("lastLiveSequence"), -1},
            {QStringLiteral("firstSequence"), -1},
            {QStringLiteral("bases"), QJsonArray{QStringLiteral("https://prod-fastly-us-east-1."
                                                                "video.pscp.tv/")}},
            {QStringLiteral("chunks"), entries}};
        const auto parsed = LiveSidecar::fromJson(QJsonDocument(root).toJson(), kId);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(QString::number(limits::kMaxLiveChunks)),
                 qPrintable(parsed.error()));
    }

    void sidecarThatIsTooLargeOrNotARegularFileIsNotRead() {
        QTemporaryDir dir;
        const QString path = dir.filePath(LiveSidecar::fileName());
        writeFile(path, QByteArray(limits::kMaxLiveSidecarBytes + 1, ' '));
        QVERIFY(!LiveSidecar::read(dir.path(), kId));
        QFile::remove(path);
        QVERIFY(QDir().mkpath(path));  // a folder by that name
        QVERIFY(!LiveSidecar::read(dir.path(), kId));
        QVERIFY(QDir().rmdir(path));
        const QByteArray fifo = QFile::encodeName(path);
        if (::mkfifo(fifo.constData(), 0600) != 0)
            QSKIP("mkfifo is not available here");
        bool refused = false;
        QVERIFY2(returnsPromptly([&] { refused = !LiveSidecar::read(dir.path(), kId); }, fifo),
                 "reading a FIFO sidecar blocked");
        QVERIFY(refused);
    }

    // ---- the queryId and transaction-id caches ----

    void apiCacheValuesAreValidated_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("good") << QByteArray(
                                     R"({"queryId":"Ab-c_12","featureSwitches":["a_b"],)"
                                     R"("fieldToggles":[],"verifiedAt":"2026-01-01T00:00:00Z"})")
                              << true;
        QTest::newRow("a path in the queryId")
            << QByteArray(R"({"queryId":"../../1.1/account/settings?x=","featureSwitches":[]})")
            << false;
        QTest::newRow("a query in a switch")
            << QByteArray(R"({"queryId":"Abc","featureSwitches":["a&variables=1"]})") << false;
        QTest::newRow("empty") << QByteArray("{}") << false;
    }

    void apiCacheValuesAreValidated() {
        QFETCH(QByteArray, json);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("api-cache.json"));
        writeFile(path, json);
        QCOMPARE(ApiCache(path).load().has_value(), accepted);
    }

    void cacheFilesThatAreTooLargeOrFifosAreNotRead() {
        QTemporaryDir dir;
        const QString api = dir.filePath(QStringLiteral("api-cache.json"));
        const QString transaction = dir.filePath(QStringLiteral("client-transaction.json"));
        // Valid JSON, padded past the cap: refused for its size alone.
        const QByteArray padding(limits::kMaxCacheFileBytes, ' ');
        writeFile(api, R"({"queryId":"Abc","featureSwitches":[]})" + padding);
        QVERIFY(!ApiCache(api).load());
        QFile::remove(api);
        for (const QString &path : {api, transaction}) {
            if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
                QSKIP("mkfifo is not available here");
        }
        QVERIFY2(returnsPromptly([&] { (void)ApiCache(api).load(); }, QFile::encodeName(api)),
                 "reading a FIFO queryId cache blocked");
        NetworkService network;
        bool hasInputs = true;
        QVERIFY2(returnsPromptly(
                     [&] {
                         ClientTransactionSource source(network, transaction);
                         hasInputs = source.hasInputs();
                     },
                     QFile::encodeName(transaction)),
                 "reading a FIFO transaction cache blocked");
        QVERIFY(!hasInputs);
    }

    void transactionCacheWithAnOversizedKeyIsNotUsed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("client-transaction.json"));
        NetworkService network;
        const auto stored = [&](const QByteArray &key) {
            writeFile(path,
                      QJsonDocument(
                          QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key.toBase64())},
                                      {QStringLiteral("animationKey"), QStringLiteral("0a1b")},
                                      {QStringLiteral("fetchedAt"),
                                       QStringLiteral("2026-01-01T00:00:00Z")}})
                          .toJson());
            return ClientTransactionSource(network, path).hasInputs();
        };
        QVERIFY(stored(QByteArray(48, 'k')));
        QVERIFY(!stored(QByteArray(64 * 1024, 'k')));
    }
};

QTEST_GUILESS_MAIN(TestLiveSidecar)
#include "tst_livesidecar.moc"
