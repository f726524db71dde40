// SPDX-License-Identifier: MIT
#pragma once

#include "job/DownloadJob.h"
#include "job/LiveChunks.h"
#include "job/VariantChain.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkReply;
class QTimer;

namespace spacetape {

class NetworkService;
struct HlsPlaylist;

/**
 * @brief Records a Space on air into the job's chunk cache, from its start to its end.
 *
 * Reads the master playlist's variant (every chunk since seq 0) to fetch the backlog at once,
 * follows the live edge by re-reading the dynamic playlist every LiveTiming::dynamicPollMs,
 * and re-reads the full list every fullListPollMs to backfill what the sliding window skipped.
 * Chunks are merged by `<seq>`, never by arrival, and always fetched from the original
 * (non_transcode) folder. Polls AudioSpaceById (LiveSource::fetchMetadata) at most once per
 * metadataPollMs, plus once at once when the dynamic playlist 404s or ends.
 *
 * Everything learned live is kept in a sidecar (`live-capture.json`, written atomically) next
 * to the chunks, so a restart continues the recording and a Space whose replay is disabled can
 * still be saved from what was captured live. After the end it waits for the final playlist,
 * fetches every chunk up to the last one seen, checks Σ EXTINF against the Space's duration and
 * hands the chunk list to DownloadJob, which muxes and tags it as for a replay.
 *
 * DownloadJob drives it when DownloadRequest::live is set; nothing else needs it.
 */
class LiveCapture : public QObject {
    Q_OBJECT
public:
    /// The sidecar's file name inside the cache folder.
    static QString sidecarName();
    /// True when @p cacheDir holds a live capture (a sidecar) from an earlier run.
    static bool existsIn(const QString &cacheDir);
    /// What the sidecar in @p cacheDir says, for finishing after a restart; nothing when absent
    /// or refused (see LiveSidecar: it must belong to @p folderKey, the Space's ID).
    struct Saved {
        QUrl masterUrl, variantUrl, dynamicUrl;
        QString spaceId;
        int chunks = 0;
        qint64 lastSequence = -1;
        double seconds = 0;
    };
    static std::optional<Saved> readSaved(const QString &cacheDir, const QString &folderKey);

    LiveCapture(NetworkService &network, const DownloadRequest &request,
                const DownloadSettings &settings, const QString &cacheDir,
                QObject *parent = nullptr);
    ~LiveCapture() override;

    void start();
    /// Stops every request and timer; the chunks and the sidecar stay. No signal follows.
    void stop();
    /// Stops fetching chunks but keeps following the playlists (the sidecar stays current).
    void pause();
    void resume();
    void setConcurrency(int chunksInFlight);

Q_SIGNALS:
    /// Recording, HostDisconnected or Finishing.
    void stateChanged(spacetape::JobState state);
    void progress(const spacetape::FetchProgress &progress);
    void liveStatus(const spacetape::LiveStatus &status);
    void warning(const QString &message);
    void waiting(const QString &message, int secondsLeft);
    /// Every chunk on disk (ascending) and the sequences that are not; time to mux.
    void captured(const QList<qint64> &sequences, const QList<qint64> &missing);
    void failed(const QString &message, const QList<qint64> &missing);

private:
    enum class Phase { Idle, Recording, FinalPlaylist, Fetching, Done };
    using Answer = std::function<void(int status, const QByteArray &body, const QUrl &url)>;

    void get(const QUrl &url, QPointer<QNetworkReply> &slot, Answer done);
    void pollDynamic();
    void onDynamic(int status, const QByteArray &body, const QUrl &url);
    void pollFullList();
    void onFullList(int status, const QByteArray &body, const QUrl &url, bool final);
    void pollMetadata();
    void onMetadata(const Expected<SpaceMetadata> &metadata);
    void onEndSignal(bool endList);
    void enterState(JobState state);
    bool addSegments(const HlsPlaylist &playlist, const QUrl &url, bool seenLive, bool fullList);
    void onChunkReady(qint64 sequence);
    void endNow(const QString &why);
    void pollFinalPlaylist();
    void finishFetching();
    void onFetchFinished(const FetchResult &result);
    void emitStatus();
    bool catchingUp() const;
    void saveSidecar();
    void loadSidecar();
    void failWith(const QString &message, const QList<qint64> &missing = {});

    NetworkService &m_network;
    DownloadRequest m_request;
    LiveSource m_live;
    DownloadSettings m_settings;
    LiveTiming m_timing;
    QString m_cacheDir;

    Phase m_phase = Phase::Idle;
    JobState m_state = JobState::Recording;
    bool m_paused = false;
    SegmentFetcher *m_fetcher = nullptr;
    LiveChunks m_chunks;
    qint64 m_lastLiveSequence = -1;  ///< the highest seq listed while the Space was live
    qint64 m_backlogUntil = -1;      ///< the highest seq of the first full list read this run
    int m_chunksOnDisk = 0;
    double m_secondsOnDisk = 0;

    QUrl m_variantUrl;
    VariantChain m_chain;  ///< the masters followed by the current full-list read
    QUrl m_nextHop;        ///< a master's variant, read at the next full-list poll
    QPointer<QNetworkReply> m_dynamicReply;
    QPointer<QNetworkReply> m_fullReply;
    QTimer *m_dynamicTimer;
    QTimer *m_fullListTimer;
    QTimer *m_metadataTimer;
    QTimer *m_statusTimer;
    QTimer *m_finalTimer;

    bool m_metadataInFlight = false;
    bool m_earlyPollUsed = false;   ///< one immediate metadata call per end signal
    bool m_dynamicMissing = false;  ///< the last dynamic read answered 404
    QElapsedTimer m_disconnectedSince;
    QElapsedTimer m_finalSince;
    bool m_replayAvailable = true;
    QDateTime m_startedAt, m_endedAt;
    std::shared_ptr<bool> m_alive;  ///< guards callbacks that outlive this object
};

}  // namespace spacetape
