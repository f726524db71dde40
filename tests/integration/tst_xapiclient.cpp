// SPDX-License-Identifier: MIT
// The X API client against the fake X server: auth modes, churn, rate limits.
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
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
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");

XLogin validLogin() {
    XLogin login;
    login.authToken = kAuthToken;
    login.ct0 = kCt0;
    return login;
}
}  // namespace

class TestXApiClient : public QObject {
    Q_OBJECT

    /// Everything one test needs: servers, a client pointed at them, a cache file.
    struct Rig {
        FakeHttpServer http;
        FakeXServer x{http};
        NetworkService network;
        QTemporaryDir dir;
        XApiClient api{network};
        Rig() {
            http.listen();
            network.setApiOrigin(http.baseUrl());
            api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
            FakeSpace space;
            space.id = QStringLiteral("1YqKDqWqdPLxV");
            space.mediaKey = QStringLiteral("28_1976000000000000000");
            space.title = QStringLiteral("Weekly <AMA>: \"what/why\"?");
            space.speakerHandles = {QStringLiteral("bob"), QStringLiteral("eve")};
            space.playlistUrl = QStringLiteral(
                "https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/t0k/non_transcode/"
                "us-east-1/periscope-replay-direct-prod-us-east-1-public/audio-space/"
                "playlist_1234567890123456789.m3u8?type=replay");
            x.addSpace(space);
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

    static Expected<SpaceMetadata> fetch(XApiClient &api, const QString &id) {
        return await<SpaceMetadata>([&](auto done) { api.fetchSpace(id, done); });
    }

private Q_SLOTS:
    void guestResolvesMetadataAndStream() {
        Rig rig;
        const auto resolved = await<ResolvedSpace>(
            [&](auto done) { rig.api.resolve(QStringLiteral("1YqKDqWqdPLxV"), done); });
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(resolved->metadata.title, QStringLiteral("Weekly <AMA>: \"what/why\"?"));
        QCOMPARE(resolved->metadata.host.handle, QStringLiteral("adahost"));
        QCOMPARE(resolved->metadata.speakers.size(), 2);
        QVERIFY(resolved->playlistUrl.path().endsWith(
            QLatin1String("playlist_1234567890123456789.m3u8")));
        QCOMPARE(rig.x.guestActivations(), 1);
        QCOMPARE(rig.x.audioSpaceCalls(), QStringList{QStringLiteral("guest")});
        QCOMPARE(rig.api.lastWorkingMode(), AuthMode::Guest);
    }

    void cookiesArePreferredAndCarryTheCsrfHeader() {
        Rig rig;
        rig.x.setValidLogin(kAuthToken, kCt0);
        rig.api.setLogin(validLogin());
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(rig.x.audioSpaceCalls(), QStringList{QStringLiteral("cookies")});
        QCOMPARE(rig.x.guestActivations(), 0);
        bool sawCsrf = false;
        for (const FakeRequest &r : rig.http.requestLog()) {
            if (r.path.contains("AudioSpaceById")) {
                QCOMPARE(r.header("x-csrf-token"), kCt0.toLatin1());
                QCOMPARE(r.header("x-twitter-auth-type"), QByteArray("OAuth2Session"));
                sawCsrf = true;
            }
        }
        QVERIFY(sawCsrf);
    }

    void expiredLoginFallsBackToGuestAndBack() {
        Rig rig;
        rig.x.setValidLogin(kAuthToken, kCt0);
        rig.api.setLogin(validLogin());
        FakeSpace members;  // a Space only logged-in users may see
        members.id = QStringLiteral("1OwxWXwaAMMGQ");
        members.mediaKey = QStringLiteral("28_1");
        members.needsLogin = true;
        rig.x.addSpace(members);

        // X stops accepting the cookies: guest mode takes over, the user is told once.
        rig.x.setValidLogin(QStringLiteral("f").repeated(40), kCt0);
        QSignalSpy expired(&rig.api, &XApiClient::loginExpired);
        auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(expired.size(), 1);
        QCOMPARE(rig.x.audioSpaceCalls(),
                 (QStringList{QStringLiteral("none"), QStringLiteral("guest")}));
        QCOMPARE(rig.api.lastWorkingMode(), AuthMode::Guest);

        // As a guest, the members-only Space reads as "not found or needs a login".
        meta = fetch(rig.api, members.id);
        QVERIFY(!meta);
        QVERIFY2(meta.error().contains(QStringLiteral("login")), qPrintable(meta.error()));

        // The user logs in again: cookie mode is back and opens it.
        rig.x.setValidLogin(kAuthToken, kCt0);
        rig.api.setLogin(validLogin());
        meta = fetch(rig.api, members.id);
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(rig.x.audioSpaceCalls().last(), QStringLiteral("cookies"));
        QCOMPARE(expired.size(), 1);
    }

    void guestRefusedFallsBackToCookies() {
        Rig rig;
        rig.x.setValidLogin(kAuthToken, kCt0);
        rig.x.setGuestAccess(false);  // as between 2023-07 and 2024-10
        rig.api.setLogin(validLogin());
        rig.api.setPreferredMode(AuthMode::Guest);  // guest worked last time
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(rig.api.lastWorkingMode(), AuthMode::Cookies);
        QCOMPARE(rig.x.audioSpaceCalls().last(), QStringLiteral("cookies"));
        QVERIFY(rig.x.audioSpaceCalls().contains(QStringLiteral("none")));  // guest refused
    }

    void rotatedQueryIdIsDiscoveredAndCached() {
        Rig rig;
        const QStringList features = {QStringLiteral("spaces_2027_new_switch"),
                                      QStringLiteral("rweb_tipjar_consumption_enabled")};
        rig.x.setCurrentOperation(QStringLiteral("NEWqueryIdFromBundle01"), features);
        QSignalSpy notices(&rig.api, &XApiClient::notice);
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QVERIFY(notices.size() >= 1);
        // Cached: a new client starts with the discovered id, one call, no discovery.
        const int homepageHits = rig.http.requestCount("/");
        QCOMPARE(homepageHits, 1);
        XApiClient second(rig.network);
        second.setApiCache(ApiCache(rig.dir.filePath(QStringLiteral("api-cache.json"))));
        const int callsBefore = int(rig.x.audioSpaceCalls().size());
        QVERIFY(fetch(second, QStringLiteral("1YqKDqWqdPLxV")));
        QCOMPARE(int(rig.x.audioSpaceCalls().size()), callsBefore + 1);
        QCOMPARE(rig.http.requestCount("/"), homepageHits);
    }

    void missingFeatureSwitchLeadsToDiscovery() {
        Rig rig;
        QStringList features = xapi::defaultFeatureSwitches();
        features << QStringLiteral("brand_new_required_switch");
        rig.x.setCurrentOperation(xapi::knownQueryIds().first(), features);
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        // The stale declaration got a 400 (code 336); discovery brought the full list.
        QCOMPARE(rig.http.requestCount("/"), 1);
        QCOMPARE(rig.x.audioSpaceCalls().size(), 2);
    }

    void rateLimitIsWaitedOut() {
        Rig rig;
        rig.x.setRateLimit(0, 2);
        QSignalSpy waiting(&rig.api, &XApiClient::waiting);
        QElapsedTimer clock;
        clock.start();
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QVERIFY2(clock.elapsed() >= 1000, "retried before the reset");
        QVERIFY(!waiting.isEmpty());
        QVERIFY(waiting.first().first().toString().contains(QStringLiteral("Rate limited")));
        // Exactly one refused call, then the retry: no hammering.
        QCOMPARE(rig.x.audioSpaceCalls().size(), 1);
    }

    void transientErrorsDoNotResetTheRateLimitWaits() {
        // 429, 503, 429, 503, 429, then 429 for ever: the transient retries in between must
        // not give the rate limit a fresh budget of three waits.
        Rig rig;
        auto calls = std::make_shared<int>(0);
        rig.http.prependRoute("/i/api/graphql/", [calls](const FakeRequest &r) {
            if (!r.path.contains("AudioSpaceById"))
                return std::optional<FakeResponse>();
            const int call = ++*calls;
            FakeResponse response;
            response.status = (call == 2 || call == 4) ? 503 : 429;
            if (response.status == 429)
                response.addHeader("Retry-After", "1");
            return std::optional<FakeResponse>(response);
        });
        int waits = 0;
        connect(&rig.api, &XApiClient::waiting, this, [&waits](const QString &message, int) {
            if (message.contains(QStringLiteral("Rate limited")))
                ++waits;
        });
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY(!meta);
        QVERIFY2(meta.error().contains(QStringLiteral("429")), qPrintable(meta.error()));
        QCOMPARE(waits, 3);
        QCOMPARE(*calls, 6);
    }

    void statesGiveTheirOwnMessages_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("replay");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no replay") << "Ended" << false << "did not keep a replay";
        QTest::newRow("timed out") << "TimedOut" << false << "did not keep a replay";
        QTest::newRow("canceled") << "Canceled" << false << "canceled";
    }
    void statesGiveTheirOwnMessages() {
        QFETCH(QString, state);
        QFETCH(bool, replay);
        QFETCH(QString, expected);
        Rig rig;
        FakeSpace space;
        space.id = QStringLiteral("1ZkKzXXXXXXXX");
        space.mediaKey = QStringLiteral("28_9");
        space.state = state;
        space.replayAvailable = replay;
        space.scheduledStart = QDateTime::currentDateTimeUtc().addDays(2);
        rig.x.addSpace(space);
        const auto resolved =
            await<ResolvedSpace>([&](auto done) { rig.api.resolve(space.id, done); });
        QVERIFY(!resolved);
        QVERIFY2(resolved.error().contains(expected), qPrintable(resolved.error()));
    }

