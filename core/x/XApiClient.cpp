// SPDX-License-Identifier: MIT
#include "x/XApiClient.h"

#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "util/Limits.h"
#include "util/Logging.h"
#include "util/SafeText.h"
#include "util/SpaceId.h"
#include "util/TextFormat.h"
#include "x/ClientTransactionSource.h"
#include "x/XApiConfig.h"
#include "x/XJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace spacetape {

namespace {
constexpr int kGuestTokenLifetimeSeconds = 30 * 60;
constexpr int kNetworkAttempts = 3;
constexpr int kMaxRateLimitWaits = 3;

QString modeName(AuthMode mode) {
    return mode == AuthMode::Cookies ? XApiClient::tr("logged in") : XApiClient::tr("guest");
}

/// "2 min 10 s" — how long a wait is, for people.
QString humanDuration(int seconds) {
    if (seconds >= 3600)
        return XApiClient::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    if (seconds >= 60)
        return XApiClient::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return XApiClient::tr("%1 s").arg(seconds);
}

/// The local clock time @p seconds from now, e.g. "21:40", for "try again after …".
QString clockTimeIn(int seconds) {
    return QLocale().toString(QDateTime::currentDateTime().addSecs(seconds).time(),
                              QLocale::ShortFormat);
}

QByteArray compactJson(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Seconds until X's rate limit resets, from the answer's headers (60 when it does not say).
int rateLimitResetSeconds(const XApiClient::Response &r) {
    const qint64 reset = r.headers.value("x-rate-limit-reset").toLongLong();
    qint64 wait = reset > 0 ? reset - QDateTime::currentSecsSinceEpoch()
                            : r.headers.value("retry-after").toLongLong();
    return int(qBound(qint64(1), wait > 0 ? wait : qint64(60), qint64(24 * 3600)));
}

bool isRateLimited(const XApiClient::Response &r) {
    return r.status == 429 || (r.headers.value("x-rate-limit-remaining") == "0" && r.status != 200);
}

/// The answer of @p reply, reduced. A connection that broke mid-answer is a network error
/// even when a status line had arrived: the body is not X's whole answer.
XApiClient::Response readResponse(QNetworkReply *reply) {
    XApiClient::Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    const int error = int(reply->error());
    if (r.status == 0 || (error > 0 && error < 100)) {
        r.status = 0;
        r.body.clear();
        r.networkError = printable(reply->errorString(), 300);
    }
    if (const QString guard = replyguard::failure(reply); !guard.isEmpty()) {
        r.status = 0;
        r.body.clear();
        r.networkError = guard;
    }
    return r;
}

/// A failure about an answer of X with HTTP status @p status (0: no answer came).
Failure httpFailure(QString message, int status, FailureKind kind = FailureKind::Other) {
    Failure f = fail(std::move(message), kind);
    f.httpStatus = status;
    return f;
}

Failure responseFailure(const XApiClient::Response &r) {
    Failure f = httpFailure(r.failure, r.failureHttpStatus, r.failureKind);
    f.retryAfterSeconds = r.retryAfterSeconds;
    return f;
}

/// The failure for an answer that is not 200, in one sentence about @p what.
Failure answerFailure(const XApiClient::Response &r, const QString &what) {
    if (!r.failure.isEmpty())
        return responseFailure(r);
    if (r.status == 0)
        return fail(XApiClient::tr("Could not reach X for %1: %2.")
                        .arg(what, withoutFullStop(r.networkError)));
    if (isRateLimited(r)) {
        Failure f = httpFailure(XApiClient::tr("X's rate limit for %1 is spent (HTTP %2); it "
                                               "resets in %3.")
                                    .arg(what)
                                    .arg(r.status)
                                    .arg(humanDuration(rateLimitResetSeconds(r))),
                                r.status, FailureKind::RateLimited);
        f.retryAfterSeconds = rateLimitResetSeconds(r);
        return f;
    }
    const QString errors = xErrorMessages(QJsonDocument::fromJson(r.body).object());
    if (errors.isEmpty())
        return httpFailure(XApiClient::tr("X answered HTTP %1 to %2.").arg(r.status).arg(what),
                           r.status);
    return httpFailure(XApiClient::tr("X answered HTTP %1 to %2: %3.")
                           .arg(r.status)
                           .arg(what, withoutFullStop(errors.left(200))),
                       r.status);
}

/// X's answer to a guest token it no longer takes: 401, or (since 2025) 403 with code 239.
bool guestTokenRefused(const XApiClient::Response &r) {
    return r.status == 401 || (r.status == 403 && hasXErrorCode(r.body, 239));
}
}  // namespace

/// The state of one AudioSpaceById lookup as it walks the fallback chain.
struct XApiClient::SpaceLookup {
    QString spaceId;
    Callback<SpaceMetadata> done;
    QList<OperationDeclaration> operations;  ///< still to try, in order
    int discoverBefore = -1;                 ///< discover when this many remain untried
    bool discovered = false;
    OperationDeclaration current;
    OperationDeclaration cached;  ///< what the cache held when the lookup began
    QDateTime cachedAt;
    QString lastFailure;
};

XApiClient::XApiClient(NetworkService &network, QObject *parent)
    : QObject(parent), m_network(network), m_bearer(xapi::defaultBearer()) {}

XApiClient::~XApiClient() = default;

void XApiClient::setLogin(std::optional<XLogin> login) {
    m_login = std::move(login);
    m_loginRefused = false;
    m_preferredMode = cookiesUsable() ? AuthMode::Cookies : AuthMode::Guest;
    if (m_transactions)
        m_transactions->setLogin(m_login);
}

void XApiClient::setBearer(const QByteArray &bearer) {
    m_bearerOverridden = !bearer.isEmpty();
    m_bearer = m_bearerOverridden ? bearer : xapi::defaultBearer();
    m_guestToken.clear();
}

void XApiClient::setApiCache(const ApiCache &cache) {
    m_cache = cache;
}

void XApiClient::setPreferredMode(AuthMode mode) {
    m_preferredMode = mode;
}

void XApiClient::setMaxRateLimitWait(int seconds) {
    m_maxRateLimitWait = seconds;
}

ClientTransactionSource *XApiClient::clientTransactions() {
    if (!m_transactionsEnabled)
        return nullptr;
    if (!m_transactions) {
        // Beside the queryId cache, so whoever isolates one (tests, portable setups) isolates both.
        const QString cachePath = m_cache.path().isEmpty()
                                      ? QString()
                                      : QFileInfo(m_cache.path())
                                            .absoluteDir()
                                            .filePath(QStringLiteral("client-transaction.json"));
        m_transactions = new ClientTransactionSource(m_network, cachePath, this);
        m_transactions->setLogin(m_login);
        connect(m_transactions, &ClientTransactionSource::failed, this, [this](const QString &why) {
            // The header is optional for Spaces calls (facts §8): say so once, go on. The
            // source's message already says that calls go without it, and why: passed on
            // as it is, so the user does not read the same clause twice.
            if (m_transactionFailureReported)
                return;
            m_transactionFailureReported = true;
            qCInfo(lcX) << "x-client-transaction-id unavailable:" << why;
            Q_EMIT notice(why);
        });
    }
    return m_transactions;
}

void XApiClient::signRequest(QNetworkRequest &request, const QByteArray &method, const QUrl &xUrl) {
    ClientTransactionSource *source = clientTransactions();
    if (!source)
        return;
    // X signs the path its web client sees: x.com's (not the --api-origin one), no query.
    if (const auto value = source->headerFor(method, xUrl.path()))
        request.setRawHeader("x-client-transaction-id", *value);
}

QList<AuthMode> XApiClient::modesInOrder() const {
    if (!cookiesUsable())
        return {AuthMode::Guest};
    if (m_preferredMode == AuthMode::Cookies)
        return {AuthMode::Cookies, AuthMode::Guest};
    return {AuthMode::Guest, AuthMode::Cookies};
}

// ---------------------------------------------------------------------------
// Transport: headers per auth mode, retries, rate limits.

void XApiClient::sendPlain(const QUrl &url, std::function<void(Response)> done) {
    QNetworkReply *reply = m_network.get(m_network.apiRequest(url));
    replyguard::bound(reply, limits::kMaxJsonBytes, limits::kBodyDeadlineMs, tr("answer from X"),
                      "kMaxJsonBytes");
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(readResponse(reply));
    });
}

