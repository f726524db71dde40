// SPDX-License-Identifier: MIT
#pragma once

#include "fake/FakeHttpServer.h"

#include <QDateTime>
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
    QString playlistUrl;             ///< what live_video_stream/status returns as location
    bool legacyCreatorOnly = false;  ///< pre-2025 answer shape (legacy.name/screen_name)
    bool timesAsStrings = false;     ///< ended_at etc. as strings of ms
    bool needsLogin = false;         ///< guests get an empty audioSpace
};

/**
 * @brief X's web API, faithfully small (facts §1, §3, §4), on a FakeHttpServer.
 *
 * Validates what X validates — bearer, guest token or cookies with the csrf
 * header equal to ct0, queryId, declared feature switches (400 code 336) — and
 * can rate-limit, rotate its queryId, and serve the homepage and the
 * modules.audio bundle for discovery. Reach it with --api-origin.
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
    /// Logged-out visitors get a homepage without the chunk map (2026 behaviour).
    void setHomepageNeedsLogin(bool stripped) { m_homepageNeedsLogin = stripped; }

    int guestActivations() const { return m_guestActivations; }
    /// Auth mode of each AudioSpaceById call in order: "guest", "cookies" or "none".
    QStringList audioSpaceCalls() const { return m_audioSpaceCalls; }

    static constexpr char kBundleHash[] = "5e7a1c9d";

private:
    enum class Caller { None, Guest, Cookies, BadLogin };
    Caller authenticate(const FakeRequest &request) const;
    std::optional<FakeResponse> rateLimited();
    FakeResponse audioSpaceById(const FakeRequest &request);
    FakeResponse streamStatus(const FakeRequest &request, const QByteArray &mediaKey);
    FakeResponse homepage(const FakeRequest &request) const;
    FakeResponse audioBundle() const;
    QByteArray spaceJson(const FakeSpace &space) const;
    void addRateHeaders(FakeResponse &response) const;

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
    int m_callsLeft = -1;  ///< -1: no limit
    int m_resetInSeconds = 0;
    qint64 m_resetAt = 0;
    bool m_homepageNeedsLogin = false;
    QStringList m_audioSpaceCalls;
};

/// JSON-error answer as X shapes it.
FakeResponse jsonResponse(int status, const QByteArray &json);

}  // namespace spacetape::test
