// SPDX-License-Identifier: MIT
// The download queue end to end: links in, Spaces through the fake X API and CDN, files
// out; the scheduler's limit, user actions, and a queue that survives a crash.
#include "fake/FakeSpaceRig.h"
#include "net/NetworkService.h"
#include "net/SegmentFetcher.h"
#include "queue/DownloadQueue.h"
#include "support/ChunkFixture.h"
#include "support/IsolatedXApiClient.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "support/TestData.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QStringList kIds = {QStringLiteral("1YqKDqWqdPLxV"), QStringLiteral("1OwxWXwaAMMGQ"),
                          QStringLiteral("1dRJZlbLkjexB"), QStringLiteral("1MnxnkQjzXLGO"),
                          QStringLiteral("1ynJOZbXmWRKR")};
constexpr int kLongWaitMs = 60000;
}  // namespace

class TestDownloadQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    /// The fake X API and CDN serving every Space of kIds, plus a network stack routed to it.
    struct Rig : FakeSpaceRig {
        QTemporaryDir dir;
        NetworkService network;
        // The test process's own data folder (fresh per test from CMake): the queryId and
        // transaction-id inputs learned by the first Rig serve the later ones, so that
        // request counts and in-flight figures are the downloads' alone.
        XApiClient api{network};
        DownloadSettings settings;
        std::unique_ptr<DownloadQueue> queue;

        explicit Rig(const ChunkFixture &fixture) : FakeSpaceRig(fixture) {
            network.setApiOrigin(apiOrigin());
            for (int i = 0; i < kIds.size(); ++i) {
                FakeSpace space = makeSpace(kIds.at(i));
                space.title = QStringLiteral("Space number %1").arg(i);
                space.speakerHandles = {QStringLiteral("bob")};
                x().addSpace(space);
            }
            settings.outputDir = dir.filePath(QStringLiteral("out"));
            settings.cacheRoot = dir.filePath(QStringLiteral("cache"));
            settings.nameTemplate = QStringLiteral("{id}");
            settings.concurrency = 2;
        }
        QString stateFile() const { return dir.filePath(QStringLiteral("state/queue.json")); }
        DownloadQueue &makeQueue() {
            queue = std::make_unique<DownloadQueue>(network, api, stateFile());
            queue->setDownloadSettings(settings);
            return *queue;
        }
        /// A queue whose downloads fetch one chunk at a time, each taking about 100 ms: slow
        /// enough to act on a download while it runs.
        DownloadQueue &makeSlowQueue() {
            http().setLatencyMs(100);
            settings.concurrency = 1;
            return makeQueue();
        }
        QString outputFor(const QString &id) const {
            return QDir(settings.outputDir).filePath(id + QStringLiteral(".m4a"));
        }
        QString cacheFor(const QString &id) const { return QDir(settings.cacheRoot).filePath(id); }
        QJsonArray savedEntries() const {
            if (queue)
                queue->flushSaves();  // saves run on the queue's writer thread
            QFile file(stateFile());
            if (!file.open(QIODevice::ReadOnly))
                return {};
            return QJsonDocument::fromJson(file.readAll())
                .object()
                .value(QLatin1String("entries"))
                .toArray();
        }
        QString savedState(const QString &key) const {
            for (const QJsonValue &entry : savedEntries()) {
                if (entry[QLatin1String("key")].toString() == key)
                    return entry[QLatin1String("state")].toString();
            }
            return QStringLiteral("(not saved)");
        }
    };

    static QString describe(const DownloadQueue &queue, const QString &key) {
        const int row = queue.indexOf(key);
        if (row < 0)
            return QStringLiteral("%1 is not in the queue").arg(key);
        const QueueEntry &entry = queue.at(row);
        return QStringLiteral("%1: %2 (%3) %4/%5 chunks")
            .arg(key, entryStateName(entry.state), entry.stateDetail)
            .arg(entry.chunksDone)
            .arg(entry.chunksTotal);
    }

    static bool waitFor(const DownloadQueue &queue, const QString &key,
                        const std::function<bool(const QueueEntry &)> &condition,
                        int timeoutMs = kLongWaitMs) {
        return QTest::qWaitFor(
            [&] {
                const int row = queue.indexOf(key);
                return row >= 0 && condition(queue.at(row));
            },
            timeoutMs);
    }

    static bool waitForChunks(const DownloadQueue &queue, const QString &key, int chunksDone) {
        return waitFor(queue, key, [chunksDone](const QueueEntry &entry) {
            return entry.chunksDone >= chunksDone;
        });
    }

    static bool waitForState(const DownloadQueue &queue, const QString &key, EntryState state,
                             int timeoutMs = kLongWaitMs) {
        return waitFor(
            queue, key, [state](const QueueEntry &entry) { return entry.state == state; },
            timeoutMs);
    }

    static QStringList keysInOrder(const DownloadQueue &queue) {
        QStringList keys;
        for (int row = 0; row < queue.count(); ++row)
            keys << queue.at(row).key;
        return keys;
    }

    /// Sequence numbers of the complete chunks in a cache folder.
    static QList<qint64> cachedSequences(const QString &cacheDir) {
        QList<qint64> sequences;
        for (const QString &name :
             QDir(cacheDir).entryList({QStringLiteral("*.chunk")}, QDir::Files, QDir::Name))
            sequences << name.section(QLatin1Char('.'), 0, 0).toLongLong();
        return sequences;
    }

    int chunkCount() const { return int(m_fixture->chunkNames.size()); }

