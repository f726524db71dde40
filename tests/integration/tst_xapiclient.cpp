// SPDX-License-Identifier: MIT
// The X API client against the fake X server: auth modes, churn, rate limits.
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "support/ScopedTranslator.h"
#include "support/TestData.h"
#include "x/ClientTransaction.h"
#include "x/ClientTransactionSource.h"
#include "x/XApiClient.h"
#include "x/XApiConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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

/// XApiClient's texts as a Japanese translation punctuates them: every full stop an
/// ideographic one (、。 are part of the translated text, not of what is filled in).
QString withFullWidthStops(const QByteArray &source) {
    QString text = QString::fromUtf8(source).replace(QStringLiteral(". "), QStringLiteral("。"));
    if (text.endsWith(QLatin1Char('.')))
        text.replace(text.size() - 1, 1, QStringLiteral("。"));
    return text;
}

}  // namespace

class TestXApiClient : public QObject {
    Q_OBJECT

    /// Everything one test needs: servers, a client pointed at them, a cache file.
    struct Rig {
        static constexpr int kSecondMs = 40;  ///< one second of X's clock, scaled for tests
        FakeHttpServer http;
        FakeXServer x{http};
        NetworkService network;
        QTemporaryDir dir;
        XApiClient api{network};
        Rig() {
            http.listen();
            network.setApiOrigin(http.baseUrl());
            api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
            api.setTiming(XApiTiming{kSecondMs, 5});
            x.setSecondMs(kSecondMs);
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
        /// The requests the fake received on exactly @p path.
        QList<FakeRequest> requestsTo(const QByteArray &path) const {
            QList<FakeRequest> out;
            for (const FakeRequest &r : http.requestLog()) {
                if (r.path == path)
                    out << r;
            }
            return out;
        }
        QList<FakeRequest> audioSpaceRequests() const {
            QList<FakeRequest> out;
            for (const FakeRequest &r : http.requestLog()) {
                if (r.path.endsWith("/AudioSpaceById"))
                    out << r;
            }
            return out;
        }
    };

    static void verifyCauseIsNamed(const QString &message) {
        QVERIFY2(!message.contains(QStringLiteral("..")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Could not reach")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("connection or proxy")), qPrintable(message));
    }

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
        QCOMPARE(rig.x.callCount(QStringLiteral("bundle")), 1);
        XApiClient second(rig.network);
        second.setApiCache(ApiCache(rig.dir.filePath(QStringLiteral("api-cache.json"))));
        const int callsBefore = int(rig.x.audioSpaceCalls().size());
        QVERIFY(fetch(second, QStringLiteral("1YqKDqWqdPLxV")));
        QCOMPARE(int(rig.x.audioSpaceCalls().size()), callsBefore + 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("bundle")), 1);
    }

    void missingFeatureSwitchLeadsToDiscovery() {
        Rig rig;
        QStringList features = xapi::defaultFeatureSwitches();
        features << QStringLiteral("brand_new_required_switch");
        rig.x.setCurrentOperation(xapi::knownQueryIds().first(), features);
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        // The stale declaration got a 400 (code 336); discovery brought the full list.
        QCOMPARE(rig.x.callCount(QStringLiteral("bundle")), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById"), 400), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById"), 200), 1);
        QCOMPARE(rig.x.audioSpaceCalls().size(), 2);
        const QUrlQuery sent(QString::fromLatin1(rig.audioSpaceRequests().last().query));
        QVERIFY(sent.queryItemValue(QStringLiteral("features"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("\"brand_new_required_switch\":false")));
    }

