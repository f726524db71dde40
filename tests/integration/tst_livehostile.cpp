// SPDX-License-Identifier: MIT
// A live capture fed hostile playlists and a tampered sidecar (issue 23, findings 2, 5, 8):
// sparse sequence numbers, masters that loop or chain, a sidecar naming another Space, another
// host, absurd numbers, or that is a FIFO. Everything through DownloadJob, as the app runs it.
#include "fake/FakeHttpServer.h"
#include "fake/FakeLiveSpace.h"
#include "job/DownloadJob.h"
#include "net/NetworkService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <functional>
#include <future>
#include <limits>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kId = QStringLiteral("1yNGaYPnYBMJj");
constexpr int kFinishMs = 20000;
const QByteArray kType = "application/vnd.apple.mpegurl";

/// X's chunk name for @p sequence (the 19-digit field is irregular on X; any digits do).
QByteArray chunkName(qint64 sequence) {
    return "chunk_1733612345678901234_" + QByteArray::number(sequence) + "_a.aac";
}

/// A media playlist listing @p sequences (uneven durations, like X's).
QByteArray mediaPlaylist(const QList<qint64> &sequences, bool endList) {
    QByteArray text =
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n"
        "#EXT-X-MEDIA-SEQUENCE:" +
        QByteArray::number(sequences.first()) + "\n";
    for (const qint64 sequence : sequences)
        text += "#EXTINF:3.008,\n" + chunkName(sequence) + "\n";
    if (endList)
        text += "#EXT-X-ENDLIST\n";
    return text;
}

QByteArray master(const QByteArray &variant) {
    return "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=350000,RESOLUTION=8x8,CODECS=\"avc1.4d001f,"
           "mp4a.40.2\"\n" +
           variant + "\n";
}
}  // namespace

class TestLiveHostile : public QObject {
    Q_OBJECT

    struct Rig {
        QTemporaryDir dir;
        FakeHttpServer cdn;
        NetworkService network;
        DownloadSettings settings;
        Rig() {
            cdn.listen();
            settings.outputDir = dir.filePath(QStringLiteral("out"));
            settings.cacheRoot = dir.filePath(QStringLiteral("cache"));
            settings.nameTemplate = QStringLiteral("{id}");
            settings.live = scaledLiveTiming();
        }
        QString cacheDir() const { return DownloadJob::cacheDirFor(settings, kId); }
        QString sidecarPath() const {
            return QDir(cacheDir()).filePath(QStringLiteral("live-capture.json"));
        }
        /// A live request: the master at @p masterPath, the dynamic playlist beside it.
        DownloadRequest request(const QByteArray &masterPath, bool ended = false) const {
            DownloadRequest request;
            request.playlistUrl = cdn.url(QString::fromLatin1(masterPath));
            request.cacheKey = kId;
            request.names.title = QStringLiteral("Hostile live");
            LiveSource live;
            live.dynamicPlaylistUrl = cdn.url(QStringLiteral("/live/dynamic_playlist.m3u8"));
            live.spaceId = kId;
            live.replayExpected = !ended;
            live.ended = ended;
            request.live = live;
            return request;
        }
    };

    struct Run {
        bool finished = false;
        JobResult result;
        QStringList warnings;
    };

    static Run record(Rig &rig, const DownloadRequest &request, int timeoutMs = kFinishMs) {
        DownloadJob job(rig.network, request, rig.settings);
        Run run;
        connect(&job, &DownloadJob::warning, &job,
                [&](const QString &message) { run.warnings << message; });
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(timeoutMs);
        run.finished = !finished.isEmpty();
        if (run.finished)
            run.result = finished.first().first().value<JobResult>();
        return run;
    }

