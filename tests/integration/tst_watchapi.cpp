// SPDX-License-Identifier: MIT
// The X API calls that watch hosts (UserByScreenName, avatar_content) against the fake.
#include "fake/FakeHttpServer.h"
#include "fake/FakeWatchApi.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "support/TestData.h"
#include "x/XApiClient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");

XLogin validLogin() {
    XLogin login;
    login.authToken = kAuthToken;
    login.ct0 = kCt0;
    return login;
}
}  // namespace

class TestWatchApi : public QObject {
    Q_OBJECT

    struct Rig {
        FakeHttpServer http;
        FakeXServer x{http};
        FakeWatchApi watch{http};
        NetworkService network;
        QTemporaryDir dir;
        XApiClient api{network};
        Rig() {
            http.listen();
            network.setApiOrigin(http.baseUrl());
            api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
            x.setValidLogin(kAuthToken, kCt0);
            watch.setValidLogin(kAuthToken, kCt0);
            watch.addUser(
                {QStringLiteral("AdaHost"), QStringLiteral("1001"), QStringLiteral("Ada")});
        }
    };

    template <typename T>
    static Expected<T> await(std::function<void(XApiClient::Callback<T>)> call) {
        std::optional<Expected<T>> result;
        call([&](Expected<T> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return fail(QStringLiteral("timed out"));
        return *result;
    }

    static QList<FakeRequest> requestsTo(const FakeHttpServer &http, const QByteArray &part) {
        QList<FakeRequest> found;
        for (const FakeRequest &r : http.requestLog()) {
            if (r.path.contains(part))
                found << r;
        }
        return found;
    }

private Q_SLOTS:
    void userIdIsLookedUpAsAGuest() {
        Rig rig;
        const auto id = await<QString>(
            [&](auto done) { rig.api.fetchUserId(QStringLiteral("adahost"), done); });
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(*id, QStringLiteral("1001"));
        QCOMPARE(rig.watch.userLookups(), QStringList{QStringLiteral("adahost")});
        const auto lookups = requestsTo(rig.http, "UserByScreenName");
        QCOMPARE(lookups.size(), 1);
        QVERIFY(!lookups.first().header("x-guest-token").isEmpty());
        QVERIFY(lookups.first().header("cookie").isEmpty());
    }

    void unknownUserFailsNamingTheHandle() {
        Rig rig;
        const auto id = await<QString>(
            [&](auto done) { rig.api.fetchUserId(QStringLiteral("nobody_here"), done); });
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QStringLiteral("@nobody_here")), qPrintable(id.error()));
    }

    void rateLimitedLookupFailsAtOnceWithTheReset() {
        Rig rig;
        rig.watch.failUserLookups(429);
        const auto id = await<QString>(
            [&](auto done) { rig.api.fetchUserId(QStringLiteral("adahost"), done); });
        QVERIFY(!id);
        QCOMPARE(id.errorKind(), FailureKind::RateLimited);
        QVERIFY(id.failure().retryAfterSeconds > 0);
        QCOMPARE(rig.watch.userLookups().size(), 1);  // no hidden wait-and-retry
    }

    void presenceWithoutLoginFailsWithoutACall() {
        Rig rig;
        QVERIFY(!rig.api.hasUsableLogin());
        const auto presence = await<LivePresence>(
            [&](auto done) { rig.api.fetchLivePresence({QStringLiteral("1001")}, done); });
        QVERIFY(!presence);
        QVERIFY2(presence.error().contains(QStringLiteral("login")), qPrintable(presence.error()));
        QVERIFY(rig.watch.presenceCalls().isEmpty());
    }

