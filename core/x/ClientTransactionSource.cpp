// SPDX-License-Identifier: MIT
#include "x/ClientTransactionSource.h"

#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "util/PrivateFile.h"
#include "util/RegularFile.h"
#include "x/BundleDiscovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace spacetape {

namespace {
/// The stored key and animation key: anything longer is not X's.
constexpr int kMaxStoredKeyBytes = 1024;

QString describe(const QUrl &url) {
    return url.path().isEmpty() ? url.toString() : url.path();
}
}  // namespace

ClientTransactionSource::ClientTransactionSource(NetworkService &network, QString cachePath,
                                                 QObject *parent)
    : QObject(parent),
      m_network(network),
      m_cachePath(std::move(cachePath)),
      m_now([] { return QDateTime::currentDateTimeUtc(); }),
      m_random([] { return quint8(QRandomGenerator::global()->bounded(256)); }) {
    if (m_cachePath.isEmpty())
        m_cachePath = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                      QStringLiteral("/client-transaction.json");
    loadCache();
}

ClientTransactionSource::~ClientTransactionSource() = default;

void ClientTransactionSource::setLogin(std::optional<XLogin> login) {
    m_login = std::move(login);
    // A login opens /home, the page most likely to work: worth a new try at once.
    m_failedAt = {};
}

void ClientTransactionSource::setClock(std::function<QDateTime()> now) {
    m_now = std::move(now);
}

void ClientTransactionSource::setRandomByte(std::function<quint8()> random) {
    m_random = std::move(random);
}

std::optional<QByteArray> ClientTransactionSource::headerFor(const QByteArray &method,
                                                             const QString &path) {
    const QDateTime now = m_now();
    const bool stale = !m_transaction || !m_fetchedAt.isValid() ||
                       m_fetchedAt.secsTo(now) > kMaxAgeSeconds || m_fetchedAt > now;
    const bool mayRetry = !m_failedAt.isValid() ||
                          m_failedAt.secsTo(now) >= kRetryAfterFailureSeconds || m_failedAt > now;
    if (stale && mayRetry)
        refresh();
    if (!m_transaction)
        return std::nullopt;
    return m_transaction->headerFor(method, path, now.toSecsSinceEpoch(), m_random());
}

void ClientTransactionSource::refresh() {
    if (m_fetching)
        return;
    m_fetching = true;
    m_lastProblem.clear();
    tryPage(0);
}

