// SPDX-License-Identifier: MIT
#include "hls/HlsPlaylist.h"

#include <QTest>

using namespace spacetape;

namespace {

const QUrl kReplayUrl(QStringLiteral(
    "https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/"
    "Zm9vYmFyVG9rZW4/non_transcode/us-east-1/periscope-replay-direct-prod-us-east-1-public/"
    "audio-space/playlist_1790881461296513024.m3u8?type=replay"));
const QString kReplayBase = QStringLiteral(
    "https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/"
    "Zm9vYmFyVG9rZW4/non_transcode/us-east-1/periscope-replay-direct-prod-us-east-1-public/"
    "audio-space/");

QString chunkName(qint64 seq) {
    // 19-digit nanosecond epoch that grows ~3 s per chunk, as X's names do.
    return QStringLiteral("chunk_%1_%2_a.aac")
        .arg(1714586403000000000LL + seq * 3008000000LL)
        .arg(seq);
}

/// A VOD replay playlist shaped like X's: relative chunk names, EXTINF 3.008, ENDLIST.
QByteArray replayPlaylist(int chunks) {
    QByteArray text =
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:0\n"
        "#EXT-X-PLAYLIST-TYPE:VOD\n";
    for (int i = 0; i < chunks; ++i) {
        text += "#EXTINF:3.008,\n" + chunkName(i).toUtf8() + "\n";
    }
    text += "#EXT-X-ENDLIST\n";
    return text;
}

HlsPlaylist parseOk(const QByteArray &text, const QUrl &url = kReplayUrl) {
    const Expected<HlsPlaylist> parsed = HlsPlaylist::parse(text, url);
    if (!parsed.ok()) {
        qWarning("unexpected failure: %s", qPrintable(parsed.error()));
    }
    return parsed.ok() ? *parsed : HlsPlaylist();
}

}  // namespace

