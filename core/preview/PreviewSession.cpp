// SPDX-License-Identifier: MIT
#include "preview/PreviewSession.h"

#include "net/SegmentFetcher.h"
#include "preview/PreviewStream.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace spacetape {

namespace {
// A preview is interactive: give up on a chunk sooner than a download would.
constexpr int kChunkAttempts = 3;
constexpr int kBackoffBaseMs = 250;
constexpr int kBackoffMaxMs = 2000;
constexpr int kAttemptTimeoutMs = 20000;
constexpr int kMaxChunksInFlight = 16;
// Starting "Live" this far behind the newest chunk leaves a chunk or two to buffer.
constexpr double kLiveEdgeMarginSeconds = 6.0;
}  // namespace

PreviewSession::PreviewSession(NetworkService &network, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_loader(new PlaylistLoader(network, this)),
      m_fetcher(new SegmentFetcher(network, this)),
      m_refreshTimer(new QTimer(this)) {
    m_refreshTimer->setInterval(3000);
    connect(m_refreshTimer, &QTimer::timeout, this, &PreviewSession::refreshLive);
    m_fetcher->setConcurrency(m_chunksInFlight);
    m_fetcher->setMaxAttempts(kChunkAttempts);
    m_fetcher->setBackoff(kBackoffBaseMs, kBackoffMaxMs);
    m_fetcher->setAttemptTimeoutMs(kAttemptTimeoutMs);
    connect(m_fetcher, &SegmentFetcher::chunkReady, this,
            [this](qint64 sequence, const QString &) { onChunkFetched(sequence); });
    connect(m_fetcher, &SegmentFetcher::finished, this, &PreviewSession::onFetchFinished);
    connect(m_loader, &PlaylistLoader::loaded, this, &PreviewSession::loadPlaylist);
    connect(m_loader, &PlaylistLoader::failed, this, &PreviewSession::failed);
    connect(m_loader, &PlaylistLoader::waiting, this, &PreviewSession::waiting);
}

PreviewSession::~PreviewSession() {
    cancelFetch();
}

void PreviewSession::setCacheDir(const QString &dir) {
    m_cacheDir = dir;
    m_fetcher->setCacheDir(dir);
}

void PreviewSession::setChunksInFlight(int chunks) {
    m_chunksInFlight = std::clamp(chunks, 1, kMaxChunksInFlight);
    m_fetcher->setConcurrency(m_chunksInFlight);
}

void PreviewSession::setReadAheadSeconds(double seconds) {
    m_readAheadSeconds = std::max(0.0, seconds);
}

void PreviewSession::setLiveRefreshMs(int ms) {
    m_refreshTimer->setInterval(std::max(100, ms));
}

double PreviewSession::liveEdgeSeconds() const {
    return std::max(0.0, m_timeline.totalSeconds() - kLiveEdgeMarginSeconds);
}

void PreviewSession::refreshLive() {
    if (!m_live || !m_liveRequest)
        return;
    if (!m_refresher) {
        m_refresher = new PlaylistLoader(m_network, this);
        connect(m_refresher, &PlaylistLoader::loaded, this, &PreviewSession::onLiveRefreshed);
        // A failed re-read is retried on the next tick; the time line stays as it is.
    }
    if (m_refresher->isLoading())
        return;
    m_refresher->setKeyCookieHeader(m_liveRequest->keyCookieHeader);
    m_refresher->load(m_liveRequest->playlistUrl);
}

void PreviewSession::onLiveRefreshed(std::shared_ptr<const LoadedPlaylist> playlist) {
    if (!m_live || !playlist)
        return;
    // Keys of the new chunks: keep the old ones and add what the new list knows.
    auto merged = std::make_shared<LoadedPlaylist>(*m_playlist);
    for (auto it = playlist->keys.cbegin(); it != playlist->keys.cend(); ++it)
        merged->keys.insert(it.key(), it.value());
    merged->playlist.endList = playlist->playlist.endList;
    m_playlist = merged;
    if (m_timeline.extend(playlist->playlist) > 0) {
        Q_EMIT timelineGrew(m_timeline.totalSeconds());
        pump();
    }
    if (playlist->playlist.endList) {
        m_live = false;
        m_refreshTimer->stop();
        Q_EMIT liveEnded();
    }
}

void PreviewSession::load(const DownloadRequest &request) {
    // A Space on air: its list grows, so it is read again while it plays.
    m_liveRequest = request.live ? std::optional<DownloadRequest>(request) : std::nullopt;
    m_loader->setNotFoundRetry(request.notFoundRetrySeconds,
                               DownloadSettings().notFoundRetryIntervalMs);
    m_loader->setKeyCookieHeader(request.keyCookieHeader);
    m_loader->load(request.playlistUrl);
}

void PreviewSession::loadPlaylist(std::shared_ptr<const LoadedPlaylist> playlist) {
    if (!playlist || playlist->playlist.segments.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(tr("The playlist lists no audio chunks to preview.")); },
            Qt::QueuedConnection);
        return;
    }
    cancelFetch();
    m_playlist = std::move(playlist);
    m_timeline = PreviewTimeline(m_playlist->playlist);
    m_ready.clear();
    m_failed.clear();
    m_batch.clear();
    m_head = 0;
    m_live = m_liveRequest.has_value() && !m_playlist->playlist.endList;
    if (m_live)
        m_refreshTimer->start();
    else
        m_refreshTimer->stop();
    // Whatever an earlier preview or an interrupted download left is used as it is.
    const QStringList cached =
        QDir(m_cacheDir).entryList({QStringLiteral("*.chunk")}, QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &name : cached) {
        bool ok = false;
        const qint64 sequence = name.section(QLatin1Char('.'), 0, 0).toLongLong(&ok);
        const int index = ok ? m_timeline.indexOfSequence(sequence) : -1;
        if (index >= 0 && QFileInfo(QDir(m_cacheDir).filePath(name)).size() > 0)
            m_ready.insert(index);
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (isReady())
                Q_EMIT ready();
        },
        Qt::QueuedConnection);
}

