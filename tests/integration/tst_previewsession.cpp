// SPDX-License-Identifier: MIT
// The preview's core without a player: the time line, the ADTS stream built from cached
// chunks, the fetch window that follows the reader (and jumps on a seek), the cache shared
// with the download, and damaged or missing chunks.
#include "fake/FakeHttpServer.h"
#include "job/DownloadJob.h"
#include "media/ChunkReader.h"
#include "net/NetworkService.h"
#include "net/SegmentFetcher.h"
#include "preview/PreviewSession.h"
#include "preview/PreviewStream.h"
#include "support/AdtsFrames.h"
#include "support/ChunkFixture.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const char kCdnPrefix[] =
    "/Transcoding/v1/hls/t0k3n/non_transcode/us-east-1/"
    "periscope-replay-direct-prod-us-east-1-public/audio-space/";
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
constexpr double kSpaceSeconds = 240.0;  // 80 chunks of 3 s
/// Read-ahead of the seek test: short, so that "near" stays far from the end of the Space.
constexpr double kShortReadAheadSeconds = 9.0;
/// Chunks a window may span: the read-ahead, the requests in flight and what the stream
/// buffers (256 KB, ~7 chunks of this fixture).
constexpr int kWindowChunks = 16;
}  // namespace

class TestPreviewSession : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    /// The fixture chunk a request asked for, or -1.
    int chunkIndexOf(const FakeRequest &request) const {
        const QString name = QString::fromLatin1(request.path).section(QLatin1Char('/'), -1);
        return int(m_fixture->chunkNames.indexOf(name));
    }

    /// Chunk indexes the server was asked for, in order (repeats included).
    QList<int> requestedChunks(const FakeHttpServer &http) const {
        QList<int> chunks;
        for (const FakeRequest &request : http.requestLog()) {
            const int index = chunkIndexOf(request);
            if (index >= 0)
                chunks << index;
        }
        return chunks;
    }

    /**
     * Waits until the session has nothing left to fetch for @p stream (a condition, not a
     * quiet spell): every chunk of the session's window from the chunk the stream reads next
     * (@p readAheadSeconds of audio, at least chunksInFlight() chunks) is in the cache, and
     * the server answers nothing. The session fetches only inside that window and moves it
     * only when the stream reads on, so after this no request can come.
     */
    static bool waitUntilQuiet(PreviewSession &session, const PreviewStream &stream,
                               double readAheadSeconds, const FakeHttpServer &http) {
        const auto windowDone = [&] {
            const PreviewTimeline &timeline = session.timeline();
            const int head = stream.nextChunk();
            if (head >= timeline.count())
                return true;
            const double until = timeline.at(head).startSeconds + readAheadSeconds;
            for (int i = head; i < timeline.count(); ++i) {
                if (timeline.at(i).startSeconds >= until && i - head >= session.chunksInFlight())
                    break;
                if (!session.isChunkReady(i) && session.chunkFailure(i).isEmpty())
                    return false;
            }
            return true;
        };
        return QTest::qWaitFor([&] { return windowDone() && http.inFlight() == 0; }, 20000);
    }

    DownloadRequest requestFor(const FakeHttpServer &http) const {
        DownloadRequest request;
        request.playlistUrl = http.url(QString::fromLatin1(kCdnPrefix) + m_fixture->playlistName);
        request.cacheKey = kSpaceId;
        request.tags.title = QStringLiteral("Preview test");
        request.names.title = QStringLiteral("Preview test");
        return request;
    }

    /// Reads @p stream until it ended or @p maxBytes came; what was read.
    static QByteArray readStream(PreviewStream &stream, qint64 maxBytes, int timeoutMs = 30000) {
        QByteArray data;
        QElapsedTimer clock;
        clock.start();
        while (!stream.atEnd() && data.size() < maxBytes && clock.elapsed() < timeoutMs) {
            const QByteArray more = stream.read(64 * 1024);
            if (!more.isEmpty()) {
                data += more;
                continue;
            }
            QSignalSpy readyRead(&stream, &QIODevice::readyRead);
            readyRead.wait(1000);
        }
        return data;
    }

    std::unique_ptr<PreviewSession> readySession(NetworkService &network,
                                                 const FakeHttpServer &http,
                                                 const QString &cacheRoot) {
        auto session = std::make_unique<PreviewSession>(network);
        DownloadSettings settings;
        settings.cacheRoot = cacheRoot;
        session->setCacheDir(DownloadJob::cacheDirFor(settings, kSpaceId));
        QSignalSpy ready(session.get(), &PreviewSession::ready);
        QSignalSpy failed(session.get(), &PreviewSession::failed);
        session->load(requestFor(http));
        if (!ready.wait(15000) && !failed.isEmpty())
            qWarning() << failed.first().first().toString();
        return ready.isEmpty() ? nullptr : std::move(session);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString adts = m_media.filePath(QStringLiteral("clean.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, kSpaceSeconds), QString());
        QString error;
        m_fixture = makeChunkFixture(adts, m_media.filePath(QStringLiteral("cdn")),
                                     {3.0, 0, {1, 7}, {2}, {}, {4}}, &error);
        QVERIFY2(m_fixture, qPrintable(error));
        m_referenceMd5 = decodedPcmMd5(adts);
        QVERIFY(!m_referenceMd5.isEmpty());
    }

    void timelineMapsSecondsToChunks() {
        HlsPlaylist playlist;
        for (int i = 0; i < 4; ++i) {
            HlsSegment segment;
            segment.mediaSequence = 10 + i;
            segment.duration = i == 2 ? 2.5 : 3.0;
            playlist.segments << segment;
        }
        const PreviewTimeline timeline(playlist);
        QCOMPARE(timeline.count(), 4);
        QCOMPARE(timeline.totalSeconds(), 11.5);
        QCOMPARE(timeline.indexAt(-5), 0);
        QCOMPARE(timeline.indexAt(0), 0);
        QCOMPARE(timeline.indexAt(2.999), 0);
        QCOMPARE(timeline.indexAt(3.0), 1);
        QCOMPARE(timeline.indexAt(8.4), 2);
        QCOMPARE(timeline.indexAt(8.5), 3);
        QCOMPARE(timeline.indexAt(1000), 3);
        QCOMPARE(timeline.at(3).startSeconds, 8.5);
        QCOMPARE(timeline.indexOfSequence(12), 2);
        QCOMPARE(timeline.indexOfSequence(99), -1);
    }

    void theStreamIsTheCleanAudioOfTheWholeSpace() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        QTemporaryDir cache;
        NetworkService network;
        auto session = readySession(network, http, cache.path());
        QVERIFY(session);
        QCOMPARE(session->timeline().count(), int(m_fixture->chunkNames.size()));
        QVERIFY(qAbs(session->durationSeconds() - kSpaceSeconds) < 3.5);

        PreviewStream stream(*session, 0);
        QSignalSpy skipped(&stream, &PreviewStream::chunkSkipped);
        QSignalSpy ended(&stream, &PreviewStream::endReached);
        const QByteArray adts = readStream(stream, 1LL << 30, 60000);
        QVERIFY(stream.atEnd());
        QCOMPARE(ended.size(), 1);
        QVERIFY2(skipped.isEmpty(),
                 skipped.isEmpty() ? "" : qPrintable(skipped.first().first().toString()));
        // No ID3 tag, no stray byte: only ADTS frames, decoding exactly like the original.
        QVERIFY(!adts.contains("ID3"));
        const QString path = cache.filePath(QStringLiteral("stream.aac"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(adts);
        out.close();
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), m_referenceMd5);
        QCOMPARE(decodeErrors(path), QByteArray());
        // Read to the end, each chunk was fetched once.
        const QList<int> requested = requestedChunks(http);
        QCOMPARE(requested.size(), int(m_fixture->chunkNames.size()));
    }

    void aLiveSpaceGrowsWhileItPlaysAndEndsWithItsList() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        // The list of a Space on air: the first chunks, no ENDLIST; more as time goes on.
        int listed = 10;
        bool ended = false;
        const QByteArray livePath = QByteArray(kCdnPrefix) + "live_list.m3u8";
        http.addRoute(livePath, [&](const FakeRequest &) -> std::optional<FakeResponse> {
            QByteArray body =
                "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n"
                "#EXT-X-MEDIA-SEQUENCE:0\n";
            for (int i = 0; i < listed; ++i)
                body += "#EXTINF:3.000,\n" + m_fixture->chunkNames.at(i).toLatin1() + "\n";
            if (ended)
                body += "#EXT-X-ENDLIST\n";
            FakeResponse response;
            response.body = body;
            response.addHeader("Content-Type", "application/vnd.apple.mpegurl");
            return response;
        });
        QTemporaryDir cache;
        NetworkService network;
        PreviewSession session(network);
        session.setCacheDir(cache.filePath(kSpaceId));
        session.setLiveRefreshMs(200);
        DownloadRequest request = requestFor(http);
        request.playlistUrl = http.url(QString::fromLatin1(livePath));
        request.live = LiveSource{};
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.load(request);
        QVERIFY(ready.wait(15000));
        QVERIFY(session.isLive());
        QCOMPARE(session.timeline().count(), 10);
        QCOMPARE(session.liveEdgeSeconds(), 30.0 - 6.0);

        PreviewStream stream(session, 0);
        QSignalSpy endReached(&stream, &PreviewStream::endReached);
        // Everything listed so far is read, and the stream then waits instead of ending.
        QByteArray adts = readStream(stream, 1LL << 30, 3000);
        QVERIFY(!stream.atEnd());
        QVERIFY(endReached.isEmpty());

        QSignalSpy grew(&session, &PreviewSession::timelineGrew);
        listed = int(m_fixture->chunkNames.size());
        QVERIFY(grew.wait(5000));
        QCOMPARE(session.timeline().count(), listed);
        QVERIFY(session.isLive());
        QSignalSpy liveEnded(&session, &PreviewSession::liveEnded);
        ended = true;
        QVERIFY(liveEnded.wait(5000));
        QVERIFY(!session.isLive());
        adts += readStream(stream, 1LL << 30, 60000);
        QVERIFY(stream.atEnd());
        // From the first chunk to the last, in order, without a gap or a repeat.
        const QString path = cache.filePath(QStringLiteral("live-stream.aac"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(adts);
        out.close();
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), m_referenceMd5);
    }

    void aSeekFetchesOnlyChunksNearThePoint() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        http.setLatencyMs(20);
        QTemporaryDir cache;
        NetworkService network;
        auto session = readySession(network, http, cache.path());
        QVERIFY(session);
        QCOMPARE(session->chunksInFlight(), 4);
        session->setReadAheadSeconds(kShortReadAheadSeconds);

        auto first = std::make_unique<PreviewStream>(*session, 0);
        QVERIFY(!readStream(*first, 1).isEmpty());
        QVERIFY(waitUntilQuiet(*session, *first, kShortReadAheadSeconds, http));
        // From the start: only the first few chunks.
        const QList<int> atStart = requestedChunks(http);
        QVERIFY(!atStart.isEmpty());
        QCOMPARE(atStart.first(), 0);
        QVERIFY2(*std::max_element(atStart.cbegin(), atStart.cend()) < kWindowChunks,
                 qPrintable(QStringLiteral("fetched up to chunk %1")
                                .arg(*std::max_element(atStart.cbegin(), atStart.cend()))));
        QVERIFY(http.maxInFlight() <= 4);

        http.clearRequestLog();
        const double target = session->durationSeconds() * 0.75;
        const int targetChunk = session->timeline().indexAt(target);
        first.reset();
        PreviewStream seeked(*session, target);
        const QByteArray audio = readStream(seeked, 1);
        QVERIFY(!audio.isEmpty());
        QVERIFY(qAbs(seeked.startSeconds() - target) < 0.05);  // to the frame
        QVERIFY(waitUntilQuiet(*session, seeked, kShortReadAheadSeconds, http));
        const QList<int> afterSeek = requestedChunks(http);
        QVERIFY(!afterSeek.isEmpty());
        QCOMPARE(afterSeek.first(), targetChunk);  // the chunk that holds the point comes first
        for (int index : afterSeek) {
            QVERIFY2(index >= targetChunk && index < targetChunk + kWindowChunks,
                     qPrintable(QStringLiteral("chunk %1 fetched after a seek to chunk %2")
                                    .arg(index)
                                    .arg(targetChunk)));
        }
        QCOMPARE(QSet<int>(afterSeek.cbegin(), afterSeek.cend()).size(), afterSeek.size());
        QVERIFY(http.maxInFlight() <= 4);
    }

    void theDownloadReusesThePreviewsChunks() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        QTemporaryDir cache;
        QTemporaryDir out;
        NetworkService network;
        auto session = readySession(network, http, cache.path());
        QVERIFY(session);
        {
            PreviewStream atStart(*session, 0);
            QVERIFY(!readStream(atStart, 1).isEmpty());
            QVERIFY(
                waitUntilQuiet(*session, atStart, PreviewSession::kDefaultReadAheadSeconds, http));
            PreviewStream atThreeQuarters(*session, session->durationSeconds() * 0.75);
            QVERIFY(!readStream(atThreeQuarters, 1).isEmpty());
            QVERIFY(waitUntilQuiet(*session, atThreeQuarters,
                                   PreviewSession::kDefaultReadAheadSeconds, http));
        }
        session.reset();
        const QList<int> previewed = requestedChunks(http);
        QVERIFY(previewed.size() >= 10);

        DownloadSettings settings;
        settings.cacheRoot = cache.path();
        settings.outputDir = out.path();
        DownloadJob job(network, requestFor(http), settings);
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        const JobResult result = finished.first().first().value<JobResult>();
        QVERIFY2(result.state == JobState::Done, qPrintable(result.error));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(result.outputPath), m_referenceMd5);
        // Every chunk crossed the network once: the preview's were not fetched again.
        QHash<int, int> times;
        for (int index : requestedChunks(http))
            ++times[index];
        QCOMPARE(times.size(), int(m_fixture->chunkNames.size()));
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            QVERIFY2(
                it.value() == 1,
                qPrintable(
                    QStringLiteral("chunk %1 fetched %2 times").arg(it.key()).arg(it.value())));
    }

    void aDownloadAndAPreviewCanFillOneFolderAtOnce() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        http.setLatencyMs(10);
        QTemporaryDir cache;
        QTemporaryDir out;
        NetworkService network;
        auto session = readySession(network, http, cache.path());
        QVERIFY(session);
        session->setReadAheadSeconds(kSpaceSeconds);  // the preview fetches all of it too
        PreviewStream stream(*session, 0);
        DownloadSettings settings;
        settings.cacheRoot = cache.path();
        settings.outputDir = out.path();
        settings.concurrency = 4;
        DownloadJob job(network, requestFor(http), settings);
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        const QByteArray adts = readStream(stream, 1LL << 30, 60000);
        QVERIFY(stream.atEnd());
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        const JobResult result = finished.first().first().value<JobResult>();
        QVERIFY2(result.state == JobState::Done, qPrintable(result.error));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(result.outputPath), m_referenceMd5);
        const QString streamed = out.filePath(QStringLiteral("streamed.aac"));
        QFile file(streamed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(adts);
        file.close();
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(streamed), m_referenceMd5);
    }

    void damagedAndMissingChunksAreLeftOutWithAMessage() {
        FakeHttpServer http;
        QVERIFY(http.listen());
        const QByteArray damagedPath = kCdnPrefix + m_fixture->chunkNames.at(3).toLatin1();
        const QByteArray missingPath = kCdnPrefix + m_fixture->chunkNames.at(5).toLatin1();
        http.addRoute(damagedPath, [](const FakeRequest &) -> std::optional<FakeResponse> {
            FakeResponse response;
            response.body = QByteArray(30000, '\x5a');  // no ID3, no ADTS: not audio
            return response;
        });
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        http.failForever(missingPath, 404);
        QTemporaryDir cache;
        NetworkService network;
        auto session = readySession(network, http, cache.path());
        QVERIFY(session);
        PreviewStream stream(*session, 0);
        QSignalSpy skipped(&stream, &PreviewStream::chunkSkipped);
        const QByteArray adts = readStream(stream, 1LL << 30, 60000);
        QVERIFY(stream.atEnd());  // playback went on past both
        QCOMPARE(skipped.size(), 2);
        const QString damaged = skipped.at(0).first().toString();
        const QString missing = skipped.at(1).first().toString();
        QVERIFY2(
            damaged.contains(QStringLiteral("Chunk %1 (at 0:09)").arg(m_fixture->sequences.at(3))),
            qPrintable(damaged));
        QVERIFY2(damaged.contains(QStringLiteral("holds no AAC audio")), qPrintable(damaged));
        QVERIFY2(
            missing.contains(QStringLiteral("Chunk %1 (at 0:15)").arg(m_fixture->sequences.at(5))),
            qPrintable(missing));
        QVERIFY2(missing.contains(QStringLiteral("404")), qPrintable(missing));
        // Everything else plays, frame for frame: the clean audio without chunks 3 and 5.
        QList<QByteArray> expected = readAdts(m_fixture->cleanAdtsPath).payloads;
        QVERIFY(!expected.isEmpty());
        QList<qsizetype> firstFrame{0};
        for (const QByteArray &chunk : m_fixture->chunkBytes) {
            const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk"));
            QVERIFY2(audio, qPrintable(audio.error()));
            firstFrame << firstFrame.last() + qsizetype(audio->frames.size());
        }
        QCOMPARE(firstFrame.last(), qsizetype(expected.size()));
        for (int left : {5, 3})  // the later one first, so the earlier indexes stay valid
            expected.remove(firstFrame.at(left), firstFrame.at(left + 1) - firstFrame.at(left));
        QTemporaryDir played;
        const QString playedPath = played.filePath(QStringLiteral("played.aac"));
        {
            QFile file(playedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(adts), adts.size());
        }
        const AdtsFrames got = readAdts(playedPath);
        QCOMPARE(got.payloads.size(), expected.size());
        QVERIFY(got.payloads == expected);
        QCOMPARE(got.format, readAdts(m_fixture->cleanAdtsPath).format);
    }
};

QTEST_GUILESS_MAIN(TestPreviewSession)
#include "tst_previewsession.moc"
