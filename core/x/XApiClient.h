// SPDX-License-Identifier: MIT
#pragma once

#include "auth/XLogin.h"
#include "util/Expected.h"
#include "x/ApiCache.h"
#include "x/SpaceMetadata.h"
#include "x/StreamInfo.h"
#include "x/WatchEndpoints.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace spacetape {

class ClientTransactionSource;
class NetworkService;

/// The client's clock for waits and retries; tests shrink it so waits take milliseconds.
struct XApiTiming {
    /// Real milliseconds in one second of a rate-limit wait or countdown tick.
    int secondMs = 1000;
    /// First delay before a retry after a network error or 5xx; doubles on each attempt.
    int retryBaseMs = 500;
};

/// How a call to X's API identifies itself.
enum class AuthMode { Guest, Cookies };

/// A Space resolved down to the playlist to download.
struct ResolvedSpace {
    SpaceMetadata metadata;
    StreamInfo stream;
    /// Ended: the replay playlist. Live: the master playlist, whose variant lists every chunk
    /// since the start. Scheduled: empty (nothing to fetch yet).
    QUrl playlistUrl;
    /// Live only: the sliding-window dynamic playlist at the live edge.
    QUrl dynamicPlaylistUrl;

    /// The Space is on air now (`Running`): record it from its start.
    bool isLive() const { return metadata.state == SpaceState::Running; }
    /// Not started yet (`NotStarted`/`PrePublished`): only the metadata is known.
    bool isScheduled() const {
        return metadata.state == SpaceState::NotStarted ||
               metadata.state == SpaceState::PrePublished;
    }
};

/**
 * @brief Talks to X's web API: AudioSpaceById and live_video_stream/status.
 *
 * Survives X's churn on its own (facts §3–4): on failure it tries the other
 * auth mode, then the next known queryId, then discovers the current one from
 * the web bundle; what worked is cached on disk and tried first next time.
 * Rate limits are honoured by waiting until the reset, with a countdown the
 * UI and CLI can show; a guest activation refused with 429 is waited out the same
 * way, or skipped for the login when there is one. Calls carry
 * `x-client-transaction-id` when its inputs can be had (clientTransactions()).
 * Secrets never appear in its messages.
 */
class XApiClient : public QObject {
    Q_OBJECT
public:
    explicit XApiClient(NetworkService &network, QObject *parent = nullptr);
    ~XApiClient() override;

    /// Cookies for cookie mode; without them only guest mode is used.
    void setLogin(std::optional<XLogin> login);
    /// Overrides the shipped bearer (advanced setting); empty restores it.
    void setBearer(const QByteArray &bearer);
    void setApiCache(const ApiCache &cache);
    /// The mode to try first (e.g. the one that worked last time); the other follows on failure.
    void setPreferredMode(AuthMode mode);
    /// Longest rate-limit wait accepted before giving up (default 15 min).
    void setMaxRateLimitWait(int seconds);
    /// For in-process tests: scaled waits and retry delays.
    void setTiming(const XApiTiming &timing) { m_timing = timing; }
    /// Whether calls carry `x-client-transaction-id` (default on). Off: no page fetches for it.
    void setClientTransactionEnabled(bool enabled) { m_transactionsEnabled = enabled; }
    /**
     * The source of `x-client-transaction-id` values, created on first use beside the
     * ApiCache's file (`client-transaction.json`); null when disabled. Exposed so a caller
     * can refresh() it early or watch ready()/failed().
     */
    ClientTransactionSource *clientTransactions();

    template <typename T>
    using Callback = std::function<void(Expected<T>)>;

    void fetchSpace(const QString &spaceId, Callback<SpaceMetadata> done);
    void fetchStream(const QString &mediaKey, Callback<StreamInfo> done);
    /// fetchSpace, the downloadable() check, fetchStream and the playlist choice. A scheduled
    /// Space resolves with its metadata only (isScheduled(), no stream); a live one with its
    /// master and dynamic playlists (isLive()); a canceled one fails with
    /// FailureKind::SpaceCanceled.
    void resolve(const QString &spaceId, Callback<ResolvedSpace> done);

    /// A handle's numeric user ID through GraphQL UserByScreenName (`data.user.result.rest_id`).
    /// Works as a guest. A rate limit is not waited out here: it fails at once with
    /// FailureKind::RateLimited and Failure::retryAfterSeconds, so a watcher can back off.
    void fetchUserId(const QString &handle, Callback<QString> done);
    /// Which of @p userIds (at most watchapi::kMaxUserIdsPerPresenceCall) are live in a Space,
    /// through fleets/v1/avatar_content. Needs a usable login (hasUsableLogin()); without one
    /// it fails without a request. Rate limits fail at once, as for fetchUserId().
    void fetchLivePresence(const QStringList &userIds, Callback<LivePresence> done);
    /// A login is set and X has not refused it (cookie mode is possible).
    bool hasUsableLogin() const { return cookiesUsable(); }

