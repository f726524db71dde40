// SPDX-License-Identifier: MIT
// Waiting for a scheduled Space: the poll rhythm (slow far, fast near), started, canceled,
// did not start, and failures that keep the rhythm.
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "watch/ScheduledSpaceWaiter.h"
#include "x/XApiClient.h"
#include "x/XApiConfig.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1ZkKzXXXXXXXX");
}

class TestScheduledSpaceWaiter : public QObject {
    Q_OBJECT

    struct Rig {
        FakeHttpServer http;
        FakeXServer x{http};
        NetworkService network;
        QTemporaryDir dir;
        XApiClient api{network};
        FakeSpace space;
        /// The waiter's clock: the real one shifted by this many ms (tests jump in time).
        std::shared_ptr<qint64> offsetMs = std::make_shared<qint64>(0);

        explicit Rig(const QDateTime &scheduledStart) {
            http.listen();
            network.setApiOrigin(http.baseUrl());
            api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
            space.id = kSpaceId;
            space.mediaKey = QStringLiteral("28_9");
            space.state = QStringLiteral("NotStarted");
            space.scheduledStart = scheduledStart;
            space.startedAt = QDateTime();
            x.addSpace(space);
        }
        ScheduleTiming timing(int farMs, int nearMs, int graceSeconds) const {
            ScheduleTiming t;
            t.farPollMs = farMs;
            t.nearPollMs = nearMs;
            t.nearWindowMs = 60 * 1000;
            t.lateGraceSeconds = graceSeconds;
            const auto offset = offsetMs;
            t.now = [offset] { return QDateTime::currentDateTimeUtc().addMSecs(*offset); };
            return t;
        }
        SpaceMetadata metadata() const {
            SpaceMetadata m;
            m.id = space.id;
            m.state = SpaceState::NotStarted;
            m.scheduledStart = space.scheduledStart;
            m.title = space.title;
            return m;
        }
        int lookups() const { return int(x.audioSpaceCalls().size()); }
        void setState(const QString &state) {
            space.state = state;
            if (state != QLatin1String("NotStarted"))
                space.startedAt = QDateTime::currentDateTimeUtc();
            x.addSpace(space);
        }
    };

private Q_SLOTS:
    void policyIsSlowWhenFarAndFastWhenNear() {
        const ScheduleTiming t;  // the shipped rhythm
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(ScheduledSpaceWaiter::nextPollDelayMs(start.addSecs(-6 * 3600), start, t),
                 5 * 60 * 1000);
        // Wakes at the edge of the near window instead of overshooting it.
        QCOMPARE(ScheduledSpaceWaiter::nextPollDelayMs(start.addSecs(-3 * 60), start, t),
                 60 * 1000);
        QCOMPARE(ScheduledSpaceWaiter::nextPollDelayMs(start.addSecs(-60), start, t), 15000);
        QCOMPARE(ScheduledSpaceWaiter::nextPollDelayMs(start.addSecs(3600), start, t), 15000);
        // A frozen clock right before the window edge still cannot make it spin.
        QCOMPARE(
            ScheduledSpaceWaiter::nextPollDelayMs(start.addMSecs(-2 * 60 * 1000 - 1), start, t),
            15000);
        QCOMPARE(ScheduledSpaceWaiter::nextPollDelayMs(start.addSecs(2 * 3600), start, t), -1);
        QCOMPARE(ScheduledSpaceWaiter::nextPollDelayMs(start, QDateTime(), t), 5 * 60 * 1000);
    }

    void pollsSlowlyFarAheadThenFastNearTheStart() {
        Rig rig(QDateTime::currentDateTimeUtc().addSecs(6 * 3600));
        ScheduledSpaceWaiter waiter(rig.api, rig.metadata(), rig.timing(200, 40, 3600));
        QSignalSpy updated(&waiter, &ScheduledSpaceWaiter::updated);
        QElapsedTimer clock;
        clock.start();
        waiter.start();
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 1200, 5000);
        const int far = rig.lookups();
        // 6 h ahead: one lookup per 200 ms (allowing for a slow machine), never faster.
        QVERIFY2(far >= 2 && far <= 1200 / 200 + 1, qPrintable(QString::number(far)));
        QCOMPARE(waiter.apiCalls(), far);
        QCOMPARE(updated.size(), far);

