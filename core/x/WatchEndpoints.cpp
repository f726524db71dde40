// SPDX-License-Identifier: MIT
#include "x/WatchEndpoints.h"

#include "x/SpaceLink.h"
#include "x/SpaceMetadata.h"
#include "x/XJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace spacetape::watchapi {

namespace {
QString percentEncodedJson(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).toPercentEncoding());
}

/// X writes user IDs as strings in GraphQL and as numbers in older REST answers; numbers
/// beyond 2^53 lose digits in a double, so only small ones are taken from numbers.
QString userIdFrom(const QJsonValue &v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 9007199254740992.0)
        return QString::number(qint64(v.toDouble()));
    return {};
}
}  // namespace

QStringList userByScreenNameFeatures() {
    return {QStringLiteral("hidden_profile_subscriptions_enabled"),
            QStringLiteral("profile_label_improvements_pcf_label_in_post_enabled"),
            QStringLiteral("rweb_tipjar_consumption_enabled"),
            QStringLiteral("verified_phone_label_enabled"),
            QStringLiteral("subscriptions_verification_info_is_identity_verified_enabled"),
            QStringLiteral("subscriptions_verification_info_verified_since_enabled"),
            QStringLiteral("highlights_tweets_tab_ui_enabled"),
            QStringLiteral("responsive_web_twitter_article_notes_tab_enabled"),
            QStringLiteral("subscriptions_feature_can_gift_premium"),
            QStringLiteral("creator_subscriptions_tweet_preview_api_enabled"),
            QStringLiteral("responsive_web_graphql_skip_user_profile_image_extensions_enabled"),
            QStringLiteral("responsive_web_graphql_timeline_navigation_enabled")};
}

QUrl userByScreenNameUrl(const QString &handle) {
    const QJsonObject variables{{QStringLiteral("screen_name"), handle},
                                {QStringLiteral("withSafetyModeUserFields"), true}};
    QJsonObject features;
    for (const QString &name : userByScreenNameFeatures())
        features.insert(name, false);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("variables"), percentEncodedJson(variables));
    query.addQueryItem(QStringLiteral("features"), percentEncodedJson(features));
    query.addQueryItem(QStringLiteral("fieldToggles"),
                       percentEncodedJson({{QStringLiteral("withAuxiliaryUserLabels"), false}}));
    QUrl url(QStringLiteral("https://x.com/i/api/graphql/%1/%2")
                 .arg(QLatin1String(kUserByScreenNameQueryId), QLatin1String(kUserByScreenName)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QUrl presenceUrl(const QStringList &userIds) {
    QUrl url(QStringLiteral("https://x.com/i/api/fleets/v1/avatar_content"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user_ids"), userIds.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("only_spaces"), QStringLiteral("true"));
    url.setQuery(query);
    return url;
}

bool isValidUserId(const QString &id) {
    if (id.isEmpty() || id.size() > 20)
        return false;
    for (const QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

Expected<QString> parseUserId(const QByteArray &body, const QString &handle) {
    const auto root = parseJsonObject(body);
    if (!root)
        return fail(QCoreApplication::translate("WatchEndpoints",
                                                "X's answer about @%1 was not readable (%2).")
                        .arg(handle, root.error()));
    const QJsonObject result = root->value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("user"))
                                   .toObject()
                                   .value(QStringLiteral("result"))
                                   .toObject();
    const QString id = userIdFrom(result.value(QStringLiteral("rest_id")));
    if (isValidUserId(id))
        return id;
    if (result.value(QStringLiteral("__typename")).toString() == QLatin1String("UserUnavailable"))
        return fail(QCoreApplication::translate(
                        "WatchEndpoints", "X says @%1 is unavailable (suspended or deactivated).")
                        .arg(handle));
    const QString errors = xErrorMessages(*root);
    if (!errors.isEmpty())
        return fail(QCoreApplication::translate("WatchEndpoints", "X could not look up @%1: %2")
                        .arg(handle, errors));
    return fail(QCoreApplication::translate(
                    "WatchEndpoints",
                    "X knows no user @%1: check the spelling (the account may have been "
                    "renamed).")
                    .arg(handle));
}

Expected<LivePresence> parsePresence(const QByteArray &body) {
    const auto root = parseJsonObject(body);
    if (!root)
        return fail(QCoreApplication::translate(
                        "WatchEndpoints", "X's answer about live hosts was not readable (%1).")
                        .arg(root.error()));
    LivePresence presence;
    presence.refreshDelaySeconds =
        qBound(0, root->value(QStringLiteral("refresh_delay_secs")).toInt(), 24 * 3600);
    const QJsonObject users = root->value(QStringLiteral("users")).toObject();
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        if (!isValidUserId(it.key()))
            continue;
        const QJsonObject space = it.value()
                                      .toObject()
                                      .value(QStringLiteral("spaces"))
                                      .toObject()
                                      .value(QStringLiteral("live_content"))
                                      .toObject()
                                      .value(QStringLiteral("audiospace"))
                                      .toObject();
        LiveSighting sighting;
        sighting.spaceId = space.value(QStringLiteral("broadcast_id")).toString();
        if (sighting.spaceId.isEmpty())
            sighting.spaceId = space.value(QStringLiteral("id")).toString();
        if (!SpaceLink::isValidId(sighting.spaceId))
            continue;
        sighting.state = space.value(QStringLiteral("state")).toString();
        sighting.title = space.value(QStringLiteral("title")).toString();
        sighting.creatorUserId = userIdFrom(space.value(QStringLiteral("creator_twitter_user_id")));
        for (const QJsonValue &admin :
             space.value(QStringLiteral("admin_twitter_user_ids")).toArray()) {
            const QString id = userIdFrom(admin);
            if (isValidUserId(id))
                sighting.adminUserIds << id;
        }
        sighting.reportedForUserId = it.key();
        presence.spaces << sighting;
    }
    return presence;
}

}  // namespace spacetape::watchapi
