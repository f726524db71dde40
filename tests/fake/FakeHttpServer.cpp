// SPDX-License-Identifier: MIT
#include "fake/FakeHttpServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace spacetape::test {

namespace {

constexpr int kMaxHeaderBytes = 64 * 1024;
constexpr int kWrongLengthSurplus = 1000;

QByteArray reasonPhrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 204:
            return "No Content";
        case 206:
            return "Partial Content";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 304:
            return "Not Modified";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 410:
            return "Gone";
        case 416:
            return "Range Not Satisfiable";
        case 429:
            return "Too Many Requests";
        case 431:
            return "Request Header Fields Too Large";
        case 500:
            return "Internal Server Error";
        case 501:
            return "Not Implemented";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        case 504:
            return "Gateway Timeout";
        default:
            return "Status";
    }
}

FakeResponse plainResponse(int status, const QByteArray &text = {}) {
    FakeResponse r;
    r.status = status;
    r.addHeader("Content-Type", "text/plain; charset=utf-8");
    r.body = text.isEmpty() ? reasonPhrase(status) + '\n' : text;
    return r;
}

QByteArray contentTypeFor(const QString &fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("m3u8"))
        return "application/vnd.apple.mpegurl";
    if (suffix == QLatin1String("aac"))
        return "audio/aac";
    if (suffix == QLatin1String("ts"))
        return "video/mp2t";
    if (suffix == QLatin1String("json"))
        return "application/json";
    if (suffix == QLatin1String("html"))
        return "text/html; charset=utf-8";
    if (suffix == QLatin1String("js"))
        return "application/javascript";
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "image/jpeg";
    if (suffix == QLatin1String("png"))
        return "image/png";
    return "application/octet-stream";
}

/// A static body, honouring a single "Range: bytes=a-b" (some download tools send one).
FakeResponse staticResponse(const FakeRequest &request, const QByteArray &body,
                            const QByteArray &contentType) {
    if (request.method != "GET" && request.method != "HEAD")
        return plainResponse(405);
    FakeResponse r;
    r.addHeader("Content-Type", contentType);
    r.addHeader("Accept-Ranges", "bytes");
    const QByteArray range = request.header("range").trimmed();
    if (!range.startsWith("bytes=") || range.contains(',')) {
        r.body = body;
        return r;
    }
    const QByteArray spec = range.mid(6);
    const int dash = spec.indexOf('-');
    bool firstOk = false;
    bool lastOk = false;
    qint64 first = spec.left(dash).toLongLong(&firstOk);
    qint64 last = spec.mid(dash + 1).toLongLong(&lastOk);
    const qint64 size = body.size();
    if (dash < 0 || (!firstOk && !lastOk)) {
        r.body = body;
        return r;
    }
    if (!firstOk) {  // suffix range: the last N bytes
        first = std::max<qint64>(0, size - last);
        last = size - 1;
    } else if (!lastOk || last >= size) {
        last = size - 1;
    }
    if (first >= size || first > last) {
        FakeResponse unsatisfiable = plainResponse(416);
        unsatisfiable.addHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return unsatisfiable;
    }
    r.status = 206;
    r.addHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                     QByteArray::number(last) + '/' + QByteArray::number(size));
    r.body = body.mid(first, last - first + 1);
    return r;
}

bool isHopByHop(const QByteArray &name) {
    const QByteArray lower = name.toLower();
    return lower == "content-length" || lower == "connection" || lower == "transfer-encoding" ||
           lower == "keep-alive";
}

quint32 crc32Of(const QByteArray &data) {
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian32(QByteArray &out, quint32 value) {
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((value >> shift) & 0xFF));
}

/// IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (always English, always GMT).
QByteArray httpDate(const QDateTime &when) {
    return QLocale::c()
        .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

bool pathMatches(const QList<QByteArray> &paths, const QByteArray &path) {
    return paths.contains(path) || paths.contains(QByteArray());
}

}  // namespace

QByteArray gzipBytes(const QByteArray &data) {
    // qCompress: 4-byte length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
    const QByteArray zlib = qCompress(data, 9);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += zlib.mid(6, zlib.size() - 10);
    appendLittleEndian32(out, crc32Of(data));
    appendLittleEndian32(out, quint32(data.size()));
    return out;
}

