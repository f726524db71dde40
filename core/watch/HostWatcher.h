// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace spacetape {

class XApiClient;
struct LivePresence;

/// One host on the watch list, as the state file keeps it and a UI shows it.
struct WatchedHost {
    QString handle;  ///< screen name without @, as typed; "id:<n>" when added by user ID
    QString userId;  ///< numeric; empty until looked up
    bool enabled = true;
    QDateTime userIdResolvedAt, lastChecked, lastFoundAt;  ///< UTC
    QString lastSpaceId, lastSpaceTitle;
    QString error;  ///< why the last lookup or check of this host failed; empty when fine
};

/// How often watched hosts are checked (facts §7: every 30–60 s with jitter).
struct WatchTiming {
    int minPollMs = 60000;              ///< never more often (X's refresh_delay_secs may ask less)
    int jitterMs = 10000;               ///< random extra delay, so many clients do not align
    int maxBackoffMs = 15 * 60 * 1000;  ///< the longest wait after failures (except a 429's reset)
};

/// A Space found live whose recording has not finished yet (kept across restarts).
struct PendingRecording {
    QString spaceId;
    QString hostHandle;
};

/**
 * @brief Watches hosts and reports each Space they go live with, exactly once.
 *
 * Handles become user IDs once, through UserByScreenName (works as a guest), kept in the
 * state file with their date. Presence is asked of X's avatar_content endpoint, at most 100
 * users a call, every max(minPollMs, refresh_delay_secs) plus jitter; it needs a login, so
 * without one nothing is asked and blockedReason() says why. Failures are shown on the rows
 * they concern and back off exponentially up to maxBackoffMs (a 429 waits for X's reset).
 *
 * The state file (JSON, written atomically) holds the hosts, their user IDs with dates, when
 * each was last checked and found live, the Space IDs already reported (so co-hosts, a
 * restart or a reconnect never report one twice) and the recordings still pending.
 */
class HostWatcher : public QObject {
    Q_OBJECT
public:
    HostWatcher(XApiClient &api, const QString &stateFile, QObject *parent = nullptr);
    ~HostWatcher() override;

    /// The handle in "@name", "name", an x.com/twitter.com profile link, "id:<n>",
    /// x.com/i/user/<n>, or a bare user ID of 16+ digits (shorter numbers are handles).
    /// Returns "name" or "id:<n>"; the failure says what a handle looks like.
    static Expected<QString> parseHandle(const QString &input);

    /// Adds a host (see parseHandle); fails when it is not a handle or already watched.
    Expected<void> addHost(const QString &input);
    void removeHost(const QString &handle);
    void setEnabled(const QString &handle, bool enabled);
    QList<WatchedHost> hosts() const { return m_hosts; }

    void setTiming(const WatchTiming &timing) { m_timing = timing; }
    WatchTiming timing() const { return m_timing; }

    /// Checks at once, then at the rhythm, until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    /// Why it cannot watch (e.g. no login); empty when it can.
    QString blockedReason() const { return m_blockedReason; }
    /// Lookups and presence calls made so far.
    int apiCalls() const { return m_apiCalls; }
    QString stateFile() const { return m_stateFile; }

    /// Whether spaceFound() was ever emitted for @p spaceId (by any run on this state file).
    bool wasReported(const QString &spaceId) const { return m_reported.contains(spaceId); }
    /// Marks a found Space's recording as unfinished (true) or done (false); pending ones are
    /// listed after a restart, so a stopped recording can be resumed.
    void setRecordingPending(const QString &spaceId, const QString &hostHandle, bool pending);
    QList<PendingRecording> pendingRecordings() const { return m_pending; }

    /**
     * The policy: milliseconds until the next check after a cycle. @p failures in a row
     * (0: the last cycle went fine) double the wait up to maxBackoffMs; @p retryAfterSeconds
     * (a 429's reset) is waited out in full; @p jitter is in [0, 1).
     */
    static qint64 nextPollDelayMs(const WatchTiming &timing, int refreshDelaySeconds, int failures,
                                  int retryAfterSeconds, double jitter);

Q_SIGNALS:
    void hostsChanged();
    /// A watched host is live in @p spaceId: emitted once per Space, ever.
    void spaceFound(const QString &spaceId, const QString &hostHandle);
    void blockedChanged(const QString &reason);
    /// One round of lookups and presence calls ended (also when blocked or failing).
    void checked();

private:
    struct Cycle;
    void load();
    void save() const;
    int indexOf(const QString &handle) const;
    void scheduleCycle(qint64 delayMs);
    void runCycle();
    void lookUpNext(std::shared_ptr<Cycle> cycle);
    void checkNextBatch(std::shared_ptr<Cycle> cycle);
    void takeSightings(const LivePresence &presence, const QStringList &batch);
    void finishCycle(std::shared_ptr<Cycle> cycle);
    void updateBlocked();

    XApiClient &m_api;
    QString m_stateFile;
    QList<WatchedHost> m_hosts;
    QHash<QString, QDateTime> m_reported;  ///< Space ID → when it was reported
    QList<PendingRecording> m_pending;
    QHash<QString, QDateTime> m_lookupRetryAt;  ///< lower-case handle → not before
    QHash<QString, int> m_lookupFailures;       ///< lower-case handle → failures in a row
    WatchTiming m_timing;
    QTimer m_timer;
    bool m_running = false;
    bool m_cycleRunning = false;
    bool m_checkAgain = false;  ///< a host was added during a cycle: check once more soon
    quint64 m_generation = 0;
    int m_failures = 0;
    int m_apiCalls = 0;
    QString m_blockedReason;
};

}  // namespace spacetape