void XApiClient::withGuestToken(std::function<void(Expected<QByteArray>)> done) {
    if (!m_guestToken.isEmpty() && QDateTime::currentDateTimeUtc() < m_guestTokenExpiry) {
        done(m_guestToken);
        return;
    }
    activateGuest(false, 0, 0, std::move(done));
}

void XApiClient::activateGuest(bool withFallbackBearer, int attempt, int rateLimitWaits,
                               std::function<void(Expected<QByteArray>)> done) {
    const QByteArray bearer = withFallbackBearer ? xapi::fallbackBearer() : m_bearer;
    const QUrl url(QStringLiteral("https://api.x.com/1.1/guest/activate.json"));
    QNetworkRequest request = m_network.apiRequest(url);
    request.setRawHeader("Authorization", "Bearer " + bearer);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    signRequest(request, "POST", url);
    QNetworkReply *reply = m_network.post(request, QByteArray());
    replyguard::bound(reply, limits::kMaxJsonBytes, limits::kBodyDeadlineMs, tr("answer from X"),
                      "kMaxJsonBytes");
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, bearer, withFallbackBearer, attempt, rateLimitWaits, done = std::move(done)] {
            reply->deleteLater();
            const Response r = readResponse(reply);
            const QByteArray token = r.status == 200 ? QJsonDocument::fromJson(r.body)
                                                           .object()
                                                           .value(QStringLiteral("guest_token"))
                                                           .toString()
                                                           .toLatin1()
                                                     : QByteArray();
            if (!token.isEmpty()) {
                m_bearer = bearer;  // keep the bearer that X accepted
                m_guestToken = token;
                m_guestTokenExpiry =
                    QDateTime::currentDateTimeUtc().addSecs(kGuestTokenLifetimeSeconds);
                done(token);
                return;
            }
            if (isRateLimited(r)) {
                // X's web client itself got 429 here "on almost every request" in 2025-11
                // while reads still worked: a wait or the login gets through, a retry does not.
                const int wait = rateLimitResetSeconds(r);
                if (cookiesUsable()) {
                    // No wait: the caller goes on with the login.
                    Failure f = fail(tr("X refuses new guest sessions for now (HTTP 429, rate "
                                        "limited; it resets in %1).")
                                         .arg(humanDuration(wait)),
                                     FailureKind::RateLimited);
                    f.retryAfterSeconds = wait;
                    f.httpStatus = r.status;
                    done(f);
                    return;
                }
                if (wait <= m_maxRateLimitWait && rateLimitWaits >= kMaxRateLimitWaits) {
                    Failure f = fail(tr("X refuses new guest sessions for now (HTTP 429, rate "
                                        "limited; it resets in %1, at %2). Log in with your X "
                                        "cookies, or try again then.")
                                         .arg(humanDuration(wait), clockTimeIn(wait)),
                                     FailureKind::RateLimited);
                    f.retryAfterSeconds = wait;
                    f.httpStatus = r.status;
                    done(f);
                    return;
                }
                if (wait > m_maxRateLimitWait) {
                    Failure f = fail(tr("X refuses new guest sessions for now (HTTP 429, rate "
                                        "limited) and asks to wait %1, until %2 — longer than "
                                        "Spacetape waits (%3). Log in with your X cookies, or "
                                        "try again after %2.")
                                         .arg(humanDuration(wait), clockTimeIn(wait),
                                              humanDuration(m_maxRateLimitWait)),
                                     FailureKind::RateLimited);
                    f.retryAfterSeconds = wait;
                    f.httpStatus = r.status;
                    done(f);
                    return;
                }
                waitThen(wait, tr("X limits new guest sessions"),
                         [this, withFallbackBearer, attempt, rateLimitWaits, done] {
                             activateGuest(withFallbackBearer, attempt, rateLimitWaits + 1, done);
                         });
                return;
            }
            const bool transient = r.status == 0 || r.status >= 500;
            if (transient && attempt + 1 < kNetworkAttempts) {
                QTimer::singleShot(retryDelayMs(attempt), this,
                                   [this, withFallbackBearer, attempt, rateLimitWaits, done] {
                                       activateGuest(withFallbackBearer, attempt + 1,
                                                     rateLimitWaits, done);
                                   });
                return;
            }
            // X may retire the shipped bearer: the reference's is the fallback,
            // unless the user chose a bearer of their own.
            if ((r.status == 401 || r.status == 403) && !withFallbackBearer &&
                !m_bearerOverridden && bearer != xapi::fallbackBearer()) {
                activateGuest(true, 0, rateLimitWaits, done);
                return;
            }
            if (r.status == 0) {
                done(fail(tr("Could not reach X to start a guest session: %1. Check your "
                             "connection or proxy settings.")
                              .arg(withoutFullStop(r.networkError))));
                return;
            }
            const QString errors = xErrorMessages(QJsonDocument::fromJson(r.body).object());
            done(httpFailure(tr("X refused a guest session (HTTP %1%2). Log in with your X "
                                "cookies, or try again later.")
                                 .arg(r.status)
                                 .arg(errors.isEmpty() ? QString()
                                                       : QStringLiteral(": ") +
                                                             printable(errors, 200)
                                                                 .remove(QRegularExpression(
                                                                     QStringLiteral("\\.+$")))),
                             r.status));
        });
}

