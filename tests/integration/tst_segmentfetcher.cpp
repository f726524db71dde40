// SPDX-License-Identifier: MIT
#include "fake/FakeHttpServer.h"
#include "net/NetworkService.h"
#include "net/SegmentFetcher.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QScopeGuard>

#include <ctime>
#include <memory>

using namespace spacetape;
using spacetape::test::FakeHttpServer;
using spacetape::test::FakeRequest;

namespace {

constexpr int kChunkCount = 40;
constexpr qint64 kFirstSequence = 100;

QByteArray chunkPath(qint64 sequence) {
    return "/cdn/chunk_1700000000000000000_" + QByteArray::number(sequence) + "_a.aac";
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

/// Forty ~36 KB chunks of random bytes on a fake CDN, fetched into a temporary cache folder.
class TestSegmentFetcher : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<NetworkService> m_network;
    std::unique_ptr<SegmentFetcher> m_fetcher;
    QHash<qint64, QByteArray> m_bodies;
    QList<SegmentRequest> m_segments;

    QString cachedPath(qint64 sequence) const {
        return m_cache->filePath(SegmentFetcher::chunkFileName(sequence));
    }

    FetchResult runToEnd(int timeoutMs = 30000) {
        QSignalSpy finished(m_fetcher.get(), &SegmentFetcher::finished);
        m_fetcher->start(m_segments);
        if (!finished.wait(timeoutMs))
            return FetchResult{FetchStatus::Failed, {}, QStringLiteral("timeout")};
        return finished.first().first().value<FetchResult>();
    }

    /// When the server received each request for @p path (ms since it started).
    QList<qint64> requestTimes(const QByteArray &path) const {
        QList<qint64> times;
        for (const FakeRequest &r : m_server->requestLog()) {
            if (r.path == path)
                times.append(r.receivedAtMs);
        }
        return times;
    }

    /// Every chunk except @p except is in the cache, byte for byte, and no temporary is left.
    bool cacheMatches(const QList<qint64> &except = {}) const {
        for (auto it = m_bodies.cbegin(); it != m_bodies.cend(); ++it) {
            if (except.contains(it.key()))
                continue;
            if (readFile(cachedPath(it.key())) != it.value()) {
                qWarning() << "chunk" << it.key() << "differs or is missing";
                return false;
            }
        }
        const QStringList parts = QDir(m_cache->path()).entryList({QStringLiteral("*.part")});
        if (!parts.isEmpty())
            qWarning() << "left over:" << parts;
        return parts.isEmpty();
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_cache = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cache->isValid());
        m_network = std::make_unique<NetworkService>();
        m_fetcher = std::make_unique<SegmentFetcher>(*m_network);
        m_fetcher->setCacheDir(m_cache->path());
        m_fetcher->setBackoff(10, 100);
        m_bodies.clear();
        m_segments.clear();
        QRandomGenerator random(20240601);
        for (int i = 0; i < kChunkCount; ++i) {
            const qint64 sequence = kFirstSequence + i;
            QByteArray body(36000 + 4 * int(random.bounded(500)), Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / 4);
            m_bodies.insert(sequence, body);
            m_server->serveFile(chunkPath(sequence), body, "audio/aac");
            m_segments.append({sequence, m_server->url(QString::fromLatin1(chunkPath(sequence)))});
        }
    }

    void cleanup() {
        m_fetcher.reset();
        m_network.reset();
        m_server.reset();
        m_cache.reset();
    }

