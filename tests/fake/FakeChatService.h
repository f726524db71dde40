// SPDX-License-Identifier: MIT
#pragma once

#include "fake/FakeHttpServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace spacetape::test {

/// One message of the fake chat's script, with the fake's own truth: where it was said.
struct FakeChatMessage {
    /// How the message carries its NTP stamp (facts §9: a number above 2^63, or a string).
    enum class Ntp {
        Number,         ///< ntpForBroadcasterFrame as a JSON number (raw digits, > 2^63)
        String,         ///< ntpForBroadcasterFrame as a string of digits
        Zero,           ///< ntpForBroadcasterFrame 0: placed by timestamp − started_at
        LiveFrameOnly,  ///< only ntpForLiveFrame (a number)
    };
    int type = 1;  ///< body.type: 1 chat, 2 reaction, 3 join, 40 stage event, 45, 201
    QString text;
    double mediaSeconds = 0;  ///< truth: seconds from the Space's start (= media time 0)
    Ntp ntp = Ntp::Number;
    bool final = true;   ///< type 45: false for an interim caption
    int stageEvent = 0;  ///< type 40: guestBroadcastingEvent
    QString guest;       ///< type 40: guestUsername
    QString senderId = QStringLiteral("1lDxLnrWaLnKE");
    QString senderHandle = QStringLiteral("listener1");
    QString senderName = QStringLiteral("Listener One");
    QString uuid;  ///< empty: one is made up from the message's index
};

/**
 * @brief X's chat service (facts §9), small: `accessChatPublic` on the routed Periscope API
 * path and `chatapi/v1/history` pages at the endpoint it names (this server, unless
 * setEndpoint() says otherwise).
 *
 * The history is served from a script in pages of pageSize() messages with X's cursor
 * (a nanosecond time as a string); the last page ends as setEnd() says; with
 * setDuplicates(true) every page repeats the previous page's last message. Every message's
 * NTP stamp and time stamp follow from its mediaSeconds, so tests can check placement
 * against the truth: media time t is NTP ntpAtMediaZero() + t, and the service stamped it
 * at startedAt + t + kSendLatencyMs. Messages appended later (append()) appear on the next
 * poll, as in a live Space.
 *
 * listenSocket() adds the live `chatnow` WebSocket (on a port of its own, socketUrl()): it
 * records what clients send, and pushes each appended message as a frame, or, as a 2025–26
 * client saw, only presence frames (inner kind 4).
 */
class FakeChatService {
public:
    /// How the history says it has no more pages.
    enum class End { EmptyCursor, Status503, EmptyPage };
    /// What the service adds between a message being said and its time stamp.
    static constexpr int kSendLatencyMs = 400;
    static constexpr char kAccessPath[] = "/api/v2/accessChatPublic";
    static constexpr char kHistoryPath[] = "/chatapi/v1/history";

    explicit FakeChatService(FakeHttpServer &http);
    ~FakeChatService();

    /// The chat of one Space: @p chatToken is what the stream status hands out.
    void setChat(const QString &chatToken, const QDateTime &startedAt,
                 const QList<FakeChatMessage> &script);
    /// Adds a message said now (and sends it on the socket when that carries messages).
    void append(const FakeChatMessage &message);
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    void setEnd(End end) { m_end = end; }
    void setDuplicates(bool on) { m_duplicates = on; }
    /// What accessChatPublic names as the endpoint (default: this server's base URL).
    void setEndpoint(const QString &endpoint) { m_endpoint = endpoint; }

    /// NTP seconds (since 1900) of media time 0.
    double ntpAtMediaZero() const;
    /// @p ntpSeconds as the service writes it: unsigned 64-bit 32.32 fixed point, in digits.
    static QByteArray ntpDigits(double ntpSeconds);

    /// Serves chatnow on 127.0.0.1; @p carriesMessages false: presence frames only.
    bool listenSocket(bool carriesMessages);
    /// ws://127.0.0.1:PORT/chatapi/v1/chatnow
    QUrl socketUrl() const;
    /// Text frames clients sent on the socket, in order.
    QStringList socketReceived() const { return m_socketReceived; }

    int accessCalls() const { return m_accessCalls; }
    int historyCalls() const { return m_historyCalls; }
    /// Every request to the access and history routes, as received.
    QList<FakeRequest> requests() const { return m_requests; }

private:
    FakeResponse access(const FakeRequest &request);
    FakeResponse history(const FakeRequest &request);
    QByteArray messageJson(int index) const;
    QByteArray cursorFor(int index) const;

    FakeHttpServer &m_http;
    std::unique_ptr<QWebSocketServer> m_socketServer;
    QList<QWebSocket *> m_sockets;
    bool m_socketCarriesMessages = true;
    QStringList m_socketReceived;
    QString m_chatToken;
    QDateTime m_startedAt;
    QList<FakeChatMessage> m_script;
    int m_pageSize = 4;
    End m_end = End::Status503;
    bool m_duplicates = false;
    QString m_endpoint;
    int m_accessCalls = 0;
    int m_historyCalls = 0;
    QList<FakeRequest> m_requests;
};

}  // namespace spacetape::test
