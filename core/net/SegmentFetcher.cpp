// SPDX-License-Identifier: MIT
#include "net/SegmentFetcher.h"

#include "net/NetworkService.h"
#include "net/RetryAfter.h"
#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "util/TextFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace spacetape {

namespace {

constexpr int kTickMs = 100;
constexpr double kSpeedTimeConstantMs = 2000.0;
/// How far Qt may read a chunk ahead of onReadyRead(): bounds memory per running chunk.
constexpr qint64 kChunkReadAheadBytes = 1024 * 1024;

bool isTransientStatus(int status) {
    return status == 408 || status == 429 || status >= 500;
}

}  // namespace

struct SegmentFetcher::Attempt {
    int index = 0;
    QFile file;
    qint64 received = 0;
    qint64 startedMs = 0;
    bool timedOut = false;
    QString tooLarge;  ///< why the body was cut off: past its Content-Length or kMaxChunkBytes
    QString writeError;
};

SegmentFetcher::SegmentFetcher(NetworkService &network, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_partTag(QString::number(QRandomGenerator::global()->generate64(), 36)),
      m_ticker(new QTimer(this)),
      m_holdTimer(new QTimer(this)) {
    qRegisterMetaType<spacetape::FetchProgress>();
    qRegisterMetaType<spacetape::FetchResult>();
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &SegmentFetcher::tick);
    m_holdTimer->setSingleShot(true);
    connect(m_holdTimer, &QTimer::timeout, this, &SegmentFetcher::pump);
    m_clock.start();
}

SegmentFetcher::~SegmentFetcher() {
    abortAll(false);
}

void SegmentFetcher::setConcurrency(int n) {
    m_concurrency = std::clamp(n, 1, kMaxConcurrency);
    pump();  // more room: start at once; less: running requests finish, no new ones start
}

void SegmentFetcher::setMaxAttempts(int n) {
    m_maxAttempts = std::max(1, n);
}

void SegmentFetcher::setBackoff(int baseMs, int maxMs) {
    m_backoffBaseMs = std::max(0, baseMs);
    m_backoffMaxMs = std::max(m_backoffBaseMs, maxMs);
}

void SegmentFetcher::setAttemptTimeoutMs(int ms) {
    m_attemptTimeoutMs = std::max(0, ms);
}

void SegmentFetcher::setCacheDir(const QString &dir) {
    m_cacheDir = dir;
}

QString SegmentFetcher::chunkFileName(qint64 sequence) {
    return QStringLiteral("%1.chunk").arg(sequence, 10, 10, QLatin1Char('0'));
}

QString SegmentFetcher::finalPath(qint64 sequence) const {
    return m_cacheDir + QLatin1Char('/') + chunkFileName(sequence);
}

QString SegmentFetcher::partPath(qint64 sequence) const {
    // Another fetcher (a download and a preview of the same Space) may be writing the same
    // chunk into the same folder: each writes its own temporary.
    return finalPath(sequence) + QLatin1Char('.') + m_partTag + QLatin1String(".part");
}

void SegmentFetcher::start(const QList<SegmentRequest> &segments) {
    begin(segments, false);
}

void SegmentFetcher::startOpen(const QList<SegmentRequest> &segments) {
    begin(segments, true);
}

