// SPDX-License-Identifier: MIT
#pragma once

#include "fake/FakeHttpServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace spacetape::test {

/// One Space as the fake X API knows it.
struct FakeSpace {
    QString id;
    QString state = QStringLiteral("Ended");
    bool replayAvailable = true;
    QString title = QStringLiteral("Test Space");
    QString mediaKey;
    QDateTime startedAt = QDateTime::fromSecsSinceEpoch(1764324000, Qt::UTC);
    QDateTime endedAt = QDateTime::fromSecsSinceEpoch(1764325800, Qt::UTC);
    QDateTime scheduledStart;
    QString hostName = QStringLiteral("Ada Host");
    QString hostHandle = QStringLiteral("adahost");
    QString avatarPath;  ///< path on this server of the _normal avatar, may be empty
    QStringList speakerHandles;
    /// `periscope_user_id` of the host and of each speaker (the IDs Hydra frames name); empty
    /// ones are left out, as X leaves them out for some people.
    QString hostPeriscopeId;
    QStringList speakerPeriscopeIds;
    QString playlistUrl;             ///< what live_video_stream/status returns as location
    bool legacyCreatorOnly = false;  ///< pre-2025 answer shape (legacy.name/screen_name)
    bool timesAsStrings = false;     ///< ended_at etc. as strings of ms
    bool needsLogin = false;         ///< guests get an empty audioSpace
    bool streamNeedsLogin = false;   ///< guests get 403 from live_video_stream/status
    QString chatToken;               ///< the status answer's chatToken (FakeChatService)
};

/// One answer of the fake X, refused ones included, for exact counts in tests.
struct FakeXCall {
    QString route;  ///< "activate", "AudioSpaceById", "status", "page", "bundle", "ondemand"
    QString auth;   ///< "guest", "cookies", "none" (API routes), empty elsewhere
    int status = 0;
    QByteArray path;
};

/**
 * @brief X's web API, faithfully small (facts §1, §3, §4), on a FakeHttpServer.
 *
 * Validates what X validates — bearer, guest token or cookies with the csrf
 * header equal to ct0, queryId, declared feature switches (400 code 336) — and
 * can rate-limit, rotate its queryId, and serve the homepage and the
 * modules.audio bundle for discovery. Reach it with --api-origin.
 *
 * The 2025–26 churn (facts §8) is replayed on demand: guest activation answering 429,
 * guest tokens refused after use (403 code 239 or 401), the logged-out homepage as an
 * "x-web" shell without a chunk map (while `/home` with a login and `/i/spaces/<id>/peek`
 * keep it), GraphQL partial errors next to valid data, and the inputs of
 * x-client-transaction-id (the site-verification key, the loading-x-anim frames and the
 * ondemand.s chunk, from tests/unit/data/xct/). Every answer is logged in calls().
 */
class FakeXServer {
public:
    explicit FakeXServer(FakeHttpServer &http);

    void addSpace(const FakeSpace &space);
    /// Called with the stored Space before every answer about it, to change it as time passes
    /// (FakeLiveSpace moves a Space from NotStarted to Running to Ended).
    void setSpaceHook(const QString &id, std::function<void(FakeSpace &)> hook);
    /// The one queryId AudioSpaceById answers to now (others 404), and its switches.
    void setCurrentOperation(const QString &queryId, const QStringList &featureSwitches);
    QString currentQueryId() const { return m_queryId; }
    /// Whether guests may call the API at all (X cut them off in 2023-07).
    void setGuestAccess(bool allowed) { m_guestAllowed = allowed; }
    /// The login X accepts; any other cookies get 401.
    void setValidLogin(const QString &authToken, const QString &ct0);
    /// After @p calls more API calls, answer 429 until @p resetInSeconds from then.
    void setRateLimit(int calls, int resetInSeconds);
    /// The same for guest/activate.json alone (2025-11: 429 "on almost every request").
    void setActivateRateLimit(int calls, int resetInSeconds);
    /// Real milliseconds per second of a rate-limit window (tests scale it down with the
    /// client's XApiTiming::secondMs). The window closes after (reset − 1) such seconds,
    /// the shortest wait a client can compute from the whole-second reset header.
    void setSecondMs(int ms) { m_secondMs = ms; }
    /// Logged-out visitors get a homepage without the chunk map (2026 behaviour).
    void setHomepageNeedsLogin(bool stripped) { m_homepageNeedsLogin = stripped; }
    /// Everyone gets the shell at `/`, so discovery needs `/home` or the `/peek` page.
    void setHomepageShellForEveryone(bool shell) { m_homepageShellForEveryone = shell; }
    /// Whether `/i/spaces/<id>/peek` carries the chunk map (default yes).
    void setPeekHasChunkMap(bool has) { m_peekHasChunkMap = has; }
    /// Whether the ondemand.s chunk (an x-client-transaction-id input) is served (default yes).
    void setOnDemandAvailable(bool available) { m_onDemandAvailable = available; }
    /// A guest token answers @p uses API calls, then @p status: 403 (code 239) or 401.
    void setGuestTokenUses(int uses, int status = 403);
    /// Only these bearers are accepted (default: the shipped one and the fallback).
    void setAcceptedBearers(const QList<QByteArray> &bearers) { m_bearers = bearers; }
    /// The next @p times calls of @p route ("activate", "AudioSpaceById", "status") get
    /// @p status (a transient 5xx).
    void failNext(const QString &route, int times, int status = 503);
    /// AudioSpaceById answers carry `errors:[{"message":"Dependency: Unspecified"}]` beside
    /// the data, as X's since 2026-02.
    void setPartialErrors(bool on) { m_partialErrors = on; }

