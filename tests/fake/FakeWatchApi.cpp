// SPDX-License-Identifier: MIT
#include "fake/FakeWatchApi.h"

#include "fake/FakeXServer.h"
#include "x/WatchEndpoints.h"
#include "x/XApiConfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace spacetape::test {

namespace {
bool bearerOk(const FakeRequest &request) {
    const QByteArray auth = request.header("authorization");
    return auth == "Bearer " + xapi::defaultBearer() || auth == "Bearer " + xapi::fallbackBearer();
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray xError(int code, const QString &message) {
    return compact({{QStringLiteral("errors"),
                     QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                            {QStringLiteral("message"), message}}}}});
}
}  // namespace

FakeWatchApi::FakeWatchApi(FakeHttpServer &http) {
    // FakeXServer answers everything under /i/api/graphql/ (AudioSpaceById): go first.
    http.prependRoute("/i/api/graphql/",
                      [this](const FakeRequest &request) { return userByScreenName(request); });
    http.prependRoute(kPresencePath, [this](const FakeRequest &request) {
        if (request.path != kPresencePath)
            return std::optional<FakeResponse>();
        return std::optional<FakeResponse>(presence(request));
    });
}

void FakeWatchApi::addUser(const FakeUser &user) {
    m_usersByHandle.insert(user.handle.toLower(), user);
}

void FakeWatchApi::setLive(const FakePresence &space) {
    removeLive(space.spaceId);
    m_live << space;
}

void FakeWatchApi::removeLive(const QString &spaceId) {
    m_live.removeIf([&](const FakePresence &s) { return s.spaceId == spaceId; });
}

void FakeWatchApi::setValidLogin(const QString &authToken, const QString &ct0) {
    m_authToken = authToken;
    m_ct0 = ct0;
}

void FakeWatchApi::failPresence(int status, int resetInSeconds) {
    m_presenceFailure = status;
    m_resetInSeconds = resetInSeconds;
    m_resetAt = 0;
}

FakeResponse FakeWatchApi::rateLimitedAnswer() {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_resetAt == 0)
        m_resetAt = now + m_resetInSeconds;
    FakeResponse r = jsonResponse(429, xError(88, QStringLiteral("Rate limit exceeded")));
    r.addHeader("x-rate-limit-limit", "50")
        .addHeader("x-rate-limit-remaining", "0")
        .addHeader("x-rate-limit-reset", QByteArray::number(m_resetAt));
    return r;
}

std::optional<FakeResponse> FakeWatchApi::userByScreenName(const FakeRequest &request) {
    // /i/api/graphql/<queryId>/UserByScreenName; anything else is FakeXServer's.
    const QList<QByteArray> parts = request.path.split('/');
    if (parts.size() != 6 || parts.at(5) != watchapi::kUserByScreenName)
        return std::nullopt;
    const QUrlQuery query(QString::fromLatin1(request.query));
    const QJsonObject variables =
        QJsonDocument::fromJson(
            query.queryItemValue(QStringLiteral("variables"), QUrl::FullyDecoded).toUtf8())
            .object();
    const QString handle = variables.value(QStringLiteral("screen_name")).toString();
    m_lookups << handle;
    if (m_lookupFailure == 429)
        return rateLimitedAnswer();
    if (m_lookupFailure != 0)
        return jsonResponse(m_lookupFailure, xError(0, QStringLiteral("Injected failure")));

    const QByteArray cookie = request.header("cookie");
    const bool cookiesOk = !m_authToken.isEmpty() && !cookie.isEmpty() &&
                           cookie.contains("auth_token=" + m_authToken.toLatin1()) &&
                           request.header("x-csrf-token") == m_ct0.toLatin1();
    const bool guestOk = cookie.isEmpty() && !request.header("x-guest-token").isEmpty();
    if (!bearerOk(request) || (!cookiesOk && !guestOk))
        return jsonResponse(401, xError(32, QStringLiteral("Could not authenticate you.")));
    if (QString::fromLatin1(parts.at(4)) != QLatin1String(watchapi::kUserByScreenNameQueryId))
        return jsonResponse(404, "");
    const QJsonObject features =
        QJsonDocument::fromJson(
            query.queryItemValue(QStringLiteral("features"), QUrl::FullyDecoded).toUtf8())
            .object();
    QStringList missing;
    for (const QString &name : watchapi::userByScreenNameFeatures()) {
        if (!features.contains(name))
            missing << name;
    }
    if (!missing.isEmpty())
        return jsonResponse(400, xError(336, QStringLiteral("The following features cannot be "
                                                            "null: %1")
                                                 .arg(missing.join(QStringLiteral(", ")))));
    if (!variables.value(QStringLiteral("withSafetyModeUserFields")).toBool())
        return jsonResponse(400, xError(214, QStringLiteral("Missing withSafetyModeUserFields")));

    const auto user = m_usersByHandle.constFind(handle.toLower());
    if (user == m_usersByHandle.constEnd())
        return jsonResponse(200, R"({"data":{}})");
    const QJsonObject result{
        {QStringLiteral("__typename"), QStringLiteral("User")},
        {QStringLiteral("rest_id"), user->id},
        {QStringLiteral("core"), QJsonObject{{QStringLiteral("name"), user->name},
                                             {QStringLiteral("screen_name"), user->handle}}},
        {QStringLiteral("legacy"), QJsonObject{{QStringLiteral("name"), user->name},
                                               {QStringLiteral("screen_name"), user->handle}}}};
    return jsonResponse(
        200, compact({{QStringLiteral("data"),
                       QJsonObject{{QStringLiteral("user"),
                                    QJsonObject{{QStringLiteral("result"), result}}}}}}));
}

