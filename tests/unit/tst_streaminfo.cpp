// SPDX-License-Identifier: MIT
#include "support/TestData.h"
#include "x/StreamInfo.h"

#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {

const QString kCdn = QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv");
const QString kReplayPath = QStringLiteral(
    "/Transcoding/v1/hls/dGVzdF90b2tlbl9mb3Jfc3BhY2V0YXBlX3Vuc2VlbiI/non_transcode/us-east-1/"
    "periscope-replay-direct-prod-us-east-1-public/audio-space/"
    "playlist_16798763063413909336.m3u8");

}  // namespace

class TestStreamInfo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAnEndedSpace() {
        const auto info = StreamInfo::fromJson(unitTestData("stream_status_replay.json"));
        QVERIFY2(info, qPrintable(info.error()));
        QCOMPARE(info->status, QStringLiteral("ENDED"));
        QCOMPARE(info->streamType, QStringLiteral("HLS"));
        QCOMPARE(info->playlistUrl(), QUrl(kCdn + kReplayPath + "?type=replay"));
        QVERIFY(!info->isLive());
        QVERIFY(!info->isVideo());
    }

    void parsesALiveSpace() {
        const auto info = StreamInfo::fromJson(unitTestData("stream_status_live.json"));
        QVERIFY2(info, qPrintable(info.error()));
        QVERIFY(info->isLive());
        QVERIFY(!info->isVideo());
        QVERIFY(info->noRedirectPlaybackUrl.isEmpty());
        QCOMPARE(info->playlistUrl(), info->location);  // no preferred address: location
        QCOMPARE(info->playlistUrl().fileName(), QStringLiteral("dynamic_playlist.m3u8"));
    }

    void prefersNoRedirectPlaybackUrl() {
        const auto info = StreamInfo::fromJson(singleQuotedJson(
            "{'source':{'location':'https://prod-ec-us-east-1.video.pscp.tv/a/audio-space/"
            "playlist_1.m3u8','noRedirectPlaybackUrl':'https://prod-fastly-us-east-1.video."
            "pscp.tv/b/audio-space/playlist_2.m3u8','status':'ENDED','streamType':'HLS'}}"));
        QVERIFY2(info, qPrintable(info.error()));
        QCOMPARE(info->playlistUrl().host(), QStringLiteral("prod-fastly-us-east-1.video.pscp.tv"));
        QCOMPARE(info->playlistUrl().fileName(), QStringLiteral("playlist_2.m3u8"));
    }

    void brokenPreferredAddressFallsBackToLocation() {
        const auto info = StreamInfo::fromJson(singleQuotedJson(
            "{'source':{'location':'https://prod-ec-us-east-1.video.pscp.tv/a/audio-space/"
            "playlist_1.m3u8','noRedirectPlaybackUrl':'null','status':'ENDED'}}"));
        QVERIFY2(info, qPrintable(info.error()));
        QCOMPARE(info->playlistUrl().fileName(), QStringLiteral("playlist_1.m3u8"));
    }

    void unwrapsAuthorizedStatusLinks() {
        const QUrl real(kCdn + kReplayPath + "?type=replay");
        QUrl wrapper(QStringLiteral(
            "https://x.com/i/api/1.1/live_video_stream/authorized_status/28_1882012345678901248"));
        wrapper.setQuery(QStringLiteral("url=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(real.toString())));
        QCOMPARE(unwrapAuthorizedUrl(wrapper), real);
        // Other URLs pass through untouched, including ones with their own url= parameter.
        QCOMPARE(unwrapAuthorizedUrl(real), real);
        const QUrl redirector(QStringLiteral("https://t.co/r?url=https%3A%2F%2Fexample.com%2F"));
        QCOMPARE(unwrapAuthorizedUrl(redirector), redirector);
        // A wrapper whose url is not a web address is left alone rather than guessed at.
        const QUrl odd(QStringLiteral(
            "https://x.com/i/api/1.1/live_video_stream/authorized_status/28_1?url=javascript%3A1"));
        QCOMPARE(unwrapAuthorizedUrl(odd), odd);

        StreamInfo info;
        info.location = wrapper;
        QCOMPARE(info.playlistUrl(), real);
        QVERIFY(!info.isVideo());  // judged on the real address, not the wrapper
    }

    void liveWithoutStatusIsJudgedByAddress() {
        StreamInfo info;
        info.location = QUrl(kCdn + "/x/audio-space/dynamic_playlist.m3u8?type=live");
        QVERIFY(info.isLive());
        info.location = QUrl(kCdn + kReplayPath + "?type=replay");
        QVERIFY(!info.isLive());
        info.status = QStringLiteral("LIVE");
        QVERIFY(info.isLive());  // X's status wins over the address
    }

    void videoSpacesAreRecognised_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("video");
        QTest::newRow("audio replay") << kCdn + kReplayPath + "?type=replay" << false;
        QTest::newRow("audio live")
            << kCdn +
                   "/Transcoding/v1/hls/t/non_transcode/us-east-1/d/audio-space/"
                   "dynamic_playlist.m3u8?type=live"
            << false;
        QTest::newRow("video master dynamic")
            << kCdn +
                   "/Transcoding/v1/hls/t/non_transcode/us-east-1/d/"
                   "master_dynamic_highlatency.m3u8?type=live"
            << true;
        QTest::newRow("video replay without audio-space")
            << kCdn + "/Transcoding/v1/hls/t/non_transcode/us-east-1/d/playlist_1.m3u8" << true;
        QTest::newRow("master_dynamic under audio-space")
            << kCdn + "/t/audio-space/master_dynamic_delta.m3u8" << true;
        QTest::newRow("no address") << QString() << false;
    }
    void videoSpacesAreRecognised() {
        QFETCH(QString, url);
        QFETCH(bool, video);
        StreamInfo info;
        info.location = QUrl(url);
        QCOMPARE(info.isVideo(), video);
    }

    void failsWithoutAnAddress_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no source")
            << singleQuotedJson("{'sessionId':'1'}") << QStringLiteral("X gave no stream address");
        QTest::newRow("empty addresses")
            << singleQuotedJson(
                   "{'source':{'location':'','noRedirectPlaybackUrl':'','status':'ENDED'}}")
            << QStringLiteral("try again shortly");
        QTest::newRow("errors") << singleQuotedJson(
                                       "{'errors':[{'code':239,'message':'Bad guest token.'}]}")
                                << QStringLiteral("\"Bad guest token.\"");
        QTest::newRow("not a web address")
            << singleQuotedJson("{'source':{'location':'about:blank','status':'ENDED'}}")
            << QStringLiteral("not a web address (\"about:blank\")");
        QTest::newRow("malformed")
            << QByteArray("{\"source\":") << QStringLiteral("could not be read");
        QTest::newRow("html") << QByteArray("<html>rate limited</html>")
                              << QStringLiteral("could not be read");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    }
    void failsWithoutAnAddress() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto info = StreamInfo::fromJson(body);
        QVERIFY(!info);
        QVERIFY2(info.error().contains(expected), qPrintable(info.error()));
    }

    void masterPlaylistSitsBesideTheDynamicOne() {
        const QUrl dynamic(
            "https://prod-fastly-ap-northeast-1.video.pscp.tv/Transcoding/v1/hls/"
            "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_xYz/non_transcode/ap-northeast-1/"
            "periscope-replay-direct-prod-ap-northeast-1-public/audio-space/"
            "dynamic_playlist.m3u8?type=live#frag");
        const QUrl master = masterPlaylistUrlFor(dynamic);
        QCOMPARE(master.toString(),
                 QStringLiteral("https://prod-fastly-ap-northeast-1.video.pscp.tv/Transcoding/v1/"
                                "hls/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_xYz/non_transcode/"
                                "ap-northeast-1/periscope-replay-direct-prod-ap-northeast-1-"
                                "public/audio-space/master_playlist.m3u8"));
        QVERIFY(!master.hasQuery());
        QVERIFY(!masterPlaylistUrlFor(QUrl()).isValid());
        QVERIFY(!masterPlaylistUrlFor(QUrl("file:///tmp/dynamic_playlist.m3u8")).isValid());
    }

    void nonTranscodeBaseDropsTheJwt_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("base");
        const QString jwt = QStringLiteral(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzcGFjZXRhcGUifQ.c2lnbmF0dXJlX2hlcmU");
        QTest::newRow("transcode variant")
            << kCdn +
                   "/Transcoding/v1/hls/tok/transcode/us-east-1/"
                   "periscope-replay-direct-prod-us-east-1-public/" +
                   jwt + "/audio-space/playlist_16798763063413909336.m3u8?type=live"
            << kCdn +
                   "/Transcoding/v1/hls/tok/non_transcode/us-east-1/"
                   "periscope-replay-direct-prod-us-east-1-public/audio-space/";
        QTest::newRow("transcode without a token")
            << kCdn + "/Transcoding/v1/hls/tok/transcode/eu-west-1/deploy/audio-space/p.m3u8"
            << kCdn + "/Transcoding/v1/hls/tok/non_transcode/eu-west-1/deploy/audio-space/";
        QTest::newRow("already non_transcode") << kCdn + kReplayPath + "?type=replay"
                                               << kCdn +
                                                      "/Transcoding/v1/hls/"
                                                      "dGVzdF90b2tlbl9mb3Jfc3BhY2V0YXBlX3Vuc2VlbiI/"
                                                      "non_transcode/us-east-1/"
                                                      "periscope-replay-direct-prod-us-east-1-"
                                                      "public/audio-space/";
        QTest::newRow("video path")
            << kCdn + "/Transcoding/v1/hls/tok/transcode/us/d/j/p.m3u8" << QString();
        QTest::newRow("too short") << kCdn + "/transcode/us/audio-space/p.m3u8" << QString();
        QTest::newRow("unrelated") << QStringLiteral("https://example.com/a/b.m3u8") << QString();
    }
    void nonTranscodeBaseDropsTheJwt() {
        QFETCH(QString, variant);
        QFETCH(QString, base);
        const QUrl result = nonTranscodeBaseFor(QUrl(variant));
        if (base.isEmpty()) {
            QVERIFY2(!result.isValid(), qPrintable(result.toString()));
        } else {
            QCOMPARE(result.toString(), base);
            // Chunk names resolve against it as a folder.
            QCOMPARE(result.resolved(QUrl("chunk_1737549012345678901_42_a.aac")).toString(),
                     base + "chunk_1737549012345678901_42_a.aac");
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamInfo)
#include "tst_streaminfo.moc"
