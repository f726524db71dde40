// SPDX-License-Identifier: MIT
#pragma once

#include "util/Defaults.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMultiHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <set>

class QNetworkReply;
class QTimer;

namespace spacetape {

class NetworkService;

/// One chunk to download: its media sequence number (the order of the audio) and its URL.
struct SegmentRequest {
    qint64 sequence = 0;
    QUrl url;
};

/// A snapshot for progress displays.
struct FetchProgress {
    int chunksDone = 0;  ///< Including chunks found in the cache.
    int chunksTotal = 0;
    qint64 bytesDone = 0;         ///< Bytes of the finished chunks.
    double bytesPerSecond = 0.0;  ///< Smoothed download speed.
    int etaSeconds = -1;          ///< -1 while unknown.
    int inFlight = 0;             ///< Requests running right now.
};

/// How a run ended. A local failure is no gap in X's recording: callers act on the status.
enum class FetchStatus {
    Complete,       ///< every chunk is on disk
    ChunksMissing,  ///< the server did not give the chunks in `missing`, after every retry
    Failed,         ///< the run could not go on here: no cache folder, a chunk not saved, disk full
    Canceled,       ///< cancel()
};

/// What a run ended with.
struct FetchResult {
    FetchStatus status = FetchStatus::Failed;
    /// Sequence numbers not on disk at the end, ascending. Never a silent gap.
    QList<qint64> missing;
    /// Empty when complete; else what failed and why, for the user.
    QString error;
};

/**
 * @brief Downloads many chunks in parallel into a cache folder; none is ever lost silently.
 *
 * Up to concurrency() requests run at once (through NetworkService's manager pool). Network
 * errors, timeouts, 5xx and 429 are retried with exponential backoff and jitter (a 429's
 * Retry-After holds back every new request until it passed); a body shorter or longer than
 * its Content-Length is retried; 403/404/410 (chunks just past the end of a fresh replay 404
 * briefly) are retried a few times and then reported missing.
 *
 * Each chunk streams to `<cacheDir>/<chunkFileName(seq)>.<tag>.part` (the tag is unique per
 * fetcher, so a download and a preview can fill one folder at once) and is renamed to its
 * final name when complete, so a final name always means a whole chunk: chunks already there
 * are not fetched again (resume after a crash), and chunkReady() is emitted for them too.
 * finished() is always emitted from the event loop, exactly once per start(), with a
 * FetchStatus saying whether chunks are missing on the server or the run failed here.
 */
class SegmentFetcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = defaults::kChunksInFlight;
    static constexpr int kMaxConcurrency = defaults::kMaxChunksInFlight;
    static constexpr int kDefaultMaxAttempts = 6;
    /// Attempts for a chunk the server says is not there (403/404/410 and other 4xx).
    static constexpr int kMissingChunkAttempts = 3;

    explicit SegmentFetcher(NetworkService &network, QObject *parent = nullptr);
    ~SegmentFetcher() override;

    /// Requests at once, 1..64 (default 16). Takes effect at once while running.
    void setConcurrency(int n);
    int concurrency() const { return m_concurrency; }
    /// Attempts per chunk for transient failures (default 6).
    void setMaxAttempts(int n);
    /// Backoff before retry k (1-based): random in [d/2, d], d = min(maxMs, baseMs * 2^(k-1)).
    void setBackoff(int baseMs, int maxMs);
    /// Gives up an attempt that has not finished after @p ms (0 disables; default 60 s). Catches
    /// a server trickling bytes just fast enough to dodge the inactivity timeout.
    void setAttemptTimeoutMs(int ms);
    /// Folder for the chunk files; created by start() when missing.
    void setCacheDir(const QString &dir);
    QString cacheDir() const { return m_cacheDir; }

    /// The cache layout: "0000000042.chunk" (zero-padded so names sort by sequence).
    static QString chunkFileName(qint64 sequence);

    /// Starts fetching @p segments (duplicates by sequence are dropped). Cancels a running
    /// fetch first, without its finished().
    void start(const QList<SegmentRequest> &segments);
    /// Like start(), but the list stays open: append() adds chunks while it runs, and
    /// finished() does not come before closeList() (a live recording's list grows).
    void startOpen(const QList<SegmentRequest> &segments);
    /// Adds chunks to a running fetch; sequences already known are ignored. Cached ones
    /// count as done at once (chunkReady() follows from the event loop).
    void append(const QList<SegmentRequest> &segments);
    /// No more append(): finished() follows once every chunk is done or missing.
    void closeList();
    /// Gives the chunks reported missing so far a fresh set of attempts (a live recording
    /// retries them once more before it gives up on them).
    void retryMissing();
    /// Sequences known to this run, done or not.
    bool knows(qint64 sequence) const { return m_indexBySequence.contains(sequence); }
    /// Aborts every running request; they start over on resume(). Progress stops.
    void pause();
    void resume();
    /// Aborts every running request and ends the run: finished() with FetchStatus::Canceled.
    void cancel();

