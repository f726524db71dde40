// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;

namespace spacetape::test {

/// One request as the fake server received it.
struct FakeRequest {
    QByteArray method;
    QByteArray path;   ///< Percent-encoded path without the query, e.g. "/cdn/0001.aac".
    QByteArray query;  ///< Everything after '?', without the '?'; empty when absent.
    QHash<QByteArray, QByteArray> headers;  ///< Names in lower case.
    QByteArray body;
    qint64 receivedAtMs = 0;  ///< Monotonic milliseconds since the server was created.

    /// The header @p lowerCaseName, or an empty array.
    QByteArray header(const QByteArray &lowerCaseName) const {
        return headers.value(lowerCaseName);
    }
};

/// What a route answers. Content-Length and Connection are added by the server.
struct FakeResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Sent with Transfer-Encoding: chunked (pieces of varying size, no Content-Length).
    bool chunkedTransfer = false;

    /// Appends a header (repeat for repeated headers).
    FakeResponse &addHeader(const QByteArray &name, const QByteArray &value) {
        headers.append(qMakePair(name, value));
        return *this;
    }
};

class FakeConnection;

/**
 * @brief A small HTTP/1.1 server on 127.0.0.1 for tests and benchmarks (the fake CDN / X API).
 *
 * Keep-alive, any number of parallel connections, TCP_NODELAY, and every answer written in a
 * single write, so the server never makes a client look slow (see x-spaces-facts §5).
 * Routes are generic: a handler gets the request and may answer it; the first route whose
 * prefix matches and that answers wins; nothing answers → 404.
 *
 * Faults are injected per exact path, or for every path when the path is empty; "times"
 * counts per path, so `failTransiently("", 2, 503)` fails every path twice. Faults are
 * checked in the order they were added, one fault per request. Latency and trickling use
 * timers: the event loop never blocks.
 */
class FakeHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<std::optional<FakeResponse>(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    /// Listens on 127.0.0.1, on @p port or a free one when 0. False when that fails.
    bool listen(quint16 port = 0);
    quint16 port() const;
    /// "http://127.0.0.1:PORT" (no trailing slash).
    QUrl baseUrl() const;
    /// baseUrl() with @p pathAndQuery appended, e.g. url("/cdn/a.aac").
    QUrl url(const QString &pathAndQuery) const;

    /// Adds a route for paths starting with @p pathPrefix. First match that answers wins.
    void addRoute(const QByteArray &pathPrefix, Handler handler);
    /// Like addRoute, but tried before every route added so far (a more specific handler
    /// under a prefix another route already claims, e.g. one GraphQL operation).
    void prependRoute(const QByteArray &pathPrefix, Handler handler);
    /// Serves @p body at exactly @p path (GET and HEAD; single byte ranges supported).
    void serveFile(const QByteArray &path, QByteArray body, QByteArray contentType);
    /// Serves the files under @p dir at @p urlPrefix + relative path (read on each request).
    void serveDirectory(const QByteArray &urlPrefix, const QString &dir);

    // ---- faults ----
    /// Delay added before answering every request.
    void setLatencyMs(int ms);
    /// Answers @p status (e.g. 503 or 429) @p times, with Retry-After when @p retryAfterSeconds >
    /// 0.
    void failTransiently(const QByteArray &path, int times, int status, int retryAfterSeconds = 0);
    /// Sends the headers and half of the body, then closes the connection, @p times.
    void cutMidBody(const QByteArray &path, int times);
    /// Declares 1000 bytes more than it sends, sends the body, then closes, @p times.
    void sendWrongContentLength(const QByteArray &path, int times);
    /// Always answers @p status.
    void failForever(const QByteArray &path, int status = 404);
    /// Sends @p bytesPerSecond bytes once a second, @p times: a slow, stalling server.
    void trickle(const QByteArray &path, int times, int bytesPerSecond);
    /// Answers @p times with 200, the route's headers and body, then @p filler over and over
    /// for ever (chunked, no Content-Length), as fast as the client reads: an endless body.
    void sendEndlessBody(const QByteArray &path, int times,
                         QByteArray filler = QByteArray(64 * 1024, ' '));
    /// Body bytes handed to the socket by endless bodies so far (what a client can have read
    /// is at most this).
    qint64 endlessBytesSent() const { return m_endlessBytesSent; }
    /// Answers 403 to every request without exactly this Referer header.
    void requireReferer(const QByteArray &referer);
    /// Answers @p times with 200 and an empty body (an edge that lost the object).
    void answerEmpty(const QByteArray &path, int times);
    /// Like failTransiently(), but Retry-After is an HTTP-date (IMF-fixdate, RFC 9110 §10.2.3)
    /// @p retryAfterSeconds from the moment of the answer, as CDNs send it.
    void failTransientlyUntilDate(const QByteArray &path, int times, int status,
                                  int retryAfterSeconds);

    // ---- transfer modes real servers use (kept by clearFaults()) ----
    /// Answers @p path (every path when empty) with Transfer-Encoding: chunked.
    void useChunkedTransfer(const QByteArray &path);
    /// Gzips the answers for @p path (every path when empty) when the request's
    /// Accept-Encoding allows gzip: Content-Encoding: gzip, Content-Length of the gzip bytes.
    void useGzip(const QByteArray &path);
    /// Answers sent gzipped / chunked so far (a test proves the mode was exercised).
    int gzippedAnswers() const { return m_gzippedAnswers; }
    int chunkedAnswers() const { return m_chunkedAnswers; }

    /// Removes every fault, the latency and the Referer requirement.
    void clearFaults();

    // ---- observation ----
    QList<FakeRequest> requestLog() const { return m_log; }
    /// Requests received for exactly @p path (every path when empty).
    int requestCount(const QByteArray &path = {}) const;
    /// Most requests being answered at once (from receipt until the answer is written).
    int maxInFlight() const { return m_maxInFlight; }
    /// Requests being answered right now.
    int inFlight() const { return m_inFlight; }
    /// Connections open right now.
    int openConnections() const { return m_connections.size(); }
    /// Forgets the request log and resets maxInFlight() to inFlight().
    void clearRequestLog();

Q_SIGNALS:
    /// Emitted for every complete request, before it is answered.
    void requestReceived(const spacetape::test::FakeRequest &request);

private:
    friend class FakeConnection;

    enum class FaultKind { Status, CutMidBody, WrongContentLength, Trickle, Endless };
    struct Fault {
        Fault(FaultKind k, QByteArray p, int n) : kind(k), path(std::move(p)), times(n) {}
        FaultKind kind;
        QByteArray path;  // empty: every path
        int times;        // per path; -1: forever
        int status = 0;
        int retryAfterSeconds = 0;
        bool retryAfterAsDate = false;
        bool emptyBody = false;
        int bytesPerSecond = 0;
        QByteArray filler;
        QHash<QByteArray, int> used;
    };
    /// What the server decided to do with one request.
    struct Plan {
        FakeResponse response;
        FaultKind delivery = FaultKind::Status;  // Status means "deliver normally"
        int bytesPerSecond = 0;
        QByteArray filler;
    };

    void onNewConnection();
    Plan planFor(const FakeRequest &request);
    std::optional<FakeResponse> route(const FakeRequest &request) const;
    void requestStarted(const FakeRequest &request);
    void requestEnded();
    qint64 nowMs() const { return m_clock.elapsed(); }
    int latencyMs() const { return m_latencyMs; }

    QTcpServer *m_server;
    QElapsedTimer m_clock;
    QList<QPair<QByteArray, Handler>> m_routes;
    QList<Fault> m_faults;
    QByteArray m_requiredReferer;
    QList<QByteArray> m_chunkedPaths;
    QList<QByteArray> m_gzipPaths;
    int m_gzippedAnswers = 0;
    int m_chunkedAnswers = 0;
    qint64 m_endlessBytesSent = 0;
    int m_latencyMs = 0;
    QList<FakeRequest> m_log;
    QHash<QByteArray, int> m_countByPath;
    QList<FakeConnection *> m_connections;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

/// @p data as a gzip member (RFC 1952), for Content-Encoding: gzip.
QByteArray gzipBytes(const QByteArray &data);

/// Builds the raw bytes of an HTTP/1.1 response (exposed for tests of the server itself).
QByteArray serializeResponse(const FakeResponse &response, bool keepAlive, bool headOnly,
                             qint64 declaredLength = -1);

}  // namespace spacetape::test

Q_DECLARE_METATYPE(spacetape::test::FakeRequest)