void SegmentFetcher::begin(const QList<SegmentRequest> &segments, bool open) {
    if (isRunning())
        abortAll(false);
    const quint64 generation = ++m_generation;
    m_segments.clear();
    m_ready.clear();
    m_indexBySequence.clear();
    m_listOpen = open;
    m_holdTimer->stop();
    m_holdUntilMs = 0;
    m_chunksDone = 0;
    m_bytesDone = 0;
    m_bytesReceived = 0;
    m_lastSampleBytes = 0;
    m_lastSampleMs = m_clock.elapsed();
    m_speed = 0.0;
    m_speedKnown = false;
    m_emittedOnce = false;

    QMap<qint64, SegmentRequest> bySequence;
    for (const SegmentRequest &s : segments) {
        if (!bySequence.contains(s.sequence))
            bySequence.insert(s.sequence, s);
    }
    for (const SegmentRequest &s : std::as_const(bySequence)) {
        Segment segment;
        segment.request = s;
        m_indexBySequence.insert(s.sequence, int(m_segments.size()));
        m_segments.append(segment);
    }

    QString startError;
    if (m_cacheDir.isEmpty()) {
        startError = tr("No folder was set to keep the downloaded chunks in.");
    } else if (!QDir().mkpath(m_cacheDir)) {
        startError = tr("Could not create the chunk folder %1. Check that the disk is writable "
                        "and has free space.")
                         .arg(QDir::toNativeSeparators(m_cacheDir));
    }

    QList<int> cached;
    m_staleParts.clear();
    if (startError.isEmpty()) {
        // Temporaries of a crashed run (or of another fetcher still running) go once the
        // chunk is whole; an open one being written on meanwhile is harmless on POSIX.
        const QStringList parts =
            QDir(m_cacheDir).entryList({QStringLiteral("*.part")}, QDir::Files);
        for (const QString &part : parts)
            m_staleParts.insert(part.section(QLatin1Char('.'), 0, 0).toLongLong(), part);
        for (int i = 0; i < m_segments.size(); ++i) {
            const QFileInfo existing(finalPath(m_segments[i].request.sequence));
            if (existing.isFile() && existing.size() > 0) {
                m_segments[i].state = SegmentState::Done;
                ++m_chunksDone;
                m_bytesDone += existing.size();
                cached.append(i);
            } else {
                m_ready.insert(i);
            }
        }
    }
    m_state = State::Running;
    m_ticker->start();

    // Nothing is emitted from inside start(): callers may connect right after it.
    QMetaObject::invokeMethod(
        this,
        [this, generation, cached, startError] {
            if (generation != m_generation)
                return;
            if (!startError.isEmpty()) {
                failRun(startError);
                return;
            }
            for (int i : cached) {
                const qint64 sequence = m_segments[i].request.sequence;
                Q_EMIT chunkReady(sequence, finalPath(sequence));
                if (generation != m_generation)
                    return;
            }
            emitProgress(true);
            pump();
            maybeFinish();
        },
        Qt::QueuedConnection);
}

void SegmentFetcher::append(const QList<SegmentRequest> &segments) {
    if (!isRunning() || !m_listOpen)
        return;
    const quint64 generation = m_generation;
    QList<qint64> cached;
    for (const SegmentRequest &s : segments) {
        if (m_indexBySequence.contains(s.sequence))
            continue;
        const int index = int(m_segments.size());
        Segment segment;
        segment.request = s;
        m_indexBySequence.insert(s.sequence, index);
        const QFileInfo existing(finalPath(s.sequence));
        if (existing.isFile() && existing.size() > 0) {
            // Fetched by an earlier run (a restart) or by a preview: never again.
            segment.state = SegmentState::Done;
            ++m_chunksDone;
            m_bytesDone += existing.size();
            cached.append(s.sequence);
            m_segments.append(segment);
        } else {
            m_segments.append(segment);
            m_ready.insert(index);
        }
    }
    if (!cached.isEmpty()) {
        // As in start(): nothing is emitted from inside the call.
        QMetaObject::invokeMethod(
            this,
            [this, generation, cached] {
                for (qint64 sequence : cached) {
                    if (generation != m_generation)
                        return;
                    Q_EMIT chunkReady(sequence, finalPath(sequence));
                }
            },
            Qt::QueuedConnection);
    }
    pump();
}

void SegmentFetcher::closeList() {
    if (!m_listOpen)
        return;
    m_listOpen = false;
    // From the event loop, as every finished() is.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                maybeFinish();
        },
        Qt::QueuedConnection);
}

void SegmentFetcher::retryMissing() {
    if (!isRunning())
        return;
    for (int i = 0; i < m_segments.size(); ++i) {
        Segment &segment = m_segments[i];
        if (segment.state != SegmentState::Missing)
            continue;
        segment.state = SegmentState::Queued;
        segment.attempts = 0;
        m_ready.insert(i);
    }
    pump();
}

