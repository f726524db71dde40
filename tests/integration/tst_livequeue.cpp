// SPDX-License-Identifier: MIT
// Live, scheduled and watched Spaces through the whole queue: a scheduled Space waits and is
// recorded from its first second; a watched host going live is recorded once (also after a
// restart), and two co-hosts reporting one Space give one recording. Scaled time: one 3-second
// chunk every 100 ms on the fake live CDN.
#include "fake/FakeLiveSpace.h"
#include "fake/FakeSpaceRig.h"
#include "fake/FakeWatchApi.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "support/ChunkFixture.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "watch/HostWatcher.h"
#include "watch/ScheduledSpaceWaiter.h"
#include "x/SpaceLink.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1BdxYEAEBVgxX");
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QString(160, QLatin1Char('c'));
constexpr int kChunkPeriodMs = 100;
constexpr int kLongWaitMs = 90000;

}  // namespace

class TestLiveQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    struct Rig : FakeSpaceRig {
        QTemporaryDir dir;
        NetworkService network;
        XApiClient api{network};
        FakeWatchApi watchApi{http()};
        DownloadSettings settings;
        std::unique_ptr<FakeLiveSpace> live;
        std::unique_ptr<DownloadQueue> queue;
        std::unique_ptr<HostWatcher> watcher;

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
        void logIn() {
            x().setValidLogin(kAuthToken, kCt0);
            watchApi.setValidLogin(kAuthToken, kCt0);
            XLogin login;
            login.authToken = kAuthToken;
            login.ct0 = kCt0;
            api.setLogin(login);
        }
        /// A queue (and, with @p watching, a watcher feeding it) on this rig's state files:
        /// making them again is what a restart of the app does.
        DownloadQueue &start(bool watching) {
            watcher.reset();
            queue.reset();
            queue = std::make_unique<DownloadQueue>(network, api,
                                                    dir.filePath(QStringLiteral("queue.json")));
            queue->setDownloadSettings(settings);
            ScheduleTiming timing;
            timing.farPollMs = 500;
            timing.nearWindowMs = 2000;
            timing.nearPollMs = 200;
            queue->setScheduleTiming(timing);
            queue->restore();
            if (watching) {
                watcher = std::make_unique<HostWatcher>(
                    api, dir.filePath(QStringLiteral("watched-hosts.json")));
                WatchTiming watchTiming;
                watchTiming.minPollMs = 200;
                watchTiming.jitterMs = 0;
                watcher->setTiming(watchTiming);
                queue->followWatcher(*watcher);
                watcher->start();
            }
            return *queue;
        }
        QString output() const {
            return QDir(settings.outputDir).filePath(kSpaceId + QStringLiteral(".m4a"));
        }
        /// Requests for each of the Space's original chunks (every one should be 1).
        QList<int> chunkRequestCounts() const {
            QList<int> counts;
            for (int i = 0; i < live->chunkCount(); ++i)
                counts << http().requestCount(live->chunkPath(i));
            return counts;
        }
    };

    static bool waitForState(const DownloadQueue &queue, EntryState state,
                             int timeoutMs = kLongWaitMs) {
        return QTest::qWaitFor(
            [&] {
                const int row = queue.indexOf(kSpaceId);
                return row >= 0 && queue.at(row).state == state;
            },
            timeoutMs);
    }
    static QString describe(const DownloadQueue &queue) {
        const int row = queue.indexOf(kSpaceId);
        if (row < 0)
            return QStringLiteral("not queued");
        return entryStateName(queue.at(row).state) + QStringLiteral(": ") +
               queue.at(row).stateDetail;
    }
    void verifySavedBitExact(const Rig &rig) {
        QVERIFY(!m_referenceMd5.isEmpty());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(rig.output()), m_referenceMd5);
        QVERIFY(decodeErrors(rig.output()).isEmpty());
        for (int count : rig.chunkRequestCounts())
            QCOMPARE(count, 1);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_fixture =
            makeEncodedChunkFixture(m_media.path(), 90.0, &error, {3.0, 0, {4}, {2, 9}, {}, {}});
        QVERIFY2(m_fixture, qPrintable(error));
        m_referenceMd5 = decodedPcmMd5(m_fixture->cleanAdtsPath);
        QVERIFY(!m_referenceMd5.isEmpty());
    }

    void scheduledSpaceWaitsThenIsRecordedFromItsFirstSecond() {
        FakeLiveScript script;
        script.title = QStringLiteral("Launch day");
        script.startsInMs = 2500;
        Rig rig(*m_fixture, script);
        DownloadQueue &queue = rig.start(false);
        QList<EntryState> seen;
        connect(&queue, &DownloadQueue::entryChanged, this,
                [&](int row) { seen << queue.at(row).state; });
        queue.addText(SpaceLink::canonicalUrl(kSpaceId).toString());
        QVERIFY2(waitForState(queue, EntryState::Scheduled, 20000), qPrintable(describe(queue)));
        QCOMPARE(queue.at(0).title, QStringLiteral("Launch day"));
        QVERIFY(queue.at(0).scheduledStart.isValid());
        QVERIFY(!queue.at(0).isActive());  // waiting for a host takes no slot
        QVERIFY2(waitForState(queue, EntryState::Done), qPrintable(describe(queue)));
        QVERIFY(seen.contains(EntryState::Recording));
        QVERIFY(seen.contains(EntryState::Finishing));
        verifySavedBitExact(rig);
    }

    void aRecordingInterruptedAfterTheEndIsSavedFromItsCaptureWithoutAReplay() {
        FakeLiveScript script;
        script.replayAvailable = false;  // X keeps nothing: the live capture is all there is
        Rig rig(*m_fixture, script);
        DownloadQueue &queue = rig.start(false);
        queue.addText(kSpaceId);
        // The Space ended; the app is waiting for a final playlist that never comes — and quits.
        QVERIFY2(waitForState(queue, EntryState::Finishing), qPrintable(describe(queue)));
        queue.flushSaves();
        DownloadQueue &again = rig.start(false);
        QCOMPARE(again.count(), 1);
        QVERIFY2(waitForState(again, EntryState::Done), qPrintable(describe(again)));
        QVERIFY(again.at(0).missing.isEmpty());
        verifySavedBitExact(rig);
    }

    void canceledScheduledSpaceSaysSo() {
        FakeLiveScript script;
        script.startsInMs = 1500;
        script.endState = QStringLiteral("Canceled");
        script.chunks = 0;
        Rig rig(*m_fixture, script);
        DownloadQueue &queue = rig.start(false);
        queue.addText(kSpaceId);
        QVERIFY2(waitForState(queue, EntryState::HostCanceled, 30000), qPrintable(describe(queue)));
        QVERIFY(queue.at(0).stateDetail.contains(QStringLiteral("canceled")));
    }

    void watchedHostGoingLiveIsRecordedOnceEvenAfterARestart() {
        FakeLiveScript script;
        Rig rig(*m_fixture, script);
        rig.logIn();
        rig.watchApi.addUser(
            {QStringLiteral("adahost"), QStringLiteral("1001"), QStringLiteral("Ada Host")});
        rig.watchApi.setLive(FakePresence{kSpaceId,
                                          QStringLiteral("1001"),
                                          {},
                                          QStringLiteral("Running"),
                                          QStringLiteral("Live Space")});
        DownloadQueue &queue = rig.start(true);
        QVERIFY(rig.watcher->addHost(QStringLiteral("@adahost")));
        QSignalSpy found(rig.watcher.get(), &HostWatcher::spaceFound);
        QVERIFY(found.wait(20000));
        QVERIFY2(waitForState(queue, EntryState::Done), qPrintable(describe(queue)));
        QCOMPARE(queue.count(), 1);
        verifySavedBitExact(rig);

        // A restart while X still reports the Space live: neither found nor recorded again.
        const int requestsBefore = rig.http().requestCount();
        DownloadQueue &again = rig.start(true);
        QSignalSpy checked(rig.watcher.get(), &HostWatcher::checked);
        QSignalSpy foundAgain(rig.watcher.get(), &HostWatcher::spaceFound);
        QVERIFY(checked.wait(20000));
        QVERIFY(checked.size() >= 1);
        QVERIFY(foundAgain.isEmpty());
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.at(0).state, EntryState::Done);
        for (int count : rig.chunkRequestCounts())
            QCOMPARE(count, 1);
        QVERIFY(rig.http().requestCount() > requestsBefore);  // it did check
    }

    void twoWatchedCoHostsGiveOneRecording() {
        FakeLiveScript script;
        Rig rig(*m_fixture, script);
        rig.logIn();
        rig.watchApi.addUser({QStringLiteral("adahost"), QStringLiteral("1001"), QString()});
        rig.watchApi.addUser({QStringLiteral("cohost"), QStringLiteral("1002"), QString()});
        rig.watchApi.setLive(FakePresence{kSpaceId,
                                          QStringLiteral("1001"),
                                          {QStringLiteral("1002")},
                                          QStringLiteral("Running"),
                                          QString()});
        DownloadQueue &queue = rig.start(true);
        QVERIFY(rig.watcher->addHost(QStringLiteral("@adahost")));
        QVERIFY(rig.watcher->addHost(QStringLiteral("cohost")));
        QSignalSpy found(rig.watcher.get(), &HostWatcher::spaceFound);
        QVERIFY2(waitForState(queue, EntryState::Done), qPrintable(describe(queue)));
        QCOMPARE(found.size(), 1);
        QCOMPARE(queue.count(), 1);
        verifySavedBitExact(rig);
    }
};

QTEST_GUILESS_MAIN(TestLiveQueue)
#include "tst_livequeue.moc"