    /// Plants a sidecar with one chunk; @p edit changes it before it is written.
    static void plantSidecar(Rig &rig, const std::function<void(QJsonObject &)> &edit) {
        QVERIFY(QDir().mkpath(rig.cacheDir()));
        const QString base = rig.cdn.url(QStringLiteral("/live/")).toString();
        QJsonObject root{
            {QStringLiteral("version"), 1},
            {QStringLiteral("spaceId"), kId},
            {QStringLiteral("master"), rig.cdn.url(QStringLiteral("/live/master.m3u8")).toString()},
            {QStringLiteral("variant"), QString()},
            {QStringLiteral("dynamic"),
             rig.cdn.url(QStringLiteral("/live/dynamic_playlist.m3u8")).toString()},
            {QStringLiteral("lastLiveSequence"), 38},
            {QStringLiteral("firstSequence"), 37},
            {QStringLiteral("bases"), QJsonArray{base}},
            {QStringLiteral("chunks"),
             QJsonArray{QJsonArray{37, 3.008, 0, QString::fromLatin1(chunkName(37))},
                        QJsonArray{38, 2.99, 0, QString::fromLatin1(chunkName(38))}}}};
        edit(root);
        QFile file(rig.sidecarPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
    }

    static SpaceMetadata endedSpace() {
        SpaceMetadata latest;
        latest.id = kId;
        latest.state = SpaceState::Ended;
        latest.title = QStringLiteral("Hostile live");
        latest.replayAvailable = false;
        return latest;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JobResult>(); }

    // ---- finding 2: sparse sequence numbers ----

    void sparseSequencesAreRefusedNotWalked_data() {
        QTest::addColumn<QList<qint64>>("sequences");
        QTest::newRow("2^40") << QList<qint64>{0, 1, qint64(1) << 40};
        QTest::newRow("int64 max") << QList<qint64>{0, std::numeric_limits<qint64>::max()};
        QTest::newRow("past the limit")
            << QList<qint64>{3, 4, 100003};  // within 64 bits, beyond any Space
    }

    void sparseSequencesAreRefusedNotWalked() {
        QFETCH(QList<qint64>, sequences);
        Rig rig;
        const QByteArray list = mediaPlaylist(sequences, true);
        rig.cdn.serveFile("/live/master.m3u8", list, kType);
        rig.cdn.serveFile("/live/dynamic_playlist.m3u8", list, kType);
        const Run run = record(rig, rig.request("/live/master.m3u8"));
        QVERIFY(run.finished);
        QCOMPARE(run.result.state, JobState::Failed);
        QVERIFY2(run.result.error.contains(QString::number(sequences.last())) &&
                     run.result.error.contains(QStringLiteral("longer than any Space")),
                 qPrintable(run.result.error));
        QVERIFY(run.result.missing.size() < 10);
        // The sidecar never learnt the absurd sequence, so a restart cannot trip on it.
        QFile sidecar(rig.sidecarPath());
        if (sidecar.open(QIODevice::ReadOnly))
            QVERIFY(!sidecar.readAll().contains(QByteArray::number(sequences.last())));
    }

    // ---- finding 5: masters followed like PlaylistLoader does, one read per poll ----

    void liveMastersThatLoopOrChainAreRefused_data() {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QString>("expected");
        QTest::newRow("names itself") << QByteArray("/m/self.m3u8") << QStringLiteral("loop");
        QTest::newRow("two name each other") << QByteArray("/m/a.m3u8") << QStringLiteral("loop");
        QTest::newRow("too deep") << QByteArray("/m/chain0.m3u8")
                                  << QStringLiteral("more than 3 masters");
        QTest::newRow("a local file")
            << QByteArray("/m/local.m3u8") << QStringLiteral("not an http(s) address");
    }

    void liveMastersThatLoopOrChainAreRefused() {
        QFETCH(QByteArray, start);
        QFETCH(QString, expected);
        Rig rig;
        rig.cdn.serveFile("/m/self.m3u8", master("self.m3u8"), kType);
        rig.cdn.serveFile("/m/a.m3u8", master("b.m3u8"), kType);
        rig.cdn.serveFile("/m/b.m3u8", master("a.m3u8"), kType);
        rig.cdn.serveFile("/m/local.m3u8", master("file:///etc/hostname"), kType);
        for (int i = 0; i < 8; ++i)
            rig.cdn.serveFile(QByteArray("/m/chain") + QByteArray::number(i) + ".m3u8",
                              master("chain" + QByteArray::number(i + 1) + ".m3u8"), kType);
        // The live edge goes on meanwhile (its chunks 404: not what this test is about).
        rig.cdn.serveFile("/live/dynamic_playlist.m3u8", mediaPlaylist({37, 38, 39}, false), kType);
        const Run run = record(rig, rig.request(start));
        QVERIFY(run.finished);
        QCOMPARE(run.result.state, JobState::Failed);
        QVERIFY2(run.result.error.contains(expected), qPrintable(run.result.error));
        QList<qint64> masterReads;
        for (const FakeRequest &request : rig.cdn.requestLog()) {
            if (request.path.startsWith("/m/"))
                masterReads << request.receivedAtMs;
        }
        // At most kMaxVariantDepth hops after the first read, each at the next poll (a timer's
        // slack and the round trip aside), never at once.
        QVERIFY2(masterReads.size() <= 4, qPrintable(QString::number(masterReads.size())));
        const int interval = rig.settings.live.fullListPollMs;
        for (int i = 1; i < masterReads.size(); ++i)
            QVERIFY2(masterReads.at(i) - masterReads.at(i - 1) >= interval / 2,
                     qPrintable(QStringLiteral("%1 ms between two full-list reads")
                                    .arg(masterReads.at(i) - masterReads.at(i - 1))));
    }

    // ---- finding 8: the sidecar is read like a network answer ----

    void sidecarOfAnotherSpaceOrHostOrWithAbsurdNumbersIsRefused_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("another Space") << QStringLiteral("spaceId");
        QTest::newRow("a chunk on another host") << QStringLiteral("host");
        QTest::newRow("sequence 1e300") << QStringLiteral("1e300");
        QTest::newRow("sequence 2^40") << QStringLiteral("2^40");
        QTest::newRow("a local chunk") << QStringLiteral("file");
    }

