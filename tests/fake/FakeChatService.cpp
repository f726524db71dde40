// SPDX-License-Identifier: MIT
#include "fake/FakeChatService.h"

#include "extras/SpaceExtras.h"
#include "fake/FakeXServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>

namespace spacetape::test {

namespace {
/// Cursors are nanosecond times from this base (X's look like "1764324000123456789").
constexpr qint64 kCursorBaseNs = 1764324000000000000LL;
constexpr qint64 kCursorStepNs = 1000003;
}  // namespace

FakeChatService::FakeChatService(FakeHttpServer &http) : m_http(http) {
    m_http.prependRoute(kAccessPath, [this](const FakeRequest &request) {
        return std::optional<FakeResponse>(access(request));
    });
    m_http.prependRoute(kHistoryPath, [this](const FakeRequest &request) {
        return std::optional<FakeResponse>(history(request));
    });
}

FakeChatService::~FakeChatService() = default;

void FakeChatService::append(const FakeChatMessage &message) {
    m_script.append(message);
    QByteArray frame;
    if (m_socketCarriesMessages) {
        frame = messageJson(int(m_script.size()) - 1);
    } else {
        // Presence only: a control message (outer kind 2) holding inner kind 4.
        const auto compact = [](const QJsonObject &o) {
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        const QString body = compact({{QStringLiteral("room"), QStringLiteral("1YqKDqWqdPLxV")},
                                      {QStringLiteral("occupancy"), 12}});
        const QString payload =
            compact({{QStringLiteral("kind"), 4},
                     {QStringLiteral("sender"), QJsonObject{{QStringLiteral("user_id"), "x"}}},
                     {QStringLiteral("body"), body}});
        frame =
            compact({{QStringLiteral("kind"), 2}, {QStringLiteral("payload"), payload}}).toUtf8();
    }
    for (QWebSocket *socket : std::as_const(m_sockets))
        socket->sendTextMessage(QString::fromUtf8(frame));
}

bool FakeChatService::listenSocket(bool carriesMessages) {
    m_socketCarriesMessages = carriesMessages;
    m_socketServer = std::make_unique<QWebSocketServer>(QStringLiteral("fake chatnow"),
                                                        QWebSocketServer::NonSecureMode);
    QWebSocketServer *server = m_socketServer.get();
    QObject::connect(server, &QWebSocketServer::newConnection, server, [this, server] {
        while (QWebSocket *socket = server->nextPendingConnection()) {
            socket->setParent(server);
            m_sockets.append(socket);
            QObject::connect(socket, &QWebSocket::textMessageReceived, server,
                             [this](const QString &text) { m_socketReceived.append(text); });
            QObject::connect(socket, &QWebSocket::disconnected, server,
                             [this, socket] { m_sockets.removeAll(socket); });
        }
    });
    return server->listen(QHostAddress::LocalHost);
}

QUrl FakeChatService::socketUrl() const {
    if (!m_socketServer)
        return {};
    return QUrl(
        QStringLiteral("ws://127.0.0.1:%1/chatapi/v1/chatnow").arg(m_socketServer->serverPort()));
}

void FakeChatService::setChat(const QString &chatToken, const QDateTime &startedAt,
                              const QList<FakeChatMessage> &script) {
    m_chatToken = chatToken;
    m_startedAt = startedAt;
    m_script = script;
}

double FakeChatService::ntpAtMediaZero() const {
    return double(m_startedAt.toMSecsSinceEpoch()) / 1000.0 + extras::kNtpToUnixSeconds;
}

QByteArray FakeChatService::ntpDigits(double ntpSeconds) {
    const double whole = std::floor(ntpSeconds);
    const auto seconds = quint64(whole);
    const auto fraction =
        quint64(std::llround((ntpSeconds - whole) * 4294967296.0)) & 0xffffffffULL;
    return QByteArray::number((seconds << 32) | fraction);
}

QByteArray FakeChatService::cursorFor(int index) const {
    return QByteArray::number(kCursorBaseNs + qint64(index) * kCursorStepNs);
}

QByteArray FakeChatService::messageJson(int index) const {
    const FakeChatMessage &m = m_script.at(index);
    const QString uuid = m.uuid.isEmpty() ? QStringLiteral("uuid-%1").arg(index) : m.uuid;
    const qint64 timestampMs = m_startedAt.toMSecsSinceEpoch() +
                               qint64(std::llround(m.mediaSeconds * 1000)) + kSendLatencyMs;
    QJsonObject body{{QStringLiteral("type"), m.type},
                     {QStringLiteral("body"), m.text},
                     {QStringLiteral("displayName"), m.senderName},
                     {QStringLiteral("username"), m.senderHandle},
                     {QStringLiteral("remoteID"), m.senderId},
                     {QStringLiteral("timestamp"), timestampMs},
                     {QStringLiteral("uuid"), uuid},
                     {QStringLiteral("v"), 2}};
    if (m.type == 45)
        body.insert(QStringLiteral("final"), m.final);
    if (m.type == 40) {
        body.insert(QStringLiteral("guestBroadcastingEvent"), m.stageEvent);
        body.insert(QStringLiteral("guestUsername"), m.guest);
        body.insert(QStringLiteral("guestRemoteID"), QStringLiteral("1guest") + m.guest);
    }
    // Placeholders, replaced by raw digits: QJsonDocument would write a double (1.7e+19).
    const QString broadcasterKey = QStringLiteral("ntpForBroadcasterFrame");
    const QString liveKey = QStringLiteral("ntpForLiveFrame");
    switch (m.ntp) {
        case FakeChatMessage::Ntp::Number:
            body.insert(broadcasterKey, QStringLiteral("@NTP@"));
            break;
        case FakeChatMessage::Ntp::String:
            body.insert(broadcasterKey,
                        QString::fromLatin1(ntpDigits(ntpAtMediaZero() + m.mediaSeconds)));
            break;
        case FakeChatMessage::Ntp::Zero:
            body.insert(broadcasterKey, 0);
            break;
        case FakeChatMessage::Ntp::LiveFrameOnly:
            body.insert(liveKey, QStringLiteral("@NTP@"));
            break;
    }
    QByteArray bodyText = QJsonDocument(body).toJson(QJsonDocument::Compact);
    bodyText.replace("\"@NTP@\"", ntpDigits(ntpAtMediaZero() + m.mediaSeconds));
    const QJsonObject sender{{QStringLiteral("user_id"), m.senderId},
                             {QStringLiteral("username"), m.senderHandle},
                             {QStringLiteral("display_name"), m.senderName},
                             {QStringLiteral("participant_index"), 0}};
    const QJsonObject payload{{QStringLiteral("room"), QStringLiteral("1YqKDqWqdPLxV")},
                              {QStringLiteral("lang"), QStringLiteral("en")},
                              {QStringLiteral("timestamp"), double(timestampMs) * 1e6},
                              {QStringLiteral("uuid"), uuid},
                              {QStringLiteral("sender"), sender},
                              {QStringLiteral("body"), QString::fromUtf8(bodyText)}};
    const QJsonObject message{
        {QStringLiteral("kind"), 1},
        {QStringLiteral("payload"),
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))},
        {QStringLiteral("signature"), QStringLiteral("3x4mpl3")}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

FakeResponse FakeChatService::access(const FakeRequest &request) {
    ++m_accessCalls;
    m_requests.append(request);
    const QJsonObject asked = QJsonDocument::fromJson(request.body).object();
    if (request.method != "POST" || m_chatToken.isEmpty() ||
        asked.value(QLatin1String("chat_token")).toString() != m_chatToken)
        return jsonResponse(403, R"({"msg":"chat token not valid"})");
    const QString endpoint = m_endpoint.isEmpty() ? m_http.baseUrl().toString() : m_endpoint;
    const QJsonObject answer{{QStringLiteral("access_token"), QStringLiteral("acc-") + m_chatToken},
                             {QStringLiteral("endpoint"), endpoint},
                             {QStringLiteral("replay_access_token"), QStringLiteral("racc")},
                             {QStringLiteral("replay_endpoint"), endpoint},
                             {QStringLiteral("room_id"), QStringLiteral("1YqKDqWqdPLxV")},
                             {QStringLiteral("read_only"), true}};
    return jsonResponse(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

FakeResponse FakeChatService::history(const FakeRequest &request) {
    ++m_historyCalls;
    m_requests.append(request);
    const QJsonObject asked = QJsonDocument::fromJson(request.body).object();
    if (request.method != "POST" || asked.value(QLatin1String("access_token")).toString() !=
                                        QStringLiteral("acc-") + m_chatToken)
        return jsonResponse(401, R"({"msg":"access token not valid"})");
    const QString cursor = asked.value(QLatin1String("cursor")).toString();
    int first = 0;
    if (!cursor.isEmpty()) {
        bool ok = false;
        const qint64 ns = cursor.toLongLong(&ok);
        if (!ok || ns < kCursorBaseNs || (ns - kCursorBaseNs) % kCursorStepNs != 0)
            return jsonResponse(400, R"({"msg":"bad cursor"})");
        first = int((ns - kCursorBaseNs) / kCursorStepNs);
    }
    const int total = int(m_script.size());
    if (first >= total && !cursor.isEmpty()) {
        if (m_end == End::Status503)
            return jsonResponse(503, R"({"msg":"no more"})");
        if (m_end == End::EmptyPage)
            return jsonResponse(200, R"({"messages":[],"cursor":")" + cursorFor(first) + "\"}");
    }
    const int end = std::min(total, first + m_pageSize);
    QByteArrayList messages;
    if (m_duplicates && first > 0 && first <= total)
        messages << messageJson(first - 1);
    for (int i = first; i < end; ++i)
        messages << messageJson(i);
    const QByteArray next =
        end >= total && m_end == End::EmptyCursor ? QByteArray() : cursorFor(end);
    return jsonResponse(200,
                        "{\"messages\":[" + messages.join(',') + "],\"cursor\":\"" + next + "\"}");
}

}  // namespace spacetape::test
