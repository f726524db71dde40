// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace spacetape {

/// One live Space as the presence endpoint reported it for one watched user.
struct LiveSighting {
    QString spaceId;  ///< the 13-character Space ID (`broadcast_id`, or `id`)
    QString state;    ///< X's state text, e.g. "Running"
    QString creatorUserId;
    QStringList adminUserIds;
    QString reportedForUserId;  ///< whose entry in `users` it came from
    QString title;              ///< when X sent one (often it does not)
};

/// The answer of fleets/v1/avatar_content: only users who are live appear.
struct LivePresence {
    /// One entry per (user, Space): co-hosts report the same Space, so the same spaceId can
    /// appear several times with a different reportedForUserId.
    QList<LiveSighting> spaces;
    int refreshDelaySeconds = 0;  ///< `refresh_delay_secs`: how soon X wants to be asked again
};

/**
 * @brief The two calls that watch hosts (facts §7): GraphQL UserByScreenName (handle →
 * user ID) and fleets/v1/avatar_content (who is live). URLs and answer parsing only; the
 * sending (headers, auth modes, rate limits) is XApiClient's.
 */
namespace watchapi {

/// The UserByScreenName queryId known to work (the guest token works for it).
inline constexpr char kUserByScreenNameQueryId[] = "oUZZZ8Oddwxs8Cd3iW3UEA";
inline constexpr char kUserByScreenName[] = "UserByScreenName";
/// X refuses more IDs than this in one avatar_content call (HTTP 400).
inline constexpr int kMaxUserIdsPerPresenceCall = 100;

/// The feature switches UserByScreenName declares (sent all false, like AudioSpaceById's).
QStringList userByScreenNameFeatures();
/// https://x.com/i/api/graphql/<queryId>/UserByScreenName?variables=…&features=…
QUrl userByScreenNameUrl(const QString &handle);
/// https://x.com/i/api/fleets/v1/avatar_content?user_ids=<ids>&only_spaces=true
QUrl presenceUrl(const QStringList &userIds);

/// `data.user.result.rest_id` of a UserByScreenName answer; a failure naming @p handle when
/// X says there is no such user (suspended, renamed or mistyped).
Expected<QString> parseUserId(const QByteArray &body, const QString &handle);
/// Every (user, Space) pair of an avatar_content answer. Entries without a valid Space ID
/// are skipped: what X sends goes into file names and URLs later.
Expected<LivePresence> parsePresence(const QByteArray &body);

/// True for X user IDs: 1 to 20 ASCII digits.
bool isValidUserId(const QString &id);

}  // namespace watchapi
}  // namespace spacetape