PreviewStream *PreviewSession::openStream(double seconds, QObject *parent) {
    if (!isReady())
        return nullptr;
    return new PreviewStream(*this, seconds, parent);
}

QString PreviewSession::chunkPath(int index) const {
    return QDir(m_cacheDir).filePath(SegmentFetcher::chunkFileName(m_timeline.at(index).sequence));
}

bool PreviewSession::isChunkReady(int index) {
    if (index < 0 || index >= m_timeline.count())
        return false;
    if (m_ready.contains(index))
        return true;
    // A download of the same Space may have fetched it into the shared folder meanwhile.
    const QFileInfo file(chunkPath(index));
    if (file.isFile() && file.size() > 0) {
        m_ready.insert(index);
        return true;
    }
    return false;
}

std::optional<ChunkKey> PreviewSession::keyFor(int index) const {
    if (!m_playlist || index < 0 || index >= m_timeline.count())
        return std::nullopt;
    return m_playlist->keyFor(m_timeline.at(index).sequence);
}

void PreviewSession::want(int index) {
    if (!isReady())
        return;
    m_head = std::clamp(index, 0, m_timeline.count());
    pump();
}

void PreviewSession::pump() {
    if (!isReady() || m_head >= m_timeline.count())
        return;
    // The window: from the head, readAheadSeconds of audio, and at least one round of requests.
    const double until = m_timeline.at(m_head).startSeconds + m_readAheadSeconds;
    QList<int> missing;
    for (int i = m_head; i < m_timeline.count(); ++i) {
        const bool inWindow =
            m_timeline.at(i).startSeconds < until || i - m_head < m_chunksInFlight;
        if (!inWindow)
            break;
        if (!isChunkReady(i) && !m_failed.contains(i))
            missing << i;
    }
    if (missing.isEmpty())
        return;
    // The batch running already covers the head: let it finish, then look again. A head
    // outside it (a seek) restarts the fetch there at once.
    if (m_fetcher->isRunning() && m_batch.contains(missing.first()))
        return;
    QList<SegmentRequest> requests;
    m_batch.clear();
    for (int i : std::as_const(missing)) {
        requests << SegmentRequest{m_timeline.at(i).sequence, m_timeline.at(i).url};
        m_batch.insert(i);
    }
    m_fetcher->start(requests);
}

void PreviewSession::onChunkFetched(qint64 sequence) {
    const int index = m_timeline.indexOfSequence(sequence);
    if (index < 0)
        return;
    m_ready.insert(index);
    Q_EMIT chunkReady(index);
}

void PreviewSession::onFetchFinished(const FetchResult &result) {
    m_batch.clear();
    if (m_cancelling)
        return;
    for (qint64 sequence : result.missing) {
        const int index = m_timeline.indexOfSequence(sequence);
        if (index < 0 || isChunkReady(index))
            continue;
        m_failed.insert(index, result.error);
        Q_EMIT chunkFailed(index, result.error);
    }
    pump();
}

void PreviewSession::cancelFetch() {
    m_cancelling = true;
    m_fetcher->cancel();
    m_cancelling = false;
    m_batch.clear();
}

}  // namespace spacetape
