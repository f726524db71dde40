// SPDX-License-Identifier: MIT
#pragma once

#include "job/OutputPlacement.h"
#include "job/PlaylistLoader.h"
#include "media/AudioAssembler.h"
#include "media/ChunkDecryptor.h"
#include "media/SpaceTags.h"
#include "net/SegmentFetcher.h"
#include "util/FilenameTemplate.h"

#include <QObject>
#include <QUrl>

class QThread;

#include <memory>

namespace spacetape {

class NetworkService;

/// What to download: a playlist plus what we know about the Space.
struct DownloadRequest {
    QUrl playlistUrl;      ///< http(s) playlist, or a local .m3u8 file with its chunks beside it
    SpaceTags tags;        ///< written into the file
    FilenameValues names;  ///< fills the file name template
    QString cacheKey;      ///< stable across runs (Space ID, or a hash of the playlist URL)
    qint64 expectedDurationSeconds = -1;  ///< from X's metadata; checked against Σ EXTINF
    int notFoundRetrySeconds = 0;  ///< keep retrying a 404 playlist this long (just-ended Spaces)
    /// Secret: the login's Cookie header, sent only to EXT-X-KEY URIs (encrypted Spaces);
    /// never stored, never logged, never sent to the CDN.
    QByteArray keyCookieHeader;
};

/// How to download it; usually from the user's settings or the CLI options.
struct DownloadSettings {
    QString outputDir = QStringLiteral(".");
    QString nameTemplate;  ///< empty: FilenameTemplate::defaultTemplate()
    int concurrency = 16;
    ExistsPolicy existsPolicy = ExistsPolicy::Rename;
    bool allowGaps = false;  ///< save even when chunks stay missing (they are listed)
    QString cacheRoot;       ///< chunk cache folders live below; empty: the user's cache location
    int notFoundRetryIntervalMs = 10000;  ///< how often a just-ended Space's playlist is retried
};

/// Where a job is in its life.
enum class JobState {
    Queued,
    Resolving,
    Downloading,
    Paused,
    Muxing,
    Done,
    Skipped,
    Failed,
    Canceled
};

/// The outcome of a job, for the CLI and the queue.
struct JobResult {
    JobState state = JobState::Queued;
    QString outputPath;     ///< the saved file (Done), or the existing one (Skipped)
    QString error;          ///< why it failed, for the user
    QList<qint64> missing;  ///< chunk sequence numbers that could not be fetched
    AssemblyReport report;
};

/// A stable name for a state, for JSON output and logs.
QString jobStateName(JobState state);

/**
 * @brief One download: playlist → chunks (cached, resumable) → .m4a → output folder.
 *
 * Owns the state machine of a single Space. Chunks go to a per-job cache folder
 * as they arrive, so a crash or a cancel loses nothing: the next run with the
 * same cache key fetches only what is missing. The cache folder is removed
 * after success and kept after failure.
 */
class DownloadJob : public QObject {
    Q_OBJECT
public:
    DownloadJob(NetworkService &network, DownloadRequest request, DownloadSettings settings,
                QObject *parent = nullptr);
    ~DownloadJob() override;

    void start();
    void pause();
    void resume();
    void cancel();
    /// Takes effect at once when chunks are downloading.
    void setConcurrency(int chunksInFlight);

    JobState state() const { return m_state; }
    const DownloadRequest &request() const { return m_request; }
    /// The folder holding this job's chunks.
    QString cacheDir() const;
    /// The chunk folder of the Space with @p cacheKey under @p settings' cache root. The
    /// preview fetches into the same folder, so what it fetched is not fetched again.
    static QString cacheDirFor(const DownloadSettings &settings, const QString &cacheKey);
    /// cacheDirFor() with the reason when @p cacheKey is not a safe folder name (empty above).
    static Expected<QString> checkedCacheDirFor(const DownloadSettings &settings,
                                                const QString &cacheKey);

Q_SIGNALS:
    void stateChanged(spacetape::JobState state);
    void progress(const spacetape::FetchProgress &progress);
    /// A note for the user that does not stop the job (e.g. stray bytes skipped).
    void warning(const QString &message);
    /// A wait the user should see (e.g. the replay is not ready yet); empty when it ends.
    void waiting(const QString &message, int secondsLeft);
    void finished(const spacetape::JobResult &result);

private:
    void setState(JobState state);
    void onPlaylistLoaded(std::shared_ptr<const LoadedPlaylist> loaded);
    void useLocalSegments(const HlsPlaylist &playlist);
    void downloadSegments(const HlsPlaylist &playlist);
    void onFetchFinished(const FetchResult &result);
    void assemble(QList<ChunkFile> chunks, QList<qint64> missing);
    void finish(JobResult result);
    void failWith(const QString &message, QList<qint64> missing = {});

    NetworkService &m_network;
    DownloadRequest m_request;
    DownloadSettings m_settings;
    JobState m_state = JobState::Queued;
    QString m_outputPath;
    QList<qint64> m_sequences;  ///< every chunk of the playlist, in order
    PlaylistLoader *m_loader;
    std::shared_ptr<const LoadedPlaylist> m_playlist;  ///< for the chunks' keys
    SegmentFetcher *m_fetcher = nullptr;
    QThread *m_worker = nullptr;  ///< the mux thread while one runs
    bool m_finished = false;
};

}  // namespace spacetape

Q_DECLARE_METATYPE(spacetape::JobResult)