    void coHostsReportOneSpace() {
        Rig rig;
        rig.api.setLogin(validLogin());
        QVERIFY(rig.api.hasUsableLogin());
        rig.watch.setRefreshDelaySeconds(45);
        FakePresence live;
        live.spaceId = QStringLiteral("1YqKDqWqdPLxV");
        live.creatorId = QStringLiteral("1001");
        live.adminIds = {QStringLiteral("1002")};
        rig.watch.setLive(live);
        const auto presence = await<LivePresence>([&](auto done) {
            rig.api.fetchLivePresence(
                {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")}, done);
        });
        QVERIFY2(presence, qPrintable(presence.error()));
        QCOMPARE(presence->refreshDelaySeconds, 45);
        QCOMPARE(presence->spaces.size(), 2);
        QStringList reportedFor;
        for (const LiveSighting &s : presence->spaces) {
            QCOMPARE(s.spaceId, QStringLiteral("1YqKDqWqdPLxV"));
            QCOMPARE(s.state, QStringLiteral("Running"));
            QCOMPARE(s.creatorUserId, QStringLiteral("1001"));
            QCOMPARE(s.adminUserIds, QStringList{QStringLiteral("1002")});
            reportedFor << s.reportedForUserId;
        }
        reportedFor.sort();
        QCOMPARE(reportedFor, (QStringList{QStringLiteral("1001"), QStringLiteral("1002")}));
    }

    void presenceSendsTheLoggedInHeaderSet() {
        Rig rig;
        rig.api.setLogin(validLogin());
        const auto presence = await<LivePresence>(
            [&](auto done) { rig.api.fetchLivePresence({QStringLiteral("1001")}, done); });
        QVERIFY2(presence, qPrintable(presence.error()));
        const auto calls = requestsTo(rig.http, "avatar_content");
        QCOMPARE(calls.size(), 1);
        const FakeRequest &r = calls.first();
        QVERIFY(r.header("authorization").startsWith("Bearer "));
        QVERIFY(r.header("cookie").contains("auth_token="));
        QCOMPARE(r.header("x-csrf-token"), kCt0.toLatin1());
        QCOMPARE(r.header("x-twitter-auth-type"), QByteArray("OAuth2Session"));
        QCOMPARE(r.header("x-twitter-active-user"), QByteArray("yes"));
        QVERIFY(r.header("user-agent").contains("Mozilla"));
        QVERIFY(r.query.contains("only_spaces=true"));
    }

    void presenceFailuresSayWhy_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<FailureKind>("kind");
        QTest::newRow("422") << 422 << FailureKind::Other;
        QTest::newRow("404") << 404 << FailureKind::Other;
        QTest::newRow("400") << 400 << FailureKind::Other;
        QTest::newRow("429") << 429 << FailureKind::RateLimited;
    }
    void presenceFailuresSayWhy() {
        QFETCH(int, status);
        QFETCH(FailureKind, kind);
        Rig rig;
        rig.api.setLogin(validLogin());
        rig.watch.failPresence(status, 120);
        const auto presence = await<LivePresence>(
            [&](auto done) { rig.api.fetchLivePresence({QStringLiteral("1001")}, done); });
        QVERIFY(!presence);
        QCOMPARE(presence.errorKind(), kind);
        QVERIFY2(presence.error().contains(QString::number(status)), qPrintable(presence.error()));
        if (kind == FailureKind::RateLimited)
            QVERIFY(presence.failure().retryAfterSeconds > 60);
        QCOMPARE(rig.watch.presenceCalls().size(), 1);
    }

    void moreThanAHundredIdsAreRefusedWithoutACall() {
        Rig rig;
        rig.api.setLogin(validLogin());
        QStringList ids;
        for (int i = 0; i < 101; ++i)
            ids << QString::number(2000 + i);
        const auto presence =
            await<LivePresence>([&](auto done) { rig.api.fetchLivePresence(ids, done); });
        QVERIFY(!presence);
        QVERIFY(rig.watch.presenceCalls().isEmpty());
    }

    void presenceParsingSkipsWhatIsNotASpace() {
        const QByteArray body = singleQuotedJson(
            "{'refresh_delay_secs':30,'users':{"
            "'11':{'spaces':{'live_content':{'audiospace':{'id':'1OwxWXwaAMMGQ','state':'Running',"
            "'creator_twitter_user_id':'11','admin_twitter_user_ids':[12,'13']}}}},"
            "'12':{'spaces':{'live_content':{'audiospace':{'broadcast_id':'../../etc/passwd'}}}},"
            "'not-an-id':{'spaces':{'live_content':{'audiospace':{'broadcast_id':'1OwxWXwaAMMGQ'}}}"
            "},"
            "'14':{'spaces':{}}}}");
        const auto presence = watchapi::parsePresence(body);
        QVERIFY2(presence, qPrintable(presence.error()));
        QCOMPARE(presence->spaces.size(), 1);
        QCOMPARE(presence->spaces.first().spaceId, QStringLiteral("1OwxWXwaAMMGQ"));
        QCOMPARE(presence->spaces.first().adminUserIds,
                 (QStringList{QStringLiteral("12"), QStringLiteral("13")}));
        QVERIFY(!watchapi::parsePresence("not json"));
    }
};

QTEST_GUILESS_MAIN(TestWatchApi)
#include "tst_watchapi.moc"