    void sidecarOfAnotherSpaceOrHostOrWithAbsurdNumbersIsRefused() {
        QFETCH(QString, what);
        Rig rig;
        FakeHttpServer foreign;
        QVERIFY(foreign.listen());
        // Served, so a capture that trusted the sidecar would fetch it.
        foreign.serveFile("/evil/" + chunkName(39), QByteArray(4000, 'x'), "audio/aac");
        plantSidecar(rig, [&](QJsonObject &root) {
            QJsonArray chunks = root.value(QStringLiteral("chunks")).toArray();
            QJsonArray bases = root.value(QStringLiteral("bases")).toArray();
            if (what == QLatin1String("spaceId")) {
                root.insert(QStringLiteral("spaceId"), QStringLiteral("1OwxWXwaAMMGQ"));
            } else if (what == QLatin1String("host") || what == QLatin1String("file")) {
                bases.append(what == QLatin1String("host")
                                 ? foreign.url(QStringLiteral("/evil/")).toString()
                                 : QStringLiteral("file:///etc/"));
                chunks.append(QJsonArray{39, 3.0, 1, QString::fromLatin1(chunkName(39))});
            } else if (what == QLatin1String("1e300")) {
                chunks.append(QJsonArray{1e300, 3.0, 0, QString::fromLatin1(chunkName(39))});
                root.insert(QStringLiteral("lastLiveSequence"), 1e300);
            } else {
                chunks.append(QJsonArray{double(qint64(1) << 40), 3.0, 0,
                                         QString::fromLatin1(chunkName(39))});
            }
            root.insert(QStringLiteral("chunks"), chunks);
            root.insert(QStringLiteral("bases"), bases);
        });
        QVERIFY(DownloadJob::hasLiveCapture(rig.settings, kId));
        QVERIFY(!DownloadJob::requestFromLiveCapture(rig.settings, endedSpace()));

        // Finishing the capture anyway (as a job that was recording when the app quit) fetches
        // nothing the sidecar named elsewhere, and does not trip on its numbers.
        const Run run = record(rig, rig.request("/live/master.m3u8", true));
        QVERIFY(run.finished);
        QCOMPARE(foreign.requestCount(), 0);
        QVERIFY2(run.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("refused")),
                 qPrintable(run.warnings.join(QLatin1Char('\n'))));
    }

    void sidecarThatIsAFifoIsNotWaitedFor() {
        Rig rig;
        QVERIFY(QDir().mkpath(rig.cacheDir()));
        const QByteArray path = QFile::encodeName(rig.sidecarPath());
        if (::mkfifo(path.constData(), 0600) != 0)
            QSKIP("mkfifo is not available here");
        auto read = std::async(std::launch::async, [&] {
            return DownloadJob::requestFromLiveCapture(rig.settings, endedSpace()).has_value();
        });
        const bool returned = read.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
        if (!returned) {
            // Unblock the reader (it waits in open() for a writer), then fail.
            const int fd = ::open(path.constData(), O_WRONLY);
            if (fd >= 0)
                ::close(fd);
        }
        QVERIFY2(returned, "reading a FIFO sidecar blocked");
        QVERIFY(!read.get());
    }
};

QTEST_GUILESS_MAIN(TestLiveHostile)
#include "tst_livehostile.moc"