void SegmentFetcher::pause() {
    if (m_state != State::Running)
        return;
    m_state = State::Paused;
    abortAll(true);
    m_ticker->stop();
    m_holdTimer->stop();
    emitProgress(true);  // shows zero in flight; nothing more until resume()
}

void SegmentFetcher::resume() {
    if (m_state != State::Paused)
        return;
    m_state = State::Running;
    m_lastSampleMs = m_clock.elapsed();
    m_lastSampleBytes = m_bytesReceived;
    m_ticker->start();
    pump();
    maybeFinish();
}

void SegmentFetcher::cancel() {
    if (!isRunning())
        return;
    abortAll(false);
    FetchResult result;
    for (const Segment &s : std::as_const(m_segments)) {
        if (s.state != SegmentState::Done)
            result.missing.append(s.request.sequence);
    }
    result.status = FetchStatus::Canceled;
    result.error = tr("The download was cancelled; %1 of %2 chunks were saved and will not be "
                      "downloaded again.")
                       .arg(m_chunksDone)
                       .arg(m_segments.size());
    finishRun(std::move(result));
}

FetchProgress SegmentFetcher::currentProgress() const {
    FetchProgress p;
    p.chunksDone = m_chunksDone;
    p.chunksTotal = int(m_segments.size());
    p.bytesDone = m_bytesDone;
    p.bytesPerSecond = m_speed;
    p.inFlight = inFlight();
    int missing = 0;
    for (const Segment &s : m_segments)
        missing += s.state == SegmentState::Missing ? 1 : 0;
    const int remaining = p.chunksTotal - p.chunksDone - missing;
    if (remaining <= 0) {
        p.etaSeconds = 0;
    } else if (m_chunksDone > 0 && m_speed > 1.0) {
        const double averageChunk = double(m_bytesDone) / m_chunksDone;
        p.etaSeconds = int(std::ceil(remaining * averageChunk / m_speed));
    }
    return p;
}

void SegmentFetcher::pump() {
    if (m_state != State::Running)
        return;
    const qint64 now = m_clock.elapsed();
    if (now < m_holdUntilMs) {
        m_holdTimer->start(int(m_holdUntilMs - now));
        return;
    }
    const quint64 generation = m_generation;
    while (m_state == State::Running && generation == m_generation &&
           m_running.size() < m_concurrency && !m_ready.empty()) {
        const int index = *m_ready.begin();
        m_ready.erase(m_ready.begin());
        launch(index);
    }
}