class TestHlsPlaylist : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vodReplay() {
        const auto parsed = HlsPlaylist::parse(replayPlaylist(5), kReplayUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->kind, HlsPlaylist::Kind::Media);
        QCOMPARE(parsed->targetDuration, 4);
        QCOMPARE(parsed->mediaSequence, 0);
        QVERIFY(parsed->endList);
        QCOMPARE(parsed->segments.size(), 5);
        QVERIFY(qAbs(parsed->totalDuration() - 5 * 3.008) < 1e-9);
        for (int i = 0; i < 5; ++i) {
            const HlsSegment &s = parsed->segments.at(i);
            QCOMPARE(s.url.toString(), kReplayBase + chunkName(i));
            QVERIFY2(!s.url.hasQuery(), "the playlist's ?type=replay must not leak into chunks");
            QCOMPARE(s.chunkSequence, std::optional<qint64>(i));
            QCOMPARE(s.sequence(), qint64(i));
            QCOMPARE(s.mediaSequence, qint64(i));
            QCOMPARE(s.duration, 3.008);
            QVERIFY(!s.key);
            QVERIFY(!s.discontinuity);
            QCOMPARE(s.byteRangeLength, qint64(-1));
        }
    }

    void largeReplayKeepsEveryChunk() {
        // A 2-hour Space is about 2,400 chunks.
        const auto playlist = parseOk(replayPlaylist(2400));
        QCOMPARE(playlist.segments.size(), 2400);
        QCOMPARE(playlist.segments.last().sequence(), qint64(2399));
        QVERIFY(qAbs(playlist.totalDuration() - 2400 * 3.008) < 1e-6);
    }

    void ordersByChunkSequenceNotListing() {
        // Numeric, not lexicographic: 10 comes after 9; listing order is ignored.
        QByteArray text = "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:100\n";
        for (int seq : {10, 2, 9, 0, 1}) {
            text += "#EXTINF:3.008,\n" + chunkName(seq).toUtf8() + "\n";
        }
        const auto playlist = parseOk(text);
        QList<qint64> order;
        for (const HlsSegment &s : playlist.segments) {
            order.append(s.sequence());
        }
        QCOMPARE(order, (QList<qint64>{0, 1, 2, 9, 10}));
        // mediaSequence still records the listing position.
        QCOMPARE(playlist.segments.first().mediaSequence, qint64(103));
        QCOMPARE(playlist.segments.last().mediaSequence, qint64(100));
    }

    void liveSlidingWindow() {
        const QUrl live(QStringLiteral(
            "https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/Zm9v/non_transcode/"
            "us-east-1/periscope-replay-direct-prod-us-east-1-public/audio-space/"
            "dynamic_playlist.m3u8?type=live"));
        QByteArray text =
            "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:1520\n"
            "#EXT-X-PROGRAM-DATE-TIME:2024-05-01T18:16:05.120Z\n";
        for (int seq = 1520; seq < 1524; ++seq) {
            text += "#EXTINF:3.008,\n" + chunkName(seq).toUtf8() + "\n";
        }
        const auto playlist = parseOk(text, live);
        QCOMPARE(playlist.kind, HlsPlaylist::Kind::Media);
        QVERIFY(!playlist.endList);
        QCOMPARE(playlist.mediaSequence, qint64(1520));
        QCOMPARE(playlist.segments.size(), 4);
        QCOMPARE(playlist.segments.first().sequence(), qint64(1520));
        QCOMPARE(playlist.segments.first().url.path(),
                 QStringLiteral("/Transcoding/v1/hls/Zm9v/non_transcode/us-east-1/"
                                "periscope-replay-direct-prod-us-east-1-public/audio-space/") +
                     chunkName(1520));
        QVERIFY(!playlist.segments.first().url.hasQuery());
        const QDateTime start(QDate(2024, 5, 1), QTime(18, 16, 5, 120), Qt::UTC);
        QCOMPARE(playlist.segments.at(0).programDateTime, start);
        // Dates of untagged segments are extrapolated from the previous one.
        QCOMPARE(playlist.segments.at(3).programDateTime, start.addMSecs(3 * 3008));
    }

    void masterWithDecoyVariant() {
        const QUrl master(QStringLiteral(
            "https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/Zm9v/non_transcode/"
            "us-east-1/periscope-replay-direct-prod-us-east-1-public/audio-space/"
            "master_playlist.m3u8"));
        const QString variantPath = QStringLiteral(
            "/Transcoding/v1/hls/Zm9v/transcode/us-east-1/"
            "periscope-replay-direct-prod-us-east-1-public/"
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzcGFjZSJ9.c2lnbmF0dXJl/"
            "audio-space/playlist_16798763266004987.m3u8");
        const QByteArray text =
            "#EXTM3U\r\n#EXT-X-VERSION:6\r\n#EXT-X-INDEPENDENT-SEGMENTS\r\n"
            "#EXT-X-STREAM-INF:BANDWIDTH=350000,RESOLUTION=8x8,CODECS=\"avc1.4d001e,mp4a.40."
            "2\"\r\n" +
            variantPath.toUtf8() + "?type=live\r\n";
        const auto playlist = parseOk(text, master);
        QCOMPARE(playlist.kind, HlsPlaylist::Kind::Master);
        QVERIFY(playlist.segments.isEmpty());
        QCOMPARE(playlist.variants.size(), 1);
        const HlsVariant &v = playlist.variants.first();
        QCOMPARE(v.bandwidth, qint64(350000));
        QCOMPARE(v.resolution, QStringLiteral("8x8"));
        QCOMPARE(v.codecs, QStringLiteral("avc1.4d001e,mp4a.40.2"));
        QCOMPARE(v.url.host(), QStringLiteral("prod-fastly-us-east-1.video.pscp.tv"));
        QCOMPARE(v.url.path(), variantPath);
        QCOMPARE(v.url.query(), QStringLiteral("type=live"));
    }

    void masterAttributeOrderAndSeveralVariants() {
        const QByteArray text =
            "#EXTM3U\n"
            "#EXT-X-STREAM-INF:CODECS=\"mp4a.40.2\",BANDWIDTH=64000\n"
            "low/index.m3u8\n"
            "# a comment between variants\n"
            "#EXT-X-STREAM-INF:RESOLUTION=1280x720,CODECS=\"avc1.64001f,mp4a.40.2\","
            "BANDWIDTH=2500000,FRAME-RATE=30.000\n"
            "https://cdn.example/hi/index.m3u8\n";
        const auto playlist = parseOk(text);
        QCOMPARE(playlist.variants.size(), 2);
        QCOMPARE(playlist.variants.at(0).bandwidth, qint64(64000));
        QCOMPARE(playlist.variants.at(0).codecs, QStringLiteral("mp4a.40.2"));
        QCOMPARE(playlist.variants.at(0).url.toString(), kReplayBase + "low/index.m3u8");
        QCOMPARE(playlist.variants.at(1).resolution, QStringLiteral("1280x720"));
        QCOMPARE(playlist.variants.at(1).codecs, QStringLiteral("avc1.64001f,mp4a.40.2"));
        QCOMPARE(playlist.variants.at(1).bandwidth, qint64(2500000));
        QCOMPARE(playlist.variants.at(1).url.toString(),
                 QStringLiteral("https://cdn.example/hi/index.m3u8"));
    }

    void encryptedKeys() {
        const QByteArray text =
            "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:7\n"
            "#EXT-X-KEY:METHOD=AES-128,URI=\"https://x.com/i/api/1.1/live_video_stream/key/"
            "28_1790881461296513024?a=1,b=2\",IV=0x0000000000000000000000000000000A\n"
            "#EXTINF:3.008,\n" +
            chunkName(7).toUtf8() +
            "\n"
            "#EXTINF:3.008,\n" +
            chunkName(8).toUtf8() +
            "\n"
            "#EXT-X-KEY:METHOD=NONE\n"
            "#EXTINF:3.008,\n" +
            chunkName(9).toUtf8() +
            "\n"
            "#EXT-X-KEY:IV=0x1,METHOD=AES-128,URI=\"keys/k2.bin\"\n"
            "#EXTINF:3.008,\n" +
            chunkName(10).toUtf8() +
            "\n"
            "#EXT-X-KEY:METHOD=AES-128,URI=\"/k3\"\n"
            "#EXTINF:3.008,\n" +
            chunkName(11).toUtf8() + "\n";
        const auto playlist = parseOk(text);
        QCOMPARE(playlist.segments.size(), 5);
        const auto &first = playlist.segments.at(0).key;
        QVERIFY(first);
        QCOMPARE(first->method, QStringLiteral("AES-128"));
        QCOMPARE(first->uri.toString(),
                 QStringLiteral("https://x.com/i/api/1.1/live_video_stream/key/"
                                "28_1790881461296513024?a=1,b=2"));
        QCOMPARE(first->iv, QByteArray::fromHex("0000000000000000000000000000000A"));
        QCOMPARE(first->iv.size(), 16);
        QVERIFY(playlist.segments.at(1).key);  // stays in force
        QCOMPARE(playlist.segments.at(1).key->uri, first->uri);
        QVERIFY(!playlist.segments.at(2).key);  // METHOD=NONE clears
        const auto &fourth = playlist.segments.at(3).key;
        QVERIFY(fourth);
        QCOMPARE(fourth->uri.toString(), kReplayBase + "keys/k2.bin");
        QCOMPARE(fourth->iv, QByteArray::fromHex("00000000000000000000000000000001"));
        const auto &fifth = playlist.segments.at(4).key;
        QVERIFY(fifth);
        QVERIFY(fifth->iv.isEmpty());
        QCOMPARE(fifth->uri.toString(),
                 QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/k3"));
    }

    void uriResolution_data() {
        QTest::addColumn<QUrl>("playlistUrl");
        QTest::addColumn<QString>("uriLine");
        QTest::addColumn<QString>("expected");
        const QUrl replay = kReplayUrl;
        QTest::newRow("relative chunk") << replay << chunkName(3) << kReplayBase + chunkName(3);
        QTest::newRow("relative chunk with its own query")
            << replay << chunkName(3) + "?sig=abc&e=1"
            << kReplayBase + chunkName(3) + "?sig=abc&e=1";
        QTest::newRow("host-relative")
            << replay << QStringLiteral("/Transcoding/v1/hls/x/audio-space/") + chunkName(3)
            << QStringLiteral(
                   "https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/x/"
                   "audio-space/") +
                   chunkName(3);
        QTest::newRow("absolute other host")
            << replay << QStringLiteral("https://prod-ec-us-west-2.video.pscp.tv/a/b.aac?x=1")
            << QStringLiteral("https://prod-ec-us-west-2.video.pscp.tv/a/b.aac?x=1");
        QTest::newRow("parent directory")
            << replay << QStringLiteral("../other/c.aac")
            << QStringLiteral(
                   "https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/"
                   "Zm9vYmFyVG9rZW4/non_transcode/us-east-1/"
                   "periscope-replay-direct-prod-us-east-1-public/other/c.aac");
        QTest::newRow("scheme-relative") << replay << QStringLiteral("//cdn.example/c.aac")
                                         << QStringLiteral("https://cdn.example/c.aac");
        QTest::newRow("playlist with long query")
            << QUrl(QStringLiteral("http://127.0.0.1:8080/p/playlist.m3u8?type=replay&a=b#frag"))
            << QStringLiteral("c.aac") << QStringLiteral("http://127.0.0.1:8080/p/c.aac");
    }
    void uriResolution() {
        QFETCH(QUrl, playlistUrl);
        QFETCH(QString, uriLine);
        QFETCH(QString, expected);
        const QByteArray text = "#EXTM3U\n#EXTINF:3.008,\n" + uriLine.toUtf8() + "\n";
        const auto playlist = parseOk(text, playlistUrl);
        QCOMPARE(playlist.segments.size(), 1);
        QCOMPARE(playlist.segments.first().url.toString(), expected);
    }

    void chunkSequence_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<qint64>("expected");  // -1: no chunk sequence
        QTest::newRow("X chunk") << chunkName(42) << qint64(42);
        QTest::newRow("X chunk, big seq")
            << QStringLiteral("chunk_1714586403123456789_123456_a.aac") << qint64(123456);
        QTest::newRow("with query") << chunkName(7) + "?type=live" << qint64(7);
        QTest::newRow("absolute") << "https://h.example/a/" + chunkName(8) << qint64(8);
        QTest::newRow("epoch not 19 digits") << QStringLiteral("chunk_123_42_a.aac") << qint64(-1);
        QTest::newRow("video suffix")
            << QStringLiteral("chunk_1714586403123456789_42_v.aac") << qint64(-1);
        QTest::newRow("ts segment") << QStringLiteral("segment42.ts") << qint64(-1);
        QTest::newRow("chunk name only in a directory")
            << chunkName(9) + "/other.aac" << qint64(-1);
    }
    void chunkSequence() {
        QFETCH(QString, uri);
        QFETCH(qint64, expected);
        const QByteArray text =
            "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:500\n#EXTINF:3,\n" + uri.toUtf8() + "\n";
        const auto playlist = parseOk(text);
        QCOMPARE(playlist.segments.size(), 1);
        const HlsSegment &s = playlist.segments.first();
        QCOMPARE(s.chunkSequence.value_or(-1), expected);
        QCOMPARE(s.mediaSequence, qint64(500));
        QCOMPARE(s.sequence(), expected >= 0 ? expected : qint64(500));
    }

    void extinf_data() {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<double>("duration");
        QTest::addColumn<QString>("title");
        QTest::newRow("X style") << QStringLiteral("#EXTINF:3.008,") << 3.008 << QString();
        QTest::newRow("integer, no comma") << QStringLiteral("#EXTINF:10") << 10.0 << QString();
        QTest::newRow("title") << QStringLiteral("#EXTINF:2.5,Intro") << 2.5
                               << QStringLiteral("Intro");
        QTest::newRow("title with comma and unicode")
            << QStringLiteral("#EXTINF:4.0,Hello, world – ☕ سلام") << 4.0
            << QStringLiteral("Hello, world – ☕ سلام");
        QTest::newRow("trailing spaces")
            << QStringLiteral("#EXTINF:3.008,  x  ") << 3.008 << QStringLiteral("x");
    }
    void extinf() {
        QFETCH(QString, tag);
        QFETCH(double, duration);
        QFETCH(QString, title);
        const auto playlist = parseOk("#EXTM3U\n" + tag.toUtf8() + "\na.aac\n");
        QCOMPARE(playlist.segments.size(), 1);
        QCOMPARE(playlist.segments.first().duration, duration);
        QCOMPARE(playlist.segments.first().title, title);
    }

    void toleratesBomCrlfBlankLinesAndUnknownTags() {
        const QByteArray clean = replayPlaylist(3);
        QByteArray messy = "\xEF\xBB\xBF" + clean;
        messy.replace("\n", "\r\n");
        messy.replace("#EXT-X-MEDIA-SEQUENCE:0\r\n",
                      "#EXT-X-MEDIA-SEQUENCE:0\r\n\r\n   \r\n#EXT-X-FUTURE-TAG:A=1,B=\"x,y\"\r\n"
                      "# just a comment\r\n#EXT-X-ALLOW-CACHE:YES\r\n");
        messy.replace("#EXTINF:3.008,\r\n", "#EXTINF:3.008,\r\n#EXT-X-BITRATE:97\r\n");
        const auto a = parseOk(clean);
        const auto b = parseOk(messy);
        QCOMPARE(b.segments.size(), 3);
        QVERIFY(b.endList);
        QCOMPARE(b.targetDuration, 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(b.segments.at(i).url, a.segments.at(i).url);
            QCOMPARE(b.segments.at(i).duration, a.segments.at(i).duration);
        }
        QVERIFY(!b.segments.first().url.toString().contains(QLatin1Char('\r')));
    }

    void emptyPlaylistIsValid() {
        // A live Space that has just started can list nothing yet.
        const auto playlist = parseOk("#EXTM3U\n#EXT-X-TARGETDURATION:4\n");
        QCOMPARE(playlist.kind, HlsPlaylist::Kind::Media);
        QVERIFY(playlist.segments.isEmpty());
        QCOMPARE(playlist.totalDuration(), 0.0);
    }

    void discontinuityAndDates() {
        const QByteArray text =
            "#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:2024-05-01T18:00:00.000+00:00\n"
            "#EXTINF:3,\na.aac\n#EXTINF:3,\nb.aac\n"
            "#EXT-X-DISCONTINUITY\n#EXTINF:3,\nc.aac\n"
            "#EXT-X-PROGRAM-DATE-TIME:2024-05-01T20:00:00.500+02:00\n#EXTINF:3,\nd.aac\n"
            "#EXT-X-PROGRAM-DATE-TIME:not a date\n#EXTINF:3,\ne.aac\n";
        const auto playlist = parseOk(text);
        QCOMPARE(playlist.segments.size(), 5);
        const QDateTime t0(QDate(2024, 5, 1), QTime(18, 0), Qt::UTC);
        QCOMPARE(playlist.segments.at(0).programDateTime, t0);
        QCOMPARE(playlist.segments.at(1).programDateTime, t0.addSecs(3));
        QVERIFY(!playlist.segments.at(1).discontinuity);
        QVERIFY(playlist.segments.at(2).discontinuity);
        QVERIFY2(!playlist.segments.at(2).programDateTime.isValid(),
                 "no extrapolation across a discontinuity");
        QCOMPARE(playlist.segments.at(3).programDateTime.toUTC(),
                 QDateTime(QDate(2024, 5, 1), QTime(18, 0, 0, 500), Qt::UTC));
        QVERIFY(!playlist.segments.at(3).discontinuity);
        // An unreadable date is ignored: the previous one is extrapolated instead.
        QCOMPARE(playlist.segments.at(4).programDateTime.toUTC(),
                 QDateTime(QDate(2024, 5, 1), QTime(18, 0, 3, 500), Qt::UTC));
    }

    void programDateTimeFormats_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2024, 5, 1), QTime(18, 0, 1, 250), Qt::UTC);
        QTest::newRow("Z with ms") << QStringLiteral("2024-05-01T18:00:01.250Z") << t;
        QTest::newRow("offset with colon") << QStringLiteral("2024-05-01T20:00:01.250+02:00") << t;
        QTest::newRow("offset without colon")
            << QStringLiteral("2024-05-01T13:00:01.250-0500") << t;
        QTest::newRow("no ms") << QStringLiteral("2024-05-01T18:00:01Z") << t.addMSecs(-250);
    }
    void programDateTimeFormats() {
        QFETCH(QString, value);
        QFETCH(QDateTime, expected);
        const auto playlist = parseOk("#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:" + value.toUtf8() +
                                      "\n#EXTINF:3,\na.aac\n");
        QCOMPARE(playlist.segments.size(), 1);
        QCOMPARE(playlist.segments.first().programDateTime.toUTC(), expected);
    }

    void byteRanges() {
        const QByteArray text =
            "#EXTM3U\n#EXT-X-VERSION:4\n"
            "#EXTINF:3,\n#EXT-X-BYTERANGE:1000@0\nall.aac\n"
            "#EXTINF:3,\n#EXT-X-BYTERANGE:1200\nall.aac\n"
            "#EXTINF:3,\n#EXT-X-BYTERANGE:500@5000\nall.aac\n"
            "#EXTINF:3,\n#EXT-X-BYTERANGE:100\nall.aac\n"
            "#EXTINF:3,\n#EXT-X-BYTERANGE:70\nother.aac\n"
            "#EXTINF:3,\nwhole.aac\n";
        const auto playlist = parseOk(text);
        QCOMPARE(playlist.segments.size(), 6);
        const QList<QPair<qint64, qint64>> expected = {{1000, 0},   {1200, 1000}, {500, 5000},
                                                       {100, 5500}, {70, 0},      {-1, -1}};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(playlist.segments.at(i).byteRangeLength, expected.at(i).first);
            QCOMPARE(playlist.segments.at(i).byteRangeOffset, expected.at(i).second);
        }
        // Without chunk names the listing order (media sequence) is kept.
        QCOMPARE(playlist.segments.at(3).mediaSequence, qint64(3));
    }

    void notAPlaylist_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty answer");
        QTest::newRow("whitespace only")
            << QByteArray(" \r\n\n\t") << QStringLiteral("empty answer");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty answer");
        QTest::newRow("HTML doctype")
            << QByteArray("<!DOCTYPE html>\n<html><head><title>X</title></head></html>")
            << QStringLiteral("the server sent an HTML page instead of a playlist");
        QTest::newRow("HTML after BOM and blank lines")
            << QByteArray("\xEF\xBB\xBF\n\n<HTML><BODY>Error 503</BODY></HTML>")
            << QStringLiteral("HTML page");
        QTest::newRow("XML CDN error")
            << QByteArray("<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>")
            << QStringLiteral("XML document");
        QTest::newRow("JSON errors")
            << QByteArray(R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})")
            << QStringLiteral("JSON message instead of a playlist: “Rate limit exceeded”");
        QTest::newRow("JSON other")
            << QByteArray(R"({"status":"nope"})") << QStringLiteral("JSON message");
        QTest::newRow("binary chunk")
            << QByteArray("ID3\x04\x00\x00\x00\x00\x00\x3F", 10) + QByteArray(50, '\xff')
            << QStringLiteral("binary data");
        QTest::newRow("no EXTM3U")
            << QByteArray("#EXTINF:3.008,\nchunk_1_a.aac\n")
            << QStringLiteral("does not start with #EXTM3U (it starts with “#EXTINF:3.008,”)");
        QTest::newRow("plain text")
            << QByteArray("Forbidden\n") << QStringLiteral("it starts with “Forbidden”");
        QTest::newRow("EXTINF with no URI after it")
            << QByteArray(
                   "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:3.008,\na.aac\n#EXTINF:3.008,\n")
            << QStringLiteral("cut short: the #EXTINF on line 5 has no chunk address");
        QTest::newRow("STREAM-INF with no URI after it")
            << QByteArray("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,CODECS=\"a,b\"\n")
            << QStringLiteral("cut short: the #EXT-X-STREAM-INF on line 2");
        QTest::newRow("bad duration") << QByteArray("#EXTM3U\n#EXTINF:abc,\na.aac\n")
                                      << QStringLiteral("line 2: #EXTINF has no readable duration");
        QTest::newRow("URI without EXTINF")
            << QByteArray("#EXTM3U\n#EXT-X-TARGETDURATION:4\na.aac\n")
            << QStringLiteral("line 3: the chunk address “a.aac” has no #EXTINF");
        QTest::newRow("two EXTINF in a row")
            << QByteArray("#EXTM3U\n#EXTINF:3,\n#EXTINF:3,\na.aac\n")
            << QStringLiteral("second #EXTINF follows the one on line 2");
        QTest::newRow("key without URI")
            << QByteArray("#EXTM3U\n#EXT-X-KEY:METHOD=AES-128\n") << QStringLiteral("no key URI");
        QTest::newRow("key with bad IV")
            << QByteArray("#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI=\"k\",IV=0xZZ\n")
            << QStringLiteral("IV that is not a 128-bit hex number");
        QTest::newRow("IV too long") << QByteArray(
                                            "#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI=\"k\",IV=0x"
                                            "000000000000000000000000000000001\n")
                                     << QStringLiteral("IV that is not");
        QTest::newRow("bad byte range")
            << QByteArray("#EXTM3U\n#EXTINF:3,\n#EXT-X-BYTERANGE:x@1\na\n")
            << QStringLiteral("#EXT-X-BYTERANGE is not");
        QTest::newRow("bad media sequence") << QByteArray("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:-4\n")
                                            << QStringLiteral("MEDIA-SEQUENCE is not a number");
        QTest::newRow("master mixed with media")
            << QByteArray("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nv.m3u8\n#EXTINF:3,\na.aac\n")
            << QStringLiteral("mixes a master playlist");
    }
    void notAPlaylist() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto parsed = HlsPlaylist::parse(body, kReplayUrl);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
        QVERIFY(parsed.error().startsWith(QStringLiteral("Could not read the playlist: ")));
    }

    void longGarbageIsExcerptedNotDumped() {
        const QByteArray garbage = "Service Unavailable " + QByteArray(5000, 'x');
        const auto parsed = HlsPlaylist::parse(garbage, kReplayUrl);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().size() < 400, qPrintable(parsed.error()));
        QVERIFY(parsed.error().contains(QStringLiteral("Service Unavailable")));
    }
};

QTEST_GUILESS_MAIN(TestHlsPlaylist)
#include "tst_hlsplaylist.moc"
