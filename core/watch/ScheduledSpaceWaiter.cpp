// SPDX-License-Identifier: MIT
#include "watch/ScheduledSpaceWaiter.h"

#include "x/XApiClient.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>
#include <limits>

namespace spacetape {

ScheduledSpaceWaiter::ScheduledSpaceWaiter(XApiClient &api, SpaceMetadata scheduled,
                                           ScheduleTiming timing, QObject *parent)
    : QObject(parent), m_api(api), m_metadata(std::move(scheduled)), m_timing(std::move(timing)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScheduledSpaceWaiter::poll);
}

ScheduledSpaceWaiter::~ScheduledSpaceWaiter() = default;

QDateTime ScheduledSpaceWaiter::now() const {
    return m_timing.now ? m_timing.now() : QDateTime::currentDateTimeUtc();
}

qint64 ScheduledSpaceWaiter::nextPollDelayMs(const QDateTime &now, const QDateTime &scheduledStart,
                                             const ScheduleTiming &timing) {
    const qint64 floor = std::max(1, std::min(timing.nearPollMs, timing.farPollMs));
    if (!scheduledStart.isValid())
        return std::max<qint64>(timing.farPollMs, floor);
    const qint64 untilStart = now.msecsTo(scheduledStart);
    const qint64 untilGiveUp = untilStart + qint64(timing.lateGraceSeconds) * 1000;
    if (untilGiveUp <= 0)
        return -1;
    const qint64 untilNear = untilStart - timing.nearWindowMs;
    // Far: the slow rhythm, but wake at the edge of the near window rather than after it.
    qint64 delay =
        untilNear > 0 ? std::min<qint64>(timing.farPollMs, untilNear) : timing.nearPollMs;
    // Look once more exactly at the deadline, so the last answer decides.
    delay = std::min(delay, untilGiveUp);
    return std::max(delay, floor);
}

qint64 ScheduledSpaceWaiter::secondsUntilStart() const {
    if (!m_metadata.scheduledStart.isValid())
        return 0;
    return now().secsTo(m_metadata.scheduledStart);
}

QDateTime ScheduledSpaceWaiter::deadline() const {
    const QDateTime reference =
        m_metadata.scheduledStart.isValid() ? m_metadata.scheduledStart : m_waitingSince;
    return reference.isValid() ? reference.addSecs(m_timing.lateGraceSeconds) : QDateTime();
}

void ScheduledSpaceWaiter::start() {
    if (m_running)
        return;
    m_running = true;
    m_waitingSince = now();
    scheduleNext();
}

void ScheduledSpaceWaiter::stop() {
    m_running = false;
    ++m_generation;
    m_timer.stop();
}

void ScheduledSpaceWaiter::scheduleNext() {
    if (!m_running)
        return;
    const QDateTime current = now();
    qint64 delay = nextPollDelayMs(current, m_metadata.scheduledStart, m_timing);
    if (!m_metadata.scheduledStart.isValid() && current >= deadline())
        delay = -1;
    if (delay < 0) {
        stop();
        const int hours = m_timing.lateGraceSeconds / 3600;
        const QString grace = hours >= 1 && m_timing.lateGraceSeconds % 3600 == 0
                                  ? tr("%1 h").arg(hours)
                                  : tr("%1 min").arg(m_timing.lateGraceSeconds / 60);
        const bool titled = !m_metadata.title.isEmpty();
        const QString title = titled ? m_metadata.title : m_metadata.id;
        if (m_metadata.scheduledStart.isValid()) {
            const QString when =
                QLocale().toString(m_metadata.scheduledStart.toLocalTime(), QLocale::ShortFormat);
            Q_EMIT didNotStart(
                (titled ? tr("The “%1” was scheduled for %2 but did not start within %3; stopped "
                             "waiting. Retry to wait again.")
                        : tr("The Space %1 was scheduled for %2 but did not start within %3; "
                             "stopped waiting. Retry to wait again."))
                    .arg(title, when, grace));
        } else {
            Q_EMIT didNotStart(
                (titled ? tr("The “%1” did not start within %2; stopped waiting. Retry to wait "
                             "again.")
                        : tr("The Space %1 did not start within %2; stopped waiting. Retry to "
                             "wait again."))
                    .arg(title, grace));
        }
        return;
    }
    m_timer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void ScheduledSpaceWaiter::poll() {
    if (!m_running)
        return;
    ++m_calls;
    const quint64 generation = m_generation;
    QPointer<ScheduledSpaceWaiter> self(this);
    m_api.fetchSpace(m_metadata.id, [self, generation](Expected<SpaceMetadata> answer) {
        if (!self || !self->m_running || self->m_generation != generation)
            return;
        if (!answer) {
            // Transient or not, the next lookup comes at the usual rhythm: never a spin.
            Q_EMIT self->pollFailed(answer.error());
            if (self)  // a receiver may have deleted it
                self->scheduleNext();
            return;
        }
        self->m_metadata = *answer;
        switch (answer->state) {
            case SpaceState::Running:
            case SpaceState::Ended:
            case SpaceState::TimedOut:
                self->stop();
                Q_EMIT self->started(self->m_metadata);
                return;
            case SpaceState::Canceled:
                self->stop();
                Q_EMIT self->canceled(self->m_metadata);
                return;
            case SpaceState::NotStarted:
            case SpaceState::PrePublished:
            case SpaceState::Unknown:  // a state newer than this release: keep asking
                Q_EMIT self->updated(self->m_metadata);
                if (self)
                    self->scheduleNext();
                return;
        }
    });
}

}  // namespace spacetape
