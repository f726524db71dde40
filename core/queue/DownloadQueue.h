// SPDX-License-Identifier: MIT
#pragma once

#include "job/DownloadJob.h"
#include "job/SpaceRequestBuilder.h"
#include "queue/QueueEntry.h"
#include "util/Expected.h"
#include "watch/HostWatcher.h"
#include "watch/ScheduledSpaceWaiter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QTimer;

namespace spacetape {

class SectionJob;

class NetworkService;
class XApiClient;
class HostWatcher;
class QueueStore;

/**
 * @brief The desktop app's download queue: an ordered list of Spaces, a scheduler, and a
 * state file that survives crashes. No widgets: the UI shows it through a model.
 *
 * Scheduler: while fewer than maxActive() entries are active and a startable Waiting entry
 * exists, the first one starts (entries the user explicitly started or resumed go first; the
 * rest only when autoStart() is on). Each start resolves the Space again through X
 * (SpaceRequestBuilder: CDN links expire), then runs a DownloadJob whose cache key is the
 * Space ID, so a restarted, retried or restored entry continues from the chunks on disk.
 *
 * Every change is saved to stateFile() at once (JSON, atomically, by a writer thread); progress
 * alone is saved at most every 2 s. Rows are positions in the queue, 0 at the top.
 */
class DownloadQueue : public QObject {
    Q_OBJECT
public:
    /// The stateDetail of an entry that was active when the app stopped without a clean exit.
    static QString interruptedDetail();

    /// @p stateFile: where the queue is saved (JSON, atomically and owner-only via
    /// writePrivateFile, on every change;
    /// progress at most every 2 s). @p network and @p api must outlive the queue.
    DownloadQueue(NetworkService &network, XApiClient &api, const QString &stateFile,
                  QObject *parent = nullptr);
    /// Stops running jobs without changing the saved state: the next restore() sees them as
    /// interrupted, exactly as after a crash.
    ~DownloadQueue() override;

    /// What addText() did with the text.
    struct AddResult {
        QStringList added;       ///< Space IDs queued now, in order of appearance
        QStringList duplicates;  ///< Space IDs that were already queued (not added again)
        QStringList rejected;    ///< link-like tokens that are not Space links, as given
        /// Lines holding neither a Space nor a link (blank lines and # comments aside).
        int ignored = 0;
    };
    /// Queues every Space link or ID in @p text (SpaceLink::scan); Spaces already queued are
    /// not added twice.
    AddResult addText(const QString &text);
    /**
     * Queues a clip: [@p startSeconds, @p endSeconds) of Space @p spaceId, cut from the saved
     * file @p sourceFile when given (no network), else from the Space's chunks (only those
     * covering it are fetched). It starts at once; returns its key.
     */
    QString addClip(const QString &spaceId, const QString &title, const QString &sourceFile,
                    double startSeconds, double endSeconds);

    int count() const;
    /// The entry at @p row; @p row must be in 0..count()-1.
    const QueueEntry &at(int row) const;
    /// The row of the entry with @p key, or -1.
    int indexOf(const QString &key) const;
    bool contains(const QString &key) const;
    /// Entries using a slot now (QueueEntry::isActive()).
    int activeCount() const;
    /// Entries with work running now, live recordings included (QueueEntry::isBusy()).
    int busyCount() const;

