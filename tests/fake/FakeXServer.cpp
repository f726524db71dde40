// SPDX-License-Identifier: MIT
#include "fake/FakeXServer.h"

#include "support/TestData.h"
#include "x/XApiConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace spacetape::test {

namespace {
QPair<QByteArray, QByteArray> header(const QByteArray &name, const QByteArray &value) {
    return {name, value};
}

/// The Cookie header's pairs, parsed as a server does: exact names, exact values.
QHash<QByteArray, QByteArray> parseCookies(const QByteArray &headerValue) {
    QHash<QByteArray, QByteArray> cookies;
    for (const QByteArray &part : headerValue.split(';')) {
        const int eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        cookies.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return cookies;
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
    m_bearers = {xapi::defaultBearer(), xapi::fallbackBearer()};
    m_clock.start();

    m_http.addRoute("/1.1/guest/activate.json", [this](const FakeRequest &request) {
        return std::optional<FakeResponse>(activate(request));
    });
    m_http.addRoute("/i/api/graphql/", [this](const FakeRequest &request) {
        if (auto fault = injectedFault(QStringLiteral("AudioSpaceById")))
            return std::optional<FakeResponse>(log(QStringLiteral("AudioSpaceById"),
                                                   authName(authenticate(request)), request,
                                                   *fault));
        if (auto refused = rateLimited())
            return std::optional<FakeResponse>(log(QStringLiteral("AudioSpaceById"),
                                                   authName(authenticate(request)), request,
                                                   *refused));
        return std::optional<FakeResponse>(audioSpaceById(request));
    });
    const auto status = [this](const FakeRequest &request, const QByteArray &prefix) {
        const QString auth = authName(authenticate(request));
        if (auto fault = injectedFault(QStringLiteral("status")))
            return std::optional<FakeResponse>(
                log(QStringLiteral("status"), auth, request, *fault));
        if (auto refused = rateLimited())
            return std::optional<FakeResponse>(
                log(QStringLiteral("status"), auth, request, *refused));
        return std::optional<FakeResponse>(
            log(QStringLiteral("status"), auth, request,
                streamStatus(request, request.path.mid(prefix.size()))));
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
            return std::optional<FakeResponse>(
                log(QStringLiteral("bundle"), {}, r, jsonResponse(404, "{}")));
        return std::optional<FakeResponse>(log(QStringLiteral("bundle"), {}, r, audioBundle()));
    });
    m_http.addRoute("/responsive-web/client-web/ondemand.s.", [this](const FakeRequest &r) {
        if (r.path != kOnDemandPath || !m_onDemandAvailable)
            return std::optional<FakeResponse>(
                log(QStringLiteral("ondemand"), {}, r, jsonResponse(404, "{}")));
        FakeResponse js;
        js.addHeader("Content-Type", "application/javascript");
        js.body = unitTestData(QStringLiteral("xct/ondemand.s.4c1f7e2aa.js"));
        return std::optional<FakeResponse>(log(QStringLiteral("ondemand"), {}, r, js));
    });
    m_http.addRoute("/", [this](const FakeRequest &r) -> std::optional<FakeResponse> {
        static const QRegularExpression peek(QStringLiteral("^/i/spaces/[A-Za-z0-9]{13}/peek$"));
        // Pages need the login cookies only (no bearer, no csrf header), as in a browser.
        const auto jar = parseCookies(r.headers.value("cookie"));
        const bool cookies =
            !m_authToken.isEmpty() && jar.value("auth_token") == m_authToken.toLatin1();
        if (r.path == "/")
            return log(QStringLiteral("page"), {}, r,
                       page(r, !m_homepageShellForEveryone && (!m_homepageNeedsLogin || cookies)));
        if (r.path == "/home")  // logged out, X sends visitors to the shell
            return log(QStringLiteral("page"), {}, r, page(r, cookies));
        if (peek.match(QString::fromLatin1(r.path)).hasMatch())
            return log(QStringLiteral("page"), {}, r, page(r, m_peekHasChunkMap));
        return std::nullopt;
    });
}

FakeResponse FakeXServer::log(const QString &route, const QString &auth, const FakeRequest &request,
                              FakeResponse response) {
    m_calls.append({route, auth, response.status, request.path});
    return response;
}

QString FakeXServer::authName(Caller caller) {
    return caller == Caller::Cookies ? QStringLiteral("cookies")
           : caller == Caller::Guest ? QStringLiteral("guest")
                                     : QStringLiteral("none");
}

int FakeXServer::callCount(const QString &route, int status) const {
    int n = 0;
    for (const FakeXCall &call : m_calls) {
        if (call.route == route && (status < 0 || call.status == status))
            ++n;
    }
    return n;
}

void FakeXServer::failNext(const QString &route, int times, int status) {
    m_faults.insert(route, {times, status});
}

std::optional<FakeResponse> FakeXServer::injectedFault(const QString &route) {
    auto it = m_faults.find(route);
    if (it == m_faults.end() || it->first <= 0)
        return std::nullopt;
    --it->first;
    return jsonResponse(it->second, R"({"errors":[{"code":131,"message":"Internal error."}]})");
}

void FakeXServer::setGuestTokenUses(int uses, int status) {
    m_usesPerGuestToken = uses;
    m_spentTokenStatus = status;
}

bool FakeXServer::bearerAccepted(const FakeRequest &request) const {
    const QByteArray auth = request.headers.value("authorization");
    for (const QByteArray &bearer : m_bearers) {
        if (auth == "Bearer " + bearer)
            return true;
    }
    return false;
}

FakeResponse FakeXServer::activate(const FakeRequest &request) {
    const QString route = QStringLiteral("activate");
    if (request.method != "POST")
        return log(route, {}, request, jsonResponse(405, "{}"));
    if (auto fault = injectedFault(route))
        return log(route, {}, request, *fault);
    if (!bearerAccepted(request))
        return log(route, {}, request,
                   jsonResponse(403, R"({"errors":[{"code":239,"message":"Bad guest token."}]})"));
    if (auto refused = limited(m_activateLimit))
        return log(route, {}, request, *refused);
    ++m_guestActivations;
    const QByteArray token = QByteArray::number(1700000000000000000LL + m_guestActivations);
    m_guestTokens.insert(token);
    return log(route, {}, request, jsonResponse(200, R"({"guest_token":")" + token + "\"}"));
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
    m_limit = Limit{calls, resetInSeconds, 0, 0};
}

