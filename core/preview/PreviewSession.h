// SPDX-License-Identifier: MIT
#pragma once

#include "job/DownloadJob.h"
#include "job/PlaylistLoader.h"
#include "preview/PreviewTimeline.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

#include <memory>
#include <optional>

namespace spacetape {

class NetworkService;
class PreviewStream;
class SegmentFetcher;
struct FetchResult;

/**
 * @brief Listening to a Space before saving it: its time line and the chunks around the play
 * head, fetched on demand.
 *
 * Chunks go into the same cache folder the Space's DownloadJob uses (DownloadJob::cacheDirFor),
 * so a chunk the preview fetched is never fetched again by the download, and chunks already
 * there are never fetched. A few chunks are in flight at once (chunksInFlight()), up to
 * readAheadSeconds() ahead of where the newest stream reads; a stream opened elsewhere (a seek)
 * moves the window there at once. No Multimedia here: openStream() gives a QIODevice of clean
 * ADTS that any player can read.
 */
class PreviewSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultChunksInFlight = 4;
    static constexpr double kDefaultReadAheadSeconds = 30.0;

    explicit PreviewSession(NetworkService &network, QObject *parent = nullptr);
    ~PreviewSession() override;

    /// Where the chunks go; usually DownloadJob::cacheDirFor(settings, spaceId).
    void setCacheDir(const QString &dir);
    QString cacheDir() const { return m_cacheDir; }
    /// Chunk requests at once (1..16, default 4).
    void setChunksInFlight(int chunks);
    int chunksInFlight() const { return m_chunksInFlight; }
    /// How far ahead of the reading stream chunks are fetched (default 30 s).
    void setReadAheadSeconds(double seconds);
    double readAheadSeconds() const { return m_readAheadSeconds; }

    /// Loads the playlist of @p request (playlist URL, key cookie, 404 retry window);
    /// ready() or failed() follows.
    void load(const DownloadRequest &request);
    /// Uses a playlist that is already loaded; ready() follows from the event loop.
    void loadPlaylist(std::shared_ptr<const LoadedPlaylist> playlist);
    bool isReady() const { return m_playlist != nullptr; }
    /// A Space on air: the playlist is re-read every liveRefreshMs() and the time line grows
    /// (timelineGrew()) until the list ends (liveEnded()). Streams then wait at the end
    /// instead of ending.
    bool isLive() const { return m_live; }
    /// Where "Live" jumps to: a little behind the newest chunk, so playing can start at once.
    double liveEdgeSeconds() const;
    /// How often a live playlist is re-read (default 3000 ms, about one chunk).
    void setLiveRefreshMs(int ms);
    /// Empty until ready().
    const PreviewTimeline &timeline() const { return m_timeline; }
    double durationSeconds() const { return m_timeline.totalSeconds(); }

    /**
     * A new stream of the Space's audio from @p seconds on (from the start of the frame that
     * holds it). Its chunks are fetched first; the caller owns the stream. Only when ready.
     */
    PreviewStream *openStream(double seconds, QObject *parent = nullptr);

    // ---- for streams ----
    /// True when chunk @p index is whole in the cache folder.
    bool isChunkReady(int index);
    /// Why chunk @p index cannot be had (empty while it may still come).
    QString chunkFailure(int index) const { return m_failed.value(index); }
    /// The cache file of chunk @p index.
    QString chunkPath(int index) const;
    std::optional<ChunkKey> keyFor(int index) const;
    /// A stream reads chunk @p index next: fetch from there on.
    void want(int index);

Q_SIGNALS:
    void ready();
    /// The playlist could not be loaded: what failed and what the user can do.
    void failed(const QString &message);
    /// The replay is not ready yet (forwarded from the playlist loader).
    void waiting(const QString &message, int secondsLeft);
    void chunkReady(int index);
    /// A live Space's time line grew to @p totalSeconds.
    void timelineGrew(double totalSeconds);
    /// A live Space's list ended: the time line is complete.
    void liveEnded();
    /// Chunk @p index could not be downloaded, after retries.
    void chunkFailed(int index, const QString &why);

private:
    void pump();
    void onFetchFinished(const FetchResult &result);
    void onChunkFetched(qint64 sequence);
    /// Stops the fetch without counting its chunks as failed.
    void cancelFetch();
    void refreshLive();
    void onLiveRefreshed(std::shared_ptr<const LoadedPlaylist> playlist);

    NetworkService &m_network;
    PlaylistLoader *m_loader;
    SegmentFetcher *m_fetcher;
    QString m_cacheDir;
    int m_chunksInFlight = kDefaultChunksInFlight;
    double m_readAheadSeconds = kDefaultReadAheadSeconds;
    std::shared_ptr<const LoadedPlaylist> m_playlist;
    PreviewTimeline m_timeline;
    QSet<int> m_ready;             ///< chunks known to be whole on disk
    QHash<int, QString> m_failed;  ///< chunks given up on, with the reason
    QSet<int> m_batch;             ///< what the fetcher is fetching now
    int m_head = 0;                ///< the chunk the newest stream reads next
    bool m_cancelling = false;
    bool m_live = false;
    std::optional<DownloadRequest> m_liveRequest;  ///< what to re-read while live
    PlaylistLoader *m_refresher = nullptr;         ///< re-reads a live playlist
    QTimer *m_refreshTimer;
};

}  // namespace spacetape