void SegmentFetcher::launch(int index) {
    Segment &segment = m_segments[index];
    segment.state = SegmentState::Running;
    ++segment.attempts;

    auto attempt = std::make_shared<Attempt>();
    attempt->index = index;
    attempt->startedMs = m_clock.elapsed();
    attempt->file.setFileName(partPath(segment.request.sequence));
    if (!attempt->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        failRun(tr("Could not write to the chunk folder %1: %2. Check that the disk is writable "
                   "and has free space.")
                    .arg(QDir::toNativeSeparators(m_cacheDir), attempt->file.errorString()));
        return;
    }
    if (!urlpolicy::isWebUrl(segment.request.url)) {
        // Only web addresses: a file: chunk could be /dev/zero or a FIFO.
        attempt->file.close();
        QFile::remove(attempt->file.fileName());
        segment.lastError = tr("its address is not an http(s) address");
        segment.state = SegmentState::Missing;
        QMetaObject::invokeMethod(this, &SegmentFetcher::maybeFinish, Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = m_network.get(m_network.cdnRequest(segment.request.url));
    // onReadyRead() empties the reply as bytes come; without a read buffer size Qt's HTTP
    // thread would still read ahead without bound when this thread lags (an endless body).
    reply->setReadBufferSize(kChunkReadAheadBytes);
    m_running.insert(reply, attempt);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void SegmentFetcher::onReadyRead(QNetworkReply *reply) {
    const auto it = m_running.constFind(reply);
    if (it == m_running.constEnd())
        return;
    Attempt &attempt = **it;
    // An aborted reply is closed; its leftovers do not matter.
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
    m_bytesReceived += data.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299 || !attempt.writeError.isEmpty() ||
        !attempt.tooLarge.isEmpty())
        return;  // error page, or already refused
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 allowed = declared.isValid()
                               ? std::min(declared.toLongLong(), limits::kMaxChunkBytes)
                               : limits::kMaxChunkBytes;
    if (attempt.received + data.size() > allowed) {
        // Never more than announced, never more than a chunk can be: an endless body stops here.
        attempt.tooLarge = declared.isValid() && declared.toLongLong() < limits::kMaxChunkBytes
                               ? tr("the server sent more than the %1 bytes it announced")
                                     .arg(declared.toLongLong())
                               : tr("the chunk is larger than %1 MiB, far more than a real "
                                    "one, so Spacetape stopped downloading it; the server may be "
                                    "faulty: try again later")
                                     .arg(limits::kMaxChunkBytes / (1024 * 1024));
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        return;
    }
    if (attempt.file.write(data) != data.size()) {
        attempt.writeError = attempt.file.errorString();
        return;
    }
    attempt.received += data.size();
}

SegmentFetcher::Outcome SegmentFetcher::classify(QNetworkReply *reply,
                                                 const Attempt &attempt) const {
    if (!attempt.writeError.isEmpty()) {
        return {Outcome::Fatal,
                tr("Could not save chunk %1 in %2: %3. Free some disk space and try again.")
                    .arg(m_segments[attempt.index].request.sequence)
                    .arg(QDir::toNativeSeparators(m_cacheDir), attempt.writeError)};
    }
    if (!attempt.tooLarge.isEmpty())
        return {Outcome::Absent, attempt.tooLarge};
    if (attempt.timedOut)
        return {Outcome::Retry,
                tr("the server took longer than %1 s").arg(m_attemptTimeoutMs / 1000.0)};

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const bool success = status >= 200 && status <= 299;
    if (success && error == QNetworkReply::NoError) {
        // Content-Length counts the encoded bytes; only compare when nothing was decoded.
        const QByteArray encoding = reply->rawHeader(QByteArrayLiteral("Content-Encoding"));
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool lengthComparable =
            declared.isValid() && (encoding.isEmpty() || encoding.compare("identity") == 0);
        if (lengthComparable && declared.toLongLong() != attempt.received) {
            return {Outcome::Retry, tr("the server sent %1 bytes but announced %2")
                                        .arg(attempt.received)
                                        .arg(declared.toLongLong())};
        }
        if (attempt.received == 0)
            return {Outcome::Retry, tr("the server sent an empty chunk")};
        return {Outcome::Whole, QString()};
    }
    if (success) {
        return {Outcome::Retry, tr("the connection broke after %1 bytes (%2)")
                                    .arg(attempt.received)
                                    .arg(reply->errorString())};
    }
    if (status != 0) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        const QString httpStatus = reason.isEmpty()
                                       ? QStringLiteral("HTTP %1").arg(status)
                                       : QStringLiteral("HTTP %1 (%2)").arg(status).arg(reason);
        const QString why = tr("the server answered %1").arg(httpStatus);
        if (isTransientStatus(status))
            return {Outcome::Retry, why, retryafter::delayMs(reply)};
        return {Outcome::Absent, why};
    }
    return {Outcome::Retry,
            error == QNetworkReply::OperationCanceledError
                ? tr("no data arrived for %1 s").arg(m_network.transferTimeoutMs() / 1000.0)
                : reply->errorString()};
}

void SegmentFetcher::onFinished(QNetworkReply *reply) {
    if (!m_running.contains(reply))
        return;
    onReadyRead(reply);  // the last bytes may come with finished() alone
    const std::shared_ptr<Attempt> attempt = m_running.take(reply);
    reply->deleteLater();
    attempt->file.close();

    // First what happened, then what to do about it.
    const Outcome outcome = classify(reply, *attempt);
    if (outcome.kind != Outcome::Whole)
        QFile::remove(attempt->file.fileName());
    switch (outcome.kind) {
        case Outcome::Fatal:
            failRun(outcome.why);
            return;
        case Outcome::Retry:
            retryOrGiveUp(attempt->index, outcome.why, false, outcome.retryAfterMs);
            break;
        case Outcome::Absent:
            retryOrGiveUp(attempt->index, outcome.why, true, 0);
            break;
        case Outcome::Whole:
            if (!keepChunk(*attempt))
                return;  // the run ended meanwhile
            break;
    }
    pump();
    maybeFinish();
}

bool SegmentFetcher::keepChunk(const Attempt &attempt) {
    const int index = attempt.index;
    const qint64 sequence = m_segments[index].request.sequence;
    const QString part = attempt.file.fileName();
    const QString target = finalPath(sequence);
    const auto wholeChunkAt = [&target] {
        const QFileInfo existing(target);
        return existing.isFile() && existing.size() > 0;
    };
    if (wholeChunkAt()) {
        // Another fetcher finished this chunk meanwhile; its copy is as good as ours and may
        // be being read right now: keep it.
        QFile::remove(part);
    } else {
        QFile::remove(target);  // an empty leftover of a crash
        if (!QFile::rename(part, target)) {
            QFile::remove(part);
            if (!wholeChunkAt()) {  // not merely beaten to it by another fetcher
                failRun(tr("Could not save chunk %1 as %2. Check that the disk is writable.")
                            .arg(sequence)
                            .arg(QDir::toNativeSeparators(target)));
                return false;
            }
        }
    }
    for (const QString &stale : m_staleParts.values(sequence))
        QFile::remove(m_cacheDir + QLatin1Char('/') + stale);
    m_staleParts.remove(sequence);
    Segment &segment = m_segments[index];
    segment.state = SegmentState::Done;
    segment.lastError.clear();
    ++m_chunksDone;
    m_bytesDone += attempt.received;
    const quint64 generation = m_generation;
    Q_EMIT chunkReady(sequence, target);
    return generation == m_generation && m_state != State::Idle;  // else cancelled from a slot
}

void SegmentFetcher::retryOrGiveUp(int index, const QString &why, bool chunkAbsent,
                                   int retryAfter) {
    Segment &segment = m_segments[index];
    segment.lastError = why;
    const int limit = chunkAbsent ? std::min(m_maxAttempts, kMissingChunkAttempts) : m_maxAttempts;
    if (segment.attempts >= limit) {
        segment.state = SegmentState::Missing;
        return;
    }
    segment.state = SegmentState::Waiting;
    if (retryAfter > 0) {
        // The server asked everyone to slow down, not only this chunk.
        m_holdUntilMs = std::max(m_holdUntilMs, m_clock.elapsed() + retryAfter);
    }
    const int delay = std::max(backoffMs(segment.attempts), retryAfter);
    const quint64 generation = m_generation;
    QTimer::singleShot(delay, this, [this, generation, index] {
        if (generation != m_generation)
            return;
        Segment &waiting = m_segments[index];
        if (waiting.state != SegmentState::Waiting)
            return;
        waiting.state = SegmentState::Queued;
        m_ready.insert(index);
        pump();
    });
}

int SegmentFetcher::backoffMs(int attempt) const {
    const double exponential = m_backoffBaseMs * std::pow(2.0, std::max(0, attempt - 1));
    const int ceiling = int(std::min<double>(m_backoffMaxMs, exponential));
    if (ceiling <= 1)
        return ceiling;
    // Jitter keeps many chunks failing together from retrying together.
    return ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

void SegmentFetcher::abortAll(bool requeue) {
    const auto running = std::exchange(m_running, {});
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        QNetworkReply *reply = it.key();
        Attempt &attempt = **it;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        attempt.file.close();
        QFile::remove(attempt.file.fileName());
        Segment &segment = m_segments[attempt.index];
        if (requeue) {
            --segment.attempts;  // not the chunk's fault
            segment.state = SegmentState::Queued;
            m_ready.insert(attempt.index);
        }
    }
}

void SegmentFetcher::tick() {
    const qint64 now = m_clock.elapsed();
    if (m_attemptTimeoutMs > 0) {
        QList<QNetworkReply *> overdue;
        for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
            if (now - (*it)->startedMs > m_attemptTimeoutMs)
                overdue.append(it.key());
        }
        for (QNetworkReply *reply : std::as_const(overdue)) {
            const auto attempt = m_running.value(reply);
            if (!attempt)
                continue;
            attempt->timedOut = true;
            reply->abort();  // finished() → onFinished() retries it
        }
    }
    const qint64 elapsed = now - m_lastSampleMs;
    if (elapsed >= kTickMs / 2) {
        const double instant = (m_bytesReceived - m_lastSampleBytes) * 1000.0 / elapsed;
        if (!m_speedKnown) {
            m_speed = instant;
            m_speedKnown = instant > 0;
        } else {
            const double alpha = 1.0 - std::exp(-elapsed / kSpeedTimeConstantMs);
            m_speed += alpha * (instant - m_speed);
        }
        m_lastSampleMs = now;
        m_lastSampleBytes = m_bytesReceived;
    }
    if (m_state == State::Running)
        emitProgress(false);
}