        // Jump to 30 s before the start: inside the near window, one lookup per 40 ms.
        *rig.offsetMs = QDateTime::currentDateTimeUtc().msecsTo(rig.space.scheduledStart) - 30000;
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 1200, 5000);
        const int near = rig.lookups() - far;
        QVERIFY2(near > 2 * far && near <= 1200 / 40 + 2, qPrintable(QString::number(near)));
        QVERIFY(waiter.isRunning());
        QVERIFY(waiter.secondsUntilStart() <= 30);
    }

    void startsWhenRunningOrAlreadyEnded_data() {
        QTest::addColumn<QString>("state");
        QTest::newRow("running") << "Running";
        QTest::newRow("ended") << "Ended";
        QTest::newRow("timed out") << "TimedOut";
    }
    void startsWhenRunningOrAlreadyEnded() {
        QFETCH(QString, state);
        Rig rig(QDateTime::currentDateTimeUtc().addSecs(20));
        ScheduledSpaceWaiter waiter(rig.api, rig.metadata(), rig.timing(40, 40, 3600));
        QSignalSpy updated(&waiter, &ScheduledSpaceWaiter::updated);
        QSignalSpy started(&waiter, &ScheduledSpaceWaiter::started);
        waiter.start();
        QTRY_VERIFY(updated.size() >= 2);
        rig.setState(state);
        QTRY_COMPARE(started.size(), 1);
        QCOMPARE(stateName(started.first().first().value<SpaceMetadata>().state), state);
        QCOMPARE(stateName(waiter.metadata().state), state);
        QVERIFY(!waiter.isRunning());
        QCOMPARE(waiter.apiCalls(), rig.lookups());
    }

    void canceledIsFinal() {
        Rig rig(QDateTime::currentDateTimeUtc().addSecs(20));
        ScheduledSpaceWaiter waiter(rig.api, rig.metadata(), rig.timing(40, 40, 3600));
        QSignalSpy updated(&waiter, &ScheduledSpaceWaiter::updated);
        QSignalSpy canceled(&waiter, &ScheduledSpaceWaiter::canceled);
        QSignalSpy started(&waiter, &ScheduledSpaceWaiter::started);
        waiter.start();
        QTRY_VERIFY(updated.size() >= 1);
        rig.setState(QStringLiteral("Canceled"));
        QTRY_COMPARE(canceled.size(), 1);
        QVERIFY(started.isEmpty());
        QVERIFY(!waiter.isRunning());
    }

    void titleAndTimeChangesAreReported() {
        Rig rig(QDateTime::currentDateTimeUtc().addSecs(3600));
        ScheduledSpaceWaiter waiter(rig.api, rig.metadata(), rig.timing(40, 40, 3600));
        QSignalSpy updated(&waiter, &ScheduledSpaceWaiter::updated);
        waiter.start();
        QTRY_VERIFY(updated.size() >= 1);
        rig.space.title = QStringLiteral("Moved an hour later");
        rig.space.scheduledStart = rig.space.scheduledStart.addSecs(3600);
        rig.x.addSpace(rig.space);
        QTRY_COMPARE(waiter.metadata().title, QStringLiteral("Moved an hour later"));
        QCOMPARE(waiter.metadata().scheduledStart.toSecsSinceEpoch(),
                 rig.space.scheduledStart.toSecsSinceEpoch());
    }

    void givesUpAfterTheGrace() {
        // Scheduled half a second ago with one second of grace: late, then given up.
        Rig rig(QDateTime::currentDateTimeUtc().addMSecs(-500));
        ScheduledSpaceWaiter waiter(rig.api, rig.metadata(), rig.timing(50, 50, 1));
        QSignalSpy didNotStart(&waiter, &ScheduledSpaceWaiter::didNotStart);
        QElapsedTimer clock;
        clock.start();
        waiter.start();
        QTRY_COMPARE_WITH_TIMEOUT(didNotStart.size(), 1, 5000);
        QVERIFY2(didNotStart.first().first().toString().contains(QStringLiteral("did not start")),
                 qPrintable(didNotStart.first().first().toString()));
        QVERIFY(!waiter.isRunning());
        QVERIFY(waiter.apiCalls() >= 2);
        QVERIFY(waiter.apiCalls() <= int(clock.elapsed() / 50) + 2);
    }

    void failuresKeepTheRhythm() {
        Rig rig(QDateTime::currentDateTimeUtc().addSecs(20));
        // A 400 without code 336 fails the lookup at once (no queryId walk, no retries).
        rig.http.failForever(QByteArray("/i/api/graphql/") +
                                 xapi::knownQueryIds().first().toLatin1() + "/AudioSpaceById",
                             400);
        ScheduledSpaceWaiter waiter(rig.api, rig.metadata(), rig.timing(100, 100, 3600));
        QSignalSpy failed(&waiter, &ScheduledSpaceWaiter::pollFailed);
        QElapsedTimer clock;
        clock.start();
        waiter.start();
        QTRY_VERIFY(failed.size() >= 3);
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 1000, 5000);
        QVERIFY(waiter.isRunning());
        const int requests = rig.http.requestCount();
        QVERIFY2(requests <= int(clock.elapsed() / 100) + 3, qPrintable(QString::number(requests)));
    }
};

QTEST_GUILESS_MAIN(TestScheduledSpaceWaiter)
#include "tst_scheduledspacewaiter.moc"