    void fetchesEveryChunkBitExactWithManyInFlight() {
        m_server->setLatencyMs(50);
        m_fetcher->setConcurrency(16);
        QSignalSpy progress(m_fetcher.get(), &SegmentFetcher::progress);
        QSignalSpy ready(m_fetcher.get(), &SegmentFetcher::chunkReady);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(result.missing.isEmpty());
        QVERIFY(cacheMatches());
        QCOMPARE(ready.size(), kChunkCount);
        QCOMPARE(m_server->requestCount(), kChunkCount);
        QVERIFY2(m_server->maxInFlight() >= 12,
                 qPrintable(QString::number(m_server->maxInFlight())));
        QVERIFY2(m_server->maxInFlight() <= 16,
                 qPrintable(QString::number(m_server->maxInFlight())));

        QVERIFY(!progress.isEmpty());
        int mostInFlight = 0;
        bool speedSeen = false;
        bool etaSeen = false;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const auto p = args.first().value<FetchProgress>();
            mostInFlight = std::max(mostInFlight, p.inFlight);
            speedSeen = speedSeen || p.bytesPerSecond > 0;
            etaSeen = etaSeen || (p.etaSeconds >= 0 && p.chunksDone < p.chunksTotal);
        }
        QVERIFY(mostInFlight >= 12);
        QVERIFY(speedSeen);
        QVERIFY(etaSeen);
        const auto last = progress.last().first().value<FetchProgress>();
        QCOMPARE(last.chunksDone, kChunkCount);
        QCOMPARE(last.chunksTotal, kChunkCount);
        qint64 totalBytes = 0;
        for (const QByteArray &body : std::as_const(m_bodies))
            totalBytes += body.size();
        QCOMPARE(last.bytesDone, totalBytes);
        QCOMPARE(last.inFlight, 0);
        QCOMPARE(last.etaSeconds, 0);
    }

    void chunkFilesAreNamedBySequence() {
        QCOMPARE(SegmentFetcher::chunkFileName(42), QStringLiteral("0000000042.chunk"));
        QVERIFY(SegmentFetcher::chunkFileName(9) < SegmentFetcher::chunkFileName(10));
    }

    void retriesServiceUnavailable() {
        m_server->failTransiently({}, 2, 503);  // every chunk, twice
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
        QCOMPARE(m_server->requestCount(chunkPath(kFirstSequence)), 3);
        QCOMPARE(m_server->requestCount(), 3 * kChunkCount);
    }

    void waitsAsLongAsRetryAfterSays() {
        const QByteArray path = chunkPath(kFirstSequence + 5);
        m_server->failTransiently(path, 1, 429, 1);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
        const QList<qint64> times = requestTimes(path);
        QCOMPARE(times.size(), 2);
        QVERIFY2(times[1] - times[0] >= 1000, qPrintable(QString::number(times[1] - times[0])));
    }

    void honoursAnHttpDateRetryAfter_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }

    void honoursAnHttpDateRetryAfter() {
        // CDNs also send Retry-After as an HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"). The
        // date has whole seconds: 3 s ahead leaves at least 2 s; the backoff alone is <= 100 ms.
        QFETCH(int, status);
        // Far from UTC, so that a date read as local time (it says GMT) is 9 h off.
        const QByteArray savedTz = qgetenv("TZ");
        const bool hadTz = qEnvironmentVariableIsSet("TZ");
        qputenv("TZ", "JST-9");
        tzset();
        const auto restoreTz = qScopeGuard([&] {
            if (hadTz)
                qputenv("TZ", savedTz);
            else
                qunsetenv("TZ");
            tzset();
        });
        const QByteArray path = chunkPath(kFirstSequence + 5);
        m_server->failTransientlyUntilDate(path, 1, status, 3);
        const FetchResult result = runToEnd();
        QVERIFY2(result.status == FetchStatus::Complete, qPrintable(result.error));
        QVERIFY(cacheMatches());
        const QList<qint64> times = requestTimes(path);
        QCOMPARE(times.size(), 2);
        QVERIFY2(times[1] - times[0] >= 1900, qPrintable(QString::number(times[1] - times[0])));
    }

    void anEmptyOkIsRetriedNotAcceptedAsAChunk() {
        const QByteArray path = chunkPath(kFirstSequence + 9);
        m_server->answerEmpty(path, 2);
        const FetchResult result = runToEnd();
        QVERIFY2(result.status == FetchStatus::Complete, qPrintable(result.error));
        QCOMPARE(m_server->requestCount(path), 3);
        QVERIFY(cacheMatches());  // the chunk is the real one, not an empty file
    }

    void anEmptyOkForeverIsReportedMissing() {
        const qint64 empty = kFirstSequence + 9;
        m_server->answerEmpty(chunkPath(empty), -1);
        m_fetcher->setMaxAttempts(3);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::ChunksMissing);
        QCOMPARE(result.missing, QList<qint64>{empty});
        QVERIFY2(result.error.contains(QStringLiteral("empty")), qPrintable(result.error));
        QVERIFY(!QFile::exists(cachedPath(empty)));
        QVERIFY(cacheMatches({empty}));
    }

    void decodesChunkedAndGzipBodiesBitExact_data() {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("chunked") << true << false;
        QTest::newRow("gzip") << false << true;
        QTest::newRow("gzip+chunked") << true << true;
    }

    void decodesChunkedAndGzipBodiesBitExact() {
        QFETCH(bool, chunked);
        QFETCH(bool, gzip);
        if (chunked)
            m_server->useChunkedTransfer({});
        if (gzip)
            m_server->useGzip({});
        m_server->setLatencyMs(10);
        m_fetcher->setConcurrency(8);
        const FetchResult result = runToEnd();
        QVERIFY2(result.status == FetchStatus::Complete, qPrintable(result.error));
        QVERIFY(cacheMatches());
        QCOMPARE(m_server->requestCount(), kChunkCount);  // nothing refetched
        // The modes were really used (the client asked for gzip, the server chunked).
        QCOMPARE(m_server->chunkedAnswers(), chunked ? kChunkCount : 0);
        QCOMPARE(m_server->gzippedAnswers(), gzip ? kChunkCount : 0);
    }

    void retriesABodyCutShort() {
        m_server->cutMidBody({}, 1);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
        QCOMPARE(m_server->requestCount(), 2 * kChunkCount);
    }

    void retriesAWrongContentLength() {
        const QByteArray path = chunkPath(kFirstSequence + 3);
        m_server->sendWrongContentLength(path, 2);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
        QCOMPARE(m_server->requestCount(path), 3);
    }

    void reportsAPermanentlyMissingChunkByNumber() {
        const qint64 gone = kFirstSequence + 17;
        m_server->failForever(chunkPath(gone), 404);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::ChunksMissing);
        QCOMPARE(result.missing, QList<qint64>{gone});
        QVERIFY2(result.error.contains(QString::number(gone)), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("404")), qPrintable(result.error));
        QVERIFY(cacheMatches({gone}));
        QVERIFY(!QFile::exists(cachedPath(gone)));
        QCOMPARE(m_server->requestCount(chunkPath(gone)), SegmentFetcher::kMissingChunkAttempts);
    }

    void givesUpAfterMaxAttemptsOnServerErrors() {
        const qint64 broken = kFirstSequence + 2;
        m_server->failForever(chunkPath(broken), 500);
        m_fetcher->setMaxAttempts(4);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::ChunksMissing);
        QCOMPARE(result.missing, QList<qint64>{broken});
        QCOMPARE(m_server->requestCount(chunkPath(broken)), 4);
    }

    void retriesAfterATrickleTripsTheTransferTimeout() {
        const QByteArray path = chunkPath(kFirstSequence + 9);
        m_server->trickle(path, 1, 500);  // one burst a second
        m_network->setTransferTimeoutMs(400);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
        QCOMPARE(m_server->requestCount(path), 2);
    }

    void retriesAnAttemptThatNeverEnds() {
        // Bytes keep coming (no inactivity timeout) but far too slowly.
        const QByteArray path = chunkPath(kFirstSequence + 1);
        m_server->trickle(path, 1, 200);
        m_fetcher->setAttemptTimeoutMs(1500);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
        QCOMPARE(m_server->requestCount(path), 2);
    }

    void sendsTheRefererTheCdnWants() {
        m_server->requireReferer("https://x.com/");
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QCOMPARE(m_server->requestCount(), kChunkCount);  // no 403, no retry
    }

    void cdnRequestsCarryNoCredentials() {
        QNetworkCookie cookie("auth_token", "0123456789abcdef");
        cookie.setDomain(QStringLiteral("127.0.0.1"));
        cookie.setPath(QStringLiteral("/"));
        m_network->cookieJar()->insertCookie(cookie);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        const QList<FakeRequest> log = m_server->requestLog();
        QCOMPARE(log.size(), kChunkCount);
        for (const FakeRequest &r : log) {
            QVERIFY(!r.headers.contains("cookie"));
            QVERIFY(!r.headers.contains("authorization"));
            QVERIFY(!r.headers.contains("x-csrf-token"));
            QCOMPARE(r.header("referer"), QByteArray("https://x.com/"));
            QVERIFY(r.header("user-agent").startsWith("Mozilla/5.0"));
        }
    }

    void resumesFromTheCacheWithoutRefetching() {
        QList<qint64> cached;
        for (int i = 0; i < kChunkCount; i += 3)
            cached.append(kFirstSequence + i);
        for (qint64 sequence : std::as_const(cached)) {
            QFile file(cachedPath(sequence));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(m_bodies.value(sequence));
        }
        // A crash leaves a temporary and, at worst, an empty file: both are fetched again.
        const qint64 empty = kFirstSequence + 1;
        QFile(cachedPath(empty)).open(QIODevice::WriteOnly);
        QFile part(cachedPath(kFirstSequence + 2) + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("partial");
        part.close();

        QSignalSpy ready(m_fetcher.get(), &SegmentFetcher::chunkReady);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
        QCOMPARE(m_server->requestCount(), kChunkCount - int(cached.size()));
        for (qint64 sequence : std::as_const(cached)) {
            QCOMPARE(m_server->requestCount(chunkPath(sequence)), 0);
        }
        QCOMPARE(m_server->requestCount(chunkPath(empty)), 1);
        QCOMPARE(ready.size(), kChunkCount);  // cached chunks are announced too
    }

    void pauseStopsEveryRequestAndResumeCompletes() {
        m_server->setLatencyMs(300);
        m_fetcher->setConcurrency(8);
        QSignalSpy finished(m_fetcher.get(), &SegmentFetcher::finished);
        QSignalSpy progress(m_fetcher.get(), &SegmentFetcher::progress);
        m_fetcher->start(m_segments);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->inFlight() >= 8, 15000);

        m_fetcher->pause();
        QVERIFY(m_fetcher->isPaused());
        QCOMPARE(m_fetcher->inFlight(), 0);
        QCOMPARE(m_network->inFlight(), 0);
        QTRY_COMPARE(m_server->inFlight(), 0);
        QCOMPARE(progress.last().first().value<FetchProgress>().inFlight, 0);
        progress.clear();
        const int requestsAtPause = m_server->requestCount();
        QVERIFY(!progress.wait(700));  // nothing moves while paused
        QCOMPARE(m_server->requestCount(), requestsAtPause);
        QVERIFY(finished.isEmpty());

        m_server->setLatencyMs(20);
        m_fetcher->resume();
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<FetchResult>();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
    }

    void cancelStopsEveryRequestAndReportsWhatIsMissing() {
        m_server->setLatencyMs(300);
        m_fetcher->setConcurrency(8);
        QSignalSpy finished(m_fetcher.get(), &SegmentFetcher::finished);
        m_fetcher->start(m_segments);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->inFlight() >= 8, 15000);

        m_fetcher->cancel();
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<FetchResult>();
        QCOMPARE(result.status, FetchStatus::Canceled);
        QCOMPARE(result.missing.size(), kChunkCount);  // latency: nothing had arrived yet
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!m_fetcher->isRunning());
        QCOMPARE(m_fetcher->inFlight(), 0);
        QTRY_COMPARE(m_server->inFlight(), 0);
        const int requestsAtCancel = m_server->requestCount();
        QVERIFY(!finished.wait(500));  // exactly one finished(), and no request after it
        QCOMPARE(m_server->requestCount(), requestsAtCancel);
        QVERIFY(QDir(m_cache->path()).entryList({QStringLiteral("*.part")}).isEmpty());
    }

    void concurrencyCanGrowWhileRunning() {
        m_server->setLatencyMs(100);
        m_fetcher->setConcurrency(2);
        QSignalSpy finished(m_fetcher.get(), &SegmentFetcher::finished);
        m_fetcher->start(m_segments);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->inFlight() >= 2, 15000);
        QCOMPARE(m_fetcher->inFlight(), 2);
        m_fetcher->setConcurrency(12);
        QCOMPARE(m_fetcher->inFlight(), 12);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<FetchResult>().status, FetchStatus::Complete);
        QVERIFY(m_server->maxInFlight() > 2);
    }

    void aChunkThatCannotBeSavedFailsTheRunNotAsMissing() {
        // A folder where chunk 5 must go: the finished chunk cannot be renamed into place.
        const qint64 blocked = kFirstSequence + 5;
        QVERIFY(QDir().mkpath(cachedPath(blocked)));
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("Could not save chunk %1").arg(blocked)),
                 qPrintable(result.error));
        QVERIFY(result.missing.contains(blocked));
    }

    void aCacheFolderThatCannotBeMadeFailsTheRunNamingIt() {
        QVERIFY(!spacetape::test::writeFile(m_cache->filePath(QStringLiteral("file")), "in the way")
                     .isEmpty());
        const QString impossible = m_cache->filePath(QStringLiteral("file/chunks"));
        m_fetcher->setCacheDir(impossible);
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Failed);
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(impossible)),
                 qPrintable(result.error));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void withoutACacheFolderItFailsClearly() {
        m_fetcher->setCacheDir(QString());
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Failed);
        QCOMPARE(result.missing.size(), kChunkCount);
        QVERIFY(result.error.contains(QLatin1String("folder")));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void anOpenListTakesAppendsAndFinishesOnlyWhenClosed() {
        // A live recording: the list grows while it runs and ends when the Space does.
        QSignalSpy finished(m_fetcher.get(), &SegmentFetcher::finished);
        QSignalSpy ready(m_fetcher.get(), &SegmentFetcher::chunkReady);
        QFile cached(cachedPath(kFirstSequence + 30));  // left by an earlier run
        QVERIFY(cached.open(QIODevice::WriteOnly));
        cached.write(m_bodies.value(kFirstSequence + 30));
        cached.close();
        m_fetcher->startOpen(m_segments.mid(0, 10));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 10, 15000);
        QVERIFY(!finished.wait(200));              // an open list never finishes by itself
        m_fetcher->append(m_segments.mid(25));     // out of order, one cached
        m_fetcher->append(m_segments.mid(5, 20));  // overlaps: duplicates ignored
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), kChunkCount, 15000);
        QVERIFY(finished.isEmpty());
        m_fetcher->closeList();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<FetchResult>().status, FetchStatus::Complete);
        QVERIFY(cacheMatches());
        QCOMPARE(m_server->requestCount(), kChunkCount - 1);  // the cached one is not fetched
        QCOMPARE(m_server->requestCount(chunkPath(kFirstSequence + 7)), 1);
    }

    void missingChunksOfAnOpenListCanBeRetried() {
        m_server->failTransiently(chunkPath(kFirstSequence + 3), 3, 404);
        QSignalSpy finished(m_fetcher.get(), &SegmentFetcher::finished);
        QSignalSpy ready(m_fetcher.get(), &SegmentFetcher::chunkReady);
        m_fetcher->startOpen(m_segments.mid(0, 5));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 4, 15000);
        // Given up on: three 404s asked for, and the last one's answer handled.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(chunkPath(kFirstSequence + 3)) == 3 &&
                                     m_fetcher->inFlight() == 0,
                                 15000);
        m_fetcher->retryMissing();  // the 404 is gone now
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 5, 15000);
        m_fetcher->closeList();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<FetchResult>().status, FetchStatus::Complete);
    }

    void anEmptyListFinishesAtOnce() {
        m_segments.clear();
        const FetchResult result = runToEnd();
        QCOMPARE(result.status, FetchStatus::Complete);
        QVERIFY(result.missing.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSegmentFetcher)
#include "tst_segmentfetcher.moc"