void FakeXServer::setActivateRateLimit(int calls, int resetInSeconds) {
    m_activateLimit = Limit{calls, resetInSeconds, 0, 0};
}

std::optional<FakeResponse> FakeXServer::limited(Limit &limit) {
    if (limit.callsLeft < 0)
        return std::nullopt;
    if (limit.windowEndMs > 0 && m_clock.elapsed() >= limit.windowEndMs) {
        limit.callsLeft = -1;  // the window reset: unlimited again
        return std::nullopt;
    }
    if (limit.callsLeft > 0) {
        --limit.callsLeft;
        return std::nullopt;
    }
    if (limit.windowEndMs == 0) {
        limit.resetEpoch = QDateTime::currentSecsSinceEpoch() + limit.resetInSeconds;
        limit.windowEndMs =
            m_clock.elapsed() + qMax(1, (limit.resetInSeconds - 1)) * qint64(m_secondMs);
    }
    FakeResponse r =
        jsonResponse(429, R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})");
    addRateHeaders(r, limit);
    return r;
}

void FakeXServer::addRateHeaders(FakeResponse &response, const Limit &limit) const {
    response.headers.append(header("x-rate-limit-limit", "150"));
    response.headers.append(header(
        "x-rate-limit-remaining", QByteArray::number(limit.callsLeft < 0 ? 149 : limit.callsLeft)));
    const qint64 reset =
        limit.resetEpoch > 0 ? limit.resetEpoch : QDateTime::currentSecsSinceEpoch() + 900;
    response.headers.append(header("x-rate-limit-reset", QByteArray::number(reset)));
}

FakeXServer::Caller FakeXServer::authenticate(const FakeRequest &request) const {
    if (!bearerAccepted(request))
        return Caller::None;
    const QByteArray cookie = request.headers.value("cookie");
    if (!cookie.isEmpty()) {
        const auto cookies = parseCookies(cookie);
        const bool tokenOk =
            !m_authToken.isEmpty() && cookies.value("auth_token") == m_authToken.toLatin1();
        const bool csrfOk = !m_ct0.isEmpty() && cookies.value("ct0") == m_ct0.toLatin1() &&
                            request.headers.value("x-csrf-token") == m_ct0.toLatin1();
        return tokenOk && csrfOk ? Caller::Cookies : Caller::BadLogin;
    }
    const QByteArray token = request.headers.value("x-guest-token");
    if (m_guestAllowed && m_guestTokens.contains(token)) {
        if (m_usesPerGuestToken >= 0 && m_guestTokenUses.value(token) >= m_usesPerGuestToken)
            return Caller::SpentGuest;
        return Caller::Guest;
    }
    return Caller::None;
}

void FakeXServer::useGuestToken(const FakeRequest &request) {
    ++m_guestTokenUses[request.headers.value("x-guest-token")];
}

FakeResponse FakeXServer::guestRefusal() const {
    if (m_spentTokenStatus == 401)
        return jsonResponse(401,
                            R"({"errors":[{"code":89,"message":"Invalid or expired token."}]})");
    return jsonResponse(403, R"({"errors":[{"code":239,"message":"Bad guest token."}]})");
}

