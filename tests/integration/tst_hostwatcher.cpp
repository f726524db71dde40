// SPDX-License-Identifier: MIT
// Watching hosts against the fake X: handles, the user-ID cache, presence, once-only
// reports across restarts, no login, failures with backoff, batches of at most 100.
#include "fake/FakeHttpServer.h"
#include "fake/FakeWatchApi.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "support/TestData.h"
#include "watch/HostWatcher.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");

XLogin validLogin() {
    XLogin login;
    login.authToken = kAuthToken;
    login.ct0 = kCt0;
    return login;
}

WatchTiming fastTiming(int pollMs = 50, int maxBackoffMs = 2000) {
    WatchTiming t;
    t.minPollMs = pollMs;
    t.jitterMs = 0;
    t.maxBackoffMs = maxBackoffMs;
    return t;
}
}  // namespace

class TestHostWatcher : public QObject {
    Q_OBJECT

    struct Rig {
        FakeHttpServer http;
        FakeXServer x{http};
        FakeWatchApi watch{http};
        NetworkService network;
        QTemporaryDir dir;
        XApiClient api{network};
        Rig(bool loggedIn = true) {
            http.listen();
            network.setApiOrigin(http.baseUrl());
            api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
            x.setValidLogin(kAuthToken, kCt0);
            watch.setValidLogin(kAuthToken, kCt0);
            watch.setRefreshDelaySeconds(0);
            watch.addUser(
                {QStringLiteral("AdaHost"), QStringLiteral("1001"), QStringLiteral("Ada")});
            watch.addUser({QStringLiteral("bob"), QStringLiteral("1002"), QStringLiteral("Bob")});
            if (loggedIn)
                api.setLogin(validLogin());
        }
        QString stateFile() const { return dir.filePath(QStringLiteral("watch.json")); }
        void goLive(const QString &creator, const QStringList &admins) {
            FakePresence live;
            live.spaceId = kSpaceId;
            live.creatorId = creator;
            live.adminIds = admins;
            live.title = QStringLiteral("Morning show");
            watch.setLive(live);
        }
    };

private Q_SLOTS:
    void parsesHandles_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("handle");  // empty: refused
        QTest::newRow("at") << "@AdaHost"
                            << "AdaHost";
        QTest::newRow("bare") << "  ada_host "
                              << "ada_host";
        QTest::newRow("digits are a handle") << "12345"
                                             << "12345";
        QTest::newRow("x.com") << "https://x.com/AdaHost"
                               << "AdaHost";
        QTest::newRow("twitter www query") << "https://www.twitter.com/AdaHost?s=20"
                                           << "AdaHost";
        QTest::newRow("mobile no scheme") << "mobile.x.com/ada/status/123"
                                          << "ada";
        QTest::newRow("trailing slash") << "x.com/ada/"
                                        << "ada";
        QTest::newRow("user id link") << "https://x.com/i/user/783214"
                                      << "id:783214";
        QTest::newRow("id prefix") << "id:12"
                                   << "id:12";
        QTest::newRow("long numeric id") << "1234567890123456789"
                                         << "id:1234567890123456789";
        QTest::newRow("too long") << "abcdefghijklmnop"
                                  << "";
        QTest::newRow("space inside") << "ada host"
                                      << "";
        QTest::newRow("space link") << "https://x.com/i/spaces/1YqKDqWqdPLxV"
                                    << "";
        QTest::newRow("reserved page") << "https://x.com/home"
                                       << "";
        QTest::newRow("other host") << "https://x.com.evil.net/ada"
                                    << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("at only") << "@"
                                 << "";
    }
    void parsesHandles() {
        QFETCH(QString, input);
        QFETCH(QString, handle);
        const auto parsed = HostWatcher::parseHandle(input);
        if (handle.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY(!parsed.error().isEmpty());
        } else {
            QVERIFY2(parsed, qPrintable(parsed.error()));
            QCOMPARE(*parsed, handle);
        }
    }

    void addsRemovesAndRefusesDuplicates() {
        Rig rig;
        HostWatcher watcher(rig.api, rig.stateFile());
        QSignalSpy changed(&watcher, &HostWatcher::hostsChanged);
        QVERIFY(watcher.addHost(QStringLiteral("@AdaHost")));
        QVERIFY(!watcher.addHost(QStringLiteral("https://x.com/adahost")));
        QVERIFY(!watcher.addHost(QStringLiteral("not a handle!")));
        QVERIFY(watcher.addHost(QStringLiteral("bob")));
        watcher.setEnabled(QStringLiteral("BOB"), false);
        QCOMPARE(watcher.hosts().size(), 2);
        QVERIFY(!watcher.hosts().at(1).enabled);
        watcher.removeHost(QStringLiteral("@adahost"));
        QCOMPARE(watcher.hosts().size(), 1);
        QCOMPARE(changed.size(), 4);
        HostWatcher reloaded(rig.api, rig.stateFile());
        QCOMPARE(reloaded.hosts().size(), 1);
        QCOMPARE(reloaded.hosts().first().handle, QStringLiteral("bob"));
        QVERIFY(!reloaded.hosts().first().enabled);
    }

    void userIdIsLookedUpOnceAndCachedWithItsDate() {
        Rig rig;
        {
            HostWatcher watcher(rig.api, rig.stateFile());
            watcher.setTiming(fastTiming());
            QVERIFY(watcher.addHost(QStringLiteral("@AdaHost")));
            watcher.start();
            QTRY_COMPARE(watcher.hosts().first().userId, QStringLiteral("1001"));
            QVERIFY(watcher.hosts().first().userIdResolvedAt.isValid());
        }
        QCOMPARE(rig.watch.userLookups().size(), 1);
        QFile file(rig.stateFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject host = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("hosts"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(host.value(QStringLiteral("userId")).toString(), QStringLiteral("1001"));
        QVERIFY(!host.value(QStringLiteral("userIdResolvedAt")).toString().isEmpty());

        // A second start: presence at once, no lookup.
        HostWatcher second(rig.api, rig.stateFile());
        second.setTiming(fastTiming());
        QSignalSpy checked(&second, &HostWatcher::checked);
        second.start();
        QTRY_VERIFY(checked.size() >= 2);
        QCOMPARE(rig.watch.userLookups().size(), 1);
        QVERIFY(rig.watch.presenceCalls().size() >= 2);
        QVERIFY(second.hosts().first().lastChecked.isValid());
    }

    void coHostsReportOneSpaceOnce() {
        Rig rig;
        HostWatcher watcher(rig.api, rig.stateFile());
        watcher.setTiming(fastTiming());
        QVERIFY(watcher.addHost(QStringLiteral("bob")));
        QVERIFY(watcher.addHost(QStringLiteral("AdaHost")));
        QSignalSpy found(&watcher, &HostWatcher::spaceFound);
        QSignalSpy checked(&watcher, &HostWatcher::checked);
        rig.goLive(QStringLiteral("1001"), {QStringLiteral("1002")});
        watcher.start();
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).toString(), kSpaceId);
        // Both report it; the creator is credited.
        QCOMPARE(found.first().at(1).toString(), QStringLiteral("AdaHost"));
        const int after = int(checked.size());
        QTRY_VERIFY(checked.size() >= after + 3);  // three more rounds, still live
        QCOMPARE(found.size(), 1);
        for (const WatchedHost &h : watcher.hosts()) {
            QCOMPARE(h.lastSpaceId, kSpaceId);
            QCOMPARE(h.lastSpaceTitle, QStringLiteral("Morning show"));
            QVERIFY(h.lastFoundAt.isValid());
        }
        QVERIFY(watcher.wasReported(kSpaceId));
    }

    void aRestartNeverReportsASpaceAgain() {
        Rig rig;
        rig.goLive(QStringLiteral("1001"), {});
        {
            HostWatcher watcher(rig.api, rig.stateFile());
            watcher.setTiming(fastTiming());
            QVERIFY(watcher.addHost(QStringLiteral("AdaHost")));
            QSignalSpy found(&watcher, &HostWatcher::spaceFound);
            watcher.start();
            QTRY_COMPARE(found.size(), 1);
        }
        // A new watcher on the same state file (a restart; also a reconnect after X was away).
        HostWatcher restarted(rig.api, rig.stateFile());
        restarted.setTiming(fastTiming());
        QSignalSpy found(&restarted, &HostWatcher::spaceFound);
        QSignalSpy checked(&restarted, &HostWatcher::checked);
        rig.watch.failPresence(503);
        restarted.start();
        QTRY_VERIFY(checked.size() >= 1);
        rig.watch.failPresence(0);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 4, 10000);
        QVERIFY(found.isEmpty());
        QVERIFY(restarted.wasReported(kSpaceId));
    }

    void withoutLoginItIsBlockedAndAsksNothing() {
        Rig rig(false);
        HostWatcher watcher(rig.api, rig.stateFile());
        watcher.setTiming(fastTiming());
        QVERIFY(watcher.addHost(QStringLiteral("AdaHost")));
        QSignalSpy blocked(&watcher, &HostWatcher::blockedChanged);
        QSignalSpy checked(&watcher, &HostWatcher::checked);
        watcher.start();
        QCOMPARE(blocked.size(), 1);
        QVERIFY2(watcher.blockedReason().contains(QStringLiteral("needs an X login")),
                 qPrintable(watcher.blockedReason()));
        QTRY_VERIFY(checked.size() >= 3);
        QVERIFY(rig.watch.presenceCalls().isEmpty());
        // The guest lookup still works, so the row is ready once a login comes.
        QCOMPARE(watcher.hosts().first().userId, QStringLiteral("1001"));

        rig.api.setLogin(validLogin());
        QTRY_VERIFY(!rig.watch.presenceCalls().isEmpty());
        QVERIFY(watcher.blockedReason().isEmpty());
        QCOMPARE(blocked.size(), 2);
    }

    void failuresShowOnTheRowAndBackOff_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("422") << 422;
        QTest::newRow("404") << 404;
        QTest::newRow("429") << 429;
    }
    void failuresShowOnTheRowAndBackOff() {
        QFETCH(int, status);
        Rig rig;
        rig.watch.failPresence(status, 3);
        HostWatcher watcher(rig.api, rig.stateFile());
        watcher.setTiming(fastTiming(50, 400));
        QVERIFY(watcher.addHost(QStringLiteral("AdaHost")));
        QElapsedTimer clock;
        clock.start();
        watcher.start();
        QTRY_VERIFY(watcher.hosts().first().error.contains(QString::number(status)));
        // Counted over a window of 1.5 s: unthrottled at 50 ms that would be ~30 calls.
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 1500, 5000);
        const int calls = int(rig.watch.presenceCalls().size());
        if (status == 429) {
            // X said when the limit resets (about 3 s): nothing is asked before then.
            QCOMPARE(calls, 1);
        } else {
            // 100, 200, 400, 400 … ms after each failure.
            QVERIFY2(calls >= 2 && calls <= 7, qPrintable(QString::number(calls)));
        }
        QVERIFY(watcher.isRunning());

        // X recovers: the row is cleared at the next check.
        rig.watch.failPresence(0);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hosts().first().error.isEmpty(), 10000);
    }

    void moreThanAHundredHostsAreSplitIntoCallsOfAHundred() {
        Rig rig;
        HostWatcher watcher(rig.api, rig.stateFile());
        watcher.setTiming(fastTiming(60000));
        for (int i = 0; i < 250; ++i)
            QVERIFY(watcher.addHost(QStringLiteral("id:%1").arg(5000 + i)));
        QSignalSpy checked(&watcher, &HostWatcher::checked);
        watcher.start();
        QTRY_COMPARE(checked.size(), 1);
        const QList<QStringList> calls = rig.watch.presenceCalls();
        QCOMPARE(calls.size(), 3);
        QSet<QString> all;
        for (const QStringList &ids : calls) {
            QVERIFY(ids.size() <= 100);
            for (const QString &id : ids)
                all.insert(id);
        }
        QCOMPARE(all.size(), 250);
        QVERIFY(rig.watch.userLookups().isEmpty());  // IDs given: nothing to look up
        QCOMPARE(watcher.apiCalls(), 3);
    }

    void pendingRecordingsSurviveARestart() {
        Rig rig;
        {
            HostWatcher watcher(rig.api, rig.stateFile());
            watcher.setRecordingPending(kSpaceId, QStringLiteral("AdaHost"), true);
            watcher.setRecordingPending(QStringLiteral("1OwxWXwaAMMGQ"), QStringLiteral("bob"),
                                        true);
            watcher.setRecordingPending(QStringLiteral("1OwxWXwaAMMGQ"), QStringLiteral("bob"),
                                        false);
        }
        HostWatcher restarted(rig.api, rig.stateFile());
        const QList<PendingRecording> pending = restarted.pendingRecordings();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().spaceId, kSpaceId);
        QCOMPARE(pending.first().hostHandle, QStringLiteral("AdaHost"));
    }

    void unreadableStateFileIsKeptAside() {
        Rig rig;
        QVERIFY(!writeFile(rig.stateFile(), "{ not json").isEmpty());
        HostWatcher watcher(rig.api, rig.stateFile());
        QVERIFY(watcher.hosts().isEmpty());
        QVERIFY(watcher.addHost(QStringLiteral("AdaHost")));
        const QStringList aside =
            QDir(rig.dir.path()).entryList({QStringLiteral("watch.json.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(rig.dir.path()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ not json"));
    }

    void hostileStateFileEntriesAreDropped() {
        Rig rig;
        QVERIFY(!writeFile(rig.stateFile(),
                           singleQuotedJson("{'hosts':[{'handle':'../../etc','userId':'1'},"
                                            "{'handle':'ada','userId':'12; rm -rf'}],"
                                            "'reportedSpaces':[{'id':'../x'}],"
                                            "'pendingRecordings':[{'id':'../../etc/passwd'}]}"))
                     .isEmpty());
        HostWatcher watcher(rig.api, rig.stateFile());
        QCOMPARE(watcher.hosts().size(), 1);
        QCOMPARE(watcher.hosts().first().handle, QStringLiteral("ada"));
        QVERIFY(watcher.hosts().first().userId.isEmpty());  // looked up again instead
        QVERIFY(watcher.pendingRecordings().isEmpty());
        QVERIFY(!watcher.wasReported(QStringLiteral("../x")));
    }

    void unknownHandleShowsOnItsRow() {
        Rig rig;
        HostWatcher watcher(rig.api, rig.stateFile());
        watcher.setTiming(fastTiming());
        QVERIFY(watcher.addHost(QStringLiteral("nobody_here")));
        watcher.start();
        QTRY_VERIFY(watcher.hosts().first().error.contains(QStringLiteral("@nobody_here")));
        QVERIFY(watcher.hosts().first().userId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostWatcher)
#include "tst_hostwatcher.moc"
