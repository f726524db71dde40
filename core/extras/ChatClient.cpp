// SPDX-License-Identifier: MIT
#include "extras/ChatClient.h"

#include "extras/ChatParse.h"
#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "util/Logging.h"
#include "util/SafeText.h"
#include "x/XJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QWebSocket>

namespace spacetape::extras {

namespace {

constexpr int kHttpServiceUnavailable = 503;

}  // namespace

ChatClient::ChatClient(NetworkService &network, QObject *parent)
    : QObject(parent), m_network(network) {
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        m_pagesThisRound = 0;
        requestPage();
    });
}

ChatClient::~ChatClient() {
    if (m_reply)
        m_reply->abort();
    closeSocket();
}

void ChatClient::fetchHistory(const QString &chatToken) {
    start(chatToken, false);
}

void ChatClient::startLive(const QString &chatToken) {
    start(chatToken, true);
}

void ChatClient::start(const QString &chatToken, bool live) {
    if (m_running)
        stop();
    m_chatToken = chatToken;
    m_live = live;
    m_running = true;
    m_accessToken.clear();
    m_endpoint = QUrl();
    m_cursor.clear();
    m_roomId.clear();
    m_pages = m_pagesThisRound = m_duplicates = m_failedPolls = m_socketMessages = 0;
    m_capReported = false;
    m_entries.clear();
    m_seen.clear();
    m_clock.start();
    if (m_chatToken.isEmpty()) {
        // Deferred, so a caller connecting after the call still hears it.
        QTimer::singleShot(0, this, [this] {
            finish(false, tr("X gave no chat token for this Space, so its chat cannot be read."));
        });
        return;
    }
    requestAccess();
}

void ChatClient::stop() {
    if (!m_running)
        return;
    m_pollTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(true, {});
}

int ChatClient::deadlineMs() const {
    return m_timing.historyDeadlineMs > 0 ? m_timing.historyDeadlineMs
                                          : limits::kChatHistoryDeadlineMs;
}

QNetworkReply *ChatClient::postJson(const QUrl &url, const QByteArray &body) {
    QNetworkRequest request = m_network.apiRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The chat hosts are not X: they never see the user's cookies or any credential.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = m_network.post(request, body);
    replyguard::bound(reply, limits::kMaxChatPageBytes, limits::kBodyDeadlineMs,
                      tr("chat service's answer"), "kMaxChatPageBytes");
    m_reply = reply;
    return reply;
}

QString ChatClient::requestFailure(QNetworkReply *reply) const {
    const QString guard = replyguard::failure(reply);
    if (!guard.isEmpty())
        return guard;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return tr("the chat service could not be reached (%1)")
            .arg(printable(reply->errorString(), 200));
    // The service explains refusals in {"msg": …}.
    const auto body = parseJsonObject(reply->readAll());
    const QString msg =
        body ? printable(body->value(QLatin1String("msg")).toString(), 200) : QString();
    return msg.isEmpty() ? tr("the chat service answered HTTP %1").arg(status)
                         : tr("the chat service answered HTTP %1: “%2”").arg(status).arg(msg);
}

void ChatClient::requestAccess() {
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("chat_token"), m_chatToken}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = postJson(QUrl(QString::fromLatin1(kAccessUrl)), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onAccess(reply); });
}

void ChatClient::onAccess(QNetworkReply *reply) {
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->error() != QNetworkReply::NoError) {
        finish(false, tr("The chat could not be opened: %1.").arg(requestFailure(reply)));
        return;
    }
    const auto answer = parseJsonObject(reply->readAll());
    if (!answer) {
        finish(false, tr("The chat could not be opened: its answer could not be read (%1).")
                          .arg(answer.error()));
        return;
    }
    // Live chats name `endpoint`; some ended ones only the replay pair.
    QString endpointText = answer->value(QLatin1String("endpoint")).toString();
    m_accessToken = asciiToken(answer->value(QLatin1String("access_token")).toString(),
                               limits::kMaxChatTokenChars);
    if (endpointText.isEmpty() || m_accessToken.isEmpty()) {
        endpointText = answer->value(QLatin1String("replay_endpoint")).toString();
        m_accessToken = asciiToken(answer->value(QLatin1String("replay_access_token")).toString(),
                                   limits::kMaxChatTokenChars);
    }
    m_endpoint = QUrl(endpointText.left(2000), QUrl::StrictMode);
    if (m_accessToken.isEmpty()) {
        finish(false, tr("The chat could not be opened: the chat service gave no usable access "
                         "token."));
        return;
    }
    if (!urlpolicy::isAllowedChatEndpoint(m_endpoint)) {
        finish(false, tr("The chat could not be opened: the chat service named “%1”, which is "
                         "not an https address, so it is not used.")
                          .arg(printable(endpointText, 120)));
        return;
    }
    m_roomId = printable(answer->value(QLatin1String("room_id")).toString(),
                         limits::kMaxChatNameChars - 1);
    if (m_live)
        openSocket();
    requestPage();
}

void ChatClient::requestPage() {
    if (!m_live && m_clock.elapsed() > deadlineMs()) {
        finish(false, tr("The chat could not be read to its end within %1 s (limit "
                         "kChatHistoryDeadlineMs).")
                          .arg(deadlineMs() / 1000));
        return;
    }
    QUrl url = m_endpoint;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/chatapi/v1/history"));
    url.setQuery(QString());
    url.setFragment(QString());
    const QByteArray body = QJsonDocument(QJsonObject{
                                              {QStringLiteral("access_token"), m_accessToken},
                                              {QStringLiteral("cursor"), m_cursor},
                                              {QStringLiteral("limit"), 1000},
                                              {QStringLiteral("since"), QJsonValue::Null},
                                              {QStringLiteral("quick_get"), true},
                                          })
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = postJson(url, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPage(reply); });
}

