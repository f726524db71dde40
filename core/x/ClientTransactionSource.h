// SPDX-License-Identifier: MIT
#pragma once

#include "auth/XLogin.h"
#include "x/ClientTransaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace spacetape {

class NetworkService;

/**
 * @brief Keeps the inputs of X's `x-client-transaction-id` at hand and signs calls with them.
 *
 * Fetches the web app page (BundleDiscovery::pagesToTry(): the logged-in `/home` first,
 * since the logged-out homepage lost its chunk map in 2026) and its `ondemand.s` chunk,
 * derives the key and animation key (ClientTransaction) and keeps them for a day in a
 * small JSON file, so later launches sign their first call. headerFor() never waits:
 * without inputs (not fetched yet, or fetching failed) a call simply goes without the
 * header, which Spaces calls do not need yet (facts §8). A failure is reported once by
 * failed(); after it a new fetch is tried at most once an hour.
 */
class ClientTransactionSource : public QObject {
    Q_OBJECT
public:
    /// Inputs older than this are fetched again (still used until the new ones arrive).
    static constexpr int kMaxAgeSeconds = 24 * 3600;
    /// After a failed fetch, the next attempt waits this long.
    static constexpr int kRetryAfterFailureSeconds = 3600;

    /// @p cachePath empty: `client-transaction.json` in the app's local data folder (beside
    /// ApiCache's file). The file is read here, once.
    explicit ClientTransactionSource(NetworkService &network, QString cachePath = {},
                                     QObject *parent = nullptr);
    ~ClientTransactionSource() override;

    /// Cookies for `/home`, whose page still carries the chunk map; none: logged-out pages.
    void setLogin(std::optional<XLogin> login);
    /// For tests: the clock (UTC) used for the header's time and the cache's age.
    void setClock(std::function<QDateTime()> now);
    /// For tests: the header's random first byte.
    void setRandomByte(std::function<quint8()> random);

    /**
     * The header value for a call of @p method on @p path (the URL's path; a query is cut
     * off), or nothing when the inputs are not there. Starts a fetch in the background when
     * they are missing or older than a day; never blocks.
     */
    std::optional<QByteArray> headerFor(const QByteArray &method, const QString &path);
    /// Starts fetching now (e.g. at startup, so the first call is signed); no-op while one runs.
    void refresh();

    bool hasInputs() const { return m_transaction.has_value(); }
    bool isFetching() const { return m_fetching; }
    QString cachePath() const { return m_cachePath; }

Q_SIGNALS:
    /// New inputs are in use.
    void ready();
    /// Fetching or computing the inputs failed; calls go without the header. @p message is
    /// a whole sentence for the user that says so and why. Emitted once (again only after a
    /// later success).
    void failed(const QString &message);

private:
    void tryPage(int index);
    void finishFailed(const QString &reason);
    void loadCache();
    void saveCache() const;

    NetworkService &m_network;
    QString m_cachePath;
    std::optional<XLogin> m_login;
    std::function<QDateTime()> m_now;
    std::function<quint8()> m_random;
    std::optional<ClientTransaction> m_transaction;
    QDateTime m_fetchedAt;
    QUrl m_page;  ///< the page the inputs came from
    QDateTime m_failedAt;
    bool m_fetching = false;
    bool m_failureReported = false;
    QString m_lastProblem;
};

}  // namespace spacetape