private Q_SLOTS:
    void initTestCase() {
        ChunkFixtureOptions options;
        options.strayBytesChunks = {2};
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 30.0, &error, options);
        QVERIFY2(m_fixture, qPrintable(error));
        QVERIFY(m_fixture->chunkNames.size() >= 8);
        m_referenceMd5 = decodedPcmMd5(m_fixture->cleanAdtsPath);
        QVERIFY(!m_referenceMd5.isEmpty());
    }

    void addTextQueuesEverySpaceOnceAndReportsTheRest() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        queue.setAutoStart(false);
        QSignalSpy added(&queue, &DownloadQueue::entryAdded);
        const QString text = QStringLiteral(
                                 "Tonight: https://x.com/i/spaces/%1/peek?s=20 and\n"
                                 "twitter.com/i/spaces/%2 (again: https://x.com/i/spaces/%1)\n"
                                 "https://example.com/spaces/%4 is not X\n"
                                 "just words on a line\n"
                                 "\n"
                                 "bare id %3\n")
                                 .arg(kIds.at(0), kIds.at(1), kIds.at(2), kIds.at(3));
        const DownloadQueue::AddResult first = queue.addText(text);
        QCOMPARE(first.added, (QStringList{kIds.at(0), kIds.at(1), kIds.at(2)}));
        QVERIFY(first.duplicates.isEmpty());
        QCOMPARE(first.rejected.size(), 1);
        QVERIFY2(first.rejected.first().contains(QLatin1String("example.com")),
                 qPrintable(first.rejected.join(QLatin1Char(' '))));
        QCOMPARE(first.ignored, 1);
        QCOMPARE(added.size(), 3);
        QCOMPARE(added.at(2).at(0).toInt(), 2);

        const DownloadQueue::AddResult second = queue.addText(
            QStringLiteral("%1 %2 nonsense x.com/i/spaces/123").arg(kIds.at(1), kIds.at(3)));
        QCOMPARE(second.added, QStringList{kIds.at(3)});
        QCOMPARE(second.duplicates, QStringList{kIds.at(1)});
        QCOMPARE(second.rejected.size(), 1);
        QCOMPARE(queue.count(), 4);

        const QueueEntry &entry = queue.at(queue.indexOf(kIds.at(1)));
        QCOMPARE(entry.key, kIds.at(1));
        QCOMPARE(entry.spaceId, kIds.at(1));
        QCOMPARE(entry.input, QStringLiteral("https://x.com/i/spaces/%1").arg(kIds.at(1)));
        QCOMPARE(entry.state, EntryState::Waiting);
        QVERIFY(entry.addedAt.isValid());
        QVERIFY(queue.contains(kIds.at(3)));
        QVERIFY(!queue.contains(kIds.at(4)));
        QCOMPARE(queue.indexOf(kIds.at(4)), -1);

        // With autoStart off nothing runs by itself: no request within 200 ms (a check that
        // nothing happens, not a wait for something).
        QSignalSpy requests(&rig.http(), &FakeHttpServer::requestReceived);
        QVERIFY(!requests.wait(200));
        QCOMPARE(queue.activeCount(), 0);
        QCOMPARE(rig.x().audioSpaceCalls().size(), 0);
    }

    void spacesDownloadToBitExactFiles() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        QSignalSpy finished(&queue, &DownloadQueue::entryFinished);
        const QStringList ids = kIds.mid(0, 3);
        QCOMPARE(queue.addText(ids.join(QLatin1Char(' '))).added, ids);
        for (const QString &id : ids)
            QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QCOMPARE(finished.size(), 3);
        for (const QList<QVariant> &signal : finished)
            QVERIFY(signal.at(1).toBool());
        for (const QString &id : ids) {
            const QueueEntry &entry = queue.at(queue.indexOf(id));
            QCOMPARE(entry.outputPath, rig.outputFor(id));
            QCOMPARE(entry.fileSize, QFileInfo(rig.outputFor(id)).size());
            QVERIFY(entry.fileSize > 0);
            QCOMPARE(entry.title, QStringLiteral("Space number %1").arg(kIds.indexOf(id)));
            QCOMPARE(entry.hostHandle, QStringLiteral("adahost"));
            QCOMPARE(entry.speakers, QStringList{QStringLiteral("bob")});
            QCOMPARE(entry.chunksDone, chunkCount());
            QCOMPARE(entry.chunksTotal, chunkCount());
            QVERIFY(entry.missing.isEmpty());
            SPACETAPE_COMPARE_MD5(decodedPcmMd5(entry.outputPath), m_referenceMd5);
            QVERIFY(!QFileInfo::exists(rig.cacheFor(id)));
            QCOMPARE(rig.savedState(id), QStringLiteral("Done"));
        }
        QCOMPARE(queue.activeCount(), 0);
        QVERIFY(queue.unfinishedKeys().isEmpty());
    }

    void maxActiveIsNeverExceededAndChangesLive() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeSlowQueue();  // each Space takes about a second
        queue.setMaxActive(1);
        QCOMPARE(queue.maxActive(), 1);
        int limit = 1;
        // Entries may stay above a lowered limit, but no start may ever exceed the limit.
        int previous = 0;
        int startsBeyondLimit = 0;
        int most = 0;
        connect(&queue, &DownloadQueue::activeCountChanged, this, [&](int active) {
            if (active > previous && active > limit)
                ++startsBeyondLimit;
            previous = active;
            most = std::max(most, active);
        });
        // When the last Space starts, after the limit went back to 1, nothing else may run.
        int othersActiveWhenLastStarted = -1;
        connect(&queue, &DownloadQueue::entryChanged, this, [&](int row) {
            const QueueEntry &entry = queue.at(row);
            if (entry.key == kIds.at(3) && entry.isActive() && othersActiveWhenLastStarted < 0)
                othersActiveWhenLastStarted = queue.activeCount() - 1;
        });
        queue.addText(kIds.mid(0, 4).join(QLatin1Char('\n')));
        QVERIFY2(waitForState(queue, kIds.at(0), EntryState::Downloading),
                 qPrintable(describe(queue, kIds.at(0))));
        QCOMPARE(queue.at(1).state, EntryState::Waiting);
        QCOMPARE(most, 1);

        limit = 3;
        queue.setMaxActive(3);
        QTRY_COMPARE_WITH_TIMEOUT(queue.activeCount(), 3, 10000);
        QCOMPARE(queue.at(3).state, EntryState::Waiting);

        // Lowering the limit stops nobody, and nothing new starts until below it.
        limit = 1;
        queue.setMaxActive(1);
        for (int i = 0; i < 3; ++i)
            QVERIFY(queue.at(i).isActive() || queue.at(i).state == EntryState::Done);
        for (const QString &id : kIds.mid(0, 4))
            QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QCOMPARE(othersActiveWhenLastStarted, 0);
        QCOMPARE(startsBeyondLimit, 0);
        QCOMPARE(most, 3);
        for (const QString &id : kIds.mid(0, 4))
            SPACETAPE_COMPARE_MD5(decodedPcmMd5(rig.outputFor(id)), m_referenceMd5);
    }

    void pauseStopsTheDownloadAndResumeFinishesIt() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeSlowQueue();
        const QString id = kIds.at(0);
        queue.addText(id);
        QVERIFY2(waitForChunks(queue, id, 2), qPrintable(describe(queue, id)));
        queue.pause(id);
        QVERIFY2(waitForState(queue, id, EntryState::Paused), qPrintable(describe(queue, id)));
        QCOMPARE(queue.activeCount(), 0);
        QTRY_COMPARE(rig.savedState(id), QStringLiteral("Paused"));
        // Every aborted request has ended on both sides; then no request comes while paused.
        QTRY_COMPARE(rig.network.inFlight(), 0);
        QTRY_COMPARE(rig.http().inFlight(), 0);
        const int requestsWhilePaused = rig.http().requestCount();
        QSignalSpy requests(&rig.http(), &FakeHttpServer::requestReceived);
        QVERIFY(!requests.wait(500));
        QCOMPARE(rig.http().requestCount(), requestsWhilePaused);
        const int lookups = rig.x().audioSpaceCalls().size();

        queue.resume(id);
        QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(rig.outputFor(id)), m_referenceMd5);
        // Resuming a paused job continues it: no new lookup is needed.
        QCOMPARE(rig.x().audioSpaceCalls().size(), lookups);
    }

    void pauseAllAndResumeAllPausedCoverEveryUnfinishedEntry() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeSlowQueue();
        queue.setMaxActive(1);
        queue.addText(kIds.mid(0, 3).join(QLatin1Char(' ')));
        QVERIFY2(waitForChunks(queue, kIds.at(0), 1), qPrintable(describe(queue, kIds.at(0))));
        DownloadQueue::Totals totals = queue.totals();
        QCOMPARE(totals.downloading, 1);
        QCOMPARE(totals.waiting, 2);
        QCOMPARE(totals.busy(), 1);
        QVERIFY(totals.chunksTotal > 0);

        queue.pauseAll();
        for (const QString &id : kIds.mid(0, 3))
            QVERIFY2(waitForState(queue, id, EntryState::Paused), qPrintable(describe(queue, id)));
        totals = queue.totals();
        QCOMPARE(totals.paused, 3);
        QCOMPARE(totals.busy(), 0);
        QCOMPARE(totals.progress(), -1.0);

        queue.setMaxActive(3);
        queue.resumeAllPaused();
        for (const QString &id : kIds.mid(0, 3))
            QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QCOMPARE(queue.totals().done, 3);
        QCOMPARE(queue.totals().paused, 0);
    }

    void chunksInFlightChangeAppliesToRunningJobs() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeSlowQueue();
        const QString id = kIds.at(0);
        queue.addText(id);
        QVERIFY2(waitForChunks(queue, id, 1), qPrintable(describe(queue, id)));
        QCOMPARE(rig.http().maxInFlight(), 1);
        rig.settings.concurrency = 4;
        queue.setDownloadSettings(rig.settings);
        QCOMPARE(queue.downloadSettings().concurrency, 4);
        QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QVERIFY2(rig.http().maxInFlight() >= 3,
                 qPrintable(QString::number(rig.http().maxInFlight())));
    }

    void pausedWaitingEntriesAreSkippedByTheScheduler() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        queue.setAutoStart(false);
        queue.addText(kIds.mid(0, 2).join(QLatin1Char(' ')));
        queue.pause(kIds.at(0));
        QCOMPARE(queue.at(0).state, EntryState::Paused);
        queue.setAutoStart(true);
        QVERIFY2(waitForState(queue, kIds.at(1), EntryState::Done),
                 qPrintable(describe(queue, kIds.at(1))));
        QCOMPARE(queue.at(0).state, EntryState::Paused);
        // An explicit start runs even with autoStart off.
        queue.setAutoStart(false);
        queue.start(kIds.at(0));
        QVERIFY2(waitForState(queue, kIds.at(0), EntryState::Done),
                 qPrintable(describe(queue, kIds.at(0))));
    }

    void cancelKeepsTheChunksAndRetryContinuesFromThem() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeSlowQueue();
        QSignalSpy finished(&queue, &DownloadQueue::entryFinished);
        const QString id = kIds.at(1);
        queue.addText(id);
        QVERIFY2(waitForChunks(queue, id, 3), qPrintable(describe(queue, id)));
        queue.cancel(id);
        QCOMPARE(queue.at(0).state, EntryState::Canceled);
        QVERIFY(queue.at(0).stateDetail.contains(QLatin1String("kept")));
        QCOMPARE(queue.activeCount(), 0);
        QCOMPARE(rig.savedState(id), QStringLiteral("Canceled"));
        QVERIFY(finished.isEmpty());  // the user's own cancel is no news

        const QList<qint64> cached = cachedSequences(rig.cacheFor(id));
        QVERIFY(cached.size() >= 3);
        // The aborted requests have ended on both sides before the log is cleared.
        QTRY_COMPARE(rig.network.inFlight(), 0);
        QTRY_COMPARE(rig.http().inFlight(), 0);
        rig.http().clearRequestLog();
        const int lookups = rig.x().audioSpaceCalls().size();
        queue.retry(id);
        QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QCOMPARE(rig.x().audioSpaceCalls().size(), lookups + 1);  // re-resolved
        for (qint64 seq : cached)
            QCOMPARE(rig.http().requestCount(rig.chunkPath(id, seq)), 0);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(rig.outputFor(id)), m_referenceMd5);
    }

    void failureCarriesTheFullErrorAndRetryReResolves() {
        Rig rig(*m_fixture);
        const QString id = kIds.at(2);
        const qint64 lostSeq = m_fixture->sequences.at(4);
        rig.http().failForever(rig.chunkPath(id, lostSeq), 404);
        DownloadQueue &queue = rig.makeQueue();
        QSignalSpy finished(&queue, &DownloadQueue::entryFinished);
        queue.addText(id);
        QVERIFY2(waitForState(queue, id, EntryState::Failed), qPrintable(describe(queue, id)));
        const QueueEntry &failed = queue.at(0);
        QVERIFY2(failed.stateDetail.contains(QString::number(lostSeq)),
                 qPrintable(failed.stateDetail));
        QCOMPARE(failed.missing, QList<qint64>{lostSeq});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), id);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toString(), failed.stateDetail);
        QCOMPARE(rig.savedState(id), QStringLiteral("Failed"));
        // A failure with chunks on disk is worth offering again.
        QCOMPARE(queue.unfinishedKeys(), QStringList{id});

        rig.http().clearFaults();
        const int lookups = rig.x().audioSpaceCalls().size();
        queue.retry(id);
        QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QCOMPARE(rig.x().audioSpaceCalls().size(), lookups + 1);
        QVERIFY(queue.at(0).missing.isEmpty());
        QVERIFY(queue.at(0).stateDetail.isEmpty());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(rig.outputFor(id)), m_referenceMd5);
    }

    void rateLimitShowsTheCountdownThenContinues() {
        Rig rig(*m_fixture);
        rig.x().setRateLimit(0, 2);
        DownloadQueue &queue = rig.makeQueue();
        const QString id = kIds.at(0);
        QStringList countdowns;
        connect(&queue, &DownloadQueue::entryChanged, this, [&](int row) {
            if (queue.at(row).state == EntryState::RateLimited)
                countdowns << queue.at(row).stateDetail;
        });
        queue.addText(id);
        QVERIFY2(waitForState(queue, id, EntryState::RateLimited, 10000),
                 qPrintable(describe(queue, id)));
        QVERIFY(queue.at(0).isActive());  // it holds its slot while waiting
        QVERIFY2(queue.at(0).stateDetail.contains(QLatin1String("retrying in")),
                 qPrintable(queue.at(0).stateDetail));
        QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QVERIFY(!countdowns.isEmpty());
        QVERIFY(queue.at(0).stateDetail.isEmpty());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(rig.outputFor(id)), m_referenceMd5);
    }

    void scheduledSpaceWaitsWithoutASlotAndCanceledOneSaysSo() {
        Rig rig(*m_fixture);
        FakeSpace scheduled = rig.makeSpace(kIds.at(0));
        scheduled.state = QStringLiteral("NotStarted");
        scheduled.title = QStringLiteral("Tomorrow's AMA");
        scheduled.scheduledStart = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        rig.x().addSpace(scheduled);
        FakeSpace canceled = rig.makeSpace(kIds.at(1));
        canceled.state = QStringLiteral("Canceled");
        rig.x().addSpace(canceled);
        DownloadQueue &queue = rig.makeQueue();
        queue.setMaxActive(1);
        queue.addText(kIds.mid(0, 3).join(QLatin1Char('\n')));
        QVERIFY2(waitFor(queue, kIds.at(0),
                         [](const QueueEntry &e) { return e.state == EntryState::Scheduled; }),
                 qPrintable(describe(queue, kIds.at(0))));
        const QueueEntry &entry = queue.at(queue.indexOf(kIds.at(0)));
        QCOMPARE(entry.title, QStringLiteral("Tomorrow's AMA"));
        QCOMPARE(entry.scheduledStart.toSecsSinceEpoch(),
                 scheduled.scheduledStart.toSecsSinceEpoch());
        QVERIFY(!entry.isActive());
        QVERIFY2(waitFor(queue, kIds.at(1),
                         [](const QueueEntry &e) { return e.state == EntryState::HostCanceled; }),
                 qPrintable(describe(queue, kIds.at(1))));
        // Waiting for a host holds no slot: the third Space downloads meanwhile.
        QVERIFY2(waitFor(queue, kIds.at(2),
                         [](const QueueEntry &e) { return e.state == EntryState::Done; }),
                 qPrintable(describe(queue, kIds.at(2))));
        QCOMPARE(rig.savedState(kIds.at(0)), QStringLiteral("Scheduled"));
        QCOMPARE(rig.savedState(kIds.at(1)), QStringLiteral("HostCanceled"));
    }

    void unknownSpaceFailsWithItsReason() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        queue.addText(QStringLiteral("1AAAAAAAAAAA1"));
        QVERIFY2(waitForState(queue, QStringLiteral("1AAAAAAAAAAA1"), EntryState::Failed),
                 qPrintable(describe(queue, QStringLiteral("1AAAAAAAAAAA1"))));
        QVERIFY2(queue.at(0).stateDetail.contains(QLatin1String("not found")),
                 qPrintable(queue.at(0).stateDetail));
        QVERIFY(queue.unfinishedKeys().isEmpty());  // nothing cached, nothing to offer
    }

    void removeKeepsOrDeletesTheFileAndStopsActiveEntries() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        queue.setMaxActive(2);
        queue.addText(kIds.mid(0, 2).join(QLatin1Char(' ')));
        for (const QString &id : kIds.mid(0, 2))
            QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QSignalSpy removed(&queue, &DownloadQueue::entryRemoved);

        queue.remove(kIds.at(0), false);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 0);
        QVERIFY(!queue.contains(kIds.at(0)));
        QVERIFY(QFileInfo::exists(rig.outputFor(kIds.at(0))));
        QCOMPARE(rig.savedState(kIds.at(0)), QStringLiteral("(not saved)"));

        queue.remove(kIds.at(1), true);
        QCOMPARE(removed.size(), 2);
        QVERIFY(!QFileInfo::exists(rig.outputFor(kIds.at(1))));
        QCOMPARE(queue.count(), 0);

        // An active entry is canceled first; its chunks go with it.
        rig.http().setLatencyMs(100);
        rig.settings.concurrency = 1;
        queue.setDownloadSettings(rig.settings);
        const QString id = kIds.at(2);
        queue.addText(id);
        QVERIFY2(waitForChunks(queue, id, 2), qPrintable(describe(queue, id)));
        QSignalSpy active(&queue, &DownloadQueue::activeCountChanged);
        queue.remove(id, true);
        QCOMPARE(queue.count(), 0);
        QCOMPARE(queue.activeCount(), 0);
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.at(0).at(0).toInt(), 0);
        QTRY_VERIFY(!QFileInfo::exists(rig.cacheFor(id)));  // deleted off the GUI thread
        const int requests = rig.http().requestCount();
        QTRY_COMPARE(rig.network.inFlight(), 0);
        QTRY_COMPARE(rig.http().inFlight(), 0);
        QVERIFY(rig.http().requestCount() <= requests + 1);  // at most one request was on its way
        QVERIFY(!QFileInfo::exists(rig.outputFor(id)));
        QVERIFY(rig.savedEntries().isEmpty());
    }

    void removeWhileMuxingDeletesTheFileAndTheCache() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        const QString id = kIds.at(0);
        bool removed = false;
        connect(&queue, &DownloadQueue::entryChanged, this, [&](int row) {
            if (!removed && row < queue.count() && queue.at(row).key == id &&
                queue.at(row).state == EntryState::Muxing) {
                removed = true;
                queue.remove(id, true);  // "also delete files" ticked
            }
        });
        queue.addText(id);
        QTRY_VERIFY_WITH_TIMEOUT(removed, kLongWaitMs);
        QCOMPARE(queue.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(rig.cacheFor(id)), kLongWaitMs);
        // The mux thread stopped before the cache went: no file, not even a partial one.
        QTRY_VERIFY(QDir(rig.settings.outputDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(!QFileInfo::exists(rig.outputFor(id)));
    }

    void lookupsWaitUntilTheLoginIsKnown() {
        // A Space only a login may hear: looked up as a guest it fails.
        Rig rig(*m_fixture);
        const QString id = kIds.at(0);
        rig.x().setGuestAccess(false);
        const QString authToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        const QString ct0 = QStringLiteral("abcdef0123456789abcdef0123456789");
        rig.x().setValidLogin(authToken, ct0);
        DownloadQueue &queue = rig.makeQueue();
        queue.holdUntilLoginKnown(kLongWaitMs);  // the app: the keychain is still being read
        queue.addText(id);
        QCoreApplication::processEvents();  // the scheduler's 0 ms timer: held
        QCoreApplication::processEvents();
        QCOMPARE(queue.at(0).state, EntryState::Waiting);
        QVERIFY(queue.isHeldForLogin());
        QCOMPARE(rig.http().requestCount(), 0);  // nobody asked X as a guest

        XLogin login;  // the keychain answers
        login.authToken = authToken;
        login.ct0 = ct0;
        rig.api.setLogin(login);
        queue.loginStateKnown();
        QVERIFY(!queue.isHeldForLogin());
        QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
    }

    void aKeychainThatNeverAnswersHoldsTheQueueOnlyUntilTheTimeout() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("keychain in time")));
        queue.holdUntilLoginKnown(200);
        const QString id = kIds.at(0);
        queue.addText(id);
        QVERIFY(queue.isHeldForLogin());
        QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        QVERIFY(!queue.isHeldForLogin());
    }

    void aQueueFileThatCannotBeSavedIsReported() {
        QTemporaryDir dir;
        NetworkService network;
        test::IsolatedXApiClient api(network, dir.path());
        QVERIFY(!writeFile(dir.filePath(QStringLiteral("file")), "in the way").isEmpty());
        const QString impossible = dir.filePath(QStringLiteral("file/queue.json"));
        DownloadQueue queue(network, api, impossible);
        queue.setAutoStart(false);
        QSignalSpy failed(&queue, &DownloadQueue::saveFailed);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("Could not save the download queue")));
        queue.addText(kIds.at(0));
        QTRY_COMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(impossible)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("writable")), qPrintable(message));
    }

    void anUnreadableQueueFileThatCannotBeMovedAsideIsNeverSavedOver() {
        // /proc/self/status: readable, not a queue, and nothing may be renamed or created
        // beside it — even as root. A save attempt there would fail and be reported.
        const QString unmovable = QStringLiteral("/proc/self/status");
        QVERIFY2(QFileInfo(unmovable).isReadable(), "needs Linux /proc");
        QTemporaryDir dir;
        NetworkService network;
        test::IsolatedXApiClient api(network, dir.path());
        DownloadQueue queue(network, api, unmovable);
        QSignalSpy failed(&queue, &DownloadQueue::saveFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("could not be moved aside")));
        QVERIFY(!queue.restore());
        QVERIFY(queue.setAsideFile().isEmpty());
        queue.setAutoStart(false);
        QVERIFY(!queue.addText(kIds.at(0)).added.isEmpty());
        queue.pause(kIds.at(0));
        queue.flushSaves();
        QCoreApplication::processEvents();  // a failed save would be reported by now
        QVERIFY(failed.isEmpty());
    }

    void reorderMovesEntriesAndTheSavedOrder() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        queue.setAutoStart(false);
        const QStringList ids = kIds.mid(0, 4);  // A B C D
        queue.addText(ids.join(QLatin1Char(' ')));
        QSignalSpy moved(&queue, &DownloadQueue::entryMoved);

        queue.moveDown(ids.at(0));  // B A C D
        QCOMPARE(keysInOrder(queue), (QStringList{ids[1], ids[0], ids[2], ids[3]}));
        QCOMPARE(moved.last(), (QList<QVariant>{0, 1}));
        queue.moveToTop(ids.at(3));  // D B A C
        QCOMPARE(keysInOrder(queue), (QStringList{ids[3], ids[1], ids[0], ids[2]}));
        QCOMPARE(moved.last(), (QList<QVariant>{3, 0}));
        queue.moveUp(ids.at(2));  // D B C A
        QCOMPARE(keysInOrder(queue), (QStringList{ids[3], ids[1], ids[2], ids[0]}));
        queue.moveToBottom(ids.at(3));  // B C A D
        QCOMPARE(keysInOrder(queue), (QStringList{ids[1], ids[2], ids[0], ids[3]}));
        QCOMPARE(moved.last(), (QList<QVariant>{0, 3}));
        queue.move(2, 0);  // A B C D
        QCOMPARE(keysInOrder(queue), ids);
        QCOMPARE(moved.size(), 5);

        // No-ops emit nothing.
        queue.moveUp(ids.at(0));
        queue.moveDown(ids.at(3));
        queue.moveToTop(ids.at(0));
        queue.moveToBottom(ids.at(3));
        queue.move(1, 1);
        queue.move(-1, 2);
        queue.move(0, 9);
        queue.moveUp(QStringLiteral("1ZZZZZZZZZZZ1"));
        QCOMPARE(moved.size(), 5);

        queue.moveToTop(ids.at(2));  // C A B D
        QStringList saved;
        for (const QJsonValue &entry : rig.savedEntries())
            saved << entry[QLatin1String("key")].toString();
        QCOMPARE(saved, (QStringList{ids[2], ids[0], ids[1], ids[3]}));

        // The scheduler follows the order: the top entry starts first.
        queue.setMaxActive(1);
        queue.setAutoStart(true);
        QVERIFY(waitFor(queue, ids.at(2), [](const QueueEntry &e) { return e.isActive(); }));
        QCOMPARE(queue.at(1).state, EntryState::Waiting);
    }

    void stateFileFollowsEveryChange() {
        Rig rig(*m_fixture);
        DownloadQueue &queue = rig.makeQueue();
        QCOMPARE(queue.stateFile(), rig.stateFile());
        queue.setAutoStart(false);
        queue.addText(kIds.mid(0, 2).join(QLatin1Char(' ')));
        QCOMPARE(rig.savedEntries().size(), 2);
        QCOMPARE(rig.savedState(kIds.at(0)), QStringLiteral("Waiting"));
        const QJsonObject first = rig.savedEntries().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("input")).toString(),
                 QStringLiteral("https://x.com/i/spaces/%1").arg(kIds.at(0)));

        queue.pause(kIds.at(1));
        QCOMPARE(rig.savedState(kIds.at(1)), QStringLiteral("Paused"));
        queue.cancel(kIds.at(1));
        QCOMPARE(rig.savedState(kIds.at(1)), QStringLiteral("Canceled"));

        queue.start(kIds.at(0));
        QVERIFY2(waitForState(queue, kIds.at(0), EntryState::Done),
                 qPrintable(describe(queue, kIds.at(0))));
        const QueueEntry saved = QueueEntry::fromJson(rig.savedEntries().at(0).toObject());
        const QueueEntry &live = queue.at(0);
        QCOMPARE(saved.state, EntryState::Done);
        QCOMPARE(saved.outputPath, live.outputPath);
        QCOMPARE(saved.fileSize, live.fileSize);
        QCOMPARE(saved.title, live.title);
        QCOMPARE(saved.hostName, live.hostName);
        QCOMPARE(saved.startedAt, live.startedAt);
        QCOMPARE(saved.durationSeconds, live.durationSeconds);
        QCOMPARE(saved.speakers, live.speakers);
        QCOMPARE(saved.addedAt, live.addedAt);
        QCOMPARE(saved.chunksTotal, chunkCount());
    }

    void entryJsonRoundTrips() {
        QueueEntry entry;
        entry.key = entry.spaceId = kIds.at(0);
        entry.input = QStringLiteral("https://x.com/i/spaces/%1").arg(kIds.at(0));
        entry.title = QStringLiteral("Ünïcode “title”");
        entry.avatarUrl = QUrl(QStringLiteral("https://pbs.twimg.com/a_400x400.jpg"));
        entry.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        entry.durationSeconds = 5400;
        entry.state = EntryState::Failed;
        entry.stateDetail = QStringLiteral("2 of 10 chunks could not be downloaded");
        entry.bytesDone = qint64(5) << 32;
        entry.missing = {7, 9};
        const QueueEntry back = QueueEntry::fromJson(entry.toJson());
        QCOMPARE(back.toJson(), entry.toJson());
        QCOMPARE(back.startedAt, entry.startedAt);
        QCOMPARE(back.missing, entry.missing);
        QCOMPARE(back.bytesDone, entry.bytesDone);
        QCOMPARE(entryStateName(EntryState::RateLimited), QStringLiteral("RateLimited"));
        QVERIFY(QueueEntry{}.state == EntryState::Waiting);
    }

    void restoreAfterACrashContinuesFromTheCachedChunks() {
        Rig rig(*m_fixture);
        rig.http().setLatencyMs(150);
        rig.settings.concurrency = 2;
        const QString id = kIds.at(3);
        auto *crashing = new DownloadQueue(rig.network, rig.api, rig.stateFile());
        crashing->setDownloadSettings(rig.settings);
        crashing->addText(QStringLiteral("https://x.com/i/spaces/%1 ").arg(id) + kIds.at(4));
        crashing->pause(kIds.at(4));  // a user's pause survives as it is
        QVERIFY2(waitForChunks(*crashing, id, 3), qPrintable(describe(*crashing, id)));
        QVERIFY(crashing->at(0).chunksDone < chunkCount());
        QCOMPARE(rig.savedState(id), QStringLiteral("Downloading"));
        delete crashing;  // no clean shutdown: what is on disk is all that is left

        const QList<qint64> cached = cachedSequences(rig.cacheFor(id));
        QVERIFY(cached.size() >= 3);
        QVERIFY(cached.size() < chunkCount());
        // The aborted requests have ended at the server before the log is cleared. A request
        // the crashed queue wrote may still sit in a socket buffer on a loaded machine: let
        // the server go quiet first, or it would count as the restored queue's.
        QSignalSpy stragglers(&rig.http(), &FakeHttpServer::requestReceived);
        while (stragglers.wait(300)) {
        }
        QTRY_COMPARE(rig.http().inFlight(), 0);
        rig.http().clearRequestLog();

        DownloadQueue &queue = rig.makeQueue();
        QVERIFY(queue.restore());
        QCOMPARE(queue.count(), 2);
        QCOMPARE(queue.at(0).key, id);
        QCOMPARE(queue.at(0).state, EntryState::Paused);
        QCOMPARE(queue.at(0).stateDetail, DownloadQueue::interruptedDetail());
        QCOMPARE(queue.at(0).stateDetail, QStringLiteral("Interrupted — resume to continue"));
        QCOMPARE(queue.at(1).state, EntryState::Paused);
        QVERIFY(queue.at(1).stateDetail.isEmpty());
        QCOMPARE(queue.unfinishedKeys(), QStringList{id});
        QCOMPARE(rig.savedState(id), QStringLiteral("Paused"));
        QSignalSpy requests(&rig.http(), &FakeHttpServer::requestReceived);
        QVERIFY(!requests.wait(200));            // a check that nothing happens
        QCOMPARE(rig.http().requestCount(), 0);  // nothing resumes on its own

        queue.resumeAll(queue.unfinishedKeys());
        QVERIFY2(waitForState(queue, id, EntryState::Done), qPrintable(describe(queue, id)));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(rig.outputFor(id)), m_referenceMd5);
        for (qint64 seq : cached)
            QCOMPARE(rig.http().requestCount(rig.chunkPath(id, seq)), 0);
        int chunkRequests = 0;
        for (const QByteArray &path : rig.chunkPaths(id))
            chunkRequests += rig.http().requestCount(path);
        QCOMPARE(chunkRequests, chunkCount() - int(cached.size()));
        QCOMPARE(queue.at(1).state, EntryState::Paused);
    }

    void aQueueFileFromANewerVersionIsKeptAsideNotMisread() {
        Rig rig(*m_fixture);
        QDir().mkpath(QFileInfo(rig.stateFile()).absolutePath());
        const QByteArray newer =
            R"({"version": 99, "entries": [{"key": "1YqKDqWqdPLxV", "state": "Done"}]})";
        QVERIFY(!writeFile(rig.stateFile(), newer).isEmpty());
        DownloadQueue &queue = rig.makeQueue();
        QVERIFY(!queue.restore());
        QCOMPARE(queue.count(), 0);
        QVERIFY(!queue.setAsideFile().isEmpty());
        QFile aside(queue.setAsideFile());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), newer);
    }

    void restoreRejectsADamagedFileAndAcceptsNone() {
        QTemporaryDir dir;
        NetworkService network;
        test::IsolatedXApiClient api(network, dir.path());
        {
            DownloadQueue queue(network, api, dir.filePath(QStringLiteral("none.json")));
            QVERIFY(queue.restore());
            QCOMPARE(queue.count(), 0);
        }
        const QString damaged = dir.filePath(QStringLiteral("damaged.json"));
        QVERIFY(!writeFile(damaged, "{\"entries\": [").isEmpty());
        DownloadQueue queue(network, api, damaged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("kept as")));
        QVERIFY(!queue.restore());
        QCOMPARE(queue.count(), 0);

        // The damaged file is kept aside, whole, so the new queue never overwrites it.
        const QString aside = queue.setAsideFile();
        QVERIFY(aside.startsWith(damaged + QStringLiteral(".unreadable-")));
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"entries\": ["));
        kept.close();
        queue.setAutoStart(false);
        QVERIFY(
            !queue.addText(QStringLiteral("https://x.com/i/spaces/1YqKDqWqdPLxV")).added.isEmpty());
        QTRY_VERIFY(QFile::exists(damaged));  // the new queue is saved under the usual name
        DownloadQueue reloaded(network, api, damaged);
        QVERIFY(reloaded.restore());
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"entries\": ["));
    }
};

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "tst_downloadqueue.moc"