QByteArray serializeResponse(const FakeResponse &response, bool keepAlive, bool headOnly,
                             qint64 declaredLength) {
    QByteArray out;
    out.reserve(256 + (headOnly ? 0 : response.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    for (const auto &header : response.headers) {
        if (isHopByHop(header.first))
            continue;
        out += header.first + ": " + header.second + "\r\n";
    }
    if (response.chunkedTransfer && declaredLength < 0) {
        out += "Transfer-Encoding: chunked\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
        out += "\r\n";
        if (headOnly)
            return out;
        // Pieces of varying size, one of them a single byte, as a streaming server sends.
        static constexpr int kPieces[] = {1, 7, 1000, 4093, 65536};
        int piece = 0;
        for (qsizetype at = 0; at < response.body.size(); ++piece) {
            const qsizetype size =
                std::min<qsizetype>(kPieces[piece % 5], response.body.size() - at);
            out += QByteArray::number(size, 16) + "\r\n" + response.body.mid(at, size) + "\r\n";
            at += size;
        }
        out += "0\r\n\r\n";
        return out;
    }
    const qint64 length = declaredLength >= 0 ? declaredLength : response.body.size();
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly)
        out += response.body;
    return out;
}

/// One client connection: parses requests one after another and answers them in order.
class FakeConnection : public QObject {
public:
    FakeConnection(FakeHttpServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket) {
        socket->setParent(this);
        // Without TCP_NODELAY, Nagle + delayed ACK add ~40 ms to every answer.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { onDisconnected(); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                onDisconnected();
        });
    }

    void shutdown() {
        m_closed = true;
        m_socket->abort();
    }

