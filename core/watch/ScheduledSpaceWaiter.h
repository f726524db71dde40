// SPDX-License-Identifier: MIT
#pragma once

#include "x/SpaceMetadata.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace spacetape {

class XApiClient;

/// How often a scheduled Space is asked about (facts §7: hosts often start late).
struct ScheduleTiming {
    int farPollMs = 5 * 60 * 1000;     ///< AudioSpaceById at most this often while the start is far
    int nearWindowMs = 2 * 60 * 1000;  ///< this close to the scheduled start, poll faster
    int nearPollMs = 15000;            ///< the rhythm near, at and after the scheduled start
    int lateGraceSeconds = 2 * 3600;   ///< give up this long after the scheduled start
    std::function<QDateTime()> now;    ///< the clock (UTC); empty: the real one
};

/**
 * @brief Waits for one scheduled Space to start, asking X (AudioSpaceById) at a rhythm that
 * is slow while the start is far and fast near it, and never blocks anything.
 *
 * Only one request is ever in flight; failures (network, rate limits, X errors) keep the
 * same rhythm, so it never spins. A Space with no announced start time is polled at the far
 * rhythm and given up lateGraceSeconds after waiting began.
 */
class ScheduledSpaceWaiter : public QObject {
    Q_OBJECT
public:
    ScheduledSpaceWaiter(XApiClient &api, SpaceMetadata scheduled, ScheduleTiming timing = {},
                         QObject *parent = nullptr);
    ~ScheduledSpaceWaiter() override;

    /// Starts waiting; the first question to X follows after one rhythm's delay (the caller
    /// has just resolved the Space).
    void start();
    /// Stops waiting; an answer already on its way is ignored.
    void stop();
    bool isRunning() const { return m_running; }

    /// The latest answer (the metadata given to the constructor until the first one).
    const SpaceMetadata &metadata() const { return m_metadata; }
    /// AudioSpaceById lookups made so far.
    int apiCalls() const { return m_calls; }
    /// Seconds until the scheduled start by the waiter's clock (negative when late; 0 when
    /// no start time is known).
    qint64 secondsUntilStart() const;
    /// When it gives up: lateGraceSeconds after the scheduled start (or after start()).
    QDateTime deadline() const;

    /**
     * The policy: milliseconds from @p now until the next lookup of a Space scheduled for
     * @p scheduledStart (invalid: unknown), or -1 once lateGraceSeconds after it have passed.
     * Never less than nearPollMs, so even a frozen clock cannot make it spin.
     */
    static qint64 nextPollDelayMs(const QDateTime &now, const QDateTime &scheduledStart,
                                  const ScheduleTiming &timing);

Q_SIGNALS:
    /// Each answer while the Space is still scheduled (its title or time may change).
    void updated(const spacetape::SpaceMetadata &metadata);
    /// It is Running (or already Ended/TimedOut): the caller resolves and downloads it.
    void started(const spacetape::SpaceMetadata &metadata);
    /// The host canceled it: final.
    void canceled(const spacetape::SpaceMetadata &metadata);
    /// lateGraceSeconds after the scheduled start it still had not started; the caller may
    /// offer to wait again.
    void didNotStart(const QString &message);
    /// One lookup failed; waiting goes on at the same rhythm.
    void pollFailed(const QString &message);

private:
    QDateTime now() const;
    void scheduleNext();
    void poll();

    XApiClient &m_api;
    SpaceMetadata m_metadata;
    ScheduleTiming m_timing;
    QTimer m_timer;
    QDateTime m_waitingSince;
    int m_calls = 0;
    bool m_running = false;
    quint64 m_generation = 0;  ///< bumped by stop(): answers of an older run are dropped
};

}  // namespace spacetape