void SegmentFetcher::emitProgress(bool force) {
    const FetchProgress p = currentProgress();
    if (!force && m_emittedOnce) {
        const FetchProgress &last = m_lastEmitted;
        const bool speedSettled = std::abs(p.bytesPerSecond - last.bytesPerSecond) <
                                  std::max(1.0, 0.02 * last.bytesPerSecond);
        if (p.chunksDone == last.chunksDone && p.bytesDone == last.bytesDone &&
            p.inFlight == last.inFlight && p.etaSeconds == last.etaSeconds && speedSettled) {
            return;
        }
    }
    m_lastEmitted = p;
    m_emittedOnce = true;
    Q_EMIT progress(p);
}

void SegmentFetcher::maybeFinish() {
    if (m_state != State::Running || m_listOpen || !m_running.isEmpty() || !m_ready.empty())
        return;
    FetchResult result;
    for (const Segment &s : std::as_const(m_segments)) {
        if (s.state == SegmentState::Waiting || s.state == SegmentState::Queued ||
            s.state == SegmentState::Running) {
            return;
        }
        if (s.state == SegmentState::Missing)
            result.missing.append(s.request.sequence);
    }
    if (result.missing.isEmpty()) {
        result.status = FetchStatus::Complete;
    } else {
        result.status = FetchStatus::ChunksMissing;
        result.error = describeMissing();
    }
    finishRun(std::move(result));
}

