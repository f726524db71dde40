// SPDX-License-Identifier: MIT
// Live recording through the fake X API and live CDN (FakeLiveSpace), in scaled time: one
// 3-second chunk appears every 100 ms, and the job's live rhythm is scaled to match (÷30).
#include "fake/FakeLiveSpace.h"
#include "fake/FakeSpaceRig.h"
#include "job/DownloadJob.h"
#include "job/SpaceRequestBuilder.h"
#include "net/NetworkService.h"
#include "support/ChunkFixture.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1LyxBoXqkNpKN");
constexpr int kChunkPeriodMs = 100;
constexpr int kRunTimeoutMs = 90000;

}  // namespace

class TestLiveRecording : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    /// The fake X and CDN with one live Space, and a network stack routed to it.
    struct Rig : FakeSpaceRig {
        QTemporaryDir dir;
        NetworkService network;
        XApiClient api{network};
        SpaceRequestBuilder builder{network, api};
        DownloadSettings settings;
        std::unique_ptr<FakeLiveSpace> live;

        Rig(const ChunkFixture &fixture, FakeLiveScript script) : FakeSpaceRig(fixture) {
            network.setApiOrigin(apiOrigin());
            // Its own queryId cache: nothing an earlier test learned may help this one.
            api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
            script.spaceId = kSpaceId;
            script.chunkPeriodMs = kChunkPeriodMs;
            live = std::make_unique<FakeLiveSpace>(http(), x(), fixture.playlistPath, script);
            settings.outputDir = dir.filePath(QStringLiteral("out"));
            settings.cacheRoot = dir.filePath(QStringLiteral("cache"));
            settings.nameTemplate = QStringLiteral("{id}");
            settings.live = scaledLiveTiming();
        }
        QString cacheDir() const { return DownloadJob::cacheDirFor(settings, kSpaceId); }
        int chunksOnDisk() const {
            return int(QDir(cacheDir()).entryList({QStringLiteral("*.chunk")}).size());
        }
        /// What the app does with a link: resolve through X, build the request.
        std::optional<DownloadRequest> prepare() {
            std::optional<Expected<PreparedSpace>> prepared;
            builder.build(kSpaceId, [&](Expected<PreparedSpace> p) { prepared = std::move(p); });
            if (!QTest::qWaitFor([&] { return prepared.has_value(); }, 20000) || !*prepared) {
                qWarning() << "prepare failed:" << (prepared ? prepared->error() : QString());
                return std::nullopt;
            }
            return (*prepared)->request;
        }
        int chunkRequests(int index) const { return http().requestCount(live->chunkPath(index)); }
        int transcodeChunkRequests() const {
            int count = 0;
            for (const FakeRequest &r : http().requestLog())
                count += r.path.contains("/transcode/") && r.path.endsWith(".aac") ? 1 : 0;
            return count;
        }
    };

    struct Run {
        JobResult result;
        QList<JobState> states;
        QStringList warnings;
        QStringList waits;
        QList<LiveStatus> statuses;
        qint64 finishedAtMs = -1;  ///< on the Space's timeline
    };

    /// Runs @p job to its end, recording what it said.
    Run runJob(DownloadJob &job, const FakeLiveSpace &live) {
        Run run;
        connect(&job, &DownloadJob::stateChanged, this, [&](JobState s) { run.states << s; });
        connect(&job, &DownloadJob::warning, this, [&](const QString &m) { run.warnings << m; });
        connect(&job, &DownloadJob::waiting, this, [&](const QString &m, int) {
            if (!m.isEmpty())
                run.waits << m;
        });
        connect(&job, &DownloadJob::liveStatus, this,
                [&](const LiveStatus &s) { run.statuses << s; });
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(kRunTimeoutMs);
        if (!finished.isEmpty()) {
            run.result = finished.first().first().value<JobResult>();
            run.finishedAtMs = live.nowMs();
        }
        return run;
    }

    Run record(Rig &rig) {
        const auto request = rig.prepare();
        if (!request)
            return {};
        DownloadJob job(rig.network, *request, rig.settings);
        return runJob(job, *rig.live);
    }

    void verifyBitExact(const Run &run) {
        QVERIFY(!m_referenceMd5.isEmpty());
        QVERIFY2(
            run.result.state == JobState::Done,
            qPrintable(jobStateName(run.result.state) + QStringLiteral(": ") + run.result.error));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(run.result.outputPath), m_referenceMd5);
        QVERIFY(decodeErrors(run.result.outputPath).isEmpty());
        QVERIFY(run.result.missing.isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<JobResult>();
        qRegisterMetaType<LiveStatus>();
        ChunkFixtureOptions options;
        options.strayBytesChunks = {4};
        options.extraId3FramesChunks = {1, 2, 3, 30};  // live chunks carry Periscope frames
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 150.0, &error, options);
        QVERIFY2(m_fixture, qPrintable(error));
        QCOMPARE(m_fixture->sequences.first(), qint64(0));
        m_referenceMd5 = decodedPcmMd5(m_fixture->cleanAdtsPath);
        QVERIFY(!m_referenceMd5.isEmpty());
    }

    void joinedLateIsSavedBitExactFromChunkZero() {
        Rig rig(*m_fixture, {});
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 20, 20000);
        const auto request = rig.prepare();
        QVERIFY(request && request->live);
        QVERIFY(rig.live->running());  // still on air when the recording starts
        DownloadJob job(rig.network, *request, rig.settings);
        const Run run = runJob(job, *rig.live);
        verifyBitExact(run);
        QVERIFY(run.states.contains(JobState::Recording));
        QVERIFY(run.states.contains(JobState::Finishing));
        QCOMPARE(run.states.last(), JobState::Done);
        // Each chunk exactly once, always the original, never the transcoded copy.
        for (int i = 0; i < rig.live->chunkCount(); ++i)
            QCOMPARE(rig.chunkRequests(i), 1);
        QCOMPARE(rig.transcodeChunkRequests(), 0);
        // The backlog was caught up while following the live edge.
        QVERIFY(!run.statuses.isEmpty());
        QVERIFY(run.statuses.first().catchingUp || run.statuses.first().chunksOnDisk >= 20);
        QVERIFY(!run.statuses.last().catchingUp);
        QCOMPARE(run.statuses.last().lastSequence, rig.live->sequences().last());
        QCOMPARE(run.statuses.last().chunksOnDisk, rig.live->chunkCount());
        QVERIFY(qAbs(run.statuses.last().recordedSeconds - rig.live->totalSeconds()) < 0.01);
        // Σ EXTINF matches ended_at − started_at: no duration warning.
        for (const QString &w : run.warnings)
            QVERIFY2(!w.contains(QStringLiteral("lasted")), qPrintable(w));
        // Success removes the cache, sidecar included.
        QVERIFY(!QDir(rig.cacheDir()).exists());
    }

    void chunkFaultsAreRetriedAndTimedOutEndsTheRecording() {
        FakeLiveScript script;
        script.endState = QStringLiteral("TimedOut");
        script.dynamicEndListAtEnd = true;  // the end shows as ENDLIST, not as a 404
        Rig rig(*m_fixture, script);
        // 503 on 5 % of the chunk requests.
        for (int i = 0; i < rig.live->chunkCount(); i += 20)
            rig.http().failTransiently(rig.live->chunkPath(i), 1, 503);
        rig.http().failTransiently(rig.live->chunkPath(rig.live->chunkCount() - 1), 1, 503);
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 20, 20000);
        const Run run = record(rig);
        verifyBitExact(run);
        QCOMPARE(rig.chunkRequests(0), 2);
        QCOMPARE(rig.chunkRequests(1), 1);
    }

    void hostDisconnectIsRiddenOut() {
        FakeLiveScript script;
        // 30 s (scaled) without a dynamic playlist in the middle; X still says Running.
        script.hostDisconnects = {{2500, 3500}};
        Rig rig(*m_fixture, script);
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 5, 20000);
        const Run run = record(rig);
        verifyBitExact(run);
        const qsizetype gone = run.states.indexOf(JobState::HostDisconnected);
        QVERIFY2(gone > 0, "never reported the host disconnect");
        QCOMPARE(run.states.at(gone + 1), JobState::Recording);  // back when it answers again
        QVERIFY(run.states.contains(JobState::Finishing));
        for (int i = 0; i < rig.live->chunkCount(); ++i)
            QCOMPARE(rig.chunkRequests(i), 1);
    }

    void hostGoneBeyondTheGraceSavesWhatWasRecorded() {
        FakeLiveScript script;
        script.hostDisconnects = {{1500, 1000000}};  // never comes back; X still says Running
        Rig rig(*m_fixture, script);
        rig.settings.live.hostDisconnectGraceSeconds = 1;
        rig.settings.live.finalPlaylistWindowSeconds = 2;
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 5, 20000);
        const Run run = record(rig);
        QCOMPARE(run.result.state, JobState::Done);
        QVERIFY(run.states.contains(JobState::HostDisconnected));
        QVERIFY(run.states.contains(JobState::Finishing));
        const QString warnings = run.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("gone")), qPrintable(warnings));
        QVERIFY(run.result.missing.isEmpty());  // a prefix of the Space, without holes
        QVERIFY(run.result.report.frames > 0);
        QVERIFY(decodeErrors(run.result.outputPath).isEmpty());
    }

    void replayDisabledIsSavedFromTheLiveCaptureAlone() {
        FakeLiveScript script;
        script.replayAvailable = false;
        script.endAfterLastChunkPeriods = 10;  // the last chunks stay visible long enough
        Rig rig(*m_fixture, script);
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 20, 20000);
        const Run run = record(rig);
        verifyBitExact(run);
        QVERIFY(run.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no replay")));
    }

    void gapsAreNamedNeverSilent() {
        FakeLiveScript script;
        script.replayAvailable = false;
        script.endAfterLastChunkPeriods = 10;
        Rig rig(*m_fixture, script);
        rig.http().failForever(rig.live->chunkPath(7), 404);
        const qint64 lost = rig.live->sequences().at(7);
        const Run failed = record(rig);
        QCOMPARE(failed.result.state, JobState::Failed);
        QCOMPARE(failed.result.missing, QList<qint64>{lost});
        QVERIFY2(failed.result.error.contains(QStringLiteral("sequence %1").arg(lost)),
                 qPrintable(failed.result.error));
        QVERIFY(DownloadJob::hasLiveCapture(rig.settings, kSpaceId));  // cache and list kept

        // Allowing gaps saves the rest from the capture, after a restart, and names the gap.
        rig.settings.allowGaps = true;
        SpaceMetadata latest;
        latest.id = kSpaceId;
        latest.state = SpaceState::Ended;
        latest.title = QStringLiteral("Gappy");
        const auto request = DownloadJob::requestFromLiveCapture(rig.settings, latest);
        QVERIFY(request && request->live && request->live->ended);
        const int before = rig.http().requestCount();
        DownloadJob job(rig.network, *request, rig.settings);
        const Run saved = runJob(job, *rig.live);
        QCOMPARE(saved.result.state, JobState::Done);
        QCOMPARE(saved.result.missing, QList<qint64>{lost});
        QVERIFY(saved.warnings.join(QLatin1Char('\n')).contains(QString::number(lost)));
        QVERIFY(decodeErrors(saved.result.outputPath).isEmpty());
        // Only the lost chunk was asked for again (its three attempts): the rest came from the
        // cache, and no playlist was read for a Space without a replay.
        QCOMPARE(rig.http().requestCount() - before, 3);
    }

    void stoppedRecordingContinuesAfterARestart() {
        Rig rig(*m_fixture, {});
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 10, 20000);
        QList<qint64> onDiskAtStop;
        {
            const auto request = rig.prepare();
            QVERIFY(request);
            DownloadJob job(rig.network, *request, rig.settings);
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(rig.chunksOnDisk() >= 25, 30000);
        }  // the job is destroyed mid-recording, as by a crash of its owner
        QVERIFY(rig.live->running());
        for (int i = 0; i < rig.live->chunkCount(); ++i) {
            if (QFile::exists(
                    QDir(rig.cacheDir())
                        .filePath(QStringLiteral("%1.chunk")
                                      .arg(rig.live->sequences().at(i), 10, 10, QLatin1Char('0')))))
                onDiskAtStop << i;
        }
        QVERIFY(onDiskAtStop.size() >= 25);
        QVERIFY(DownloadJob::hasLiveCapture(rig.settings, kSpaceId));
        const Run run = record(rig);
        verifyBitExact(run);
        for (int i = 0; i < rig.live->chunkCount(); ++i) {
            if (onDiskAtStop.contains(i))
                QCOMPARE(rig.chunkRequests(i), 1);  // never fetched again
            else
                QVERIFY(rig.chunkRequests(i) >= 1 && rig.chunkRequests(i) <= 2);
        }
    }

    void pauseFollowsWithoutFetchingAndCancelKeepsTheCapture() {
        Rig rig(*m_fixture, {});
        const auto request = rig.prepare();
        QVERIFY(request);
        {
            DownloadJob job(rig.network, *request, rig.settings);
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(rig.chunksOnDisk() >= 8, 30000);
            job.pause();
            QCOMPARE(job.state(), JobState::Paused);
            const int onDisk = rig.chunksOnDisk();
            const int listed = rig.live->chunksListed();
            QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= listed + 8, 20000);
            QCOMPARE(rig.chunksOnDisk(), onDisk);  // paused: nothing fetched
            job.resume();
            QCOMPARE(job.state(), JobState::Recording);
            QTRY_VERIFY_WITH_TIMEOUT(rig.chunksOnDisk() >= listed + 8, 20000);  // caught up
            QSignalSpy finished(&job, &DownloadJob::finished);
            job.cancel();
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.first().first().value<JobResult>().state, JobState::Canceled);
        }
        QVERIFY(DownloadJob::hasLiveCapture(rig.settings, kSpaceId));
        QVERIFY(rig.chunksOnDisk() >= 16);
        // Started again, it continues from the capture and saves the whole Space.
        const Run run = record(rig);
        verifyBitExact(run);
    }

    void finalPlaylistNotFoundForAWhileIsWaitedOut() {
        FakeLiveScript script;
        script.finalPlaylistDelayMs = 1500;  // 45 s scaled of 404
        script.finalPlaylistShortMs = 700;   // then too short
        Rig rig(*m_fixture, script);
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 10, 20000);
        const Run run = record(rig);
        verifyBitExact(run);
        const qint64 endMs = rig.live->endMs();
        QVERIFY2(run.finishedAtMs >= endMs + 2200,
                 qPrintable(
                     QStringLiteral("finished %1 ms after the end").arg(run.finishedAtMs - endMs)));
        QVERIFY(!run.waits.isEmpty());
    }

    void pollsPolitely() {
        Rig rig(*m_fixture, {});
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 5, 20000);
        const Run run = record(rig);
        verifyBitExact(run);
        QList<qint64> metadataCalls;
        QList<qint64> dynamicReads;
        for (const FakeRequest &r : rig.http().requestLog()) {
            if (r.path.endsWith("/AudioSpaceById"))
                metadataCalls << r.receivedAtMs;
            if (r.path == rig.live->dynamicPath())
                dynamicReads << r.receivedAtMs;
        }
        // The first call is the resolve; then at most one per metadataPollMs, except one
        // immediate call when the dynamic playlist went away at the end.
        QVERIFY(metadataCalls.size() >= 2);
        int early = 0;
        for (int i = 2; i < metadataCalls.size(); ++i)
            early += metadataCalls.at(i) - metadataCalls.at(i - 1) < 900 ? 1 : 0;
        QVERIFY2(early <= 1, qPrintable(QString::number(early)));
        const qint64 span = dynamicReads.last() - dynamicReads.first();
        const double perPoll = double(span) / (dynamicReads.size() - 1);
        QVERIFY2(perPoll >= 95 && perPoll <= 200, qPrintable(QString::number(perPoll)));
    }
};

QTEST_GUILESS_MAIN(TestLiveRecording)
#include "tst_liverecording.moc"