void ClientTransactionSource::tryPage(int index) {
    const QList<DiscoveryPage> pages = BundleDiscovery::pagesToTry(m_login.has_value());
    if (index >= pages.size()) {
        finishFailed(m_lastProblem);
        return;
    }
    const DiscoveryPage page = pages.at(index);
    // With the login only through loginRequest(): a redirect to another host never gets it.
    QNetworkRequest request =
        page.withLogin && m_login
            ? m_network.loginRequest(page.url, m_login->cookieHeader().toLatin1())
            : m_network.apiRequest(page.url);
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    QNetworkReply *reply = m_network.get(request);
    replyguard::bound(reply, limits::kMaxWebPageBytes, limits::kBodyDeadlineMs,
                      //: the download named in "the %1 is larger than ..."
                      tr("web app page"), "kMaxWebPageBytes");
    connect(reply, &QNetworkReply::finished, this, [this, reply, page, index] {
        reply->deleteLater();
        const auto next = [this, index](const QString &problem) {
            m_lastProblem = problem;
            tryPage(index + 1);
        };
        // Too large, too slow or broken off: what did arrive is cut off, never a page to read.
        if (const QString guard = replyguard::failure(reply); !guard.isEmpty()) {
            next(QStringLiteral("%1: %2").arg(describe(page.url), guard));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && reply->error() != QNetworkReply::NoError) {
            next(QStringLiteral("%1: %2").arg(describe(page.url), reply->errorString()));
            return;
        }
        const QString html = QString::fromUtf8(reply->readAll());
        if (status != 200) {
            next(status ? tr("%1 answered HTTP %2").arg(describe(page.url)).arg(status)
                        : QStringLiteral("%1: %2").arg(describe(page.url), reply->errorString()));
            return;
        }
        if (auto key = ClientTransaction::siteVerificationKey(html); !key) {
            next(QStringLiteral("%1: %2").arg(describe(page.url), key.error()));
            return;
        }
        const auto onDemand = BundleDiscovery::onDemandUrl(html);
        if (!onDemand) {
            next(tr("%1 names no ondemand.s chunk").arg(describe(page.url)));
            return;
        }
        // A static script on abs.twimg.com: no cookies.
        QNetworkReply *script = m_network.get(m_network.apiRequest(*onDemand));
        replyguard::bound(script, limits::kMaxWebPageBytes, limits::kBodyDeadlineMs,
                          //: the download named in "the %1 is larger than ..."
                          tr("ondemand.s script"), "kMaxWebPageBytes");
        connect(script, &QNetworkReply::finished, this, [this, script, html, page, next] {
            script->deleteLater();
            if (const QString guard = replyguard::failure(script); !guard.isEmpty()) {
                next(guard);
                return;
            }
            const int status = script->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200) {
                next(tr("the ondemand.s chunk answered HTTP %1").arg(status));
                return;
            }
            if (script->error() != QNetworkReply::NoError) {
                next(QStringLiteral("ondemand.s: %1").arg(script->errorString()));
                return;
            }
            auto transaction =
                ClientTransaction::fromPages(html, QString::fromUtf8(script->readAll()));
            if (!transaction) {
                next(QStringLiteral("%1: %2").arg(describe(page.url), transaction.error()));
                return;
            }
            m_transaction = *transaction;
            m_fetchedAt = m_now();
            m_page = page.url;
            m_fetching = false;
            m_failedAt = {};
            m_failureReported = false;
            saveCache();
            Q_EMIT ready();
        });
    });
}

void ClientTransactionSource::finishFailed(const QString &reason) {
    m_fetching = false;
    m_failedAt = m_now();
    // Old inputs X has replaced would sign calls wrongly: going without is safer.
    m_transaction.reset();
    if (m_failureReported)
        return;
    m_failureReported = true;
    Q_EMIT failed(tr("X calls go without x-client-transaction-id: its inputs could "
                     "not be read from X's web app (%1).")
                      .arg(reason.isEmpty() ? tr("no page to try") : reason));
}

void ClientTransactionSource::loadCache() {
    // Read like an answer of X's: a capped read of a regular file, every value checked.
    const auto bytes = readRegularFile(m_cachePath, limits::kMaxCacheFileBytes);
    if (!bytes)
        return;  // absent or refused: a cache costs one fetch
    const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
    const QByteArray key =
        QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1());
    const QByteArray animationKey = o.value(QStringLiteral("animationKey")).toString().toLatin1();
    // X's key is 48 bytes and the animation key a few dozen hex digits: far below these.
    if (key.size() > kMaxStoredKeyBytes || animationKey.size() > kMaxStoredKeyBytes)
        return;
    const auto transaction = ClientTransaction::fromParts(key, animationKey);
    const QDateTime fetchedAt =
        QDateTime::fromString(o.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
    const QUrl page(o.value(QStringLiteral("page")).toString(), QUrl::StrictMode);
    if (!transaction || !fetchedAt.isValid() || (!page.isEmpty() && !urlpolicy::isWebUrl(page)))
        return;  // a damaged cache costs one fetch
    m_transaction = *transaction;
    m_fetchedAt = fetchedAt;
    m_page = page;
}

void ClientTransactionSource::saveCache() const {
    // The key is per visitor, not a secret of the user: X serves it to anyone.
    const QJsonObject o{
        {QStringLiteral("key"), QString::fromLatin1(m_transaction->key().toBase64())},
        {QStringLiteral("animationKey"), QString::fromLatin1(m_transaction->animationKey())},
        {QStringLiteral("fetchedAt"), m_fetchedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("page"), m_page.toString()}};
    // A cache: losing it only costs a fetch next launch.
    (void)writePrivateFile(m_cachePath, QJsonDocument(o).toJson());
}

}  // namespace spacetape