    bool isRunning() const { return m_state == State::Running || m_state == State::Paused; }
    bool isPaused() const { return m_state == State::Paused; }
    /// Requests running right now.
    int inFlight() const { return int(m_running.size()); }
    FetchProgress currentProgress() const;

Q_SIGNALS:
    /// At most every 100 ms while running, and once more before finished().
    void progress(const spacetape::FetchProgress &p);
    /// A chunk is complete at @p path (also for chunks that were already in the cache).
    void chunkReady(qint64 sequence, const QString &path);
    void finished(const spacetape::FetchResult &result);

private:
    enum class State { Idle, Running, Paused };
    enum class SegmentState { Queued, Waiting, Running, Done, Missing };
    struct Segment {
        SegmentRequest request;
        SegmentState state = SegmentState::Queued;
        int attempts = 0;
        QString lastError;
    };
    struct Attempt;

    void pump();
    void launch(int index);
    void onReadyRead(QNetworkReply *reply);
    /// What became of a finished attempt: decided before anything is done about it.
    struct Outcome {
        enum Kind {
            Whole,   ///< a complete chunk: keep it
            Retry,   ///< transient: try again (after retryAfterMs when the server asked)
            Absent,  ///< the server says it is not there: a few more tries, then missing
            Fatal,   ///< it cannot be saved here: the run ends
        } kind;
        QString why;
        int retryAfterMs = 0;
    };
    void onFinished(QNetworkReply *reply);
    Outcome classify(QNetworkReply *reply, const Attempt &attempt) const;
    /// Moves a whole chunk into place; false when the run ended meanwhile.
    bool keepChunk(const Attempt &attempt);
    void retryOrGiveUp(int index, const QString &why, bool chunkAbsent, int retryAfterMs);
    void abortAll(bool requeue);
    void tick();
    void emitProgress(bool force);
    void maybeFinish();
    void begin(const QList<SegmentRequest> &segments, bool open);
    void finishRun(FetchResult result);
    void failRun(const QString &message);
    int backoffMs(int attempt) const;
    QString finalPath(qint64 sequence) const;
    QString partPath(qint64 sequence) const;
    QString describeMissing() const;

    NetworkService &m_network;
    int m_concurrency = kDefaultConcurrency;
    int m_maxAttempts = kDefaultMaxAttempts;
    int m_backoffBaseMs = 500;
    int m_backoffMaxMs = 30000;
    int m_attemptTimeoutMs = 60000;
    QString m_cacheDir;
    QString m_partTag;                         ///< makes this fetcher's temporaries its own
    QMultiHash<qint64, QString> m_staleParts;  ///< other temporaries found at start, by chunk

    State m_state = State::Idle;
    quint64 m_generation = 0;   // invalidates timers of an earlier run
    QList<Segment> m_segments;  // sorted by sequence, then appended ones in arrival order
    std::set<int> m_ready;      // queued indices: lowest index first
    QHash<qint64, int> m_indexBySequence;
    bool m_listOpen = false;  // startOpen(): append() may still add chunks
    QHash<QNetworkReply *, std::shared_ptr<Attempt>> m_running;
    QTimer *m_ticker;
    QTimer *m_holdTimer;
    QElapsedTimer m_clock;
    qint64 m_holdUntilMs = 0;  // a 429's Retry-After: no new request before this

    int m_chunksDone = 0;
    qint64 m_bytesDone = 0;
    qint64 m_bytesReceived = 0;  // every byte off the wire, for the speed
    qint64 m_lastSampleBytes = 0;
    qint64 m_lastSampleMs = 0;
    double m_speed = 0.0;
    bool m_speedKnown = false;
    FetchProgress m_lastEmitted;
    bool m_emittedOnce = false;
};

}  // namespace spacetape

Q_DECLARE_METATYPE(spacetape::FetchProgress)
Q_DECLARE_METATYPE(spacetape::FetchResult)
