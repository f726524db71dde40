// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include "util/Expected.h"

class QNetworkAccessManager;
class QNetworkCookieJar;
class QNetworkReply;
class QUrl;

namespace spacetape {

/// Where requests go through.
enum class ProxyMode {
    System,  ///< The desktop's / environment's proxy settings (default).
    None,    ///< Direct connections.
    Manual,  ///< One proxy given by the user.
};

/**
 * @brief The one place the app talks HTTP: user agent, timeouts, redirects, proxy, cookies.
 *
 * Every QNetworkAccessManager of the app lives here. Qt 6.4 opens at most six HTTP/1.1
 * connections per host and manager, so get() spreads requests over a pool of managers:
 * a new manager is added when every existing one already has six requests running to that
 * host (kHttp2StreamsPerManager when the host answered over HTTP/2).
 *
 * Two kinds of request: CDN requests (playlists, chunks) carry a browser User-Agent and
 * `Referer: https://x.com/` and never cookies or credentials; API requests carry the
 * User-Agent (the X API client adds its own auth headers). The shared cookie jar never
 * learns cookies from responses: cookies are only ever sent deliberately.
 *
 * The user's X login travels only in requests built by loginRequest(): the one place that
 * sets the Cookie and x-csrf-token headers, so no caller can forget the redirect policy.
 *
 * Tests only: trustCaForLoopback() trusts a throw-away CA (the HTTPS fake CDN's,
 * tests/fake/make_test_certs.sh) next to the system's, for loopback hosts only: x.com and the
 * CDN are never checked against it. The system trust store is never changed. The service
 * reads no environment: the app's door (app/Environment) decides what to inject.
 *
 * Pass the instance to whoever needs it; shared() exists for thin mains.
 */
class NetworkService : public QObject {
    Q_OBJECT
public:
    /// Parallel HTTP/1.1 connections Qt 6.4 opens per host and manager.
    static constexpr int kConnectionsPerManager = 6;
    /**
     * Requests one manager is given for a host that speaks HTTP/2 (its one multiplexed
     * connection). Qt 6.4 reads and decrypts all streams of a connection on that manager's one
     * HTTP thread, so one connection for everything did not keep up: on the HTTPS fake CDN
     * (600 chunks, 50 ms per request, -j 16) 64 streams per connection took 2.75 s, 1.41x the
     * round-trip floor; six (three connections) take 2.34 s, 1.20x, HTTP/1.1 2.21 s
     * (tests/bench/README.md, download_bench.sh).
     */
    static constexpr int kHttp2StreamsPerManager = 6;
    static constexpr int kDefaultTransferTimeoutMs = 30000;
    static constexpr int kDefaultMaxManagers = 16;
    /// The largest PEM file trustCaForLoopback() reads.
    static constexpr qint64 kMaxCaFileBytes = 1024 * 1024;

    explicit NetworkService(QObject *parent = nullptr);
    ~NetworkService() override;

    /// A service owned by the QCoreApplication, created on first use (for mains and the CLI).
    static NetworkService &shared();

    /// A current desktop Chrome User-Agent: some CDN edges refuse unknown clients.
    static QByteArray defaultUserAgent();
    /// The Referer every CDN request carries.
    static QByteArray cdnReferer();

    void setUserAgent(const QByteArray &userAgent);
    QByteArray userAgent() const { return m_userAgent; }

    /// Aborts a request when no byte moved for @p ms milliseconds (0 disables). Applies to
    /// requests built after the call.
    void setTransferTimeoutMs(int ms);
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    /// Applies to every manager, present and future. @p manualProxy is used for Manual only.
    void setProxyMode(ProxyMode mode, const QNetworkProxy &manualProxy = QNetworkProxy());
    ProxyMode proxyMode() const { return m_proxyMode; }

    /// Upper bound of the manager pool (1 = a single manager, six connections per host).
    void setMaxManagers(int count);
    int maxManagers() const { return m_maxManagers; }
    /// Managers created so far.
    int managerCount() const { return int(m_slots.size()); }
    /// Replies started through this service that have not finished yet.
    int inFlight() const { return int(m_tracked.size()); }