void ChatClient::onPage(QNetworkReply *reply) {
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == kHttpServiceUnavailable) {
        // The service's way of saying the history has no more pages.
        historyDone();
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        if (m_live && ++m_failedPolls < m_timing.maxFailedPolls) {
            qCInfo(lcX, "chat: a history poll failed (%s); trying again",
                   qPrintable(requestFailure(reply)));
            m_pollTimer.start(m_timing.pollIntervalMs);
            return;
        }
        finish(false, tr("The chat could not be read: %1.").arg(requestFailure(reply)));
        return;
    }
    auto page = ChatParse::parseHistoryPage(reply->readAll());
    if (!page) {
        finish(false, tr("The chat could not be read: %1.").arg(page.error()));
        return;
    }
    m_failedPolls = 0;
    ++m_pages;
    ++m_pagesThisRound;
    const int firstNew = int(m_entries.size());
    for (ChatEntry &entry : page->entries) {
        keep(std::move(entry));
        if (m_capReported)
            break;
    }
    if (int(m_entries.size()) > firstNew)
        Q_EMIT entriesAdded(firstNew);

    const bool lastPage =
        page->cursor.isEmpty() || page->messageCount == 0 || page->cursor == m_cursor;
    if (!page->cursor.isEmpty())
        m_cursor = page->cursor;
    if (lastPage || m_capReported) {
        historyDone();
        return;
    }
    if (m_pagesThisRound >= limits::kMaxChatPages) {
        qCWarning(lcX, "chat: more than %d history pages (kMaxChatPages); the rest is not read",
                  limits::kMaxChatPages);
        historyDone();
        return;
    }
    requestPage();
}

bool ChatClient::keep(ChatEntry &&entry) {
    if (!entry.uuid.isEmpty() && m_seen.contains(entry.uuid)) {
        ++m_duplicates;
        return false;
    }
    if (int(m_entries.size()) >= limits::kMaxChatEntries) {
        if (!m_capReported)
            qCWarning(lcX, "chat: more than %d entries (kMaxChatEntries); the rest is dropped",
                      limits::kMaxChatEntries);
        m_capReported = true;
        return false;
    }
    if (!entry.uuid.isEmpty())
        m_seen.insert(entry.uuid);
    m_entries.push_back(std::move(entry));
    return true;
}

void ChatClient::openSocket() {
    QUrl url = m_chatnowOverride;
    if (url.isEmpty()) {
        url = m_endpoint;
        // The endpoint passed isAllowedChatEndpoint: https, or http to loopback.
        url.setScheme(m_endpoint.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                          ? QStringLiteral("wss")
                          : QStringLiteral("ws"));
        url.setPath(QStringLiteral("/chatapi/v1/chatnow"));
        url.setQuery(QString());
    }
    closeSocket();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Bounded like every answer: a frame, and a message of frames.
    m_socket->setMaxAllowedIncomingFrameSize(quint64(limits::kMaxChatFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(limits::kMaxChatFrameBytes));
    connect(m_socket, &QWebSocket::connected, this, [this] {
        // Facts §9: authenticate (kind 3), then join the room (kind 2 holding kind 1).
        const QByteArray auth =
            QJsonDocument(QJsonObject{{QStringLiteral("access_token"), m_accessToken}})
                .toJson(QJsonDocument::Compact);
        m_socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("payload"), QString::fromUtf8(auth)},
                                      {QStringLiteral("kind"), 3}})
                .toJson(QJsonDocument::Compact)));
        const QByteArray room = QJsonDocument(QJsonObject{{QStringLiteral("room"), m_roomId}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray join =
            QJsonDocument(QJsonObject{{QStringLiteral("body"), QString::fromUtf8(room)},
                                      {QStringLiteral("kind"), 1}})
                .toJson(QJsonDocument::Compact);
        m_socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("payload"), QString::fromUtf8(join)},
                                      {QStringLiteral("kind"), 2}})
                .toJson(QJsonDocument::Compact)));
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ChatClient::onSocketMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [] {
        // The history polls carry on; they bring whatever the socket would have.
        qCInfo(lcX, "chat: the live socket closed; polling the history alone");
    });
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_network.userAgent());
    m_socket->open(request);
}

void ChatClient::onSocketMessage(const QString &text) {
    if (!m_running || text.size() > limits::kMaxChatFrameBytes)
        return;
    const auto frame = parseJsonObject(text.toUtf8());
    // kind 1 is a chat message; kind 2 a control message (presence: inner kind 4).
    if (!frame || frame->value(QLatin1String("kind")).toInt() != 1)
        return;
    auto entry = ChatParse::parsePayload(frame->value(QLatin1String("payload")).toString());
    if (!entry)
        return;
    ++m_socketMessages;
    const int firstNew = int(m_entries.size());
    if (keep(std::move(*entry)))
        Q_EMIT entriesAdded(firstNew);
}

void ChatClient::closeSocket() {
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void ChatClient::historyDone() {
    if (m_live && m_running) {
        m_pollTimer.start(m_timing.pollIntervalMs);
        return;
    }
    finish(true, {});
}

void ChatClient::finish(bool ok, const QString &reason) {
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.stop();
    closeSocket();
    if (!ok)
        qCInfo(lcX, "chat: %s", qPrintable(reason));  // the caller tells the user
    Q_EMIT finished(ok, reason);
}

}  // namespace spacetape::extras