    void scheduledSpaceResolvesWithItsMetadataOnly() {
        Rig rig;
        FakeSpace space;
        space.id = QStringLiteral("1ZkKzXXXXXXXX");
        space.mediaKey = QStringLiteral("28_9");
        space.state = QStringLiteral("NotStarted");
        space.scheduledStart = QDateTime::currentDateTimeUtc().addDays(2);
        rig.x.addSpace(space);
        const auto resolved =
            await<ResolvedSpace>([&](auto done) { rig.api.resolve(space.id, done); });
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QVERIFY(resolved->isScheduled());
        QVERIFY(!resolved->isLive());
        QVERIFY(resolved->playlistUrl.isEmpty());
        QCOMPARE(resolved->metadata.scheduledStart.toSecsSinceEpoch(),
                 space.scheduledStart.toSecsSinceEpoch());
        QVERIFY(
            resolved->metadata.downloadable().error().contains(QStringLiteral("scheduled for")));
    }

    void canceledSpaceFailsWithItsOwnKind() {
        Rig rig;
        FakeSpace space;
        space.id = QStringLiteral("1ZkKzXXXXXXXX");
        space.mediaKey = QStringLiteral("28_9");
        space.state = QStringLiteral("Canceled");
        rig.x.addSpace(space);
        const auto resolved =
            await<ResolvedSpace>([&](auto done) { rig.api.resolve(space.id, done); });
        QVERIFY(!resolved);
        QCOMPARE(resolved.errorKind(), FailureKind::SpaceCanceled);
    }

    void unknownSpaceSaysNotFoundOrLogin() {
        Rig rig;
        const auto meta = fetch(rig.api, QStringLiteral("1AAAAAAAAAAAA"));
        QVERIFY(!meta);
        QVERIFY2(meta.error().contains(QStringLiteral("not found")), qPrintable(meta.error()));
    }
};

QTEST_GUILESS_MAIN(TestXApiClient)
#include "tst_xapiclient.moc"