    /// The jar shared by all managers. It refuses Set-Cookie from responses; cookies inserted
    /// deliberately go with API requests only.
    QNetworkCookieJar *cookieJar() const { return m_cookieJar; }

    /// A request for the CDN (playlists, chunks, images): browser UA, Referer, no cookies,
    /// no credentials.
    QNetworkRequest cdnRequest(const QUrl &url) const;
    /// A request for the X API: browser UA, JSON accepted, no login (see loginRequest()).
    QNetworkRequest apiRequest(const QUrl &url) const;
    /**
     * The one way to build a request that carries the user's X login (API calls in cookie
     * mode, the web app's `/home`, an encrypted Space's key): apiRequest() plus `Cookie:
     * @p cookieHeader` and, when given, `x-csrf-token: @p csrfToken`. It is never followed
     * along a redirect to another origin (Qt copies raw headers onto the redirected request),
     * takes no cookie from the jar and stores none. The login is left off, with a warning,
     * when the URL (after routed()) is plain http to a host other than this computer.
     */
    QNetworkRequest loginRequest(const QUrl &url, const QByteArray &cookieHeader,
                                 const QByteArray &csrfToken = {}) const;

    /**
     * Tests only: trusts the CA certificates of the PEM file @p pemPath next to the system's,
     * for requests to loopback hosts (127.0.0.0/8, ::1, localhost) only; logs a warning
     * while in effect. The number of certificates now trusted, or why the file was refused
     * (unreadable, not a regular file, larger than kMaxCaFileBytes, no certificate in it).
     */
    Expected<int> trustCaForLoopback(const QString &pemPath);
    /// Whether a CA from trustCaForLoopback() is in effect.
    bool trustsLoopbackCa() const { return m_trustTestCa; }

    /// Sends every request for an X host (x.com, api.x.com, twitter.com, api.twitter.com,
    /// abs.twimg.com, pbs.twimg.com) to @p origin instead, keeping path and query
    /// (`--api-origin`, tests, mirrors). An empty URL turns it off. CDN hosts are untouched.
    void setApiOrigin(const QUrl &origin) { m_apiOrigin = origin; }
    QUrl apiOrigin() const { return m_apiOrigin; }
    /// True for X's own API, web and static hosts (never the audio CDN).
    static bool isXHost(const QString &host);
    /// True for Periscope's API host (proxsee.pscp.tv, the chat service's door). routed()
    /// sends it to apiOrigin() like the X hosts, but it is no X host: it never gets the login.
    static bool isPeriscopeApiHost(const QString &host);
    /// @p url with its origin replaced by apiOrigin() when it points at an X host or
    /// Periscope's API host.
    QUrl routed(const QUrl &url) const;

    /// Starts a GET on the least busy manager of the pool. The caller owns the reply.
    QNetworkReply *get(const QNetworkRequest &request);
    /// Starts a POST with @p body. The caller owns the reply.
    QNetworkReply *post(const QNetworkRequest &request, const QByteArray &body);

private:
    QUrl m_apiOrigin;
    struct ManagerSlot {
        QNetworkAccessManager *manager = nullptr;
        QHash<QString, int> runningByOrigin;
    };
    struct Tracked {
        int slot;
        QString origin;
    };

    QNetworkRequest baseRequest(const QUrl &url) const;
    int pickSlot(const QString &origin);
    QNetworkAccessManager *createManager();
    void applyProxy(QNetworkAccessManager *manager) const;
    QNetworkReply *track(QNetworkReply *reply, int slot, const QString &origin);
    void release(QNetworkReply *reply);
    int capacityFor(const QString &origin) const;

    QByteArray m_userAgent;
    int m_transferTimeoutMs = kDefaultTransferTimeoutMs;
    ProxyMode m_proxyMode = ProxyMode::System;
    QNetworkProxy m_manualProxy;
    int m_maxManagers = kDefaultMaxManagers;
    QNetworkCookieJar *m_cookieJar;
    QList<ManagerSlot> m_slots;
    QHash<QNetworkReply *, Tracked> m_tracked;
    QHash<QString, bool> m_http2Origins;
    bool m_shuttingDown = false;
    bool m_trustTestCa = false;
    QSslConfiguration m_testCaSsl;  ///< only used when m_trustTestCa
};

}  // namespace spacetape