    int guestActivations() const { return m_guestActivations; }
    /// Auth mode of each AudioSpaceById call in order: "guest", "cookies" or "none".
    QStringList audioSpaceCalls() const { return m_audioSpaceCalls; }
    /// Every answer given, refused ones (429, 403, 5xx) included.
    QList<FakeXCall> calls() const { return m_calls; }
    /// Answers on @p route with @p status (any status when -1).
    int callCount(const QString &route, int status = -1) const;

    /// modules.audio's hash in the served chunk map: mixed case, ten characters.
    static constexpr char kBundleHash[] = "Ab12cD34eF";
    /// The ondemand.s chunk's path (from the xct fixture's chunk map).
    static constexpr char kOnDemandPath[] = "/responsive-web/client-web/ondemand.s.4c1f7e2aa.js";
    /// The fixture page the full web app is served from.
    static constexpr char kHomepageFixture[] = "xct/home_c.html";

private:
    enum class Caller { None, Guest, Cookies, BadLogin, SpentGuest };
    struct Limit {
        int callsLeft = -1;  ///< -1: no limit
        int resetInSeconds = 0;
        qint64 windowEndMs = 0;
        qint64 resetEpoch = 0;
    };
    Caller authenticate(const FakeRequest &request) const;
    bool bearerAccepted(const FakeRequest &request) const;
    std::optional<FakeResponse> limited(Limit &limit);
    std::optional<FakeResponse> rateLimited() { return limited(m_limit); }
    std::optional<FakeResponse> injectedFault(const QString &route);
    void useGuestToken(const FakeRequest &request);
    FakeResponse guestRefusal() const;
    FakeResponse log(const QString &route, const QString &auth, const FakeRequest &request,
                     FakeResponse response);
    static QString authName(Caller caller);
    FakeResponse activate(const FakeRequest &request);
    FakeResponse page(const FakeRequest &request, bool hasChunkMap) const;
    FakeResponse audioSpaceById(const FakeRequest &request);
    FakeResponse streamStatus(const FakeRequest &request, const QByteArray &mediaKey);
    FakeResponse audioBundle() const;
    QByteArray spaceJson(const FakeSpace &space) const;
    void addRateHeaders(FakeResponse &response, const Limit &limit) const;
    void addRateHeaders(FakeResponse &response) const { addRateHeaders(response, m_limit); }

    FakeHttpServer &m_http;
    void applyHooks();

    QHash<QString, FakeSpace> m_spaces;
    QHash<QString, std::function<void(FakeSpace &)>> m_hooks;
    QString m_queryId;
    QStringList m_features;
    bool m_guestAllowed = true;
    QString m_authToken;
    QString m_ct0;
    QSet<QByteArray> m_guestTokens;
    int m_guestActivations = 0;
    QHash<QByteArray, int> m_guestTokenUses;
    int m_usesPerGuestToken = -1;  ///< -1: unlimited
    int m_spentTokenStatus = 403;
    Limit m_limit;
    Limit m_activateLimit;
    int m_secondMs = 1000;
    QElapsedTimer m_clock;
    bool m_homepageNeedsLogin = false;
    bool m_homepageShellForEveryone = false;
    bool m_peekHasChunkMap = true;
    bool m_onDemandAvailable = true;
    bool m_partialErrors = false;
    QList<QByteArray> m_bearers;
    QHash<QString, QPair<int, int>> m_faults;  ///< route → (times left, status)
    QStringList m_audioSpaceCalls;
    QList<FakeXCall> m_calls;
};

/// JSON-error answer as X shapes it.
FakeResponse jsonResponse(int status, const QByteArray &json);

}  // namespace spacetape::test