void XApiClient::activateGuest(bool withFallbackBearer,
                               std::function<void(Expected<QByteArray>)> done) {
    activateGuest(withFallbackBearer, 0, kMaxRateLimitWaits, std::move(done));
}

int XApiClient::retryDelayMs(int attempt) const {
    const int base = qMax(1, m_timing.retryBaseMs);
    return base * (1 << attempt) + int(QRandomGenerator::global()->bounded(base / 2 + 1));
}

void XApiClient::waitThen(int seconds, const QString &why, std::function<void()> then) {
    // A countdown the user can watch; one tick a second, then the retry.
    auto left = std::make_shared<int>(seconds);
    auto *timer = new QTimer(this);
    timer->setInterval(qMax(1, m_timing.secondMs));
    Q_EMIT waiting(tr("%1 — retrying in %2").arg(why, humanDuration(*left)), *left);
    connect(timer, &QTimer::timeout, this, [this, timer, left, why, then = std::move(then)] {
        if (--*left > 0) {
            Q_EMIT waiting(tr("%1 — retrying in %2").arg(why, humanDuration(*left)), *left);
            return;
        }
        timer->deleteLater();
        Q_EMIT waiting(QString(), 0);
        then();
    });
    timer->start();
}

void XApiClient::send(const QUrl &url, AuthMode mode, std::function<void(Response)> done,
                      int attempt, int rateLimitWaits, bool tokenRenewed) {
    auto dispatch = [this, url, mode, done, attempt, rateLimitWaits,
                     tokenRenewed](const QByteArray &guestToken) {
        // The login goes to X's hosts only, never along a redirect elsewhere: loginRequest().
        QNetworkRequest request =
            mode == AuthMode::Cookies
                ? m_network.loginRequest(url, m_login->cookieHeader().toLatin1(),
                                         m_login->ct0.toLatin1())
                : m_network.apiRequest(url);
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
        request.setRawHeader("x-twitter-active-user", "yes");
        request.setRawHeader("x-twitter-client-language", "en");
        signRequest(request, "GET", url);
        if (mode == AuthMode::Cookies)
            request.setRawHeader("x-twitter-auth-type", "OAuth2Session");
        else
            request.setRawHeader("x-guest-token", guestToken);
        QNetworkReply *reply = m_network.get(request);
        replyguard::bound(reply, limits::kMaxJsonBytes, limits::kBodyDeadlineMs,
                          tr("answer from X"), "kMaxJsonBytes");
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, url, mode, done, attempt, rateLimitWaits, tokenRenewed] {
                    reply->deleteLater();
                    Response r = readResponse(reply);
                    if (!replyguard::failure(reply).isEmpty()) {
                        done(r);  // too large or too slow: not worth a retry
                        return;
                    }
                    if (isRateLimited(r) && rateLimitWaits < kMaxRateLimitWaits) {
                        const int wait = rateLimitResetSeconds(r);
                        if (wait > m_maxRateLimitWait) {
                            r.failure = tr("X's rate limit is spent (HTTP %1) and resets in %2, "
                                           "at %3 — longer than Spacetape waits (%4). Try again "
                                           "then%5.")
                                            .arg(r.status)
                                            .arg(humanDuration(wait), clockTimeIn(wait),
                                                 humanDuration(m_maxRateLimitWait),
                                                 mode == AuthMode::Guest
                                                     ? tr(", or log in with your X cookies")
                                                     : QString());
                            r.failureKind = FailureKind::RateLimited;
                            r.failureHttpStatus = r.status;
                            r.retryAfterSeconds = wait;
                            done(r);
                            return;
                        }
                        if (mode == AuthMode::Guest)
                            m_guestToken.clear();  // a fresh guest session has its own budget
                        waitThen(wait, tr("Rate limited by X"),
                                 [this, url, mode, done, attempt, rateLimitWaits] {
                                     send(url, mode, done, attempt, rateLimitWaits + 1);
                                 });
                        return;
                    }
                    const bool transient = r.status == 0 || r.status >= 500;
                    if (transient && attempt + 1 < kNetworkAttempts) {
                        // The rate-limit waits carry on: a 503 between two 429s must not
                        // give the cap of kMaxRateLimitWaits a fresh start.
                        QTimer::singleShot(
                            retryDelayMs(attempt), this,
                            [this, url, mode, done, attempt, rateLimitWaits, tokenRenewed] {
                                send(url, mode, done, attempt + 1, rateLimitWaits, tokenRenewed);
                            });
                        return;
                    }
                    if (mode == AuthMode::Guest && !tokenRenewed && guestTokenRefused(r)) {
                        // Used up or expired early (401, or 403 code 239): one fresh token.
                        m_guestToken.clear();
                        send(url, mode, done, attempt, rateLimitWaits, true);
                        return;
                    }
                    done(r);
                });
    };
    if (mode == AuthMode::Cookies) {
        dispatch({});
        return;
    }
    withGuestToken([dispatch, done](Expected<QByteArray> token) {
        if (!token) {
            Response r;
            r.failure = token.error();
            r.failureKind = token.errorKind();
            r.failureHttpStatus = token.errorHttpStatus();
            r.retryAfterSeconds = token.failure().retryAfterSeconds;
            done(r);
            return;
        }
        dispatch(*token);
    });
}