FakeResponse FakeXServer::audioSpaceById(const FakeRequest &request) {
    // /i/api/graphql/<queryId>/AudioSpaceById
    const QList<QByteArray> parts = request.path.split('/');
    const Caller caller = authenticate(request);
    applyHooks();
    m_audioSpaceCalls << authName(caller);
    FakeResponse r;
    if (caller == Caller::SpentGuest) {
        r = guestRefusal();
    } else if (caller == Caller::None || caller == Caller::BadLogin) {
        r = jsonResponse(401,
                         R"({"errors":[{"code":32,"message":"Could not authenticate you."}]})");
    } else if (parts.size() != 6 || parts.at(5) != "AudioSpaceById" ||
               QString::fromLatin1(parts.at(4)) != m_queryId) {
        r = jsonResponse(404, "");
    } else {
        if (caller == Caller::Guest)
            useGuestToken(request);
        const QUrlQuery query(QString::fromLatin1(request.query));
        const QJsonObject variables =
            QJsonDocument::fromJson(
                query.queryItemValue(QStringLiteral("variables"), QUrl::FullyDecoded).toUtf8())
                .object();
        const QJsonObject features =
            QJsonDocument::fromJson(
                query.queryItemValue(QStringLiteral("features"), QUrl::FullyDecoded).toUtf8())
                .object();
        // X checks every declared switch by name, and its value must be a boolean: a
        // missing one, null or a string reads as "cannot be null" (code 336).
        QStringList missing;
        for (const QString &name : m_features) {
            if (!features.value(name).isBool())
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
            if (m_partialErrors && r.body.startsWith("{\"data\"")) {
                // 2026-02: an error list beside perfectly good data (yt-dlp #15963).
                r.body.chop(1);
                r.body +=
                    R"(,"errors":[{"message":"Dependency: Unspecified","path":["audioSpace","participants"],"extensions":{"name":"DependencyError","code":0}}]})";
            }
        }
    }
    addRateHeaders(r);
    return log(QStringLiteral("AudioSpaceById"), authName(caller), request, r);
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
    for (int i = 0; i < space.speakerHandles.size(); ++i) {
        const QString &handle = space.speakerHandles.at(i);
        QJsonObject speaker{{QStringLiteral("display_name"), handle.toUpper()},
                            {QStringLiteral("twitter_screen_name"), handle},
                            {QStringLiteral("avatar_url"), avatar}};
        if (i < space.speakerPeriscopeIds.size() && !space.speakerPeriscopeIds.at(i).isEmpty())
            speaker.insert(QStringLiteral("periscope_user_id"), space.speakerPeriscopeIds.at(i));
        speakers.append(speaker);
    }
    QJsonObject host{{QStringLiteral("display_name"), space.hostName},
                     {QStringLiteral("twitter_screen_name"), space.hostHandle},
                     {QStringLiteral("avatar_url"), avatar}};
    if (!space.hostPeriscopeId.isEmpty())
        host.insert(QStringLiteral("periscope_user_id"), space.hostPeriscopeId);
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
    const QJsonObject participants{{QStringLiteral("total"), 3 + int(speakers.size())},
                                   {QStringLiteral("admins"), QJsonArray{host}},
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
    if (caller == Caller::SpentGuest) {
        r = guestRefusal();
    } else if (caller == Caller::None || caller == Caller::BadLogin) {
        r = jsonResponse(401,
                         R"({"errors":[{"code":32,"message":"Could not authenticate you."}]})");
    } else {
        if (caller == Caller::Guest)
            useGuestToken(request);
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
            if (space.streamNeedsLogin && caller != Caller::Cookies) {
                r = jsonResponse(403, R"({"errors":[{"code":200,"message":"Forbidden."}]})");
                break;
            }
            const bool live = space.state == QLatin1String("Running");
            const QJsonObject source{
                {QStringLiteral("location"), space.playlistUrl},
                {QStringLiteral("noRedirectPlaybackUrl"), space.playlistUrl},
                {QStringLiteral("status"), live ? QStringLiteral("LIVE") : QStringLiteral("ENDED")},
                {QStringLiteral("streamType"), QStringLiteral("HLS")}};
            QJsonObject answer{{QStringLiteral("source"), source},
                               {QStringLiteral("sessionId"), QStringLiteral("1abc")}};
            if (!space.chatToken.isEmpty())
                answer.insert(QStringLiteral("chatToken"), space.chatToken);
            r = jsonResponse(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
        }
    }
    addRateHeaders(r);
    return r;
}

FakeResponse FakeXServer::page(const FakeRequest &, bool hasChunkMap) const {
    FakeResponse r;
    r.headers.append(header("Content-Type", "text/html; charset=utf-8"));
    // The full web app: site-verification key, loading-x-anim frames and the webpack chunk
    // map (the 2026-04 `({…})[e]||e)+"."+({…})` form) naming modules.audio and ondemand.s.
    const QByteArray full = unitTestData(QString::fromLatin1(kHomepageFixture));
    if (hasChunkMap) {
        r.body = full;
        return r;
    }
    // The 2026-07 "x-web" shell: the key is there, the chunk map is not.
    static const QRegularExpression meta(
        QStringLiteral("<meta name=\"twitter-site-verification\"[^>]*>"));
    const QString key = meta.match(QString::fromUtf8(full)).captured(0);
    r.body = "<!DOCTYPE html><html><head>" + key.toUtf8() +
             "<title>X</title></head><body><div id=\"root\"></div>"
             "<script type=\"module\" src=\"https://abs.twimg.com/x-web/main.js\"></script>"
             "</body></html>";
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
