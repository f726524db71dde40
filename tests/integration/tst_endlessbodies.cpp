// SPDX-License-Identifier: MIT
// Issue 23, findings 3 and 9: an endless body is refused at its limit with memory bounded
// (Qt stops reading, the fetch is aborted) for the playlist, a chunk, X's web app page and
// its ondemand.s script, and the message says the size, not an internal constant.
#include "fake/FakeHttpServer.h"
#include "job/DownloadJob.h"
#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "net/SegmentFetcher.h"
#include "support/TestData.h"
#include "util/Limits.h"
#include "x/ClientTransactionSource.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
// What may pass the limit before the abort: Qt's read-ahead in its HTTP thread (one read
// buffer), the kernel's loopback socket buffers (a few MiB each way) and the fake server's own
// 1 MiB queue. Without the fix an endless body streams hundreds of MiB before the abort.
constexpr qint64 kSlack = 24 * kMiB;
const QByteArray kOnDemandPath = "/responsive-web/client-web/ondemand.s.4c1f7e2aa.js";

bool namesNoConstant(const QString &message) {
    return !message.contains(QStringLiteral("kMax")) &&
           !message.contains(QStringLiteral("limit k"));
}
}  // namespace

class TestEndlessBodies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boundStopsReadingAtTheLimit() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveFile("/endless.json", "{\"a\":", "application/json");
        server.sendEndlessBody("/endless.json", 1);
        NetworkService network;
        QNetworkReply *reply =
            network.get(network.apiRequest(server.url(QStringLiteral("/endless.json"))));
        const qint64 limit = kMiB;
        replyguard::bound(reply, limit, 60000, QStringLiteral("answer"), "kTestLimit");
        qint64 mostBuffered = 0;
        connect(reply, &QNetworkReply::readyRead, reply,
                [&] { mostBuffered = std::max(mostBuffered, reply->bytesAvailable()); });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        const QString why = replyguard::failure(reply);
        // Qt buffered no more than the read buffer, and read little more from the socket.
        QVERIFY2(server.endlessBytesSent() < limit + kSlack,
                 qPrintable(QString::number(server.endlessBytesSent())));
        QVERIFY2(mostBuffered <= replyguard::readBufferFor(limit),
                 qPrintable(QString::number(mostBuffered)));
        QVERIFY2(why.contains(QStringLiteral("larger than 1 MiB")), qPrintable(why));
        QVERIFY2(namesNoConstant(why), qPrintable(why));
        delete reply;
    }

    void endlessPlaylistIsRefusedAtItsLimit() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveFile("/cdn/p.m3u8", "#EXTM3U\n#EXT-X-VERSION:3\n",
                         "application/vnd.apple.mpegurl");
        server.sendEndlessBody("/cdn/p.m3u8", -1, QByteArray(64 * 1024, '#'));
        NetworkService network;
        QTemporaryDir dir;
        DownloadRequest request;
        request.playlistUrl = server.url(QStringLiteral("/cdn/p.m3u8"));
        request.cacheKey = QStringLiteral("1OdKrBnaEPXKX");
        DownloadSettings settings;
        settings.outputDir = dir.filePath(QStringLiteral("out"));
        settings.cacheRoot = dir.filePath(QStringLiteral("cache"));
        DownloadJob job(network, request, settings);
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<JobResult>();
        QCOMPARE(result.state, JobState::Failed);
        QVERIFY2(server.endlessBytesSent() < 2 * limits::kMaxPlaylistBytes + kSlack,
                 qPrintable(QString::number(server.endlessBytesSent())));
        QVERIFY2(result.error.contains(QStringLiteral("larger than 16 MiB")),
                 qPrintable(result.error));
        QVERIFY2(namesNoConstant(result.error), qPrintable(result.error));
    }

    void endlessChunkIsRefusedAtItsLimit() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveFile("/cdn/c.aac", QByteArray(1000, 'x'), "audio/aac");
        server.sendEndlessBody("/cdn/c.aac", -1, QByteArray(64 * 1024, 'x'));
        NetworkService network;
        QTemporaryDir dir;
        SegmentFetcher fetcher(network);
        fetcher.setCacheDir(dir.filePath(QStringLiteral("chunks")));
        fetcher.setBackoff(1, 1);
        QSignalSpy finished(&fetcher, &SegmentFetcher::finished);
        fetcher.start({SegmentRequest{41, server.url(QStringLiteral("/cdn/c.aac"))}});
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<FetchResult>();
        QVERIFY(result.status != FetchStatus::Complete);
        QVERIFY2(result.error.contains(QStringLiteral("larger than 16 MiB")),
                 qPrintable(result.error));
        QVERIFY2(namesNoConstant(result.error), qPrintable(result.error));
        // Each attempt (an absent chunk is asked for again a few times) read no further than
        // the limit.
        const int attempts = server.requestCount("/cdn/c.aac");
        QVERIFY(attempts >= 1);
        QVERIFY2(server.endlessBytesSent() < attempts * (limits::kMaxChunkBytes + kSlack),
                 qPrintable(QString::number(server.endlessBytesSent())));
    }

    // Finding 3: the x-client-transaction-id inputs have the same limit as every other body.
    void endlessWebAppPageIsAbortedAtTheLimit_data() {
        QTest::addColumn<bool>("endlessScript");
        QTest::newRow("home page") << false;
        QTest::newRow("ondemand.s script") << true;
    }

    void endlessWebAppPageIsAbortedAtTheLimit() {
        QFETCH(bool, endlessScript);
        FakeHttpServer server;
        QVERIFY(server.listen());
        NetworkService network;
        network.setApiOrigin(server.baseUrl());
        server.serveFile("/", unitTestData("xct/home_c.html"), "text/html");
        server.serveFile(kOnDemandPath, unitTestData("xct/ondemand.s.4c1f7e2aa.js"),
                         "application/javascript");
        server.sendEndlessBody(endlessScript ? kOnDemandPath : QByteArray("/"), -1,
                               QByteArray(64 * 1024, ' '));
        QTemporaryDir dir;
        ClientTransactionSource source(network,
                                       dir.filePath(QStringLiteral("client-transaction.json")));
        QSignalSpy failed(&source, &ClientTransactionSource::failed);
        QSignalSpy ready(&source, &ClientTransactionSource::ready);
        source.refresh();
        QVERIFY(failed.wait(60000));
        QCOMPARE(ready.count(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("larger than 4 MiB")), qPrintable(message));
        QVERIFY2(namesNoConstant(message), qPrintable(message));
        QVERIFY(!source.isFetching());
        QVERIFY2(server.endlessBytesSent() < limits::kMaxWebPageBytes + kSlack,
                 qPrintable(QString::number(server.endlessBytesSent())));
    }
};

QTEST_GUILESS_MAIN(TestEndlessBodies)
#include "tst_endlessbodies.moc"