QString SegmentFetcher::describeMissing() const {
    QList<qint64> missing;
    QString firstReason;
    for (const Segment &s : m_segments) {
        if (s.state != SegmentState::Missing)
            continue;
        missing.append(s.request.sequence);
        if (firstReason.isEmpty())
            firstReason = s.lastError;
    }
    std::sort(missing.begin(), missing.end());
    return tr("%1 of %2 chunks could not be downloaded (sequence %3): %4. If X has not "
              "finished publishing the replay, try again in a few minutes; otherwise these "
              "parts of the recording are missing on X's side.")
        .arg(missing.size())
        .arg(m_segments.size())
        .arg(sequenceList(missing), firstReason);
}

void SegmentFetcher::failRun(const QString &message) {
    abortAll(false);
    FetchResult result;
    for (const Segment &s : std::as_const(m_segments)) {
        if (s.state != SegmentState::Done)
            result.missing.append(s.request.sequence);
    }
    result.status = FetchStatus::Failed;
    result.error = message;
    finishRun(std::move(result));
}

void SegmentFetcher::finishRun(FetchResult result) {
    m_state = State::Idle;
    m_listOpen = false;
    std::sort(result.missing.begin(), result.missing.end());  // appended chunks come unordered
    ++m_generation;
    m_ticker->stop();
    m_holdTimer->stop();
    m_ready.clear();
    emitProgress(true);
    Q_EMIT finished(result);
}

}  // namespace spacetape
