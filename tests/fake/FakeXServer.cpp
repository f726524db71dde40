// SPDX-License-Identifier: MIT
#include "fake/FakeXServer.h"

#include "x/XApiConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace spacetape::test {

namespace {
QPair<QByteArray, QByteArray> header(const QByteArray &name, const QByteArray &value) {
    return {name, value};
}
}  // namespace

FakeResponse jsonResponse(int status, const QByteArray &json) {
    FakeResponse r;
    r.status = status;
    r.headers.append(
        header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    r.body = json;
    return r;
}

FakeXServer::FakeXServer(FakeHttpServer &http) : m_http(http) {
    m_queryId = xapi::knownQueryIds().first();
    m_features = xapi::defaultFeatureSwitches();

    m_http.addRoute("/1.1/guest/activate.json", [this](const FakeRequest &request) {
        const QByteArray auth = request.headers.value("authorization");
        if (request.method != "POST")
            return std::optional<FakeResponse>(jsonResponse(405, "{}"));
        if (auth != "Bearer " + xapi::defaultBearer() && auth != "Bearer " + xapi::fallbackBearer())
            return std::optional<FakeResponse>(
                jsonResponse(403, R"({"errors":[{"code":239,"message":"Bad guest token."}]})"));
        ++m_guestActivations;
        const QByteArray token = QByteArray::number(1700000000000000000LL + m_guestActivations);
        m_guestTokens.insert(token);
        return std::optional<FakeResponse>(
            jsonResponse(200, R"({"guest_token":")" + token + "\"}"));
    });
    m_http.addRoute("/i/api/graphql/", [this](const FakeRequest &request) {
        if (auto limited = rateLimited())
            return limited;
        return std::optional<FakeResponse>(audioSpaceById(request));
    });
    const auto status = [this](const FakeRequest &request, const QByteArray &prefix) {
        if (auto limited = rateLimited())
            return limited;
        return std::optional<FakeResponse>(streamStatus(request, request.path.mid(prefix.size())));
    };
    m_http.addRoute("/i/api/1.1/live_video_stream/status/", [status](const FakeRequest &r) {
        return status(r, "/i/api/1.1/live_video_stream/status/");
    });
    m_http.addRoute("/1.1/live_video_stream/status/", [status](const FakeRequest &r) {
        return status(r, "/1.1/live_video_stream/status/");
    });
    m_http.addRoute("/responsive-web/client-web/modules.audio.", [this](const FakeRequest &r) {
        if (r.path !=
            QByteArray("/responsive-web/client-web/modules.audio.") + kBundleHash + "a.js")
            return std::optional<FakeResponse>(jsonResponse(404, "{}"));
        return std::optional<FakeResponse>(audioBundle());
    });
    m_http.addRoute("/", [this](const FakeRequest &r) -> std::optional<FakeResponse> {
        if (r.path != "/")
            return std::nullopt;
        return homepage(r);
    });
}

void FakeXServer::addSpace(const FakeSpace &space) {
    m_spaces.insert(space.id, space);
}

void FakeXServer::setSpaceHook(const QString &id, std::function<void(FakeSpace &)> hook) {
    m_hooks.insert(id, std::move(hook));
}

void FakeXServer::applyHooks() {
    for (auto it = m_hooks.cbegin(); it != m_hooks.cend(); ++it) {
        auto space = m_spaces.find(it.key());
        if (space != m_spaces.end())
            it.value()(*space);
    }
}

void FakeXServer::setCurrentOperation(const QString &queryId, const QStringList &featureSwitches) {
    m_queryId = queryId;
    m_features = featureSwitches;
}

void FakeXServer::setValidLogin(const QString &authToken, const QString &ct0) {
    m_authToken = authToken;
    m_ct0 = ct0;
}

void FakeXServer::setRateLimit(int calls, int resetInSeconds) {
    m_callsLeft = calls;
    m_resetInSeconds = resetInSeconds;
    m_resetAt = 0;
}

std::optional<FakeResponse> FakeXServer::rateLimited() {
    if (m_callsLeft < 0)
        return std::nullopt;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_resetAt > 0 && now >= m_resetAt) {
        m_callsLeft = -1;  // the window reset: unlimited again
        return std::nullopt;
    }
    if (m_callsLeft > 0) {
        --m_callsLeft;
        return std::nullopt;
    }
    if (m_resetAt == 0)
        m_resetAt = now + m_resetInSeconds;
    FakeResponse r =
        jsonResponse(429, R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})");
    addRateHeaders(r);
    return r;
}

void FakeXServer::addRateHeaders(FakeResponse &response) const {
    response.headers.append(header("x-rate-limit-limit", "150"));
    response.headers.append(
        header("x-rate-limit-remaining", QByteArray::number(m_callsLeft < 0 ? 149 : m_callsLeft)));
    const qint64 reset = m_resetAt > 0 ? m_resetAt : QDateTime::currentSecsSinceEpoch() + 900;
    response.headers.append(header("x-rate-limit-reset", QByteArray::number(reset)));
}

