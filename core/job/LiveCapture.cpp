// SPDX-License-Identifier: MIT
#include "job/LiveCapture.h"

#include "job/LiveSidecar.h"

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

bool endedState(SpaceState state) {
    return state == SpaceState::Ended || state == SpaceState::TimedOut ||
           state == SpaceState::Canceled;
}
}  // namespace

QString LiveCapture::sidecarName() {
    return LiveSidecar::fileName();
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
    for (auto it = m_chunks.chunks().cbegin(); it != m_chunks.chunks().cend(); ++it)
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
    if (!addSegments(*playlist, url, true, false))
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
    // The master leads to the variant once; after that the variant is read directly. A hop
    // to a master's variant waits for the next poll like any other read: at most one
    // full-list request per poll interval, however the masters chain.
    QUrl url = m_nextHop;
    if (!url.isValid()) {
        url = m_variantUrl.isValid() ? m_variantUrl : m_request.playlistUrl;
        m_chain.start(url);
    }
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
        // X's live master has one variant (decoy video fields): it lists every chunk. It is
        // followed by the rules every reader of masters shares (policy, depth, no loops).
        auto next = m_chain.follow(url, *playlist);
        m_nextHop = next ? *next : QUrl();
        if (!next) {
            if (!final) {
                failWith(next.error());
                return;
            }
            // After the end, what was recorded live is still worth saving.
            Q_EMIT waiting(QString(), 0);
            Q_EMIT warning(next.error());
            finishFetching();
            return;
        }
        retryFinal();
        return;
    }
    m_nextHop = QUrl();
    m_variantUrl = url;  // the list itself, read directly from now on
    if (!addSegments(*playlist, url, !final, true))
        return;
    if (!playlist->segments.isEmpty() && m_backlogUntil < 0)
        m_backlogUntil = playlist->segments.last().sequence();
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

bool LiveCapture::addSegments(const HlsPlaylist &playlist, const QUrl &url, bool seenLive,
                              bool fullList) {
    auto added = m_chunks.merge(playlist, url, fullList);
    if (!added) {
        failWith(added.error());
        return false;
    }
    if (seenLive && !playlist.segments.isEmpty())
        m_lastLiveSequence = std::max(m_lastLiveSequence, playlist.segments.last().sequence());
    if (added->isEmpty())
        return true;
    // The sidecar first: a chunk on disk is then always one the sidecar names.
    saveSidecar();
    if (m_fetcher)
        m_fetcher->append(*added);
    return true;
}

void LiveCapture::onChunkReady(qint64 sequence) {
    const auto duration = m_chunks.markOnDisk(sequence);
    if (!duration)
        return;
    ++m_chunksOnDisk;
    m_secondsOnDisk += *duration;
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
    double seconds = 0;
    const QDir dir(m_cacheDir);
    // Only the listed chunks are walked; the gaps between them come from LiveChunks, whose
    // range is bounded: never a loop over the numbers a playlist claims.
    const QMap<qint64, LiveChunk> &chunks = m_chunks.chunks();
    for (auto it = chunks.cbegin(); it != chunks.cend(); ++it) {
        if (!failed.contains(it.key()) &&
            QFileInfo(dir.filePath(SegmentFetcher::chunkFileName(it.key()))).isFile()) {
            onDisk << it.key();
            seconds += it->duration;
        }
    }
    const QList<qint64> missing = m_chunks.gaps(onDisk);
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
    const QMap<qint64, LiveChunk> &chunks = m_chunks.chunks();
    for (auto it = chunks.cbegin(); it != chunks.cend() && it.key() <= m_backlogUntil; ++it) {
        if (!it->onDisk)
            return true;
    }
    return false;
}

void LiveCapture::emitStatus() {
    LiveStatus status;
    status.recordedSeconds = m_secondsOnDisk;
    status.liveEdgeSeconds = m_chunks.secondsListed();
    status.catchingUp = m_phase == Phase::Recording && catchingUp();
    status.lastSequence = m_chunks.isEmpty() ? -1 : m_chunks.chunks().lastKey();
    status.chunksOnDisk = m_chunksOnDisk;
    Q_EMIT liveStatus(status);
}

void LiveCapture::failWith(const QString &message, const QList<qint64> &missing) {
    stop();
    Q_EMIT failed(message, missing);
}

void LiveCapture::saveSidecar() {
    LiveSidecar sidecar;
    // The folder's key is the Space's ID (SpaceRequestBuilder): the reader checks the two.
    sidecar.spaceId = m_live.spaceId.isEmpty() ? m_request.cacheKey : m_live.spaceId;
    sidecar.masterUrl = m_request.playlistUrl;
    sidecar.variantUrl = m_variantUrl;
    sidecar.dynamicUrl = m_live.dynamicPlaylistUrl;
    sidecar.lastLiveSequence = m_lastLiveSequence;
    sidecar.chunks = m_chunks;  // shared, not copied
    sidecar.startedAt = m_startedAt;
    sidecar.endedAt = m_endedAt;
    QString error;
    if (!sidecar.write(m_cacheDir, &error)) {
        // The chunks themselves are safe; only a restart would have to relearn the list.
        qCWarning(lcJob, "could not save the live capture list in %s: %s", qPrintable(m_cacheDir),
                  qPrintable(error));
    }
}

void LiveCapture::loadSidecar() {
    if (!existsIn(m_cacheDir))
        return;
    auto saved = LiveSidecar::read(m_cacheDir, m_request.cacheKey);
    if (!saved) {
        // Treated like a network answer: a damaged or foreign list is relearnt from X.
        Q_EMIT warning(saved.error());
        return;
    }
    m_chunks = saved->chunks;
    m_lastLiveSequence = saved->lastLiveSequence;
    if (saved->variantUrl.isValid() && !saved->variantUrl.isEmpty())
        m_variantUrl = saved->variantUrl;
    if (saved->startedAt.isValid() && !m_startedAt.isValid())
        m_startedAt = saved->startedAt;
    if (saved->endedAt.isValid() && !m_endedAt.isValid())
        m_endedAt = saved->endedAt;
}

std::optional<LiveCapture::Saved> LiveCapture::readSaved(const QString &cacheDir,
                                                         const QString &folderKey) {
    if (!existsIn(cacheDir))
        return std::nullopt;  // no capture (or not a regular file): nothing to say
    const auto sidecar = LiveSidecar::read(cacheDir, folderKey);
    if (!sidecar) {
        qCWarning(lcJob, "live capture list in %s not used: %s", qPrintable(cacheDir),
                  qPrintable(sidecar.error()));
        return std::nullopt;
    }
    Saved saved;
    saved.masterUrl = sidecar->masterUrl;
    saved.variantUrl = sidecar->variantUrl;
    saved.dynamicUrl = sidecar->dynamicUrl;
    saved.spaceId = sidecar->spaceId;
    saved.chunks = sidecar->chunks.size();
    saved.seconds = sidecar->chunks.secondsListed();
    saved.lastSequence = sidecar->chunks.isEmpty() ? -1 : sidecar->chunks.chunks().lastKey();
    return saved;
}

}  // namespace spacetape
