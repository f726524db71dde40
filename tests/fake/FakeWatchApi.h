// SPDX-License-Identifier: MIT
#pragma once

#include "fake/FakeHttpServer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace spacetape::test {

/// A user the fake UserByScreenName knows.
struct FakeUser {
    QString handle;
    QString id;  ///< numeric user ID (rest_id)
    QString name;
};

/// A Space the fake presence endpoint reports as live for its creator and every admin.
struct FakePresence {
    QString spaceId;
    QString creatorId;
    QStringList adminIds;  ///< co-hosts: each of them reports the same Space
    QString state = QStringLiteral("Running");
    QString title;
};

/**
 * @brief The two endpoints that watch hosts (facts §7), on a FakeHttpServer beside FakeXServer.
 *
 * GraphQL UserByScreenName (guest token or cookies; the known queryId only; its feature
 * switches checked) and fleets/v1/avatar_content (the login's cookies, a matching
 * x-csrf-token and the logged-in header set, or it refuses like X: 401, 403 code 353, 422;
 * more than 100 IDs: 400). Failure modes (422, 429 with rate-limit headers, 404) can be
 * switched on. Its routes are tried before FakeXServer's, so the order of construction
 * does not matter.
 */
class FakeWatchApi {
public:
    explicit FakeWatchApi(FakeHttpServer &http);

    void addUser(const FakeUser &user);
    /// Adds or replaces (by spaceId) a live Space.
    void setLive(const FakePresence &space);
    void removeLive(const QString &spaceId);
    /// The `refresh_delay_secs` of every presence answer (default 30, as X sends).
    void setRefreshDelaySeconds(int seconds) { m_refreshDelaySeconds = seconds; }
    /// The login the presence endpoint accepts (the same as FakeXServer::setValidLogin).
    void setValidLogin(const QString &authToken, const QString &ct0);

    /// Makes every presence call answer @p status (422, 429, 404, 400…); 0 turns it off.
    /// A 429 carries x-rate-limit-* headers resetting @p resetInSeconds from the first one.
    void failPresence(int status, int resetInSeconds = 60);
    /// Makes every UserByScreenName call answer @p status; 0 turns it off.
    void failUserLookups(int status) { m_lookupFailure = status; }

    /// Handles asked for through UserByScreenName, in order (every call, answered or not).
    QStringList userLookups() const { return m_lookups; }
    /// The user IDs of each avatar_content call, in order (every call, answered or not).
    QList<QStringList> presenceCalls() const { return m_presenceCalls; }

    /// How X spells the endpoint's path.
    static constexpr char kPresencePath[] = "/i/api/fleets/v1/avatar_content";

private:
    std::optional<FakeResponse> userByScreenName(const FakeRequest &request);
    FakeResponse presence(const FakeRequest &request);
    FakeResponse rateLimitedAnswer();

    QHash<QString, FakeUser> m_usersByHandle;  ///< lower-case handle → user
    QList<FakePresence> m_live;
    int m_refreshDelaySeconds = 30;
    QString m_authToken;
    QString m_ct0;
    int m_presenceFailure = 0;
    int m_resetInSeconds = 60;
    qint64 m_resetAt = 0;
    int m_lookupFailure = 0;
    QStringList m_lookups;
    QList<QStringList> m_presenceCalls;
};

}  // namespace spacetape::test