private:
    struct Parsed {
        enum Outcome { Incomplete, Complete, Malformed, TooLarge } outcome = Incomplete;
        FakeRequest request;
        bool keepAlive = true;
    };

    void onReadyRead() {
        m_buffer += m_socket->readAll();
        processBuffer();
    }

    void onDisconnected() {
        if (m_closed)
            return;
        m_closed = true;
        if (m_trickle)
            m_trickle->stop();
        if (m_busy) {
            m_busy = false;
            m_server->requestEnded();
        }
        m_server->m_connections.removeOne(this);
        deleteLater();
    }

    Parsed parseOne() {
        Parsed p;
        const int headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                p.outcome = Parsed::TooLarge;
            return p;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            p.outcome = Parsed::Malformed;
            return p;
        }
        FakeRequest &r = p.request;
        r.method = requestLine[0];
        QByteArray target = requestLine[1];
        if (target.startsWith("http://") || target.startsWith("https://")) {
            const int pathStart = target.indexOf('/', target.indexOf("//") + 2);
            target = pathStart < 0 ? QByteArray("/") : target.mid(pathStart);
        }
        const int question = target.indexOf('?');
        r.path = question < 0 ? target : target.left(question);
        r.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (r.headers.contains(name))
                r.headers[name] += ", " + value;
            else
                r.headers.insert(name, value);
        }
        if (r.headers.contains("transfer-encoding")) {  // chunked uploads: not needed so far
            p.outcome = Parsed::Malformed;
            return p;
        }
        const qint64 bodyLength = r.headers.value("content-length", "0").toLongLong();
        const qint64 total = headerEnd + 4 + bodyLength;
        if (m_buffer.size() < total) {
            // curl waits a second for this before sending a large body.
            if (!m_continueSent && r.header("expect").toLower() == "100-continue") {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            return p;
        }
        m_continueSent = false;
        r.body = m_buffer.mid(headerEnd + 4, bodyLength);
        m_buffer.remove(0, total);
        const QByteArray connection = r.headers.value("connection").toLower();
        p.keepAlive = requestLine[2] == "HTTP/1.1" ? !connection.contains("close")
                                                   : connection.contains("keep-alive");
        p.outcome = Parsed::Complete;
        return p;
    }

    void processBuffer() {
        if (m_processing)
            return;  // re-entered from a synchronous answer: the loop continues
        m_processing = true;
        while (!m_busy && !m_closed) {
            Parsed parsed = parseOne();
            if (parsed.outcome == Parsed::Incomplete)
                break;
            if (parsed.outcome != Parsed::Complete) {
                const int status = parsed.outcome == Parsed::TooLarge ? 431 : 400;
                m_socket->write(serializeResponse(plainResponse(status), false, false));
                closeAfterWriting();
                break;
            }
            m_busy = true;
            parsed.request.receivedAtMs = m_server->nowMs();
            m_server->requestStarted(parsed.request);
            FakeHttpServer::Plan plan = m_server->planFor(parsed.request);
            const bool head = parsed.request.method == "HEAD";
            const bool keepAlive = parsed.keepAlive;
            const int latency = m_server->latencyMs();
            if (latency > 0) {
                QTimer::singleShot(latency, this, [this, plan = std::move(plan), keepAlive, head] {
                    deliver(plan, keepAlive, head);
                });
            } else {
                deliver(plan, keepAlive, head);
            }
        }
        m_processing = false;
    }

    void deliver(const FakeHttpServer::Plan &plan, bool keepAlive, bool head) {
        if (m_closed)
            return;
        using Kind = FakeHttpServer::FaultKind;
        const FakeResponse &response = plan.response;
        switch (plan.delivery) {
            case Kind::Status:
                m_socket->write(serializeResponse(response, keepAlive, head));
                endRequest(keepAlive);
                return;
            case Kind::CutMidBody: {
                const QByteArray full = serializeResponse(response, true, false);
                m_socket->write(full.left(full.size() - response.body.size() / 2));
                closeAfterWriting();
                endRequest(false);
                return;
            }
            case Kind::WrongContentLength:
                m_socket->write(serializeResponse(response, true, false,
                                                  response.body.size() + kWrongLengthSurplus));
                closeAfterWriting();
                endRequest(false);
                return;
            case Kind::Trickle:
                startTrickle(serializeResponse(response, keepAlive, head), plan.bytesPerSecond,
                             keepAlive);
                return;
            case Kind::Endless:
                startEndless(response, plan.filler);
                return;
        }
    }

    // Chunked pieces of the filler whenever little is left to write: the socket's buffer
    // follows the client's reading, so a client that stops reading stops the server too.
    void startEndless(const FakeResponse &response, const QByteArray &filler) {
        FakeResponse head = response;
        head.chunkedTransfer = true;
        head.body.clear();
        QByteArray start = serializeResponse(head, false, true);
        if (!response.body.isEmpty())
            start += QByteArray::number(response.body.size(), 16) + "\r\n" + response.body + "\r\n";
        m_socket->write(start);
        m_server->m_endlessBytesSent += response.body.size();
        m_endlessPiece = QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n";
        m_endlessFiller = filler.size();
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { endlessStep(); });
        endlessStep();
    }

    void endlessStep() {
        constexpr qint64 kQueued = 1024 * 1024;
        if (m_closed || m_endlessPiece.isEmpty())
            return;
        while (m_socket->bytesToWrite() < kQueued) {
            m_socket->write(m_endlessPiece);
            m_server->m_endlessBytesSent += m_endlessFiller;
        }
    }

    // One burst a second, so even an inactivity timeout shorter than a second trips.
    void startTrickle(QByteArray data, int bytesPerSecond, bool keepAlive) {
        m_trickleData = std::move(data);
        m_trickleRate = std::max(1, bytesPerSecond);
        m_trickleKeepAlive = keepAlive;
        if (!m_trickle) {
            m_trickle = new QTimer(this);
            m_trickle->setInterval(1000);
            connect(m_trickle, &QTimer::timeout, this, [this] { trickleStep(); });
        }
        trickleStep();
        if (!m_trickleData.isEmpty())
            m_trickle->start();
    }

    void trickleStep() {
        if (m_closed)
            return;
        m_socket->write(m_trickleData.left(m_trickleRate));
        m_trickleData.remove(0, std::min<qsizetype>(m_trickleRate, m_trickleData.size()));
        if (m_trickleData.isEmpty()) {
            m_trickle->stop();
            endRequest(m_trickleKeepAlive);
        }
    }

    void closeAfterWriting() {
        m_closed = true;  // stop reading; disconnected() will clean up
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            m_server->m_connections.removeOne(this);
            deleteLater();
        } else {
            connect(m_socket, &QTcpSocket::disconnected, this, [this] {
                m_server->m_connections.removeOne(this);
                deleteLater();
            });
        }
    }

    void endRequest(bool keepAlive) {
        if (!m_busy)
            return;
        m_busy = false;
        m_server->requestEnded();
        if (!keepAlive) {
            if (!m_closed)
                closeAfterWriting();
            return;
        }
        processBuffer();
    }

    FakeHttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closed = false;
    bool m_processing = false;
    QTimer *m_trickle = nullptr;
    QByteArray m_trickleData;
    int m_trickleRate = 0;
    bool m_trickleKeepAlive = true;
    bool m_continueSent = false;
    QByteArray m_endlessPiece;
    qsizetype m_endlessFiller = 0;
};

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this)) {
    qRegisterMetaType<spacetape::test::FakeRequest>();
    m_clock.start();
    // Benchmarks open dozens of connections at once.
    m_server->setMaxPendingConnections(256);
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer() {
    const auto connections = m_connections;
    m_connections.clear();
    for (FakeConnection *c : connections)
        c->shutdown();
}

bool FakeHttpServer::listen(quint16 port) {
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeHttpServer::port() const {
    return m_server->serverPort();
}

QUrl FakeHttpServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QUrl FakeHttpServer::url(const QString &pathAndQuery) const {
    return QUrl(baseUrl().toString() + pathAndQuery);
}

void FakeHttpServer::addRoute(const QByteArray &pathPrefix, Handler handler) {
    m_routes.append({pathPrefix, std::move(handler)});
}

void FakeHttpServer::prependRoute(const QByteArray &pathPrefix, Handler handler) {
    m_routes.prepend({pathPrefix, std::move(handler)});
}

void FakeHttpServer::serveFile(const QByteArray &path, QByteArray body, QByteArray contentType) {
    addRoute(path,
             [path, body = std::move(body), contentType = std::move(contentType)](
                 const FakeRequest &request) -> std::optional<FakeResponse> {
                 if (request.path != path)
                     return std::nullopt;
                 return staticResponse(request, body, contentType);
             });
}

void FakeHttpServer::serveDirectory(const QByteArray &urlPrefix, const QString &dir) {
    const QString root = QDir(dir).canonicalPath();
    addRoute(
        urlPrefix, [urlPrefix, root](const FakeRequest &request) -> std::optional<FakeResponse> {
            const QString relative = QUrl::fromPercentEncoding(request.path.mid(urlPrefix.size()));
            if (relative.isEmpty() || relative.contains(QLatin1String(".."))) {
                return std::nullopt;
            }
            QFile file(root + QLatin1Char('/') + relative);
            if (!file.open(QIODevice::ReadOnly))
                return std::nullopt;
            return staticResponse(request, file.readAll(), contentTypeFor(file.fileName()));
        });
}

void FakeHttpServer::answerEmpty(const QByteArray &path, int times) {
    Fault f(FaultKind::Status, path, times);
    f.status = 200;
    f.emptyBody = true;
    m_faults.append(f);
}

void FakeHttpServer::failTransientlyUntilDate(const QByteArray &path, int times, int status,
                                              int retryAfterSeconds) {
    Fault f(FaultKind::Status, path, times);
    f.status = status;
    f.retryAfterSeconds = retryAfterSeconds;
    f.retryAfterAsDate = true;
    m_faults.append(f);
}

void FakeHttpServer::useChunkedTransfer(const QByteArray &path) {
    m_chunkedPaths.append(path);
}

void FakeHttpServer::useGzip(const QByteArray &path) {
    m_gzipPaths.append(path);
}

void FakeHttpServer::setLatencyMs(int ms) {
    m_latencyMs = std::max(0, ms);
}

void FakeHttpServer::failTransiently(const QByteArray &path, int times, int status,
                                     int retryAfterSeconds) {
    Fault f(FaultKind::Status, path, times);
    f.status = status;
    f.retryAfterSeconds = retryAfterSeconds;
    m_faults.append(f);
}

void FakeHttpServer::cutMidBody(const QByteArray &path, int times) {
    m_faults.append(Fault(FaultKind::CutMidBody, path, times));
}

void FakeHttpServer::sendWrongContentLength(const QByteArray &path, int times) {
    m_faults.append(Fault(FaultKind::WrongContentLength, path, times));
}

void FakeHttpServer::failForever(const QByteArray &path, int status) {
    Fault f(FaultKind::Status, path, -1);
    f.status = status;
    m_faults.append(f);
}

void FakeHttpServer::trickle(const QByteArray &path, int times, int bytesPerSecond) {
    Fault f(FaultKind::Trickle, path, times);
    f.bytesPerSecond = bytesPerSecond;
    m_faults.append(f);
}

void FakeHttpServer::sendEndlessBody(const QByteArray &path, int times, QByteArray filler) {
    Fault f(FaultKind::Endless, path, times);
    f.filler = filler.isEmpty() ? QByteArray(1, ' ') : std::move(filler);
    m_faults.append(f);
}

void FakeHttpServer::requireReferer(const QByteArray &referer) {
    m_requiredReferer = referer;
}

void FakeHttpServer::clearFaults() {
    m_faults.clear();
    m_latencyMs = 0;
    m_requiredReferer.clear();
}

int FakeHttpServer::requestCount(const QByteArray &path) const {
    return path.isEmpty() ? int(m_log.size()) : m_countByPath.value(path);
}

void FakeHttpServer::clearRequestLog() {
    m_log.clear();
    m_countByPath.clear();
    m_maxInFlight = m_inFlight;
}

void FakeHttpServer::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.append(new FakeConnection(this, socket));
    }
}