    void rateLimitIsWaitedOut() {
        Rig rig;
        rig.x.setRateLimit(0, 3);
        QSignalSpy waiting(&rig.api, &XApiClient::waiting);
        QElapsedTimer clock;
        clock.start();
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QVERIFY2(clock.elapsed() >= 2 * Rig::kSecondMs, "retried before the reset");
        QVERIFY(!waiting.isEmpty());
        QVERIFY(waiting.first().first().toString().contains(QStringLiteral("Rate limited")));
        QVERIFY(waiting.first().at(1).toInt() >= 2);
        // Exactly one refused call, then the retry: no hammering.
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById"), 429), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById")), 2);
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

    // ---- 2025–26 guest churn (issue 14 item 1) ----

    void activateRateLimitWithoutLoginIsWaitedOut() {
        Rig rig;
        rig.x.setActivateRateLimit(0, 3);
        QSignalSpy waiting(&rig.api, &XApiClient::waiting);
        QElapsedTimer clock;
        clock.start();
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QVERIFY2(clock.elapsed() >= 2 * Rig::kSecondMs, "activated again before the reset");
        // The countdown names the cause and goes through the usual wait signal.
        QVERIFY(!waiting.isEmpty());
        QVERIFY2(waiting.first().first().toString().contains(QStringLiteral("guest sessions")),
                 qPrintable(waiting.first().first().toString()));
        QVERIFY(waiting.first().at(1).toInt() >= 2);
        QCOMPARE(waiting.last().at(1).toInt(), 0);
        QCOMPARE(rig.x.callCount(QStringLiteral("activate"), 429), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("activate"), 200), 1);
        QCOMPARE(rig.x.audioSpaceCalls(), QStringList{QStringLiteral("guest")});
    }

    void activateRateLimitWithLoginUsesTheLogin() {
        Rig rig;
        rig.x.setValidLogin(kAuthToken, kCt0);
        rig.api.setLogin(validLogin());
        rig.api.setPreferredMode(AuthMode::Guest);  // guest worked last time
        // A short reset a guest-only client would wait out: with a login, no wait at all.
        rig.x.setActivateRateLimit(0, 3);
        QSignalSpy waiting(&rig.api, &XApiClient::waiting);
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(waiting.size(), 0);  // no waiting when the login gets through at once
        QCOMPARE(rig.x.callCount(QStringLiteral("activate"), 429), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("activate")), 1);
        QCOMPARE(rig.x.audioSpaceCalls(), QStringList{QStringLiteral("cookies")});
        QCOMPARE(rig.api.lastWorkingMode(), AuthMode::Cookies);
    }

    void activateResetLongerThanTheMaximumWaitNamesTheCause() {
        Rig rig;
        rig.api.setMaxRateLimitWait(15 * 60);
        rig.x.setActivateRateLimit(0, 2 * 3600);
        QSignalSpy waiting(&rig.api, &XApiClient::waiting);
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY(!meta);
        QCOMPARE(meta.errorKind(), FailureKind::RateLimited);
        QVERIFY(meta.failure().retryAfterSeconds > 15 * 60);
        verifyCauseIsNamed(meta.error());
        QVERIFY2(meta.error().contains(QStringLiteral("guest sessions")), qPrintable(meta.error()));
        QVERIFY2(meta.error().contains(QStringLiteral("HTTP 429")), qPrintable(meta.error()));
        QVERIFY2(meta.error().contains(QStringLiteral("1 h 59 min")) ||
                     meta.error().contains(QStringLiteral("2 h 0 min")),
                 qPrintable(meta.error()));
        QVERIFY2(meta.error().contains(QStringLiteral("Log in")), qPrintable(meta.error()));
        QCOMPARE(waiting.size(), 0);
        QCOMPARE(rig.x.callCount(QStringLiteral("activate"), 429), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("activate")), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById")), 0);
    }

    void guestTokenRefusedAfterOneUseGetsANewOne_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("403 code 239") << 403;
        QTest::newRow("401") << 401;
    }
    void guestTokenRefusedAfterOneUseGetsANewOne() {
        QFETCH(int, status);
        Rig rig;
        rig.x.setGuestTokenUses(1, status);
        // AudioSpaceById spends the token; the stream status is refused, a new token follows.
        const auto resolved = await<ResolvedSpace>(
            [&](auto done) { rig.api.resolve(QStringLiteral("1YqKDqWqdPLxV"), done); });
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(rig.x.guestActivations(), 2);
        QCOMPARE(rig.x.callCount(QStringLiteral("status"), status), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("status"), 200), 1);
    }

    void guestTokensRefusedEvenWhenFreshSayWhy() {
        Rig rig;
        rig.x.setGuestTokenUses(0, 403);  // X takes no guest token at all
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY(!meta);
        verifyCauseIsNamed(meta.error());
        QVERIFY2(meta.error().contains(QStringLiteral("code 239")), qPrintable(meta.error()));
        QCOMPARE(rig.x.guestActivations(), 2);  // one fresh token, not a loop
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById"), 403), 2);
    }

    void failuresCarryTheStatusXAnswered() {
        // Callers branch on Failure::httpStatus, not on the (translated) message.
        Rig rig;
        rig.x.setGuestTokenUses(0, 403);  // 403 code 239 even for a fresh token
        const auto refusedToken = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY(!refusedToken);
        QCOMPARE(refusedToken.errorHttpStatus(), 403);

        Rig streamRig;
        streamRig.http.failForever("/i/api/1.1/live_video_stream/status/28_1976000000000000000",
                                   404);
        const auto noStream = await<ResolvedSpace>(
            [&](auto done) { streamRig.api.resolve(QStringLiteral("1YqKDqWqdPLxV"), done); });
        QVERIFY(!noStream);
        QCOMPARE(noStream.errorHttpStatus(), 404);

        Rig guestRig;
        guestRig.http.failForever("/1.1/guest/activate.json", 403);
        std::optional<Expected<void>> refused;
        guestRig.api.checkGuestSession([&](Expected<void> r) { refused.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return refused.has_value(); }, 30000));
        QVERIFY(!*refused);
        QCOMPARE(refused->errorHttpStatus(), 403);

        NetworkService nowhere;
        {
            QTcpServer closed;  // a free port, closed again: nothing answers there
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            nowhere.setApiOrigin(
                QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort())));
        }
        XApiClient unreachable(nowhere);
        unreachable.setApiCache(ApiCache(guestRig.dir.filePath(QStringLiteral("nowhere.json"))));
        unreachable.setTiming(XApiTiming{Rig::kSecondMs, 5});
        std::optional<Expected<void>> lost;
        unreachable.checkGuestSession([&](Expected<void> r) { lost.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return lost.has_value(); }, 30000));
        QVERIFY(!*lost);
        QCOMPARE(lost->errorHttpStatus(), 0);
        QVERIFY2(lost->error().contains(QStringLiteral("Could not reach X")),
                 qPrintable(lost->error()));
    }

    // ---- discovery on the 2026 shell homepage (item 2) ----

    void shellHomepageDiscoversThroughHome() {
        Rig rig;
        rig.x.setValidLogin(kAuthToken, kCt0);
        rig.api.setLogin(validLogin());
        rig.x.setHomepageShellForEveryone(true);
        QStringList features = xapi::defaultFeatureSwitches();
        features << QStringLiteral("responsive_web_2027_spaces_switch");
        rig.x.setCurrentOperation(QStringLiteral("R0tated_queryId2026xyz"), features);
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(rig.x.callCount(QStringLiteral("bundle"), 200), 1);
        // /home with the login carried the chunk map; no other page was needed.
        QVERIFY(!rig.requestsTo("/home").isEmpty());
        for (const FakeRequest &home : rig.requestsTo("/home"))
            QVERIFY(home.header("cookie").contains("auth_token=" + kAuthToken.toLatin1()));
        QCOMPARE(rig.requestsTo("/i/spaces/1YqKDqWqdPLxV/peek").size(), 0);
        QVERIFY(rig.audioSpaceRequests().last().path.contains("R0tated_queryId2026xyz"));
    }

    void shellHomepageDiscoversThroughPeekWithoutLogin() {
        Rig rig;
        rig.x.setHomepageShellForEveryone(true);
        rig.x.setCurrentOperation(QStringLiteral("R0tated_queryId2026xyz"),
                                  xapi::defaultFeatureSwitches());
        auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(rig.requestsTo("/home").size(), 0);
        QCOMPARE(rig.requestsTo("/i/spaces/1YqKDqWqdPLxV/peek").size(), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("bundle"), 200), 1);

        // Without the chunk map anywhere, the failure says discovery found nothing.
        Rig bare;
        bare.x.setHomepageShellForEveryone(true);
        bare.x.setPeekHasChunkMap(false);
        bare.x.setCurrentOperation(QStringLiteral("R0tated_queryId2026xyz"),
                                   xapi::defaultFeatureSwitches());
        meta = fetch(bare.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY(!meta);
        QVERIFY2(meta.error().contains(QStringLiteral("X may have changed its API")),
                 qPrintable(meta.error()));
        QCOMPARE(bare.x.callCount(QStringLiteral("bundle")), 0);
    }

    void rotatedQueryIdNeedingNewSwitchesRecovers() {
        Rig rig;
        // The cached declaration is the rotated id, but X now wants one switch more.
        const QString rotated = QStringLiteral("R0tated_queryId2026xyz");
        ApiCache(rig.dir.filePath(QStringLiteral("api-cache.json")))
            .save({OperationDeclaration{rotated, xapi::defaultFeatureSwitches(), {}},
                   QDateTime::currentDateTimeUtc()});
        QStringList features = xapi::defaultFeatureSwitches();
        features << QStringLiteral("responsive_web_2027_spaces_switch");
        rig.x.setCurrentOperation(rotated, features);
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById"), 400), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById"), 200), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("bundle"), 200), 1);
        const auto cached = ApiCache(rig.dir.filePath(QStringLiteral("api-cache.json"))).load();
        QVERIFY(cached);
        QVERIFY(cached->operation.featureSwitches.contains(
            QStringLiteral("responsive_web_2027_spaces_switch")));
    }

    // ---- partial errors (item 3) ----

    void partialErrorsBesideDataAreIgnored() {
        Rig rig;
        rig.x.setPartialErrors(true);
        const auto resolved = await<ResolvedSpace>(
            [&](auto done) { rig.api.resolve(QStringLiteral("1YqKDqWqdPLxV"), done); });
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(resolved->metadata.title, QStringLiteral("Weekly <AMA>: \"what/why\"?"));
        QCOMPARE(resolved->metadata.speakers.size(), 2);
        // The answer really carried the error list.
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById"), 200), 1);
        QCOMPARE(rig.x.audioSpaceCalls().size(), 1);
    }

    // ---- x-client-transaction-id (item 4) ----

    void transactionIdIsSentAndWellFormed() {
        Rig rig;
        ClientTransactionSource *source = rig.api.clientTransactions();
        QVERIFY(source);
        QCOMPARE(QFileInfo(source->cachePath()).absolutePath(),
                 QDir(rig.dir.path()).absolutePath());
        QSignalSpy ready(source, &ClientTransactionSource::ready);
        source->refresh();
        QVERIFY(ready.wait(20000));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
        const qint64 after = QDateTime::currentSecsSinceEpoch();

        const FakeRequest call = rig.audioSpaceRequests().last();
        const QByteArray header = call.header("x-client-transaction-id");
        QVERIFY(!header.isEmpty());
        QVERIFY(!header.contains('='));
        // Undo X's random mask, then recompute the header from the same pages: equal bytes.
        const QByteArray raw = QByteArray::fromBase64(header);
        const auto expected = ClientTransaction::fromPages(
            QString::fromUtf8(unitTestData("xct/home_c.html")),
            QString::fromUtf8(unitTestData("xct/ondemand.s.4c1f7e2aa.js")));
        QVERIFY2(expected, qPrintable(expected.error()));
        const int keyLength = int(expected->key().size());
        QCOMPARE(int(raw.size()), 1 + keyLength + 4 + 16 + 1);
        const quint8 mask = quint8(raw.at(0));
        quint32 time = 0;
        for (int i = 0; i < 4; ++i)
            time |= quint32(quint8(raw.at(1 + keyLength + i)) ^ mask) << (8 * i);
        const qint64 unix = qint64(time) + ClientTransaction::kEpochSeconds;
        QVERIFY(unix >= before - 1 && unix <= after + 1);
        // Signed over x.com's path, without the query.
        QCOMPARE(header, expected->headerFor("GET", QString::fromLatin1(call.path), unix, mask));
        QVERIFY(!expected->headerFor("GET", QStringLiteral("/elsewhere"), unix, mask)
                     .startsWith(header));
    }

    void brokenTransactionInputsLetCallsThrough() {
        Rig rig;
        rig.x.setOnDemandAvailable(false);
        QSignalSpy notices(&rig.api, &XApiClient::notice);
        ClientTransactionSource *source = rig.api.clientTransactions();
        QSignalSpy failed(source, &ClientTransactionSource::failed);
        source->refresh();
        QVERIFY(failed.wait(20000));
        for (int i = 0; i < 2; ++i) {
            const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
            QVERIFY2(meta, qPrintable(meta.error()));
        }
        for (const FakeRequest &r : rig.audioSpaceRequests())
            QVERIFY(r.header("x-client-transaction-id").isEmpty());
        QStringList reported;
        for (const auto &n : notices) {
            if (n.first().toString().contains(QStringLiteral("x-client-transaction-id")))
                reported << n.first().toString();
        }
        QCOMPARE(reported.size(), 1);
        // One sentence, each clause once: not the source's message wrapped in another that
        // repeats it ("could not be computed (… go without …); calls go without it").
        const QString &notice = reported.first();
        QCOMPARE(notice.count(QStringLiteral("x-client-transaction-id")), 1);
        QCOMPARE(notice.count(QStringLiteral("without")), 1);
        QVERIFY2(notice.contains(QStringLiteral("ondemand.s")), qPrintable(notice));

        // A login-only /home and a shell homepage: no inputs at all, the call still goes.
        Rig shell;
        shell.x.setHomepageShellForEveryone(true);
        const auto meta = fetch(shell.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(meta, qPrintable(meta.error()));
    }

    // ---- faults on the X routes (issue 18 item 3) ----

    void transientServerErrorsAreRetried_data() {
        QTest::addColumn<QString>("route");
        QTest::newRow("activate") << QStringLiteral("activate");
        QTest::newRow("AudioSpaceById") << QStringLiteral("AudioSpaceById");
        QTest::newRow("stream status") << QStringLiteral("status");
    }
    void transientServerErrorsAreRetried() {
        QFETCH(QString, route);
        Rig rig;
        rig.x.failNext(route, 2, 503);
        const auto resolved = await<ResolvedSpace>(
            [&](auto done) { rig.api.resolve(QStringLiteral("1YqKDqWqdPLxV"), done); });
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(rig.x.callCount(route, 503), 2);
        QCOMPARE(rig.x.callCount(route, 200), 1);
    }

    void closedConnectionsAreRetried_data() {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("activate") << QByteArray("/1.1/guest/activate.json");
        QTest::newRow("AudioSpaceById") << QByteArray("/i/api/graphql/") +
                                               xapi::knownQueryIds().first().toLatin1() +
                                               "/AudioSpaceById";
        QTest::newRow("stream status")
            << QByteArray("/i/api/1.1/live_video_stream/status/28_1976000000000000000");
    }
    void closedConnectionsAreRetried() {
        QFETCH(QByteArray, path);
        Rig rig;
        rig.http.cutMidBody(path, 1);
        const auto resolved = await<ResolvedSpace>(
            [&](auto done) { rig.api.resolve(QStringLiteral("1YqKDqWqdPLxV"), done); });
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(rig.http.requestCount(path), 2);
    }

    void rejectedBearerFallsBackToTheReferenceBearer() {
        Rig rig;
        rig.x.setAcceptedBearers({xapi::fallbackBearer()});
        const auto resolved = await<ResolvedSpace>(
            [&](auto done) { rig.api.resolve(QStringLiteral("1YqKDqWqdPLxV"), done); });
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(rig.x.callCount(QStringLiteral("activate"), 403), 1);
        QCOMPARE(rig.x.callCount(QStringLiteral("activate"), 200), 1);
        QCOMPARE(rig.audioSpaceRequests().size(), 1);
        QCOMPARE(rig.audioSpaceRequests().first().header("authorization"),
                 "Bearer " + xapi::fallbackBearer());
    }

    void apiResetLongerThanTheMaximumWaitNamesTheCause() {
        Rig rig;
        rig.api.setMaxRateLimitWait(15 * 60);
        rig.x.setRateLimit(0, 2 * 3600);
        QSignalSpy waiting(&rig.api, &XApiClient::waiting);
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY(!meta);
        QCOMPARE(meta.errorKind(), FailureKind::RateLimited);
        verifyCauseIsNamed(meta.error());
        QVERIFY2(meta.error().contains(QStringLiteral("rate limit")), qPrintable(meta.error()));
        QVERIFY2(meta.error().contains(QStringLiteral("log in")), qPrintable(meta.error()));
        QCOMPARE(waiting.size(), 0);
        QCOMPARE(rig.x.callCount(QStringLiteral("AudioSpaceById"), 429), 1);
    }

    void serverDownSaysCouldNotReachX() {
        Rig rig;
        QTcpServer probe;  // a port that certainly refuses connections once closed
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        rig.network.setApiOrigin(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto meta = fetch(rig.api, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY(!meta);
        QVERIFY2(meta.error().startsWith(QStringLiteral("Could not reach X")),
                 qPrintable(meta.error()));
        QVERIFY2(meta.error().contains(QStringLiteral("connection or proxy")),
                 qPrintable(meta.error()));
        QVERIFY2(!meta.error().contains(QStringLiteral("..")), qPrintable(meta.error()));
    }

    void aFilledInReasonTakesTheTranslationsFullStop_data() {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("reason");
        // Qt's words come without a full stop, X's with one: neither may bring its own.
        QTest::newRow("X unreachable") << "unreachable"
                                       << "Connection refused";
        QTest::newRow("X's error message") << "x-error"
                                           << "Something went wrong";
    }

    void aFilledInReasonTakesTheTranslationsFullStop() {
        QFETCH(QString, failure);
        QFETCH(QString, reason);
        Rig rig;
        if (failure == QLatin1String("unreachable")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            rig.network.setApiOrigin(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        } else {
            rig.http.prependRoute("/i/api/graphql/", [](const FakeRequest &r) {
                if (!r.path.endsWith("/UserByScreenName"))
                    return std::optional<FakeResponse>();
                FakeResponse response;
                response.status = 400;
                response.addHeader("Content-Type", "application/json");
                response.body = R"({"errors":[{"code":131,"message":"Something went wrong."}]})";
                return std::optional<FakeResponse>(response);
            });
        }
        std::optional<Expected<QString>> id;
        bool answered = false;
        {
            const ScopedTranslator translator("spacetape::XApiClient", withFullWidthStops);
            rig.api.fetchUserId(QStringLiteral("adahost"),
                                [&](Expected<QString> r) { id.emplace(r); });
            answered = QTest::qWaitFor([&] { return id.has_value(); }, 30000);
        }
        QVERIFY(answered);
        QVERIFY(!*id);
        const QString message = (*id).error();
        QVERIFY2(message.contains(reason + QStringLiteral("。")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('.')), qPrintable(message));
    }

    void streamStatusRefusingGuestsSaysLogIn() {
        Rig rig;
        FakeSpace members;
        members.id = QStringLiteral("1OwxWXwaAMMGQ");
        members.mediaKey = QStringLiteral("28_77");
        members.streamNeedsLogin = true;
        members.playlistUrl = QStringLiteral(
            "https://prod-fastly-us-east-1.video.pscp.tv/Transcoding/v1/hls/t0k/non_transcode/"
            "us-east-1/periscope-replay-direct-prod-us-east-1-public/audio-space/"
            "playlist_1234567890123456777.m3u8?type=replay");
        rig.x.addSpace(members);
        auto resolved = await<ResolvedSpace>([&](auto done) { rig.api.resolve(members.id, done); });
        QVERIFY(!resolved);
        QVERIFY2(resolved.error().contains(QStringLiteral("logged-in listeners only")),
                 qPrintable(resolved.error()));
        QCOMPARE(rig.x.callCount(QStringLiteral("status"), 403), 1);

        rig.x.setValidLogin(kAuthToken, kCt0);
        rig.api.setLogin(validLogin());
        rig.api.setPreferredMode(AuthMode::Guest);
        resolved = await<ResolvedSpace>([&](auto done) { rig.api.resolve(members.id, done); });
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(rig.x.callCount(QStringLiteral("status"), 403), 2);
        QCOMPARE(rig.x.callCount(QStringLiteral("status"), 200), 1);
    }

    /// The fake itself: cookies and feature switches are checked exactly, not by substring.
    void fakeChecksCookiesAndSwitchesExactly() {
        Rig rig;
        rig.x.setValidLogin(kAuthToken, kCt0);
        QNetworkAccessManager nam;
        const auto get = [&](const QByteArray &cookie, const QJsonObject &features) {
            QUrlQuery query;
            query.addQueryItem(
                QStringLiteral("variables"),
                QString::fromUtf8(QByteArray("{\"id\":\"1YqKDqWqdPLxV\"}").toPercentEncoding()));
            query.addQueryItem(
                QStringLiteral("features"),
                QString::fromUtf8(
                    QJsonDocument(features).toJson(QJsonDocument::Compact).toPercentEncoding()));
            QUrl url = rig.http.url(QStringLiteral("/i/api/graphql/%1/AudioSpaceById")
                                        .arg(xapi::knownQueryIds().first()));
            url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + xapi::defaultBearer());
            request.setRawHeader("Cookie", cookie);
            request.setRawHeader("x-csrf-token", kCt0.toLatin1());
            QNetworkReply *reply = nam.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QJsonObject allFalse;
        for (const QString &name : xapi::defaultFeatureSwitches())
            allFalse.insert(name, false);
        const QByteArray good = "auth_token=" + kAuthToken.toLatin1() + "; ct0=" + kCt0.toLatin1();
        QCOMPARE(get(good, allFalse), 200);
        // A longer value, or the name inside another cookie's name: a substring match passes.
        QCOMPARE(
            get("auth_token=" + kAuthToken.toLatin1() + "ff; ct0=" + kCt0.toLatin1(), allFalse),
            401);
        QCOMPARE(get("xauth_token=" + kAuthToken.toLatin1() + "; ct0=" + kCt0.toLatin1(), allFalse),
                 401);
        QJsonObject stringValue = allFalse;
        stringValue.insert(xapi::defaultFeatureSwitches().first(), QStringLiteral("false"));
        QCOMPARE(get(good, stringValue), 400);
        QJsonObject missing = allFalse;
        missing.remove(xapi::defaultFeatureSwitches().last());
        QCOMPARE(get(good, missing), 400);
    }
};

QTEST_GUILESS_MAIN(TestXApiClient)
#include "tst_xapiclient.moc"
