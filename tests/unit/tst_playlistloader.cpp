// SPDX-License-Identifier: MIT
// PlaylistLoader against X-shaped playlists on the fake CDN: retries, empty playlists,
// methods it cannot decrypt, keys of the wrong size, explicit IVs, and the live shapes
// (dynamic → master → transcoded variant → non_transcode originals).
#include "fake/FakeSpaceRig.h"
#include "job/PlaylistLoader.h"
#include "media/ChunkDecryptor.h"
#include "net/NetworkService.h"
#include "support/AesVectors.h"
#include "support/ChunkFixture.h"
#include "util/Limits.h"
#include "x/StreamInfo.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QByteArray kAuthToken = "0123456789abcdef0123456789abcdef01234567";
const QByteArray kCookieHeader = "auth_token=" + kAuthToken + "; ct0=abcdef0123";
const QByteArray kKeyPath = "/i/api/1.1/live_video_stream/key/k1";
const QByteArray &kNistKey = nist::kKey;

/// A media playlist shaped like X's replay: media sequence 1234, EXTINF 2.9–3.2 s.
QByteArray mediaPlaylist(const QByteArray &keyLine = {}, int chunks = 5) {
    QByteArray text =
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n"
        "#EXT-X-MEDIA-SEQUENCE:1234\n#EXT-X-PLAYLIST-TYPE:VOD\n" +
        keyLine;
    static const char *const kDurations[] = {"2.944", "3.200", "3.008", "2.987", "3.115"};
    for (int i = 0; i < chunks; ++i)
        text += QByteArray("#EXTINF:") + kDurations[i % 5] + ",\nchunk_17000000001234567" +
                QByteArray::number(10 + i) + "_" + QByteArray::number(1234 + i) + "_a.aac\n";
    return text + "#EXT-X-ENDLIST\n";
}

struct Outcome {
    std::shared_ptr<const LoadedPlaylist> playlist;
    QString error;
    bool finished = false;
};
}  // namespace

class TestPlaylistLoader : public QObject {
    Q_OBJECT

    static Outcome load(PlaylistLoader &loader, const QUrl &url, int timeoutMs = 30000) {
        Outcome outcome;
        QObject guard;
        connect(&loader, &PlaylistLoader::loaded, &guard,
                [&](std::shared_ptr<const LoadedPlaylist> p) {
                    outcome.playlist = std::move(p);
                    outcome.finished = true;
                });
        connect(&loader, &PlaylistLoader::failed, &guard, [&](const QString &message) {
            outcome.error = message;
            outcome.finished = true;
        });
        loader.load(url);
        if (!QTest::qWaitFor([&] { return outcome.finished; }, timeoutMs))
            outcome.error = QStringLiteral("timed out");
        return outcome;
    }

    /// A server with @p body at /cdn/playlist.m3u8.
    static void servePlaylist(FakeHttpServer &http, const QByteArray &body) {
        http.serveFile("/cdn/playlist.m3u8", body, "application/vnd.apple.mpegurl");
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<std::shared_ptr<const LoadedPlaylist>>(); }

