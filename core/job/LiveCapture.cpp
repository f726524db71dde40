// SPDX-License-Identifier: MIT
#include "job/LiveCapture.h"

#include "hls/HlsPlaylist.h"
#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "util/Logging.h"
#include "util/PrivateFile.h"
#include "util/TextFormat.h"
#include "x/StreamInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

#include <cmath>

namespace spacetape {

namespace {
constexpr int kStatusIntervalMs = 1000;
constexpr double kDurationToleranceSeconds = 30;

/// The untouched original of a chunk a transcoded playlist points at (facts §1.4, §7).
QUrl originalChunkUrl(const QUrl &url) {
    if (!url.path().contains(QLatin1String("/transcode/")))
        return url;
    const QUrl base = nonTranscodeBaseFor(url);
    return base.isValid() ? base.resolved(QUrl(url.fileName())) : url;
}

bool endedState(SpaceState state) {
    return state == SpaceState::Ended || state == SpaceState::TimedOut ||
           state == SpaceState::Canceled;
}
}  // namespace

QString LiveCapture::sidecarName() {
    return QStringLiteral("live-capture.json");
}

bool LiveCapture::existsIn(const QString &cacheDir) {
    return QFileInfo(QDir(cacheDir).filePath(sidecarName())).isFile();
}

LiveCapture::LiveCapture(NetworkService &network, const DownloadRequest &request,
                         const DownloadSettings &settings, const QString &cacheDir, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_request(request),
      m_live(*request.live),
      m_settings(settings),
      m_timing(settings.live),
      m_cacheDir(cacheDir),
      m_dynamicTimer(new QTimer(this)),
      m_fullListTimer(new QTimer(this)),
      m_metadataTimer(new QTimer(this)),
      m_statusTimer(new QTimer(this)),
      m_finalTimer(new QTimer(this)),
      m_replayAvailable(request.live->replayExpected),
      m_alive(std::make_shared<bool>(true)) {
    m_dynamicTimer->setInterval(std::max(50, m_timing.dynamicPollMs));
    connect(m_dynamicTimer, &QTimer::timeout, this, &LiveCapture::pollDynamic);
    m_fullListTimer->setInterval(std::max(50, m_timing.fullListPollMs));
    connect(m_fullListTimer, &QTimer::timeout, this, &LiveCapture::pollFullList);
    m_metadataTimer->setSingleShot(true);
    // A coarse timer may fire 5 % early: X is asked at most once per metadataPollMs.
    m_metadataTimer->setTimerType(Qt::PreciseTimer);
    connect(m_metadataTimer, &QTimer::timeout, this, &LiveCapture::pollMetadata);
    m_statusTimer->setInterval(kStatusIntervalMs);
    connect(m_statusTimer, &QTimer::timeout, this, &LiveCapture::emitStatus);
    m_finalTimer->setSingleShot(true);
    connect(m_finalTimer, &QTimer::timeout, this, &LiveCapture::pollFinalPlaylist);
}

LiveCapture::~LiveCapture() {
    *m_alive = false;
    stop();
}

void LiveCapture::start() {
    if (!QDir().mkpath(m_cacheDir)) {
        failWith(tr("Could not create the chunk cache folder %1.").arg(m_cacheDir));
        return;
    }
    loadSidecar();
    m_fetcher = new SegmentFetcher(m_network, this);
    m_fetcher->setConcurrency(m_settings.concurrency);
    m_fetcher->setCacheDir(m_cacheDir);
    connect(m_fetcher, &SegmentFetcher::progress, this, &LiveCapture::progress);
    connect(m_fetcher, &SegmentFetcher::chunkReady, this,
            [this](qint64 sequence, const QString &) { onChunkReady(sequence); });
    connect(m_fetcher, &SegmentFetcher::finished, this, &LiveCapture::onFetchFinished);
    QList<SegmentRequest> known;
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it)
        known << SegmentRequest{it.key(), it->url};
    m_fetcher->startOpen(known);
    m_phase = Phase::Recording;
    m_statusTimer->start();
    if (m_live.ended) {
        // Finishing a capture after a restart: the Space is over already.
        endNow(QString());
        return;
    }
    enterState(JobState::Recording);
    pollFullList();
    pollDynamic();
    m_dynamicTimer->start();
    m_fullListTimer->start();
    if (m_live.fetchMetadata)
        m_metadataTimer->start(m_timing.metadataPollMs);
}

void LiveCapture::stop() {
    if (m_phase == Phase::Idle || m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    for (QTimer *timer :
         {m_dynamicTimer, m_fullListTimer, m_metadataTimer, m_statusTimer, m_finalTimer})
        timer->stop();
    for (QPointer<QNetworkReply> *slot : {&m_dynamicReply, &m_fullReply}) {
        if (QNetworkReply *reply = *slot) {
            *slot = nullptr;
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }
    if (m_fetcher) {
        disconnect(m_fetcher, nullptr, this, nullptr);
        m_fetcher->cancel();
    }
    saveSidecar();
}

void LiveCapture::pause() {
    if (m_paused || !m_fetcher)
        return;
    m_paused = true;
    m_fetcher->pause();
}

void LiveCapture::resume() {
    if (!m_paused || !m_fetcher)
        return;
    m_paused = false;
    m_fetcher->resume();
}

void LiveCapture::setConcurrency(int chunksInFlight) {
    m_settings.concurrency = chunksInFlight;
    if (m_fetcher)
        m_fetcher->setConcurrency(chunksInFlight);
}

void LiveCapture::enterState(JobState state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveCapture::get(const QUrl &url, QPointer<QNetworkReply> &slot, Answer done) {
    // A live playlist only ever comes from the CDN: never a local file, and bounded in size
    // and time like every other playlist (util/Limits.h).
    if (!urlpolicy::isWebUrl(url)) {
        QMetaObject::invokeMethod(
            this, [done, url] { done(0, QByteArray(), url); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = m_network.get(m_network.cdnRequest(url));
    replyguard::bound(reply, limits::kMaxPlaylistBytes, limits::kBodyDeadlineMs,
                      //: the download named in "the %1 is larger than ..."
                      tr("playlist"), "kMaxPlaylistBytes");
    slot = reply;
    connect(reply, &QNetworkReply::finished, this, [reply, done, &slot] {
        reply->deleteLater();
        if (slot == reply)
            slot = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body =
            reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        done(reply->error() == QNetworkReply::NoError ? (status ? status : 200) : status, body,
             reply->url());
    });
}

void LiveCapture::pollDynamic() {
    if (m_phase != Phase::Recording || m_dynamicReply)
        return;  // one read at a time: a slow CDN never piles up requests
    get(m_live.dynamicPlaylistUrl, m_dynamicReply,
        [this](int status, const QByteArray &body, const QUrl &url) {
            onDynamic(status, body, url);
        });
}

void LiveCapture::onDynamic(int status, const QByteArray &body, const QUrl &url) {
    if (m_phase != Phase::Recording)
        return;
    if (status == 404 || status == 403 || status == 410) {
        onEndSignal(false);
        return;
    }
    if (status != 200)
        return;  // transient: the next poll tries again
    auto playlist = HlsPlaylist::parse(body, url);
    if (!playlist || playlist->kind != HlsPlaylist::Kind::Media)
        return;
    if (m_dynamicMissing) {
        // The host is back (or it was a CDN hiccup).
        m_dynamicMissing = false;
        m_earlyPollUsed = false;
        m_disconnectedSince.invalidate();
        Q_EMIT waiting(QString(), 0);
        enterState(JobState::Recording);
    }
    if (!addSegments(*playlist, true))
        return;
    if (playlist->endList)
        onEndSignal(true);
}

void LiveCapture::pollFullList() {
    if (m_fullReply)
        return;
    const bool final = m_phase == Phase::FinalPlaylist;
    if (m_phase != Phase::Recording && !final)
        return;
    // The master leads to the variant once; after that the variant is read directly.
    const QUrl url = m_variantUrl.isValid() ? m_variantUrl : m_request.playlistUrl;
    get(url, m_fullReply, [this, final](int status, const QByteArray &body, const QUrl &url) {
        onFullList(status, body, url, final);
    });
}

void LiveCapture::onFullList(int status, const QByteArray &body, const QUrl &url, bool final) {
    const auto retryFinal = [this, final] {
        if (final && m_phase == Phase::FinalPlaylist)
            m_finalTimer->start(m_timing.finalPlaylistRetryMs);
    };
    if (status != 200) {
        retryFinal();
        return;
    }
    auto playlist = HlsPlaylist::parse(body, url);
    if (!playlist) {
        retryFinal();
        return;
    }
    if (playlist->kind == HlsPlaylist::Kind::Master) {
        if (playlist->variants.isEmpty()) {
            retryFinal();
            return;
        }
        // X's live master has one variant (decoy video fields): it lists every chunk.
        m_variantUrl = playlist->variants.first().url;
        saveSidecar();
        if (final) {
            pollFinalPlaylist();
        } else if (m_phase == Phase::Recording) {
            pollFullList();
        }
        return;
    }
    if (!m_variantUrl.isValid())
        m_variantUrl = url;
    if (!playlist->segments.isEmpty()) {
        const qint64 first = playlist->segments.first().sequence();
        if (m_firstListedSequence < 0 || first < m_firstListedSequence)
            m_firstListedSequence = first;
        if (m_backlogUntil < 0)
            m_backlogUntil = playlist->segments.last().sequence();
    }
    if (!addSegments(*playlist, !final))
        return;
    if (final) {
        const qint64 last =
            playlist->segments.isEmpty() ? -1 : playlist->segments.last().sequence();
        if (playlist->endList && last >= m_lastLiveSequence) {
            Q_EMIT waiting(QString(), 0);
            finishFetching();
            return;
        }
        retryFinal();
        return;
    }
    if (m_phase == Phase::Recording && playlist->endList)
        onEndSignal(true);
}

bool LiveCapture::addSegments(const HlsPlaylist &playlist, bool seenLive) {
    QList<SegmentRequest> added;
    for (const HlsSegment &segment : playlist.segments) {
        if (segment.key && segment.key->method != QLatin1String("NONE")) {
            failWith(
                tr("This live Space is encrypted (for subscribers); Spacetape cannot "
                   "record those live yet. Download its replay after it ends."));
            return false;
        }
        const qint64 sequence = segment.sequence();
        if (seenLive)
            m_lastLiveSequence = std::max(m_lastLiveSequence, sequence);
        if (m_chunks.contains(sequence))
            continue;
        Chunk chunk;
        chunk.duration = segment.duration;
        chunk.url = originalChunkUrl(segment.url);
        m_chunks.insert(sequence, chunk);
        m_secondsListed += chunk.duration;
        added << SegmentRequest{sequence, chunk.url};
    }
    if (added.isEmpty())
        return true;
    // The sidecar first: a chunk on disk is then always one the sidecar names.
    saveSidecar();
    if (m_fetcher)
        m_fetcher->append(added);
    return true;
}

void LiveCapture::onChunkReady(qint64 sequence) {
    auto it = m_chunks.find(sequence);
    if (it == m_chunks.end() || it->onDisk)
        return;
    it->onDisk = true;
    ++m_chunksOnDisk;
    m_secondsOnDisk += it->duration;
}

void LiveCapture::pollMetadata() {
    if (!m_live.fetchMetadata || m_metadataInFlight ||
        (m_phase != Phase::Recording && m_phase != Phase::FinalPlaylist))
        return;
    m_metadataInFlight = true;
    // The next regular call counts from this one, early or not (politeness: facts §3).
    m_metadataTimer->start(m_timing.metadataPollMs);
    const std::weak_ptr<bool> alive = m_alive;
    m_live.fetchMetadata([this, alive](Expected<SpaceMetadata> metadata) {
        const auto guard = alive.lock();
        if (!guard || !*guard)
            return;
        m_metadataInFlight = false;
        onMetadata(metadata);
    });
}

void LiveCapture::onMetadata(const Expected<SpaceMetadata> &metadata) {
    if (!metadata || m_phase != Phase::Recording)
        return;  // unreadable: the next regular call tries again
    if (metadata->startedAt.isValid())
        m_startedAt = metadata->startedAt;
    if (metadata->endedAt.isValid())
        m_endedAt = metadata->endedAt;
    m_replayAvailable = metadata->replayAvailable;
    if (endedState(metadata->state)) {
        endNow(QString());
        return;
    }
    if (metadata->state == SpaceState::Running && m_dynamicMissing) {
        if (!m_disconnectedSince.isValid())
            m_disconnectedSince.start();
        enterState(JobState::HostDisconnected);
    }
}

void LiveCapture::onEndSignal(bool endList) {
    if (!m_dynamicMissing && !endList) {
        m_dynamicMissing = true;
        m_disconnectedSince.start();
    }
    const qint64 graceMs = qint64(m_timing.hostDisconnectGraceSeconds) * 1000;
    if (m_dynamicMissing && m_disconnectedSince.isValid() &&
        m_disconnectedSince.elapsed() > graceMs) {
        endNow(tr("The live stream has been gone for %1 while X still calls the "
                  "Space live; saving what was recorded.")
                   .arg(clockText(m_timing.hostDisconnectGraceSeconds)));
        return;
    }
    if (!m_live.fetchMetadata) {
        // Nobody to ask: an ENDLIST is the end, a 404 a disconnect until the grace runs out.
        if (endList)
            endNow(QString());
        else
            enterState(JobState::HostDisconnected);
        return;
    }
    if (m_state == JobState::HostDisconnected) {
        const qint64 leftMs = graceMs - m_disconnectedSince.elapsed();
        Q_EMIT waiting(tr("The host's stream is gone but X still calls the Space "
                          "live: waiting for it to come back (%1 s at most)")
                           .arg((leftMs + 999) / 1000),
                       int((leftMs + 999) / 1000));
    }
    // Ask X at once whether it ended, instead of waiting for the next regular call.
    if (!m_earlyPollUsed && !m_metadataInFlight) {
        m_earlyPollUsed = true;
        pollMetadata();
    }
}

void LiveCapture::endNow(const QString &why) {
    if (m_phase != Phase::Recording)
        return;
    if (!why.isEmpty())
        Q_EMIT warning(why);
    m_dynamicTimer->stop();
    m_fullListTimer->stop();
    m_metadataTimer->stop();
    enterState(JobState::Finishing);
    saveSidecar();
    if (!m_replayAvailable) {
        // No replay will ever be published: what was captured live is all there is.
        Q_EMIT warning(
            tr("X keeps no replay of this Space: saving what was "
               "recorded live."));
        finishFetching();
        return;
    }
    m_phase = Phase::FinalPlaylist;
    m_finalSince.start();
    pollFinalPlaylist();
}

void LiveCapture::pollFinalPlaylist() {
    if (m_phase != Phase::FinalPlaylist)
        return;
    const qint64 leftMs =
        qint64(m_timing.finalPlaylistWindowSeconds) * 1000 - m_finalSince.elapsed();
    if (leftMs <= 0) {
        Q_EMIT waiting(QString(), 0);
        Q_EMIT warning(tr("X did not publish the complete replay playlist within %1: "
                          "saving what was recorded live.")
                           .arg(clockText(m_timing.finalPlaylistWindowSeconds)));
        finishFetching();
        return;
    }
    if (m_finalSince.elapsed() > m_timing.finalPlaylistRetryMs)
        Q_EMIT waiting(tr("The Space ended; waiting for X to publish its complete "
                          "playlist (giving up in %1 s)")
                           .arg((leftMs + 999) / 1000),
                       int((leftMs + 999) / 1000));
    if (m_fullReply) {
        m_finalTimer->start(m_timing.finalPlaylistRetryMs);
        return;
    }
    pollFullList();
}

void LiveCapture::finishFetching() {
    m_finalTimer->stop();
    if (m_fullReply) {
        QNetworkReply *reply = m_fullReply;
        m_fullReply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_phase = Phase::Fetching;
    saveSidecar();
    if (!m_fetcher)
        return;
    m_fetcher->retryMissing();  // a chunk that 404ed live may be there by now
    m_fetcher->closeList();
}

void LiveCapture::onFetchFinished(const FetchResult &result) {
    if (m_phase == Phase::Recording || m_phase == Phase::FinalPlaylist) {
        // An open list only ends early when the fetcher cannot go on (e.g. the disk is full).
        failWith(result.error.isEmpty() ? tr("The recording stopped.") : result.error,
                 result.missing);
        return;
    }
    if (m_phase != Phase::Fetching)
        return;
    if (result.status == FetchStatus::Failed) {
        // The disk or the cache folder failed: no gap of X's to save around.
        failWith(result.error, result.missing);
        return;
    }
    m_phase = Phase::Done;
    m_statusTimer->stop();
    emitStatus();
    const QSet<qint64> failed(result.missing.cbegin(), result.missing.cend());
    QList<qint64> onDisk;
    QList<qint64> missing;
    const qint64 first = m_firstListedSequence >= 0 ? m_firstListedSequence : 0;
    const qint64 last = m_chunks.isEmpty() ? -1 : m_chunks.lastKey();
    double seconds = 0;
    const QDir dir(m_cacheDir);
    for (qint64 seq = std::min(first, last < 0 ? first : m_chunks.firstKey()); seq <= last; ++seq) {
        const auto it = m_chunks.constFind(seq);
        const bool present = it != m_chunks.constEnd() && !failed.contains(seq) &&
                             QFileInfo(dir.filePath(SegmentFetcher::chunkFileName(seq))).isFile();
        if (present) {
            onDisk << seq;
            seconds += it->duration;
        } else if (seq >= first) {
            missing << seq;
        }
    }
    if (onDisk.isEmpty()) {
        failWith(result.error.isEmpty() ? tr("Nothing of this live Space could be recorded.")
                                        : result.error,
                 missing);
        return;
    }
    qint64 expected = -1;
    if (m_startedAt.isValid() && m_endedAt.isValid() && m_endedAt >= m_startedAt)
        expected = m_startedAt.secsTo(m_endedAt);
    else if (m_request.expectedDurationSeconds > 0)
        expected = m_request.expectedDurationSeconds;
    if (expected > 0 && std::abs(seconds - double(expected)) > kDurationToleranceSeconds) {
        Q_EMIT warning(tr("The recording holds %1 of audio but the Space lasted %2.")
                           .arg(clockText(qint64(seconds)), clockText(expected)));
    }
    if (!missing.isEmpty()) {
        const QString list = sequenceList(missing);
        if (!m_settings.allowGaps) {
            failWith(tr("%1 of %2 chunks of the live recording are missing (sequence "
                        "%3). The chunks already saved are kept: retry later, or "
                        "allow gaps to save the rest.")
                         .arg(missing.size())
                         .arg(missing.size() + onDisk.size())
                         .arg(list),
                     missing);
            return;
        }
        Q_EMIT warning(tr("The recording has gaps: %n chunk(s) could not be recorded "
                          "(sequence %1).",
                          nullptr, int(missing.size()))
                           .arg(list));
    }
    Q_EMIT captured(onDisk, missing);
}

bool LiveCapture::catchingUp() const {
    if (m_backlogUntil < 0)
        return true;  // the full list has not been read yet
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend() && it.key() <= m_backlogUntil; ++it) {
        if (!it->onDisk)
            return true;
    }
    return false;
}

void LiveCapture::emitStatus() {
    LiveStatus status;
    status.recordedSeconds = m_secondsOnDisk;
    status.liveEdgeSeconds = m_secondsListed;
    status.catchingUp = m_phase == Phase::Recording && catchingUp();
    status.lastSequence = m_chunks.isEmpty() ? -1 : m_chunks.lastKey();
    status.chunksOnDisk = m_chunksOnDisk;
    Q_EMIT liveStatus(status);
}

void LiveCapture::failWith(const QString &message, const QList<qint64> &missing) {
    stop();
    Q_EMIT failed(message, missing);
}

void LiveCapture::saveSidecar() {
    // Chunk URLs share a few folders: store each folder once, then names.
    QStringList bases;
    QJsonArray chunks;
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it) {
        const QString url = it->url.toString(QUrl::FullyEncoded);
        const int slash = int(url.lastIndexOf(QLatin1Char('/')));
        const QString base = url.left(slash + 1);
        int index = int(bases.indexOf(base));
        if (index < 0) {
            index = int(bases.size());
            bases << base;
        }
        chunks.append(QJsonArray{double(it.key()), it->duration, index, url.mid(slash + 1)});
    }
    QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("spaceId"), m_live.spaceId},
        {QStringLiteral("master"), m_request.playlistUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("variant"), m_variantUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("dynamic"), m_live.dynamicPlaylistUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("lastLiveSequence"), double(m_lastLiveSequence)},
        {QStringLiteral("firstSequence"), double(m_firstListedSequence)},
        {QStringLiteral("bases"), QJsonArray::fromStringList(bases)},
        {QStringLiteral("chunks"), chunks}};
    if (m_startedAt.isValid())
        root.insert(QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODateWithMs));
    if (m_endedAt.isValid())
        root.insert(QStringLiteral("endedAt"), m_endedAt.toString(Qt::ISODateWithMs));
    // Stream URLs: the owner's eyes only.
    if (const auto saved = writePrivateFile(QDir(m_cacheDir).filePath(sidecarName()),
                                            QJsonDocument(root).toJson(QJsonDocument::Compact));
        !saved) {
        // The chunks themselves are safe; only a restart would have to relearn the list.
        qCWarning(lcJob, "could not save the live capture list in %s: %s", qPrintable(m_cacheDir),
                  qPrintable(saved.error()));
    }
}

namespace {
std::optional<QJsonObject> readSidecar(const QString &cacheDir) {
    QFile file(QDir(cacheDir).filePath(LiveCapture::sidecarName()));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject() || document.object().value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    return document.object();
}
}  // namespace

void LiveCapture::loadSidecar() {
    const auto root = readSidecar(m_cacheDir);
    if (!root)
        return;
    const QJsonArray bases = root->value(QStringLiteral("bases")).toArray();
    const QDir dir(m_cacheDir);
    for (const QJsonValue &value : root->value(QStringLiteral("chunks")).toArray()) {
        const QJsonArray entry = value.toArray();
        const int base = entry.at(2).toInt(-1);
        if (entry.size() != 4 || base < 0 || base >= bases.size())
            continue;
        Chunk chunk;
        chunk.duration = entry.at(1).toDouble();
        chunk.url = QUrl(bases.at(base).toString() + entry.at(3).toString(), QUrl::StrictMode);
        if (!chunk.url.isValid())
            continue;
        m_chunks.insert(qint64(entry.at(0).toDouble()), chunk);
        m_secondsListed += chunk.duration;
    }
    m_lastLiveSequence = qint64(root->value(QStringLiteral("lastLiveSequence")).toDouble(-1));
    m_firstListedSequence = qint64(root->value(QStringLiteral("firstSequence")).toDouble(-1));
    const QUrl variant(root->value(QStringLiteral("variant")).toString());
    if (variant.isValid() && !variant.isEmpty())
        m_variantUrl = variant;
    const QDateTime started = QDateTime::fromString(
        root->value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    const QDateTime ended =
        QDateTime::fromString(root->value(QStringLiteral("endedAt")).toString(), Qt::ISODateWithMs);
    if (started.isValid() && !m_startedAt.isValid())
        m_startedAt = started;
    if (ended.isValid() && !m_endedAt.isValid())
        m_endedAt = ended;
}

std::optional<LiveCapture::Saved> LiveCapture::readSaved(const QString &cacheDir) {
    const auto root = readSidecar(cacheDir);
    if (!root)
        return std::nullopt;
    Saved saved;
    saved.masterUrl = QUrl(root->value(QStringLiteral("master")).toString());
    saved.variantUrl = QUrl(root->value(QStringLiteral("variant")).toString());
    saved.dynamicUrl = QUrl(root->value(QStringLiteral("dynamic")).toString());
    saved.spaceId = root->value(QStringLiteral("spaceId")).toString();
    for (const QJsonValue &value : root->value(QStringLiteral("chunks")).toArray()) {
        const QJsonArray entry = value.toArray();
        ++saved.chunks;
        saved.seconds += entry.at(1).toDouble();
        saved.lastSequence = std::max(saved.lastSequence, qint64(entry.at(0).toDouble()));
    }
    return saved;
}

}  // namespace spacetape