    /// A Waiting/Paused/Failed/Canceled entry becomes Waiting and the scheduler may start it
    /// now (ahead of entries that are merely waiting their turn, even with autoStart off).
    void start(const QString &key);
    /// Waiting: held back. Downloading: the job pauses (its chunks stay). Resolving or
    /// RateLimited: the lookup is dropped. Muxing: cannot pause (a few seconds), ignored.
    void pause(const QString &key);
    /// A Paused entry continues (same as start()).
    void resume(const QString &key);
    /// Stops an unfinished entry; its cached chunks are kept for a later start(). A mux stops
    /// at its next chunk (on its own thread) and leaves no file.
    void cancel(const QString &key);
    /// Starts again from a fresh lookup (CDN URLs expire); the chunk cache is kept. Works on
    /// Failed, Canceled, Paused and active entries (an active one is restarted).
    void retry(const QString &key);
    /// Removes the entry (canceling it first if active) and its chunk cache; with
    /// @p deleteFile also the saved file, or the one a running mux was writing. The chunks are
    /// deleted on a worker thread, after a running mux stopped reading them.
    void remove(const QString &key, bool deleteFile);
    void moveUp(const QString &key);
    void moveDown(const QString &key);
    void moveToTop(const QString &key);
    void moveToBottom(const QString &key);
    /// Moves the entry at @p fromRow so that it ends up at @p toRow (QList::move semantics);
    /// entryMoved(fromRow, toRow) follows. Out-of-range rows are ignored.
    void move(int fromRow, int toRow);
    /// The saved file of a Done entry was retagged by the user (Edit Tags…): its row shows
    /// the file's new title, host name and date from now on. Other entries are left alone.
    void setSavedFileTags(const QString &key, const QString &title, const QString &hostName,
                          const QDateTime &startedAt);

    /// Applies to jobs started from now on; the concurrency applies to running jobs at once.
    void setDownloadSettings(const DownloadSettings &settings);
    DownloadSettings downloadSettings() const { return m_settings; }
    /// Spaces at once (at least 1, default 2). Raising it starts more at once; lowering it
    /// never stops running ones (no new one starts until the count fell below the limit).
    void setMaxActive(int spaces);
    int maxActive() const;
    /// How scheduled Spaces are polled (tests shorten it).
    void setScheduleTiming(const ScheduleTiming &timing);
    /// Every Space @p watcher finds is queued (once) and recorded at once, ahead of the rest.
    void followWatcher(HostWatcher &watcher);
    /// Queues @p spaceId if needed and starts it now, ahead of everything waiting.
    void recordLive(const QString &spaceId);
    /// Default true: the scheduler starts Waiting entries in order. Off: only entries the
    /// user started (start(), resume(), retry(), resumeAll()) run.
    void setAutoStart(bool autoStart);
    bool autoStart() const { return m_autoStart; }

    /// Loads the saved queue (entries already in the queue are kept, saved duplicates
    /// skipped). Entries that were active are set to Paused with stateDetail
    /// interruptedDetail() (their chunks stay cached). Waiting entries stay Waiting.
    /// True when there was nothing to load or it loaded; false when the file is unreadable.
    /// An unreadable file is moved aside (setAsideFile()) so that saving the new queue never
    /// overwrites what it may still hold; if it cannot be moved, the queue is not saved at all.
    bool restore();
    /// Where restore() moved an unreadable queue file; empty when it did not.
    QString setAsideFile() const { return m_setAsideFile; }
    /// Entries worth offering to continue: Paused after a restore, Waiting, and Failed ones
    /// whose chunk cache holds chunks.
    QStringList unfinishedKeys() const;
    /// start() for each of @p keys.
    void resumeAll(const QStringList &keys);
    /// Pauses every entry that is not finished or paused already (the tray's "Pause all").
    void pauseAll();
    /// Starts every paused entry again (the tray's "Resume all").
    void resumeAllPaused();