FakeResponse FakeWatchApi::presence(const FakeRequest &request) {
    const QUrlQuery query(QString::fromLatin1(request.query));
    const QString idsText = query.queryItemValue(QStringLiteral("user_ids"), QUrl::FullyDecoded);
    const QStringList ids = idsText.split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_presenceCalls << ids;

    if (!bearerOk(request))
        return jsonResponse(401, xError(32, QStringLiteral("Could not authenticate you.")));
    const QByteArray cookie = request.header("cookie");
    if (cookie.isEmpty() || m_authToken.isEmpty() ||
        !cookie.contains("auth_token=" + m_authToken.toLatin1()) ||
        !cookie.contains("ct0=" + m_ct0.toLatin1()))
        return jsonResponse(401, xError(32, QStringLiteral("Could not authenticate you.")));
    if (request.header("x-csrf-token") != m_ct0.toLatin1())
        return jsonResponse(
            403, xError(353, QStringLiteral("This request requires a matching csrf cookie and "
                                            "header.")));
    // A bare request (no web-client headers) was answered 422 in 2026-04 (facts §7).
    if (request.header("x-twitter-auth-type") != "OAuth2Session" ||
        request.header("x-twitter-active-user").isEmpty() || request.header("user-agent").isEmpty())
        return jsonResponse(422, xError(0, QStringLiteral("Unprocessable request")));
    if (m_presenceFailure == 429)
        return rateLimitedAnswer();
    if (m_presenceFailure != 0)
        return jsonResponse(
            m_presenceFailure,
            xError(0, QStringLiteral("Injected failure %1").arg(m_presenceFailure)));
    if (query.queryItemValue(QStringLiteral("only_spaces")) != QLatin1String("true") ||
        ids.isEmpty())
        return jsonResponse(400, xError(0, QStringLiteral("Missing parameters")));
    if (ids.size() > watchapi::kMaxUserIdsPerPresenceCall)
        return jsonResponse(400, xError(0, QStringLiteral("Too many user_ids")));
    for (const QString &id : ids) {
        if (!watchapi::isValidUserId(id))
            return jsonResponse(400, xError(0, QStringLiteral("Bad user_ids")));
    }

    QJsonObject users;
    for (const FakePresence &space : m_live) {
        const QStringList hosts = QStringList{space.creatorId} + space.adminIds;
        for (const QString &id : ids) {
            if (!hosts.contains(id))
                continue;
            QJsonObject audiospace{
                {QStringLiteral("broadcast_id"), space.spaceId},
                {QStringLiteral("state"), space.state},
                {QStringLiteral("creator_twitter_user_id"), space.creatorId.toDouble()},
                {QStringLiteral("admin_twitter_user_ids"),
                 QJsonArray::fromStringList(space.adminIds)}};
            if (!space.title.isEmpty())
                audiospace.insert(QStringLiteral("title"), space.title);
            users.insert(
                id, QJsonObject{
                        {QStringLiteral("spaces"),
                         QJsonObject{{QStringLiteral("live_content"),
                                      QJsonObject{{QStringLiteral("audiospace"), audiospace}}}}}});
        }
    }
    return jsonResponse(200,
                        compact({{QStringLiteral("users"), users},
                                 {QStringLiteral("refresh_delay_secs"), m_refreshDelaySeconds}}));
}

}  // namespace spacetape::test