std::optional<FakeResponse> FakeHttpServer::route(const FakeRequest &request) const {
    for (const auto &[prefix, handler] : m_routes) {
        if (!request.path.startsWith(prefix))
            continue;
        if (auto response = handler(request))
            return response;
    }
    return std::nullopt;
}

FakeHttpServer::Plan FakeHttpServer::planFor(const FakeRequest &request) {
    Plan plan;
    if (!m_requiredReferer.isEmpty() && request.header("referer") != m_requiredReferer) {
        plan.response = plainResponse(403, "Forbidden: missing or wrong Referer\n");
        return plan;
    }
    for (Fault &fault : m_faults) {
        if (!fault.path.isEmpty() && fault.path != request.path)
            continue;
        int &used = fault.used[request.path];
        if (fault.times >= 0 && used >= fault.times)
            continue;
        ++used;
        if (fault.kind == FaultKind::Status) {
            if (fault.emptyBody) {
                plan.response = FakeResponse();
                plan.response.addHeader("Content-Type", "audio/aac");
                return plan;
            }
            plan.response = plainResponse(fault.status);
            if (fault.retryAfterSeconds > 0) {
                plan.response.addHeader(
                    "Retry-After",
                    fault.retryAfterAsDate
                        ? httpDate(QDateTime::currentDateTimeUtc().addSecs(fault.retryAfterSeconds))
                        : QByteArray::number(fault.retryAfterSeconds));
            }
            return plan;
        }
        plan.delivery = fault.kind;
        plan.bytesPerSecond = fault.bytesPerSecond;
        plan.filler = fault.filler;
        break;
    }
    std::optional<FakeResponse> answer = route(request);
    if (!answer) {
        plan.delivery = FaultKind::Status;  // nothing to cut or trickle
        answer = plainResponse(404);
    }
    plan.response = std::move(*answer);
    if (plan.delivery == FaultKind::Status) {
        const QByteArray accepted = request.header("accept-encoding").toLower();
        if (pathMatches(m_gzipPaths, request.path) && accepted.contains("gzip") &&
            !plan.response.body.isEmpty()) {
            plan.response.body = gzipBytes(plan.response.body);
            plan.response.addHeader("Content-Encoding", "gzip");
            ++m_gzippedAnswers;
        }
        if (pathMatches(m_chunkedPaths, request.path)) {
            plan.response.chunkedTransfer = true;
            ++m_chunkedAnswers;
        }
    }
    return plan;
}

void FakeHttpServer::requestStarted(const FakeRequest &request) {
    m_log.append(request);
    ++m_countByPath[request.path];
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    Q_EMIT requestReceived(request);
}

void FakeHttpServer::requestEnded() {
    m_inFlight = std::max(0, m_inFlight - 1);
}

}  // namespace spacetape::test