    /// The queue counted by state, for the status bar and the tray: one count, two views.
    struct Totals {
        int downloading = 0;  ///< using a slot (QueueEntry::isActive())
        int live = 0;         ///< recording live
        int scheduled = 0, waiting = 0, paused = 0, done = 0, failed = 0;
        qint64 chunksDone = 0, chunksTotal = 0;  ///< of the busy entries
        double bytesPerSecond = 0;               ///< of the downloading entries
        int busy() const { return downloading + live; }
        /// Fraction of the busy entries' chunks on disk; -1 when unknown.
        double progress() const {
            return chunksTotal > 0 ? double(chunksDone) / double(chunksTotal) : -1.0;
        }
    };
    Totals totals() const;
    QString stateFile() const;
    /**
     * Holds every lookup until loginStateKnown() is called, or @p timeoutMs passed: the app
     * reads the login from the keychain asynchronously, and entries resolved before it arrives
     * would run as guests (a login-only Space then fails). A keychain that never answers must
     * not hold the queue for ever, hence the timeout.
     */
    void holdUntilLoginKnown(int timeoutMs);
    /// The login is set, or known to be absent or unreadable: lookups may start.
    void loginStateKnown();
    bool isHeldForLogin() const { return m_heldForLogin; }
    /// Waits until the newest state is on disk (saves run on a thread of their own; the
    /// destructor flushes too, so nothing is lost at exit).
    void flushSaves();

Q_SIGNALS:
    void entryAdded(int row);
    void entryChanged(int row);
    void entryRemoved(int row);
    /// The entry at @p from is now at @p to (QList::move semantics).
    void entryMoved(int from, int to);
    /// For notifications: @p ok with "Saved “title”" style text, or the error in full.
    void entryFinished(const QString &key, bool ok, const QString &message);
    /// For tray and "keep awake"; emitted when the number of active entries changes.
    void activeCountChanged(int active);
    /// A live recording of @p key began (not again on a reconnect): "@host is live — recording".
    void recordingStarted(const QString &key);
    /// For "keep awake": emitted when busyCount() changes.
    void busyCountChanged(int busy);
    /// The stored login was refused by X (forwarded from XApiClient).
    void loginExpired();
    /// The queue file could not be written: the message names it, the reason and the remedy.
    /// From the queue's thread, once per failed write (bursts of changes are one write).
    void saveFailed(const QString &message);

private:
    QueueEntry *find(const QString &key);
    void changed(int row, bool persistAtOnce = true);
    void setState(const QString &key, EntryState state, const QString &detail = QString());
    void scheduleSoon();
    void schedule();
    void startEntry(const QString &key);
    void onResolved(const QString &key, quint64 generation,
                    const Expected<PreparedSpace> &prepared);
    void startJob(const QString &key, const PreparedSpace &prepared);
    /// A clip entry's SectionJob, from the resolved Space's @p request or its source file.
    void startClip(const QString &key, const DownloadRequest &request);
    void onJobState(const QString &key, JobState state);
    void onJobProgress(const QString &key, const FetchProgress &progress);
    void onJobWaiting(const QString &key, const QString &message);
    void onJobLiveStatus(const QString &key, const LiveStatus &status);
    /// A scheduled Space: Scheduled until its host starts it, then recorded from its start.
    void waitForStart(const QString &key, const SpaceMetadata &metadata);
    void dropWaiter(const QString &key);
    /// Saves what a live recording captured, for a Space that ended without a replay.
    void finishFromLiveCapture(const QString &key, quint64 generation, const QString &resolveError);
    void onJobFinished(const QString &key, const JobResult &result);
    void onApiWaiting(const QString &message);
    /// Forgets the job and the lookup of @p key (the job is canceled unless already finished).
    void dropJob(const QString &key);
    QString cacheDirFor(const QString &spaceId) const;
    bool hasCachedChunks(const QString &spaceId) const;
    void updateActiveCount();
    void persistNow();
    void persistSoon();
    /// Moves an unreadable state file aside (or, failing that, stops saving over it).
    void setStateFileAside();

    NetworkService &m_network;
    XApiClient &m_api;
    QString m_stateFile;
    std::unique_ptr<QueueStore> m_store;
    QString m_setAsideFile;
    /// Set when an unreadable state file could not be moved aside: never overwrite it.
    bool m_keepStateFile = false;
    QList<QueueEntry> m_entries;
    DownloadSettings m_settings;
    int m_maxActive = 2;
    bool m_autoStart = true;
    /// Entries the user started explicitly, in the order asked: they go before the others.
    QStringList m_requested;
    /// Entries that were active when the app stopped (restore()).
    QSet<QString> m_interrupted;
    /// Lookup generation per entry: a lookup that answers after a pause/cancel is ignored.
    QHash<QString, quint64> m_generation;
    QHash<QString, DownloadJob *> m_jobs;
    QHash<QString, SectionJob *> m_clipJobs;  ///< clip entries' jobs
    QHash<QString, ScheduledSpaceWaiter *> m_waiters;
    ScheduleTiming m_scheduleTiming;
    int m_lastActiveCount = 0;
    int m_lastBusyCount = 0;
    bool m_heldForLogin = false;
    QTimer *m_loginTimer;
    QTimer *m_scheduleTimer;
    QTimer *m_progressSaveTimer;
};

}  // namespace spacetape
