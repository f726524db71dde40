// SPDX-License-Identifier: MIT
#pragma once

#include "extras/SpaceExtras.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <vector>

class QNetworkReply;
class QWebSocket;

namespace spacetape {
class NetworkService;
}

namespace spacetape::extras {

/// How often and how long ChatClient asks; tests shrink it.
struct ChatTiming {
    /// Live: the pause between two history polls (X's own client polls every ~1.5 s).
    int pollIntervalMs = 2000;
    /// Reading a whole history must end within this long (limits::kChatHistoryDeadlineMs).
    int historyDeadlineMs = 0;  ///< 0: the limit's default
    /// Live: failed polls in a row before the chat is given up.
    int maxFailedPolls = 5;
};

/**
 * @brief Reads a Space's chat from X's chat service (facts §9).
 *
 * `accessChatPublic` on Periscope's API host turns the stream status's chat token into an
 * endpoint and an access token; `chatapi/v1/history` at that endpoint is then read page by
 * page until an empty cursor, an empty page or HTTP 503. Messages are cleaned and kept as
 * ChatEntry (ChatParse); the same message arriving twice is kept once (by uuid).
 *
 * The chat hosts never get the user's login: requests carry no cookies, no bearer and no
 * auth header. Everything is bounded: answer sizes (limits::kMaxChatPageBytes), pages
 * (kMaxChatPages), entries (kMaxChatEntries) and the total time (kChatHistoryDeadlineMs).
 *
 * While live, the `chatnow` WebSocket at the endpoint's host is listened to as well: when it
 * carries messages they arrive at once; when it brings only presence (as a 2025–26 client
 * saw), the history polls still bring every message. Either way nothing is kept twice.
 *
 * A chat that cannot be read is not an error of the download: finished() says why in one
 * line (translated), and whatever was read stays in entries().
 */
class ChatClient : public QObject {
    Q_OBJECT
public:
    /// Where the chat token is exchanged (routed to `--api-origin` like X's hosts).
    static constexpr char kAccessUrl[] = "https://proxsee.pscp.tv/api/v2/accessChatPublic";

    explicit ChatClient(NetworkService &network, QObject *parent = nullptr);
    ~ChatClient() override;

    void setTiming(const ChatTiming &timing) { m_timing = timing; }
    /// Where the live socket is, instead of `wss://<endpoint host>/chatapi/v1/chatnow` (for
    /// tests, whose fake serves the socket on a port of its own). Empty: the endpoint's.
    void setChatnowUrl(const QUrl &url) { m_chatnowOverride = url; }

    /// Reads the whole history once (an ended Space, or a live one's chat so far);
    /// finished() follows. @p chatToken is StreamInfo::chatToken.
    void fetchHistory(const QString &chatToken);
    /**
     * While a live Space is recorded: reads the history so far, then asks again with the
     * last cursor every ChatTiming::pollIntervalMs until stop(). entriesAdded() reports new
     * entries as they come; finished() follows stop() or a chat given up.
     */
    void startLive(const QString &chatToken);
    /// Ends reading (aborts a request in flight); finished() follows unless already emitted.
    void stop();

    bool isRunning() const { return m_running; }
    /// Every entry read so far, in the order they came, without duplicates.
    const std::vector<ChatEntry> &entries() const { return m_entries; }
    /// History pages read so far.
    int pagesRead() const { return m_pages; }
    /// Entries dropped because the same uuid came again.
    int duplicatesDropped() const { return m_duplicates; }
    /// Live: chat messages (not presence) the socket has brought so far.
    int socketMessages() const { return m_socketMessages; }

Q_SIGNALS:
    /// Entries from @p firstIndex on in entries() are new.
    void entriesAdded(int firstIndex);
    /// Reading ended: @p ok when the chat was read to its end (or stopped while live);
    /// otherwise @p reason says why, in one line.
    void finished(bool ok, const QString &reason);

private:
    void start(const QString &chatToken, bool live);
    void requestAccess();
    void onAccess(QNetworkReply *reply);
    void requestPage();
    void onPage(QNetworkReply *reply);
    /// Reading the history (to now) is done: end, or poll again while live.
    void historyDone();
    /// Keeps @p entry unless its uuid was seen or the entry cap is reached; true when kept.
    bool keep(ChatEntry &&entry);
    void openSocket();
    void onSocketMessage(const QString &text);
    void closeSocket();
    void finish(bool ok, const QString &reason);
    QNetworkReply *postJson(const QUrl &url, const QByteArray &body);
    /// A one-line reason for a failed request to the chat service.
    QString requestFailure(QNetworkReply *reply) const;
    int deadlineMs() const;

    NetworkService &m_network;
    ChatTiming m_timing;
    QString m_chatToken;
    QString m_accessToken;
    QUrl m_endpoint;
    QString m_roomId;
    QUrl m_chatnowOverride;
    QWebSocket *m_socket = nullptr;
    int m_socketMessages = 0;
    QString m_cursor;
    bool m_live = false;
    bool m_running = false;
    int m_pages = 0;
    int m_pagesThisRound = 0;
    int m_duplicates = 0;
    int m_failedPolls = 0;
    bool m_capReported = false;
    std::vector<ChatEntry> m_entries;
    QSet<QString> m_seen;
    QPointer<QNetworkReply> m_reply;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
};

}  // namespace spacetape::extras