FakeXServer::Caller FakeXServer::authenticate(const FakeRequest &request) const {
    const QByteArray auth = request.headers.value("authorization");
    if (auth != "Bearer " + xapi::defaultBearer() && auth != "Bearer " + xapi::fallbackBearer())
        return Caller::None;
    const QByteArray cookie = request.headers.value("cookie");
    if (!cookie.isEmpty()) {
        const bool tokenOk =
            cookie.contains("auth_token=" + m_authToken.toLatin1()) && !m_authToken.isEmpty();
        const bool csrfOk = cookie.contains("ct0=" + m_ct0.toLatin1()) &&
                            request.headers.value("x-csrf-token") == m_ct0.toLatin1();
        return tokenOk && csrfOk ? Caller::Cookies : Caller::BadLogin;
    }
    if (m_guestAllowed && m_guestTokens.contains(request.headers.value("x-guest-token")))
        return Caller::Guest;
    return Caller::None;
}

FakeResponse FakeXServer::audioSpaceById(const FakeRequest &request) {
    // /i/api/graphql/<queryId>/AudioSpaceById
    const QList<QByteArray> parts = request.path.split('/');
    const Caller caller = authenticate(request);
    applyHooks();
    m_audioSpaceCalls << (caller == Caller::Cookies ? QStringLiteral("cookies")
                          : caller == Caller::Guest ? QStringLiteral("guest")
                                                    : QStringLiteral("none"));
    FakeResponse r;
    if (caller == Caller::None || caller == Caller::BadLogin) {
        r = jsonResponse(401,
                         R"({"errors":[{"code":32,"message":"Could not authenticate you."}]})");
    } else if (parts.size() != 6 || parts.at(5) != "AudioSpaceById" ||
               QString::fromLatin1(parts.at(4)) != m_queryId) {
        r = jsonResponse(404, "");
    } else {
        const QUrlQuery query(QString::fromLatin1(request.query));
        const QJsonObject variables =
            QJsonDocument::fromJson(
                query.queryItemValue(QStringLiteral("variables"), QUrl::FullyDecoded).toUtf8())
                .object();
        const QJsonObject features =
            QJsonDocument::fromJson(
                query.queryItemValue(QStringLiteral("features"), QUrl::FullyDecoded).toUtf8())
                .object();
        QStringList missing;
        for (const QString &name : m_features) {
            if (!features.contains(name))
                missing << name;
        }
        if (!missing.isEmpty()) {
            r = jsonResponse(
                400,
                QJsonDocument(QJsonObject{{QStringLiteral("errors"),
                                           QJsonArray{QJsonObject{
                                               {QStringLiteral("code"), 336},
                                               {QStringLiteral("message"),
                                                QStringLiteral("The following features cannot be "
                                                               "null: %1")
                                                    .arg(missing.join(QStringLiteral(", ")))}}}}})
                    .toJson(QJsonDocument::Compact));
        } else {
            const QString id = variables.value(QStringLiteral("id")).toString();
            const auto space = m_spaces.constFind(id);
            if (space == m_spaces.constEnd() || (space->needsLogin && caller != Caller::Cookies))
                r = jsonResponse(200, R"({"data":{"audioSpace":{}}})");
            else
                r = jsonResponse(200, spaceJson(*space));
        }
    }
    addRateHeaders(r);
    return r;
}