    AuthMode lastWorkingMode() const { return m_preferredMode; }
    /// Secret: the Cookie header encrypted Spaces' key URLs need; empty without a usable login.
    QByteArray keyCookieHeader() const {
        return cookiesUsable() ? m_login->cookieHeader().toLatin1() : QByteArray();
    }

Q_SIGNALS:
    /// A wait the user should see, e.g. "rate limited — retrying in 2 min 10 s".
    void waiting(const QString &message, int secondsLeft);
    /// The stored login was refused (401): emitted once; guest mode is used instead.
    void loginExpired();
    /// Something worth a log line, e.g. a queryId discovered.
    void notice(const QString &message);

public:
    /// One HTTP answer, reduced to what the fallback logic needs.
    struct Response {
        int status = 0;
        QByteArray body;
        QString networkError;                   ///< empty when the server answered
        QHash<QByteArray, QByteArray> headers;  ///< lower-case names
        /// Set when the call could not be made or finished for a known reason (no guest
        /// session, a rate limit longer than the maximum wait): the whole message to show.
        /// Takes precedence over status and networkError.
        QString failure;
        FailureKind failureKind = FailureKind::Other;
        int failureHttpStatus = 0;  ///< with failure: the HTTP status behind it (0: none)
        int retryAfterSeconds = 0;
    };

    // Single steps for the connection doctor (diag/ConnectionDoctor): one request each (with
    // the transport's own retries), no auth-mode or queryId fallback, no queryId cached.
    /// Asks X for a fresh guest token now; the token itself never leaves the client. A failure
    /// carries X's answer in Failure::httpStatus (0: X could not be reached).
    void checkGuestSession(std::function<void(Expected<void>)> done);
    /// One GET of the X API URL @p url as @p mode sends it (Cookies needs a login); the answer.
    void probe(const QUrl &url, AuthMode mode, std::function<void(Response)> done);
    /// One GET of an X web page or script, with the login when @p page asks for it and one is
    /// usable (as queryId discovery fetches them).
    void fetchPage(const DiscoveryPage &page, std::function<void(Response)> done);
    /// The AudioSpaceById URL fetchSpace() sends for @p spaceId with @p operation.
    QUrl audioSpaceRequestUrl(const QString &spaceId, const OperationDeclaration &operation) const {
        return audioSpaceUrl(spaceId, operation);
    }
    /// Where the queryId that last worked is remembered.
    const ApiCache &apiCache() const { return m_cache; }

private:
    struct SpaceLookup;
    void send(const QUrl &url, AuthMode mode, std::function<void(Response)> done, int attempt = 0,
              int rateLimitWaits = 0, bool tokenRenewed = false);
    void sendPlain(const QUrl &url, std::function<void(Response)> done);
    void withGuestToken(std::function<void(Expected<QByteArray>)> done);
    void activateGuest(bool withFallbackBearer, int attempt, int rateLimitWaits,
                       std::function<void(Expected<QByteArray>)> done);
    /// A guest activation that never waits out a rate limit: a 429 fails at once, naming the
    /// reset (for a check that must answer now, e.g. the connection doctor's).
    void activateGuest(bool withFallbackBearer, std::function<void(Expected<QByteArray>)> done);
    void signRequest(QNetworkRequest &request, const QByteArray &method, const QUrl &xUrl);
    void discoverFromPage(std::shared_ptr<SpaceLookup> lookup, int pageIndex);
    int retryDelayMs(int attempt) const;
    void waitThen(int seconds, const QString &why, std::function<void()> then);
    QList<AuthMode> modesInOrder() const;
    void runLookup(std::shared_ptr<SpaceLookup> lookup);
    void tryOperation(std::shared_ptr<SpaceLookup> lookup, int modeIndex);
    void discover(std::shared_ptr<SpaceLookup> lookup);
    void fetchStreamWith(const QUrl &url, int modeIndex, Callback<StreamInfo> done);
    void fetchUserIdWith(const QString &handle, int modeIndex, Callback<QString> done);
    QUrl audioSpaceUrl(const QString &spaceId, const OperationDeclaration &op) const;
    bool cookiesUsable() const { return m_login.has_value() && !m_loginRefused; }

    NetworkService &m_network;
    std::optional<XLogin> m_login;
    bool m_loginRefused = false;
    QByteArray m_bearer;
    bool m_bearerOverridden = false;
    ApiCache m_cache;
    QByteArray m_guestToken;
    QDateTime m_guestTokenExpiry;
    AuthMode m_preferredMode = AuthMode::Guest;
    int m_maxRateLimitWait = 15 * 60;
    XApiTiming m_timing;
    bool m_transactionsEnabled = true;
    ClientTransactionSource *m_transactions = nullptr;
    bool m_transactionFailureReported = false;
};

}  // namespace spacetape
