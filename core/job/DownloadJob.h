// SPDX-License-Identifier: MIT
#pragma once

#include "extras/ExtrasRecorder.h"
#include "job/OutputPlacement.h"
#include "job/PlaylistLoader.h"
#include "media/AudioAssembler.h"
#include "media/ChunkDecryptor.h"
#include "media/SpaceTags.h"
#include "net/SegmentFetcher.h"
#include "util/Defaults.h"
#include "util/Expected.h"
#include "util/FilenameTemplate.h"
#include "x/SpaceMetadata.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace spacetape {

class LiveCapture;
class NetworkService;

/// Asks X for a Space's metadata again (AudioSpaceById); a live recording calls it to learn
/// when the Space ends. The callback runs exactly once.
using MetadataSource = std::function<void(std::function<void(Expected<SpaceMetadata>)> done)>;

/// What a live recording needs besides the playlist (the master, in DownloadRequest).
struct LiveSource {
    QUrl dynamicPlaylistUrl;  ///< the sliding window at the live edge (`?type=live`)
    QString spaceId;
    MetadataSource fetchMetadata;  ///< polled to see `Ended`/`TimedOut`; may be empty in tests
    bool replayExpected = true;    ///< `is_space_available_for_replay` when it started
    /// The Space is over already: finish from the capture saved in the cache (after a
    /// restart), waiting for the final playlist only when replayExpected. See
    /// DownloadJob::requestFromLiveCapture().
    bool ended = false;
};

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
    /// Set for a Space on air: it is recorded from its start until it ends, then saved.
    std::optional<LiveSource> live;
    /// Its speakers and chat, kept next to the audio (off for a plain playlist).
    extras::ExtrasSource extras;
};

/// The rhythm of a live recording (facts §7); tests shorten it.
struct LiveTiming {
    int dynamicPollMs = 3000;    ///< re-read the live edge about every target duration
    int fullListPollMs = 30000;  ///< re-read the full list to backfill what the window skipped
    int metadataPollMs = 30000;  ///< AudioSpaceById at most this often per recording
    int hostDisconnectGraceSeconds = 600;  ///< keep going this long while Running but 404
    int finalPlaylistWindowSeconds = 300;  ///< wait this long for the final playlist after the end
    int finalPlaylistRetryMs = 10000;      ///< how often it is retried meanwhile
};

/// How to download it; usually from the user's settings or the CLI options.
struct DownloadSettings {
    QString outputDir = QStringLiteral(".");
    QString nameTemplate;  ///< empty: FilenameTemplate::defaultTemplate()
    int concurrency = defaults::kChunksInFlight;
    ExistsPolicy existsPolicy = ExistsPolicy::Rename;
    bool allowGaps = false;  ///< save even when chunks stay missing (they are listed)
    QString cacheRoot;       ///< chunk cache folders live below; empty: the user's cache location
    int notFoundRetryIntervalMs = 10000;  ///< how often a just-ended Space's playlist is retried
    LiveTiming live;                      ///< for live recordings
    /// Keep the Space's speakers and chat: chapters in the file, NAME.space.json and
    /// NAME.vtt beside it (Settings, `--no-extras`).
    bool saveExtras = true;
};

/// Where a job is in its life.
enum class JobState {
    Queued,
    Resolving,
    Downloading,
    Recording,         ///< live: following the live edge (and catching up on the backlog)
    HostDisconnected,  ///< live: the dynamic playlist 404s while X still says Running
    Finishing,         ///< live: ended; waiting for the final playlist, fetching the rest
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

/// A live recording's progress, for the queue, the tray and the CLI.
struct LiveStatus {
    double recordedSeconds = 0;  ///< Σ EXTINF of the chunks on disk
    double liveEdgeSeconds = 0;  ///< Σ EXTINF of every chunk listed so far
    bool catchingUp = false;     ///< the backlog from before we joined is still being fetched
    qint64 lastSequence = -1;    ///< the highest chunk sequence seen listed
    int chunksOnDisk = 0;
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
 *
 * With DownloadRequest::live set the Space is recorded (LiveCapture): Recording ⇄
 * HostDisconnected → Finishing → Muxing → Done. Pausing a recording stops fetching chunks
 * but keeps following the playlists, so resuming catches up; cancel keeps the chunks and the
 * capture list, and a later start with the same cache key continues the recording.
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
    /// Stops the job; its chunks are kept. A mux in progress stops at its next chunk on its own
    /// thread (nobody waits for it) and leaves no file behind.
    void cancel();
    /**
     * For Remove: cancel(), then the job's chunk folder is deleted — and with @p deleteOutput
     * the file it saved — off the calling thread, and only once a running mux has stopped
     * reading the chunks.
     */
    void discard(bool deleteOutput);
    /// Deletes the chunk folder of @p cacheKey on a worker thread (hundreds of files): for
    /// entries removed without a job. Nothing happens when the key names no valid folder.
    static void removeCache(const DownloadSettings &settings, const QString &cacheKey);
    /// Takes effect at once when chunks are downloading.
    void setConcurrency(int chunksInFlight);

    JobState state() const { return m_state; }
    const DownloadRequest &request() const { return m_request; }
    /// The folder holding this job's chunks.
    QString cacheDir() const;
    /// The chunk folder of the Space with @p cacheKey under @p settings' cache root. The
    /// preview fetches into the same folder, so what it fetched is not fetched again.
    static QString cacheDirFor(const DownloadSettings &settings, const QString &cacheKey);
    /// True when the cache of @p cacheKey holds what a live recording captured (its sidecar
    /// `live-capture.json`): a restart can continue it, or finish from it.
    static bool hasLiveCapture(const DownloadSettings &settings, const QString &cacheKey);
    /**
     * A request that saves a recording from its live capture alone, for a Space that ended
     * while Spacetape was not running and whose replay X does not offer (resolve() then fails):
     * the chunks captured live are fetched if still missing, muxed and tagged from @p latest
     * (X's metadata now). Nothing when there is no capture for @p latest's ID.
     */
    static std::optional<DownloadRequest> requestFromLiveCapture(const DownloadSettings &settings,
                                                                 const SpaceMetadata &latest);
    /// The cache key of a request that names none: its playlist URL's host and path, hashed.
    static QString defaultCacheKey(const QUrl &playlistUrl);
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
    /// Live recordings only: at most about once a second while recording.
    void liveStatus(const spacetape::LiveStatus &status);
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
    void startLive();
    /// Which chunks are missing and where they were in the Space, for the user.
    QString describeGap(const QList<qint64> &missing) const;

    struct MuxRun;

    NetworkService &m_network;
    DownloadRequest m_request;
    DownloadSettings m_settings;
    JobState m_state = JobState::Queued;
    OutputReservation m_output;  ///< the file's name, held from start() to the end
    QList<qint64> m_sequences;   ///< every chunk of the playlist, in order
    PlaylistLoader *m_loader;
    std::shared_ptr<const LoadedPlaylist> m_playlist;  ///< for the chunks' keys
    SegmentFetcher *m_fetcher = nullptr;
    LiveCapture *m_live = nullptr;               ///< live recordings only
    JobState m_liveState = JobState::Recording;  ///< what a paused recording returns to
    std::shared_ptr<MuxRun> m_mux;  ///< shared with the mux thread, which may outlive us
    extras::ExtrasRecorder *m_extras = nullptr;  ///< speakers and chat, when kept
    bool m_finished = false;
};

}  // namespace spacetape

Q_DECLARE_METATYPE(spacetape::JobResult)
Q_DECLARE_METATYPE(spacetape::LiveStatus)