// ---------------------------------------------------------------------------
// AudioSpaceById and its fallback chain.

QUrl XApiClient::audioSpaceUrl(const QString &spaceId, const OperationDeclaration &op) const {
    QJsonObject variables{{QStringLiteral("id"), spaceId},
                          {QStringLiteral("isMetatagsQuery"), false},
                          {QStringLiteral("withReplays"), true},
                          {QStringLiteral("withListeners"), true}};
    QJsonObject features;
    for (const QString &name : op.featureSwitches)
        features.insert(name, false);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("variables"),
                       QString::fromUtf8(compactJson(variables).toPercentEncoding()));
    query.addQueryItem(QStringLiteral("features"),
                       QString::fromUtf8(compactJson(features).toPercentEncoding()));
    if (!op.fieldToggles.isEmpty()) {
        QJsonObject toggles;
        for (const QString &name : op.fieldToggles)
            toggles.insert(name, false);
        query.addQueryItem(QStringLiteral("fieldToggles"),
                           QString::fromUtf8(compactJson(toggles).toPercentEncoding()));
    }
    QUrl url(QStringLiteral("https://x.com/i/api/graphql/%1/%2")
                 .arg(op.queryId, QLatin1String(xapi::kAudioSpaceById)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void XApiClient::fetchSpace(const QString &spaceId, Callback<SpaceMetadata> done) {
    auto lookup = std::make_shared<SpaceLookup>();
    lookup->spaceId = spaceId;
    lookup->done = std::move(done);
    QStringList seen;
    const auto cached = m_cache.load();
    if (cached) {
        lookup->operations << cached->operation;
        lookup->cached = cached->operation;
        lookup->cachedAt = cached->verifiedAt;
        seen << cached->operation.queryId;
    }
    const QStringList known = xapi::knownQueryIds();
    for (const QString &id : known) {
        if (!seen.contains(id)) {
            lookup->operations << OperationDeclaration{id, xapi::defaultFeatureSwitches(), {}};
            seen << id;
        }
    }
    // Discovery comes after the cached and the newest known queryId: cheaper
    // than walking years of old ids, and it also brings the right features.
    lookup->discoverBefore = int(lookup->operations.size()) - (cached ? 2 : 1);
    runLookup(lookup);
}

void XApiClient::runLookup(std::shared_ptr<SpaceLookup> lookup) {
    if (!lookup->discovered && int(lookup->operations.size()) <= lookup->discoverBefore) {
        discover(lookup);
        return;
    }
    if (lookup->operations.isEmpty()) {
        lookup->done(fail(tr("X did not accept any known way to look up this Space (%1). X may "
                             "have changed its API: update Spacetape, or try again later.")
                              .arg(lookup->lastFailure)));
        return;
    }
    lookup->current = lookup->operations.takeFirst();
    tryOperation(lookup, 0);
}

void XApiClient::discover(std::shared_ptr<SpaceLookup> lookup) {
    lookup->discovered = true;
    Q_EMIT notice(tr("Looking for X's current AudioSpaceById queryId in its web app"));
    discoverFromPage(lookup, 0);
}

void XApiClient::discoverFromPage(std::shared_ptr<SpaceLookup> lookup, int pageIndex) {
    // Since 2026-07 the logged-out homepage is an "x-web" shell without the chunk map: the
    // logged-in /home and the Space's /peek page still carry it (facts §8).
    const QList<DiscoveryPage> pages =
        BundleDiscovery::pagesToTry(cookiesUsable(), lookup->spaceId);
    if (pageIndex >= pages.size()) {
        runLookup(lookup);
        return;
    }
    const DiscoveryPage page = pages.at(pageIndex);
    auto afterPage = [this, lookup, pageIndex, page](Response r) {
        const auto moduleUrl = r.status == 200
                                   ? BundleDiscovery::audioModuleUrl(QString::fromUtf8(r.body))
                                   : std::nullopt;
        if (!moduleUrl) {
            lookup->lastFailure =
                r.status == 200
                    ? tr("the web app's audio module was not found on %1").arg(page.url.path())
                    : tr("%1 answered %2")
                          .arg(page.url.path(),
                               r.status ? tr("HTTP %1").arg(r.status) : r.networkError);
            discoverFromPage(lookup, pageIndex + 1);
            return;
        }
        sendPlain(*moduleUrl, [this, lookup](Response script) {
            const auto op = BundleDiscovery::findAudioSpaceById(QString::fromUtf8(script.body));
            if (!op) {
                lookup->lastFailure = tr("the audio module declares no AudioSpaceById");
            } else {
                Q_EMIT notice(tr("Discovered queryId %1").arg(op->queryId));
                lookup->operations.prepend(*op);
            }
            runLookup(lookup);
        });
    };
    if (page.withLogin && cookiesUsable())
        send(page.url, AuthMode::Cookies, afterPage);
    else
        sendPlain(page.url, afterPage);
}

void XApiClient::tryOperation(std::shared_ptr<SpaceLookup> lookup, int modeIndex) {
    const QList<AuthMode> modes = modesInOrder();
    if (modeIndex >= modes.size()) {
        runLookup(lookup);  // next queryId
        return;
    }
    const AuthMode mode = modes.at(modeIndex);
    const QUrl url = audioSpaceUrl(lookup->spaceId, lookup->current);
    send(url, mode, [this, lookup, modeIndex, mode](Response r) {
        const auto otherMode = [&] { tryOperation(lookup, modeIndex + 1); };
        const bool lastMode = modeIndex + 1 >= modesInOrder().size();
        if (!r.failure.isEmpty()) {
            // No guest session, or a rate limit longer than the maximum wait: the other
            // mode has its own budget; otherwise the failure names the cause.
            lookup->lastFailure = r.failure;
            if (!lastMode) {
                otherMode();
                return;
            }
            lookup->done(responseFailure(r));
            return;
        }
        if (r.status == 0) {
            lookup->done(fail(tr("Could not reach X: %1. Check your connection or proxy settings.")
                                  .arg(withoutFullStop(r.networkError))));
            return;
        }
        if (r.status == 200) {
            auto metadata = SpaceMetadata::fromAudioSpaceById(r.body);
            if (metadata && (!spaceid::isValid(metadata->id) || metadata->id != lookup->spaceId)) {
                // The ID names the chunk folder and the file: never take X's word for it blindly.
                lookup->done(fail(tr("X answered with the details of another Space "
                                     "(“%1” instead of %2); the answer is refused.")
                                      .arg(printable(metadata->id, 40), lookup->spaceId)));
                return;
            }
            if (metadata) {
                m_preferredMode = mode;
                // Rewrite the cache only when it changes or its date grows stale.
                const QDateTime now = QDateTime::currentDateTimeUtc();
                if (lookup->current.queryId != lookup->cached.queryId ||
                    lookup->current.featureSwitches != lookup->cached.featureSwitches ||
                    !lookup->cachedAt.isValid() || lookup->cachedAt.secsTo(now) > 24 * 3600)
                    m_cache.save({lookup->current, now});
                lookup->done(std::move(metadata));
                return;
            }
            // An empty answer can mean "wrong auth mode" as well as "no such Space".
            if (!lastMode) {
                otherMode();
                return;
            }
            lookup->done(fail(metadata.error()));
            return;
        }
        lookup->lastFailure = tr("HTTP %1 %2 with queryId %3")
                                  .arg(r.status)
                                  .arg(modeName(mode), lookup->current.queryId);
        if (r.status == 400 && hasXErrorCode(r.body, 336)) {
            runLookup(lookup);  // this declaration's features are stale: next one
            return;
        }
        if (r.status == 401 && mode == AuthMode::Cookies) {
            m_loginRefused = true;
            Q_EMIT loginExpired();
            tryOperation(lookup, 0);  // the mode list no longer holds cookies
            return;
        }
        if (r.status == 401 || r.status == 403 || r.status == 404) {
            if (!lastMode) {
                otherMode();
                return;
            }
            if (mode == AuthMode::Guest && r.status == 403 && hasXErrorCode(r.body, 239)) {
                // send() already got a fresh token once: X is not taking guests now.
                lookup->done(
                    httpFailure(tr("X refused its guest tokens even after a fresh one (HTTP "
                                   "403, code 239). Log in with your X cookies, or try again "
                                   "later."),
                                r.status));
                return;
            }
            if (r.status == 403) {
                lookup->done(
                    httpFailure(tr("X refused access to this Space (HTTP 403): it is private or "
                                   "not available for replay. If your account can listen to it, "
                                   "log in."),
                                r.status));
                return;
            }
            if (r.status == 401 && !cookiesUsable()) {
                lookup->done(httpFailure(tr("X refused the request (HTTP 401). Log in with "
                                            "your X cookies and try again."),
                                         r.status));
                return;
            }
            runLookup(lookup);
            return;
        }
        lookup->done(httpFailure(
            r.status ? tr("X answered HTTP %1 for this Space; try again later.").arg(r.status)
                     : r.networkError,
            r.status));
    });
}

// ---------------------------------------------------------------------------
// Stream status and the whole resolution.

void XApiClient::fetchStream(const QString &mediaKey, Callback<StreamInfo> done) {
    QUrl url(QStringLiteral("https://x.com/i/api/1.1/live_video_stream/status/%1").arg(mediaKey));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client"), QStringLiteral("web"));
    query.addQueryItem(QStringLiteral("use_syndication_guest_id"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("cookie_set_host"), QStringLiteral("x.com"));
    url.setQuery(query);
    fetchStreamWith(url, 0, std::move(done));
}

void XApiClient::fetchStreamWith(const QUrl &url, int modeIndex, Callback<StreamInfo> done) {
    const AuthMode mode = modesInOrder().value(modeIndex, AuthMode::Guest);
    send(url, mode, [this, url, done, modeIndex, mode](Response r) {
        if (r.status == 200 && r.failure.isEmpty()) {
            done(StreamInfo::fromJson(r.body));
            return;
        }
        const bool lastMode = modeIndex + 1 >= modesInOrder().size();
        if (!r.failure.isEmpty()) {
            if (!lastMode) {
                fetchStreamWith(url, modeIndex + 1, done);
                return;
            }
            done(responseFailure(r));
            return;
        }
        if (r.status == 401 && mode == AuthMode::Cookies) {
            m_loginRefused = true;
            Q_EMIT loginExpired();
            fetchStreamWith(url, 0, done);
            return;
        }
        if ((r.status == 401 || r.status == 403 || r.status == 404) &&
            modeIndex + 1 < modesInOrder().size()) {
            fetchStreamWith(url, modeIndex + 1, done);
            return;
        }
        if (r.status == 403 && mode == AuthMode::Guest) {
            done(httpFailure(
                tr("X gives this Space's audio stream to logged-in listeners only (HTTP "
                   "403). Log in with your X cookies and try again."),
                r.status));
            return;
        }
        done(httpFailure(r.status
                             ? tr("X did not give the Space's audio stream (HTTP %1). "
                                  "Try again later.")
                                   .arg(r.status)
                             : tr("Could not reach X: %1. Check your connection or proxy settings.")
                                   .arg(withoutFullStop(r.networkError)),
                         r.status));
    });
}

void XApiClient::resolve(const QString &spaceId, Callback<ResolvedSpace> done) {
    fetchSpace(spaceId, [this, done](Expected<SpaceMetadata> metadata) {
        if (!metadata) {
            done(metadata.failure());
            return;
        }
        if (metadata->state == SpaceState::NotStarted ||
            metadata->state == SpaceState::PrePublished) {
            // Nothing to fetch yet; the caller decides whether to wait for the start.
            done(ResolvedSpace{*metadata, {}, {}, {}});
            return;
        }
        if (auto ok = metadata->downloadable(); !ok) {
            done(ok.failure());
            return;
        }
        if (metadata->isVideo) {
            done(
                fail(tr("This is a video Space; saving video Spaces is not "
                        "supported yet.")));
            return;
        }
        const SpaceMetadata meta = *metadata;
        fetchStream(meta.mediaKey, [meta, done](Expected<StreamInfo> stream) {
            if (!stream) {
                done(stream.failure());
                return;
            }
            if (stream->isVideo()) {
                done(
                    fail(tr("This is a video Space; saving video Spaces is not "
                            "supported yet.")));
                return;
            }
            ResolvedSpace resolved{meta, *stream, stream->playlistUrl(), {}};
            // A dynamic (live) playlist only holds a sliding window; its master
            // leads to the playlist that lists every chunk since the start.
            if (resolved.playlistUrl.path().endsWith(QLatin1String("dynamic_playlist.m3u8"))) {
                resolved.dynamicPlaylistUrl = resolved.playlistUrl;
                resolved.playlistUrl = masterPlaylistUrlFor(resolved.playlistUrl);
            }
            done(resolved);
        });
    });
}

// ---------------------------------------------------------------------------
// Watching hosts: handle → user ID, and who is live.

void XApiClient::fetchUserId(const QString &handle, Callback<QString> done) {
    fetchUserIdWith(handle, 0, std::move(done));
}

void XApiClient::fetchUserIdWith(const QString &handle, int modeIndex, Callback<QString> done) {
    const AuthMode mode = modesInOrder().value(modeIndex, AuthMode::Guest);
    const QUrl url = watchapi::userByScreenNameUrl(handle);
    // kMaxRateLimitWaits: a 429 comes back to the caller, who backs off on its own clock
    // instead of this lookup sitting in a hidden 15-minute wait.
    send(
        url, mode,
        [this, handle, modeIndex, mode, done](Response r) {
            if (!r.failure.isEmpty() && modeIndex + 1 < modesInOrder().size()) {
                fetchUserIdWith(handle, modeIndex + 1, done);
                return;
            }
            if (r.status == 200 && r.failure.isEmpty()) {
                done(watchapi::parseUserId(r.body, handle));
                return;
            }
            if (r.status == 401 && mode == AuthMode::Cookies) {
                m_loginRefused = true;
                Q_EMIT loginExpired();
                fetchUserIdWith(handle, 0, done);
                return;
            }
            if ((r.status == 401 || r.status == 403 || r.status == 404) &&
                modeIndex + 1 < modesInOrder().size()) {
                fetchUserIdWith(handle, modeIndex + 1, done);
                return;
            }
            done(answerFailure(r, tr("the lookup of @%1").arg(handle)));
        },
        0, kMaxRateLimitWaits);
}

void XApiClient::fetchLivePresence(const QStringList &userIds, Callback<LivePresence> done) {
    const auto later = [this, done](Expected<LivePresence> result) {
        // Callers may start the next call from the callback: never answer re-entrantly.
        QTimer::singleShot(0, this, [done, result] { done(result); });
    };
    if (userIds.isEmpty()) {
        later(LivePresence{});
        return;
    }
    if (userIds.size() > watchapi::kMaxUserIdsPerPresenceCall) {
        later(fail(tr("X takes at most %1 users per live check, not %2.")
                       .arg(watchapi::kMaxUserIdsPerPresenceCall)
                       .arg(userIds.size())));
        return;
    }
    if (!cookiesUsable()) {
        later(fail(tr("Checking whether hosts are live needs an X login.")));
        return;
    }
    send(
        watchapi::presenceUrl(userIds), AuthMode::Cookies,
        [this, done](Response r) {
            if (r.status == 200 && r.failure.isEmpty()) {
                done(watchapi::parsePresence(r.body));
                return;
            }
            if (r.status == 401) {
                m_loginRefused = true;
                Q_EMIT loginExpired();
                done(httpFailure(tr("X refused your login (HTTP 401) when checking "
                                    "live hosts; log in again."),
                                 r.status));
                return;
            }
            done(answerFailure(r, tr("the live-hosts check")));
        },
        0, kMaxRateLimitWaits);
}

// ---------------------------------------------------------------------------
// Single steps for the connection doctor.

void XApiClient::checkGuestSession(std::function<void(Expected<void>)> done) {
    m_guestToken.clear();  // the check is whether X hands out a new one now
    activateGuest(false, [done = std::move(done)](Expected<QByteArray> token) {
        done(token ? Expected<void>() : Expected<void>(token.failure()));
    });
}

void XApiClient::probe(const QUrl &url, AuthMode mode, std::function<void(Response)> done) {
    send(url, mode, std::move(done));
}

void XApiClient::fetchPage(const DiscoveryPage &page, std::function<void(Response)> done) {
    if (page.withLogin && cookiesUsable())
        send(page.url, AuthMode::Cookies, std::move(done));
    else
        sendPlain(page.url, std::move(done));
}

}  // namespace spacetape