    void loadsAnXShapedMediaPlaylist() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        servePlaylist(http, mediaPlaylist());
        NetworkService network;
        PlaylistLoader loader(network);
        const Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY2(outcome.playlist, qPrintable(outcome.error));
        const auto &segments = outcome.playlist->playlist.segments;
        QCOMPARE(segments.size(), 5);
        QCOMPARE(segments.first().sequence(), qint64(1234));
        QCOMPARE(segments.last().sequence(), qint64(1238));
        QCOMPARE(segments.at(1).duration, 3.2);
        QVERIFY(outcome.playlist->keys.isEmpty());
    }

    void readsAGzippedChunkedPlaylist() {
        // CDNs compress playlists and stream them without a length.
        FakeHttpServer http;
        QVERIFY(http.listen());
        servePlaylist(http, mediaPlaylist({}, 40));
        http.useGzip({});
        http.useChunkedTransfer({});
        NetworkService network;
        PlaylistLoader loader(network);
        const Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY2(outcome.playlist, qPrintable(outcome.error));
        QCOMPARE(http.gzippedAnswers(), 1);
        QCOMPARE(http.chunkedAnswers(), 1);
        QCOMPARE(outcome.playlist->playlist.segments.size(), 40);
        QCOMPARE(outcome.playlist->playlist.segments.last().sequence(), qint64(1234 + 39));
    }

    void retriesTransientFailures_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("503") << 503;
        QTest::newRow("429") << 429;
    }

    void retriesTransientFailures() {
        QFETCH(int, status);
        FakeHttpServer http;
        QVERIFY(http.listen());
        servePlaylist(http, mediaPlaylist());
        http.failTransiently("/cdn/playlist.m3u8", 2, status);
        NetworkService network;
        PlaylistLoader loader(network);
        const Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY2(outcome.playlist, qPrintable(outcome.error));
        QCOMPARE(http.requestCount("/cdn/playlist.m3u8"), 3);
    }

    void waitsAsLongAsRetryAfterSays_data() {
        // Without Retry-After the first retry comes after 1.5 s; each server asks for more.
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("asDate");
        QTest::addColumn<int>("minimumGapMs");
        QTest::newRow("503, Retry-After: 3") << 503 << false << 2800;
        // An HTTP-date has whole seconds: 3 s ahead leaves at least 2 s.
        QTest::newRow("429, Retry-After: HTTP-date +3 s") << 429 << true << 1900;
    }

    void waitsAsLongAsRetryAfterSays() {
        QFETCH(int, status);
        QFETCH(bool, asDate);
        QFETCH(int, minimumGapMs);
        FakeHttpServer http;
        QVERIFY(http.listen());
        servePlaylist(http, mediaPlaylist());
        if (asDate)
            http.failTransientlyUntilDate("/cdn/playlist.m3u8", 1, status, 3);
        else
            http.failTransiently("/cdn/playlist.m3u8", 1, status, 3);
        NetworkService network;
        PlaylistLoader loader(network);
        QSignalSpy waits(&loader, &PlaylistLoader::waiting);
        const Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY2(outcome.playlist, qPrintable(outcome.error));
        QList<qint64> times;
        for (const FakeRequest &request : http.requestLog())
            times << request.receivedAtMs;
        QCOMPARE(times.size(), 2);
        QVERIFY2(times[1] - times[0] >= minimumGapMs,
                 qPrintable(QString::number(times[1] - times[0])));
        // The wait was shown (then ended by the playlist's arrival).
        QVERIFY(waits.size() >= 2);
        QVERIFY2(waits.first().at(0).toString().contains(QString::number(status)),
                 qPrintable(waits.first().at(0).toString()));
        QVERIFY(waits.first().at(1).toInt() >= 2);
        QVERIFY(waits.last().at(0).toString().isEmpty());
    }

    void aHugeRetryAfterIsCutToTheMaximumWait() {
        // 2^63-1 seconds × 1000 would overflow into a negative wait: an instant retry.
        FakeHttpServer http;
        QVERIFY(http.listen());
        servePlaylist(http, mediaPlaylist());
        http.addRoute("/cdn/busy.m3u8", [](const FakeRequest &) {
            FakeResponse response;
            response.status = 429;
            response.addHeader("Retry-After", "9223372036854775807");
            return std::optional<FakeResponse>(response);
        });
        NetworkService network;
        PlaylistLoader loader(network);
        QSignalSpy waits(&loader, &PlaylistLoader::waiting);
        QSignalSpy failed(&loader, &PlaylistLoader::failed);
        loader.load(http.url(QStringLiteral("/cdn/busy.m3u8")));
        QVERIFY(waits.wait(10000));
        QCOMPARE(waits.first().at(1).toInt(), limits::kMaxRetryAfterMs / 1000);
        // Held back: no second request (nor a failure) while we look.
        QVERIFY(!failed.wait(1500));
        QCOMPARE(http.requestCount("/cdn/busy.m3u8"), 1);
        loader.abort();
    }

    void failsNamingTheStatusAfterRetryingOnlyTransientOnes_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("requests");
        QTest::newRow("502: four tries") << 502 << 4;
        QTest::newRow("404 without a window: one") << 404 << 1;
        QTest::newRow("403: one") << 403 << 1;
    }

    void failsNamingTheStatusAfterRetryingOnlyTransientOnes() {
        QFETCH(int, status);
        QFETCH(int, requests);
        FakeHttpServer http;
        QVERIFY(http.listen());
        http.failForever("/cdn/playlist.m3u8", status);
        NetworkService network;
        PlaylistLoader loader(network);
        const Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY(!outcome.playlist);
        QVERIFY2(outcome.error.contains(QStringLiteral("HTTP %1").arg(status)),
                 qPrintable(outcome.error));
        QCOMPARE(http.requestCount("/cdn/playlist.m3u8"), requests);
    }

    void anEmptyPlaylistFailsClearly_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("said");
        QTest::newRow("no chunks, ENDLIST")
            << QByteArray(
                   "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n"
                   "#EXT-X-MEDIA-SEQUENCE:1234\n#EXT-X-ENDLIST\n")
            << QStringLiteral("no audio chunks");
        QTest::newRow("header only") << QByteArray("#EXTM3U\n") << QString();
        QTest::newRow("zero bytes") << QByteArray() << QString();
    }

    void anEmptyPlaylistFailsClearly() {
        QFETCH(QByteArray, body);
        QFETCH(QString, said);
        FakeHttpServer http;
        QVERIFY(http.listen());
        servePlaylist(http, body);
        NetworkService network;
        PlaylistLoader loader(network);
        const Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.playlist);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(outcome.error != QStringLiteral("timed out"));
        QVERIFY2(outcome.error.contains(said), qPrintable(outcome.error));
        QCOMPARE(http.requestCount("/cdn/playlist.m3u8"), 1);  // not retried: it is an answer
    }

    void sampleAesIsRefusedClearlyWithoutFetchingTheKey() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        servePlaylist(http, mediaPlaylist("#EXT-X-KEY:METHOD=SAMPLE-AES,URI=\"key.bin\","
                                          "KEYFORMAT=\"identity\"\n"));
        http.serveFile("/cdn/key.bin", kNistKey, "application/octet-stream");
        NetworkService network;
        PlaylistLoader loader(network);
        const Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY(!outcome.playlist);
        QVERIFY2(outcome.error.contains(QStringLiteral("SAMPLE-AES")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("cannot decrypt")),
                 qPrintable(outcome.error));
        QCOMPARE(http.requestCount("/cdn/key.bin"), 0);
    }

    void aKeyOfTheWrongSizeIsRefused_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("said");
        QTest::newRow("15 bytes") << kNistKey.left(15) << QStringLiteral("15 bytes instead of 16");
        QTest::newRow("32 bytes") << kNistKey + kNistKey << QStringLiteral("instead of 16");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("0 bytes instead of 16");
    }

    void aKeyOfTheWrongSizeIsRefused() {
        QFETCH(QByteArray, key);
        QFETCH(QString, said);
        FakeHttpServer http;
        QVERIFY(http.listen());
        servePlaylist(http, mediaPlaylist("#EXT-X-KEY:METHOD=AES-128,URI=\"key.bin\"\n"));
        http.serveFile("/cdn/key.bin", key, "application/octet-stream");
        NetworkService network;
        PlaylistLoader loader(network);
        const Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY(!outcome.playlist);
        QVERIFY2(outcome.error.contains(said), qPrintable(outcome.error));
        QCOMPARE(http.requestCount("/cdn/key.bin"), 1);
    }

    void explicitIvAndExactLoginCookieReachTheKeys() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        // The NIST SP 800-38A F.2.1 IV, given explicitly; then a second key without an IV.
        QByteArray text = mediaPlaylist("#EXT-X-KEY:METHOD=AES-128,URI=\"https://x.com" + kKeyPath +
                                        "\",IV=0x000102030405060708090A0B0C0D0E0F\n");
        text.replace("#EXTINF:3.008", "#EXT-X-KEY:METHOD=AES-128,URI=\"key2.bin\"\n#EXTINF:3.008");
        servePlaylist(http, text);
        FakeSpaceRig::serveKey(http, kKeyPath, kNistKey, kAuthToken);
        const QByteArray key2 = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        http.serveFile("/cdn/key2.bin", key2, "application/octet-stream");
        NetworkService network;
        network.setApiOrigin(http.baseUrl());
        PlaylistLoader loader(network);

        // A cookie that only contains the name is refused by the key route.
        loader.setKeyCookieHeader("xauth_token=" + kAuthToken + "; ct0=abcdef0123");
        Outcome outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY(!outcome.playlist);
        QVERIFY2(outcome.error.contains(QStringLiteral("HTTP 403")), qPrintable(outcome.error));

        loader.setKeyCookieHeader(kCookieHeader);
        outcome = load(loader, http.url(QStringLiteral("/cdn/playlist.m3u8")));
        QVERIFY2(outcome.playlist, qPrintable(outcome.error));
        const LoadedPlaylist &loaded = *outcome.playlist;
        QCOMPARE(loaded.keys.size(), 5);
        for (qint64 sequence : {1234, 1235}) {
            QCOMPARE(loaded.keyFor(sequence)->key.toHex(), kNistKey.toHex());
            QCOMPARE(loaded.keyFor(sequence)->iv.toHex(),
                     QByteArray("000102030405060708090a0b0c0d0e0f"));
        }
        // Without an IV attribute the IV is the media sequence (1236…), not the index (2…).
        for (qint64 sequence : {1236, 1237, 1238}) {
            QCOMPARE(loaded.keyFor(sequence)->key.toHex(), key2.toHex());
            QCOMPARE(loaded.keyFor(sequence)->iv.toHex(),
                     ChunkDecryptor::ivForSequence(sequence).toHex());
        }
        // The login went to X's key route only, never to the CDN.
        for (const FakeRequest &request : http.requestLog()) {
            if (request.path.startsWith("/cdn/"))
                QVERIFY2(request.header("cookie").isEmpty(), request.path.constData());
        }
    }

    void followsDynamicToMasterToVariantAndFetchesTheOriginals() {
        // A synthetic ADTS stream (no ffmpeg needed): 40 frames of 48 kHz stereo.
        QTemporaryDir dir;
        QByteArray adts;
        for (int i = 0; i < 400; ++i)
            adts += makeAdtsFrame(AudioFormat{2, 3, 2}, QByteArray(180 + i % 40, char(i)));
        const QString adtsPath = dir.filePath(QStringLiteral("clean.aac"));
        {
            QFile file(adtsPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(adts);
        }
        ChunkFixtureOptions options;
        options.firstSequence = 57;
        options.chunkSecondsPattern = {2.9, 3.2, 3.0, 3.1};
        QString error;
        const auto fixture =
            makeChunkFixture(adtsPath, dir.filePath(QStringLiteral("cdn")), options, &error);
        QVERIFY2(fixture, qPrintable(error));
        FakeSpaceRig rig(*fixture);
        const FakeSpace space = rig.makeMasterSpace(QStringLiteral("1vOxwdLkLyXKB"));
        const QUrl master = masterPlaylistUrlFor(QUrl(space.playlistUrl));
        QVERIFY(master.path().endsWith(QLatin1String("/audio-space/master_playlist.m3u8")));
        QVERIFY(!master.hasQuery());

        NetworkService network;
        PlaylistLoader loader(network);
        const Outcome outcome = load(loader, master);
        QVERIFY2(outcome.playlist, qPrintable(outcome.error));
        const auto &segments = outcome.playlist->playlist.segments;
        QCOMPARE(segments.size(), fixture->chunkNames.size());
        const QByteArray originals = FakeSpaceRig::nonTranscodeFolder(space.id);
        for (int i = 0; i < segments.size(); ++i) {
            QCOMPARE(segments.at(i).sequence(), fixture->sequences.at(i));
            QCOMPARE(segments.at(i).url.path().toLatin1(),
                     originals + fixture->chunkNames.at(i).toLatin1());
        }
        QCOMPARE(rig.http().requestCount(originals + "master_playlist.m3u8"), 1);
        QCOMPARE(rig.http().requestCount(FakeSpaceRig::transcodeFolder(space.id) +
                                         fixture->playlistName.toLatin1()),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestPlaylistLoader)
#include "tst_playlistloader.moc"