QByteArray FakeXServer::spaceJson(const FakeSpace &space) const {
    const auto time = [&](const QDateTime &t) -> QJsonValue {
        if (!t.isValid())
            return QJsonValue();
        const qint64 ms = t.toMSecsSinceEpoch();
        return space.timesAsStrings ? QJsonValue(QString::number(ms)) : QJsonValue(double(ms));
    };
    const QString avatar =
        space.avatarPath.isEmpty()
            ? QStringLiteral("https://pbs.twimg.com/profile_images/1/a_normal.jpg")
            : QStringLiteral("https://pbs.twimg.com") + space.avatarPath;
    QJsonObject result;
    if (space.legacyCreatorOnly) {
        result.insert(QStringLiteral("legacy"),
                      QJsonObject{{QStringLiteral("name"), space.hostName},
                                  {QStringLiteral("screen_name"), space.hostHandle},
                                  {QStringLiteral("profile_image_url_https"), avatar}});
    } else {
        result.insert(QStringLiteral("core"),
                      QJsonObject{{QStringLiteral("name"), space.hostName},
                                  {QStringLiteral("screen_name"), space.hostHandle}});
        result.insert(QStringLiteral("avatar"), QJsonObject{{QStringLiteral("image_url"), avatar}});
        result.insert(QStringLiteral("legacy"), QJsonObject{});
    }
    QJsonArray speakers;
    for (const QString &handle : space.speakerHandles)
        speakers.append(QJsonObject{{QStringLiteral("display_name"), handle.toUpper()},
                                    {QStringLiteral("twitter_screen_name"), handle},
                                    {QStringLiteral("avatar_url"), avatar}});
    QJsonObject metadata{
        {QStringLiteral("rest_id"), space.id},
        {QStringLiteral("state"), space.state},
        {QStringLiteral("title"), space.title},
        {QStringLiteral("media_key"), space.mediaKey},
        {QStringLiteral("created_at"), time(space.startedAt.addSecs(-600))},
        {QStringLiteral("started_at"), time(space.startedAt)},
        {QStringLiteral("updated_at"), time(space.endedAt)},
        {QStringLiteral("is_space_available_for_replay"), space.replayAvailable},
        {QStringLiteral("total_replay_watched"), 12},
        {QStringLiteral("total_live_listeners"), 345},
        {QStringLiteral("creator_results"), QJsonObject{{QStringLiteral("result"), result}}}};
    if (space.state == QLatin1String("Ended") || space.state == QLatin1String("TimedOut"))
        metadata.insert(QStringLiteral("ended_at"), time(space.endedAt));
    if (space.scheduledStart.isValid())
        metadata.insert(QStringLiteral("scheduled_start"), time(space.scheduledStart));
    const QJsonObject participants{
        {QStringLiteral("total"), 3 + int(speakers.size())},
        {QStringLiteral("admins"),
         QJsonArray{QJsonObject{{QStringLiteral("display_name"), space.hostName},
                                {QStringLiteral("twitter_screen_name"), space.hostHandle},
                                {QStringLiteral("avatar_url"), avatar}}}},
        {QStringLiteral("speakers"), speakers},
        {QStringLiteral("listeners"), QJsonArray{}}};
    const QJsonObject root{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("audioSpace"),
                      QJsonObject{{QStringLiteral("metadata"), metadata},
                                  {QStringLiteral("participants"), participants}}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

FakeResponse FakeXServer::streamStatus(const FakeRequest &request, const QByteArray &mediaKey) {
    const Caller caller = authenticate(request);
    FakeResponse r;
    if (caller == Caller::None || caller == Caller::BadLogin) {
        r = jsonResponse(401,
                         R"({"errors":[{"code":32,"message":"Could not authenticate you."}]})");
    } else {
        r = jsonResponse(
            404, R"({"errors":[{"code":34,"message":"Sorry, that page does not exist."}]})");
        applyHooks();
        for (const FakeSpace &space : m_spaces) {
            if (space.mediaKey.toLatin1() != mediaKey)
                continue;
            // X has no stream for a Space that has not started (facts §7).
            if (space.state == QLatin1String("NotStarted") ||
                space.state == QLatin1String("PrePublished"))
                break;
            const bool live = space.state == QLatin1String("Running");
            const QJsonObject source{
                {QStringLiteral("location"), space.playlistUrl},
                {QStringLiteral("noRedirectPlaybackUrl"), space.playlistUrl},
                {QStringLiteral("status"), live ? QStringLiteral("LIVE") : QStringLiteral("ENDED")},
                {QStringLiteral("streamType"), QStringLiteral("HLS")}};
            r = jsonResponse(
                200,
                QJsonDocument(QJsonObject{{QStringLiteral("source"), source},
                                          {QStringLiteral("sessionId"), QStringLiteral("1abc")}})
                    .toJson(QJsonDocument::Compact));
        }
    }
    addRateHeaders(r);
    return r;
}

FakeResponse FakeXServer::homepage(const FakeRequest &request) const {
    FakeResponse r;
    r.headers.append(header("Content-Type", "text/html; charset=utf-8"));
    QByteArray html = "<!DOCTYPE html><html><head><title>X</title></head><body>";
    if (!m_homepageNeedsLogin || authenticate(request) == Caller::Cookies) {
        // Shaped like the webpack runtime: one map of chunk names, one of hashes.
        html +=
            "<script>window.__SCRIPTS__=1;(e=>{var n={41:\"modules.common\",87:\"bundle.Spaces\","
            "93:\"modules.audio\",101:\"ondemand.s\"}[e]||e;var h={41:\"a1b2c3d4\",87:\"0f9e8d7c\","
            "93:\"" +
            QByteArray(kBundleHash) +
            "\",101:\"77aa88bb\"}[e];return n+\".\"+h+\"a.js\"})</script>";
    }
    html += "</body></html>";
    r.body = html;
    return r;
}

FakeResponse FakeXServer::audioBundle() const {
    QStringList quoted;
    for (const QString &f : m_features)
        quoted << QLatin1Char('"') + f + QLatin1Char('"');
    FakeResponse r;
    r.headers.append(header("Content-Type", "application/javascript"));
    r.body =
        QStringLiteral(
            "(self.webpackChunk_twitter_responsive_web=self.webpackChunk_twitter_responsive_web"
            "||[]).push([[93],{12345:e=>{e.exports={queryId:\"%1\",operationName:"
            "\"AudioSpaceById\","
            "operationType:\"query\",metadata:{featureSwitches:[%2],fieldToggles:["
            "\"withArticleRichContentState\"]}}}}]);")
            .arg(m_queryId, quoted.join(QLatin1Char(',')))
            .toUtf8();
    return r;
}

}  // namespace spacetape::test
