// SPDX-License-Identifier: MIT
#include "net/NetworkService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include "net/UrlPolicy.h"
#include "util/Logging.h"

#include <algorithm>

namespace spacetape {

namespace {

/// Never learns cookies from responses, so no Set-Cookie can leak into a later request.
class DeliberateCookieJar : public QNetworkCookieJar {
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

/**
 * Per-manager proxy choice. Loopback never goes through a proxy (the fake servers of the
 * tests and a local API origin must work behind a corporate proxy too). System answers are
 * cached briefly: Debian's Qt asks libproxy, which is slow enough to matter per chunk.
 */
class ProxyChoice : public QNetworkProxyFactory {
public:
    ProxyChoice(ProxyMode mode, QNetworkProxy manual) : m_mode(mode), m_manual(std::move(manual)) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override {
        if (urlpolicy::isLoopbackHost(query.peerHostName()) || m_mode == ProxyMode::None) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        if (m_mode == ProxyMode::Manual)
            return {m_manual};
        const QString key = query.url().scheme() + QLatin1String("://") + query.peerHostName() +
                            QLatin1Char(':') + QString::number(query.peerPort());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QMutexLocker lock(&m_mutex);
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.constEnd() && cached->expiresAtMs > now)
            return cached->proxies;
        lock.unlock();
        QList<QNetworkProxy> proxies = systemProxyForQuery(query);
        if (proxies.isEmpty())
            proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
        lock.relock();
        m_cache.insert(key, {proxies, now + kCacheMs});
        return proxies;
    }

private:
    static constexpr qint64 kCacheMs = 5 * 60 * 1000;
    struct Entry {
        QList<QNetworkProxy> proxies;
        qint64 expiresAtMs;
    };
    ProxyMode m_mode;
    QNetworkProxy m_manual;
    QMutex m_mutex;
    QHash<QString, Entry> m_cache;
};

QString originOf(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return scheme + QLatin1String("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(port);
}

}  // namespace

NetworkService::NetworkService(QObject *parent)
    : QObject(parent),
      m_userAgent(defaultUserAgent()),
      m_cookieJar(new DeliberateCookieJar(this)) {}

Expected<int> NetworkService::trustCaForLoopback(const QString &pemPath) {
    QFile file(pemPath);
    // A FIFO or a device would block or never end: a regular file, read up to the limit.
    if (!QFileInfo(pemPath).isFile())
        // not-translated: a test setting's message, for developers (as the log lines are)
        return fail(QStringLiteral("%1 is not a regular file").arg(pemPath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(pemPath, file.errorString()));
    const QByteArray pem = file.read(kMaxCaFileBytes + 1);
    if (pem.size() > kMaxCaFileBytes)
        // not-translated: a test setting's message, for developers
        return fail(QStringLiteral("%1 is larger than %2 bytes").arg(pemPath).arg(kMaxCaFileBytes));
    const QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
    if (cas.isEmpty())
        // not-translated: a test setting's message, for developers
        return fail(QStringLiteral("%1 holds no PEM certificate").arg(pemPath));
    // Explicit CA certificates replace Qt's on-demand loading of the system's: keep both.
    m_testCaSsl = QSslConfiguration::defaultConfiguration();
    m_testCaSsl.setCaCertificates(QSslConfiguration::systemCaCertificates() + cas);
    m_trustTestCa = true;
    qCWarning(lcNet, "TEST SETTING: %lld extra CA from %s trusted for loopback hosts only",
              qlonglong(cas.size()), qPrintable(pemPath));
    return int(cas.size());
}

NetworkService::~NetworkService() {
    // Managers go first: they point at the shared jar, and their replies report back here.
    m_shuttingDown = true;
    for (const ManagerSlot &slot : std::as_const(m_slots))
        delete slot.manager;
    m_slots.clear();
    m_tracked.clear();
}

NetworkService &NetworkService::shared() {
    static QPointer<NetworkService> instance;
    if (!instance)
        instance = new NetworkService(QCoreApplication::instance());
    return *instance;
}

QByteArray NetworkService::defaultUserAgent() {
    return QByteArrayLiteral(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36");
}

QByteArray NetworkService::cdnReferer() {
    return QByteArrayLiteral("https://x.com/");
}

void NetworkService::setUserAgent(const QByteArray &userAgent) {
    m_userAgent = userAgent.isEmpty() ? defaultUserAgent() : userAgent;
}

void NetworkService::setTransferTimeoutMs(int ms) {
    m_transferTimeoutMs = std::max(0, ms);
    for (const ManagerSlot &slot : std::as_const(m_slots)) {
        slot.manager->setTransferTimeout(m_transferTimeoutMs);
    }
}

void NetworkService::setProxyMode(ProxyMode mode, const QNetworkProxy &manualProxy) {
    m_proxyMode = mode;
    m_manualProxy = manualProxy;
    for (const ManagerSlot &slot : std::as_const(m_slots))
        applyProxy(slot.manager);
}

void NetworkService::setMaxManagers(int count) {
    m_maxManagers = std::clamp(count, 1, 64);
}

QNetworkRequest NetworkService::baseRequest(const QUrl &url) const {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // Qt 6 negotiates HTTP/2 over TLS by ALPN, as the CDN offers it (facts §8); how many
    // streams share one connection is kHttp2StreamsPerManager's business.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Only the fake servers on this computer: x.com and the CDN never meet the test CA, not
    // even through a redirect (Qt keeps a request's TLS configuration when it follows one).
    if (m_trustTestCa && url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        urlpolicy::isLoopbackHost(url.host())) {
        request.setSslConfiguration(m_testCaSsl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
    }
    return request;
}

QNetworkRequest NetworkService::cdnRequest(const QUrl &url) const {
    QNetworkRequest request = baseRequest(url);
    request.setRawHeader(QByteArrayLiteral("Referer"), cdnReferer());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*"));
    // The CDN must never see the user's session: no cookies in, none stored, no credentials.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    return request;
}

bool NetworkService::isXHost(const QString &host) {
    static const QStringList hosts = {
        QStringLiteral("x.com"),           QStringLiteral("www.x.com"),
        QStringLiteral("api.x.com"),       QStringLiteral("twitter.com"),
        QStringLiteral("www.twitter.com"), QStringLiteral("api.twitter.com"),
        QStringLiteral("abs.twimg.com"),   QStringLiteral("pbs.twimg.com")};
    return hosts.contains(host.toLower());
}

bool NetworkService::isPeriscopeApiHost(const QString &host) {
    return host.compare(QLatin1String("proxsee.pscp.tv"), Qt::CaseInsensitive) == 0;
}

QUrl NetworkService::routed(const QUrl &url) const {
    if (m_apiOrigin.isEmpty() || !(isXHost(url.host()) || isPeriscopeApiHost(url.host())))
        return url;
    QUrl rerouted = url;
    rerouted.setScheme(m_apiOrigin.scheme());
    rerouted.setHost(m_apiOrigin.host());
    rerouted.setPort(m_apiOrigin.port());
    return rerouted;
}

QNetworkRequest NetworkService::apiRequest(const QUrl &url) const {
    QNetworkRequest request = baseRequest(routed(url));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, */*"));
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

QNetworkRequest NetworkService::loginRequest(const QUrl &url, const QByteArray &cookieHeader,
                                             const QByteArray &csrfToken) const {
    QNetworkRequest request = apiRequest(url);
    // Qt copies raw headers onto a redirected request: the login stays on its origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    const QUrl target = request.url();
    if (target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 &&
        !urlpolicy::isLoopbackHost(target.host())) {
        // The door refuses such an API origin; this keeps the rule where the login is added.
        qCWarning(lcNet, "the X login is not sent over plain http to %s",
                  qPrintable(target.host()));
        return request;
    }
    request.setRawHeader(QByteArrayLiteral("Cookie"), cookieHeader);
    if (!csrfToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("x-csrf-token"), csrfToken);
    return request;
}

QNetworkReply *NetworkService::get(const QNetworkRequest &request) {
    const QString origin = originOf(request.url());
    const int slot = pickSlot(origin);
    return track(m_slots[slot].manager->get(request), slot, origin);
}

QNetworkReply *NetworkService::post(const QNetworkRequest &request, const QByteArray &body) {
    const QString origin = originOf(request.url());
    const int slot = pickSlot(origin);
    return track(m_slots[slot].manager->post(request, body), slot, origin);
}

int NetworkService::capacityFor(const QString &origin) const {
    return m_http2Origins.value(origin) ? kHttp2StreamsPerManager : kConnectionsPerManager;
}

int NetworkService::pickSlot(const QString &origin) {
    int best = -1;
    int bestRunning = 0;
    for (int i = 0; i < m_slots.size(); ++i) {
        const int running = m_slots[i].runningByOrigin.value(origin);
        if (best < 0 || running < bestRunning) {
            best = i;
            bestRunning = running;
        }
    }
    // A request queued behind six others in one manager would wait: add a manager instead.
    if (best < 0 || (bestRunning >= capacityFor(origin) && m_slots.size() < m_maxManagers)) {
        m_slots.append(ManagerSlot{createManager(), {}});
        best = int(m_slots.size()) - 1;
    }
    return best;
}

QNetworkAccessManager *NetworkService::createManager() {
    auto *manager = new QNetworkAccessManager(this);
    manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    manager->setTransferTimeout(m_transferTimeoutMs);
    manager->setCookieJar(m_cookieJar);
    m_cookieJar->setParent(this);  // shared by all managers, owned by the service
    applyProxy(manager);
    return manager;
}

void NetworkService::applyProxy(QNetworkAccessManager *manager) const {
    manager->setProxyFactory(new ProxyChoice(m_proxyMode, m_manualProxy));
}

QNetworkReply *NetworkService::track(QNetworkReply *reply, int slot, const QString &origin) {
    ++m_slots[slot].runningByOrigin[origin];
    m_tracked.insert(reply, Tracked{slot, origin});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()) {
            m_http2Origins.insert(m_tracked.value(reply).origin, true);
        }
        release(reply);
    });
    connect(reply, &QObject::destroyed, this, [this, reply] { release(reply); });
    return reply;
}

void NetworkService::release(QNetworkReply *reply) {
    if (m_shuttingDown)
        return;
    const auto it = m_tracked.constFind(reply);
    if (it == m_tracked.constEnd())
        return;
    int &running = m_slots[it->slot].runningByOrigin[it->origin];
    running = std::max(0, running - 1);
    m_tracked.erase(it);
}

}  // namespace spacetape
