// SPDX-License-Identifier: MIT
#include "queue/DownloadQueue.h"

#include "net/NetworkService.h"
#include "net/SegmentFetcher.h"
#include "queue/QueueStore.h"
#include "queue/SavedFileCheck.h"
#include "section/SectionJob.h"
#include "util/Logging.h"
#include "util/SafeText.h"
#include "util/SpaceId.h"
#include "util/TextFormat.h"
#include "watch/HostWatcher.h"
#include "watch/ScheduledSpaceWaiter.h"
#include "x/SpaceLink.h"
#include "x/XApiClient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace spacetape {

namespace {
constexpr int kStateFileVersion = 1;
constexpr int kProgressSaveIntervalMs = 2000;

QString displayTitle(const QueueEntry &entry) {
    return spaceTitleOrId(entry.title, entry.spaceId);
}
}  // namespace

QString DownloadQueue::interruptedDetail() {
    return tr("Interrupted — resume to continue");
}

DownloadQueue::DownloadQueue(NetworkService &network, XApiClient &api, const QString &stateFile,
                             QObject *parent)
    : QObject(parent),
      m_network(network),
      m_api(api),
      m_stateFile(stateFile),
      m_store(std::make_unique<QueueStore>(
          stateFile,
          [this](const QString &file, const QString &error) {
              // On the writer thread: the message goes to the queue's thread for the window.
              const QString message =
                  tr("Could not save the download queue to %1: %2. The queue keeps working but "
                     "will not survive a restart; check that the folder is writable and the "
                     "disk has free space.")
                      .arg(QDir::toNativeSeparators(file), error);
              qCWarning(lcQueue, "%s", qUtf8Printable(message));
              QMetaObject::invokeMethod(
                  this, [this, message] { Q_EMIT saveFailed(message); }, Qt::QueuedConnection);
          })),
      m_loginTimer(new QTimer(this)),
      m_scheduleTimer(new QTimer(this)),
      m_progressSaveTimer(new QTimer(this)) {
    // Scheduling runs from the event loop, never inside a job's signal: a job that finishes
    // synchronously must not start the next one while it is still being torn down.
    m_scheduleTimer->setSingleShot(true);
    m_scheduleTimer->setInterval(0);
    connect(m_scheduleTimer, &QTimer::timeout, this, &DownloadQueue::schedule);
    m_progressSaveTimer->setSingleShot(true);
    m_progressSaveTimer->setInterval(kProgressSaveIntervalMs);
    connect(m_progressSaveTimer, &QTimer::timeout, this, &DownloadQueue::persistNow);
    m_loginTimer->setSingleShot(true);
    connect(m_loginTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcQueue,
                  "The login was not read from the keychain in time; Spaces are looked up as "
                  "a guest until it arrives.");
        loginStateKnown();
    });
    connect(&m_api, &XApiClient::waiting, this,
            [this](const QString &message, int) { onApiWaiting(message); });
    connect(&m_api, &XApiClient::loginExpired, this, &DownloadQueue::loginExpired);
}

void DownloadQueue::holdUntilLoginKnown(int timeoutMs) {
    m_heldForLogin = true;
    m_loginTimer->start(std::max(0, timeoutMs));
}

void DownloadQueue::loginStateKnown() {
    m_loginTimer->stop();
    if (!m_heldForLogin)
        return;
    m_heldForLogin = false;
    scheduleSoon();
}

DownloadQueue::~DownloadQueue() {
    // Progress is only numbers for display; states were saved when they changed, so what
    // is on disk already says which entries were running (restore() marks them interrupted).
    if (m_progressSaveTimer->isActive())
        persistNow();
    for (DownloadJob *job : std::as_const(m_jobs)) {
        disconnect(job, nullptr, this, nullptr);
        delete job;
    }
    m_jobs.clear();
    for (SectionJob *job : std::as_const(m_clipJobs)) {
        disconnect(job, nullptr, this, nullptr);
        delete job;
    }
    m_clipJobs.clear();
}

// ---- entries ----

int DownloadQueue::count() const {
    return int(m_entries.size());
}

const QueueEntry &DownloadQueue::at(int row) const {
    return m_entries.at(row);
}

int DownloadQueue::indexOf(const QString &key) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key == key)
            return row;
    }
    return -1;
}

bool DownloadQueue::contains(const QString &key) const {
    return indexOf(key) >= 0;
}

QueueEntry *DownloadQueue::find(const QString &key) {
    const int row = indexOf(key);
    return row < 0 ? nullptr : &m_entries[row];
}

int DownloadQueue::activeCount() const {
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const QueueEntry &entry) { return entry.isActive(); }));
}

QString DownloadQueue::stateFile() const {
    return m_stateFile;
}

DownloadQueue::AddResult DownloadQueue::addText(const QString &text) {
    AddResult result;
    const LinkScan scan = SpaceLink::scan(text);
    for (const QString &id : scan.ids) {
        if (contains(id)) {
            result.duplicates << id;
            continue;
        }
        QueueEntry entry;
        entry.key = id;
        entry.spaceId = id;
        entry.input = SpaceLink::canonicalUrl(id).toString();
        entry.addedAt = QDateTime::currentDateTimeUtc();
        m_entries.append(entry);
        result.added << id;
        Q_EMIT entryAdded(count() - 1);
    }
    result.rejected = scan.rejected;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        // Blank lines and '#' comments in link lists are layout, not input the user lost.
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const LinkScan lineScan = SpaceLink::scan(line);
        if (lineScan.ids.isEmpty() && lineScan.rejected.isEmpty())
            ++result.ignored;
    }
    if (!result.added.isEmpty()) {
        persistNow();
        scheduleSoon();
    }
    return result;
}

void DownloadQueue::setSavedFileTags(const QString &key, const QString &title,
                                     const QString &hostName, const QDateTime &startedAt) {
    const int row = indexOf(key);
    if (row < 0 || m_entries.at(row).state != EntryState::Done)
        return;
    QueueEntry &entry = m_entries[row];
    entry.title = title;
    entry.hostName = hostName;
    entry.startedAt = startedAt;
    changed(row);
}

QString DownloadQueue::addClip(const QString &spaceId, const QString &title,
                               const QString &sourceFile, double startSeconds, double endSeconds) {
    QueueEntry entry;
    entry.kind = EntryKind::Clip;
    entry.spaceId = spaceId;
    entry.title = title;
    entry.clipStartSeconds = startSeconds;
    entry.clipEndSeconds = endSeconds;
    entry.clipSourceFile = sourceFile;
    entry.input = spaceId.isEmpty() ? sourceFile : SpaceLink::canonicalUrl(spaceId).toString();
    entry.key = QueueEntry::clipKey(spaceId, sourceFile, startSeconds, endSeconds);
    entry.addedAt = QDateTime::currentDateTimeUtc();
    if (contains(entry.key)) {
        start(entry.key);  // the same clip again: save it again if it is not running
        return entry.key;
    }
    m_entries.append(entry);
    Q_EMIT entryAdded(count() - 1);
    persistNow();
    start(entry.key);
    return entry.key;
}

void DownloadQueue::changed(int row, bool persistAtOnce) {
    Q_EMIT entryChanged(row);
    updateActiveCount();
    if (persistAtOnce)
        persistNow();
    else
        persistSoon();
}

void DownloadQueue::setState(const QString &key, EntryState state, const QString &detail) {
    const int row = indexOf(key);
    if (row < 0)
        return;
    QueueEntry &entry = m_entries[row];
    entry.state = state;
    entry.stateDetail = detail;
    if (!entry.isActive() || state == EntryState::RateLimited) {
        entry.bytesPerSecond = 0;
        entry.etaSeconds = -1;
    }
    changed(row);
}

void DownloadQueue::updateActiveCount() {
    const int active = activeCount();
    if (active != m_lastActiveCount) {
        m_lastActiveCount = active;
        Q_EMIT activeCountChanged(active);
    }
    const int busy = busyCount();
    if (busy != m_lastBusyCount) {
        m_lastBusyCount = busy;
        Q_EMIT busyCountChanged(busy);
    }
}

int DownloadQueue::busyCount() const {
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const QueueEntry &entry) { return entry.isBusy(); }));
}

// ---- user actions ----

void DownloadQueue::start(const QString &key) {
    QueueEntry *entry = find(key);
    if (!entry)
        return;
    switch (entry->state) {
        case EntryState::Waiting:
        case EntryState::Paused:
        case EntryState::Failed:
        case EntryState::Canceled:
        case EntryState::DidNotStart:
        case EntryState::HostCanceled:
            break;
        default:
            return;
    }
    m_interrupted.remove(key);
    if (!m_requested.contains(key))
        m_requested << key;
    if (entry->state != EntryState::Paused)
        entry->missing.clear();
    setState(key, EntryState::Waiting);
    scheduleSoon();
}

void DownloadQueue::resume(const QString &key) {
    start(key);
}

void DownloadQueue::pauseAll() {
    QStringList keys;
    for (const QueueEntry &entry : std::as_const(m_entries)) {
        if (!entry.isFinished() && entry.state != EntryState::Paused)
            keys << entry.key;
    }
    // Keys first: pausing changes entries (and may emit) while we walk.
    for (const QString &key : std::as_const(keys))
        pause(key);
}

void DownloadQueue::resumeAllPaused() {
    QStringList paused;
    for (const QueueEntry &entry : std::as_const(m_entries)) {
        if (entry.state == EntryState::Paused)
            paused << entry.key;
    }
    resumeAll(paused);
}

DownloadQueue::Totals DownloadQueue::totals() const {
    Totals totals;
    for (const QueueEntry &entry : m_entries) {
        if (entry.isBusy()) {
            totals.chunksDone += entry.chunksDone;
            totals.chunksTotal += entry.chunksTotal;
        }
        if (entry.isActive())
            ++totals.downloading;
        else if (entry.isLive())
            ++totals.live;
        else if (entry.state == EntryState::Scheduled)
            ++totals.scheduled;
        else if (entry.state == EntryState::Waiting)
            ++totals.waiting;
        else if (entry.state == EntryState::Paused)
            ++totals.paused;
        else if (entry.state == EntryState::Done)
            ++totals.done;
        else if (entry.state == EntryState::Failed)
            ++totals.failed;
        if (entry.state == EntryState::Downloading)
            totals.bytesPerSecond += entry.bytesPerSecond;
    }
    return totals;
}

void DownloadQueue::resumeAll(const QStringList &keys) {
    for (const QString &key : keys)
        start(key);
}

void DownloadQueue::pause(const QString &key) {
    QueueEntry *entry = find(key);
    if (!entry)
        return;
    DownloadJob *job = m_jobs.value(key);
    switch (entry->state) {
        case EntryState::Waiting:
            // A job already paused stays as it is, ready to resume.
            m_requested.removeAll(key);
            setState(key, EntryState::Paused);
            break;
        case EntryState::Resolving:
        case EntryState::RateLimited:
        case EntryState::Downloading:
            if (job && job->state() == JobState::Downloading) {
                job->pause();  // stateChanged(Paused) updates the entry
            } else {
                // Still looking the Space up: nothing worth keeping but the cached chunks.
                dropJob(key);
                setState(key, EntryState::Paused);
            }
            m_requested.removeAll(key);
            scheduleSoon();
            break;
        case EntryState::Scheduled:
        case EntryState::Recording:
        case EntryState::HostDisconnected:
        case EntryState::Finishing:
            // A live recording stops here and keeps what it captured (chunks and the list of
            // chunks seen); resuming looks the Space up again and continues from the cache.
            dropJob(key);
            m_requested.removeAll(key);
            setState(key, EntryState::Paused);
            scheduleSoon();
            break;
        default:
            break;  // Muxing takes seconds and cannot be paused; finished entries have no work
    }
}

void DownloadQueue::cancel(const QString &key) {
    QueueEntry *entry = find(key);
    if (!entry || entry->isFinished())
        return;
    m_requested.removeAll(key);
    m_interrupted.remove(key);
    if (DownloadJob *job = m_jobs.value(key))
        job->cancel();  // its finished(Canceled) updates the entry
    if (SectionJob *clip = m_clipJobs.value(key))
        clip->cancel();
    const QueueEntry *after = find(key);
    if (after && after->state != EntryState::Canceled) {
        // No job yet (waiting, or still looking the Space up): forget the lookup.
        dropJob(key);
        setState(key, EntryState::Canceled,
                 tr("Canceled; the chunks already downloaded are kept."));
    }
    scheduleSoon();
}

void DownloadQueue::retry(const QString &key) {
    QueueEntry *entry = find(key);
    if (!entry || entry->state == EntryState::Done || entry->state == EntryState::Muxing)
        return;
    // A fresh lookup: the stream URL of a paused or failed job may have expired.
    dropJob(key);
    m_interrupted.remove(key);
    m_requested.removeAll(key);
    m_requested.prepend(key);
    entry->missing.clear();
    setState(key, EntryState::Waiting);
    scheduleSoon();
}

void DownloadQueue::remove(const QString &key, bool deleteFile) {
    const int row = indexOf(key);
    if (row < 0)
        return;
    if (DownloadJob *job = m_jobs.take(key)) {
        // The job deletes its chunks (and its file when asked) off this thread, once a
        // running mux has stopped reading them.
        disconnect(job, nullptr, this, nullptr);
        job->discard(deleteFile);
        job->deleteLater();
    } else if (m_entries.at(row).kind == EntryKind::Space) {
        // Nobody will resume it: leaving the chunks would leak disk space forever.
        // A clip's chunks are the Space's: its own entry (or the preview) may still want them.
        DownloadJob::removeCache(m_settings, m_entries.at(row).spaceId);
    }
    dropJob(key);
    const QueueEntry entry = m_entries.takeAt(row);
    m_requested.removeAll(key);
    m_interrupted.remove(key);
    m_generation.remove(key);
    Q_EMIT entryRemoved(row);
    if (deleteFile && entry.state == EntryState::Done && !entry.outputPath.isEmpty()) {
        // outputPath comes from queue.json: only a file this queue saved, in the output folder.
        const QString path = SavedFileCheck::deletablePath(entry, m_settings.outputDir);
        if (!path.isEmpty())
            QFile::remove(path);
        else
            qCWarning(lcQueue, "kept %s: not a file the queue saved in the output folder",
                      qPrintable(printable(entry.outputPath)));
    }
    updateActiveCount();
    persistNow();
    scheduleSoon();
}

void DownloadQueue::move(int fromRow, int toRow) {
    if (fromRow < 0 || fromRow >= count() || toRow < 0 || toRow >= count() || fromRow == toRow)
        return;
    m_entries.move(fromRow, toRow);
    Q_EMIT entryMoved(fromRow, toRow);
    persistNow();
    scheduleSoon();
}

void DownloadQueue::moveUp(const QString &key) {
    const int row = indexOf(key);
    if (row > 0)
        move(row, row - 1);
}

void DownloadQueue::moveDown(const QString &key) {
    const int row = indexOf(key);
    if (row >= 0 && row < count() - 1)
        move(row, row + 1);
}

void DownloadQueue::moveToTop(const QString &key) {
    const int row = indexOf(key);
    if (row > 0)
        move(row, 0);
}

void DownloadQueue::moveToBottom(const QString &key) {
    const int row = indexOf(key);
    if (row >= 0)
        move(row, count() - 1);
}

// ---- settings ----

void DownloadQueue::setDownloadSettings(const DownloadSettings &settings) {
    m_settings = settings;
    for (DownloadJob *job : std::as_const(m_jobs))
        job->setConcurrency(settings.concurrency);
}

void DownloadQueue::setMaxActive(int spaces) {
    m_maxActive = std::max(1, spaces);
    scheduleSoon();
}

int DownloadQueue::maxActive() const {
    return m_maxActive;
}

void DownloadQueue::setAutoStart(bool autoStart) {
    m_autoStart = autoStart;
    scheduleSoon();
}

// ---- scheduler ----

void DownloadQueue::scheduleSoon() {
    if (!m_scheduleTimer->isActive())
        m_scheduleTimer->start();
}

void DownloadQueue::schedule() {
    if (m_heldForLogin)
        return;  // loginStateKnown() schedules again
    while (activeCount() < m_maxActive) {
        QString next;
        for (const QString &key : std::as_const(m_requested)) {
            const QueueEntry *entry = find(key);
            if (entry && entry->state == EntryState::Waiting) {
                next = key;
                break;
            }
        }
        if (next.isEmpty() && m_autoStart) {
            for (const QueueEntry &entry : std::as_const(m_entries)) {
                if (entry.state == EntryState::Waiting) {
                    next = entry.key;
                    break;
                }
            }
        }
        if (next.isEmpty())
            return;
        m_requested.removeAll(next);
        startEntry(next);
    }
}

void DownloadQueue::startEntry(const QString &key) {
    QueueEntry *entry = find(key);
    if (!entry)
        return;
    DownloadJob *job = m_jobs.value(key);
    if (job && job->state() == JobState::Paused) {
        setState(key, EntryState::Downloading);
        job->resume();
        return;
    }
    dropJob(key);
    if (entry->kind == EntryKind::Clip && !entry->clipSourceFile.isEmpty()) {
        startClip(key, {});  // a saved file: nothing to look up
        return;
    }
    const quint64 generation = ++m_generation[key];
    const QString spaceId = entry->spaceId;
    setState(key, EntryState::Resolving);
    // The builder belongs to the API client, which outlives this queue: a lookup still
    // running when the queue goes away then ends harmlessly.
    auto *builder = new SpaceRequestBuilder(m_network, m_api, &m_api);
    QPointer<DownloadQueue> self(this);
    builder->build(spaceId, [self, key, generation, builder](Expected<PreparedSpace> prepared) {
        builder->deleteLater();
        if (self)
            self->onResolved(key, generation, prepared);
    });
}

void DownloadQueue::onResolved(const QString &key, quint64 generation,
                               const Expected<PreparedSpace> &prepared) {
    QueueEntry *entry = find(key);
    if (!entry || m_generation.value(key) != generation ||
        (entry->state != EntryState::Resolving && entry->state != EntryState::RateLimited))
        return;
    if (!prepared && prepared.errorKind() != FailureKind::SpaceCanceled &&
        DownloadJob::hasLiveCapture(m_settings, entry->spaceId)) {
        // It ended while we were away and X keeps no replay, but what was recorded live is
        // on disk: save that.
        finishFromLiveCapture(key, generation, prepared.error());
        return;
    }
    if (!prepared) {
        entry->missing.clear();
        const bool canceledByHost = prepared.errorKind() == FailureKind::SpaceCanceled;
        setState(key, canceledByHost ? EntryState::HostCanceled : EntryState::Failed,
                 prepared.error());
        Q_EMIT entryFinished(key, false, prepared.error());
        scheduleSoon();
        return;
    }
    const SpaceMetadata &meta = prepared->resolved.metadata;
    entry->title = meta.title;
    entry->hostHandle = meta.host.handle;
    entry->hostName = meta.host.displayName;
    entry->avatarUrl = meta.host.avatarUrl;
    entry->startedAt = meta.startedAt.isValid() ? meta.startedAt : meta.createdAt;
    entry->durationSeconds = meta.durationSeconds();
    entry->speakers.clear();
    for (const SpacePerson &speaker : meta.speakers)
        entry->speakers << speaker.handle;
    entry->scheduledStart = meta.scheduledStart;
    changed(indexOf(key));
    if (prepared->resolved.isScheduled()) {
        waitForStart(key, meta);
        scheduleSoon();  // waiting for the host takes no slot
        return;
    }
    startJob(key, *prepared);
}

void DownloadQueue::finishFromLiveCapture(const QString &key, quint64 generation,
                                          const QString &resolveError) {
    const QueueEntry *entry = find(key);
    if (!entry)
        return;
    QPointer<DownloadQueue> self(this);
    m_api.fetchSpace(
        entry->spaceId, [self, key, generation, resolveError](Expected<SpaceMetadata> metadata) {
            if (!self || self->m_generation.value(key) != generation)
                return;
            const QueueEntry *entry = self->find(key);
            if (!entry ||
                (entry->state != EntryState::Resolving && entry->state != EntryState::RateLimited))
                return;
            std::optional<DownloadRequest> request;
            if (metadata)
                request = DownloadJob::requestFromLiveCapture(self->m_settings, *metadata);
            if (!request) {
                self->setState(key, EntryState::Failed, resolveError);
                Q_EMIT self->entryFinished(key, false, resolveError);
                self->scheduleSoon();
                return;
            }
            PreparedSpace prepared;
            prepared.resolved.metadata = *metadata;
            prepared.request = *request;
            self->startJob(key, prepared);
        });
}

void DownloadQueue::waitForStart(const QString &key, const SpaceMetadata &metadata) {
    dropWaiter(key);
    auto *waiter = new ScheduledSpaceWaiter(m_api, metadata, m_scheduleTiming, this);
    m_waiters.insert(key, waiter);
    connect(waiter, &ScheduledSpaceWaiter::updated, this, [this, key](const SpaceMetadata &m) {
        QueueEntry *entry = find(key);
        if (!entry)
            return;
        // Hosts rename and reschedule their Spaces while they wait.
        if (!m.title.isEmpty())
            entry->title = m.title;
        entry->scheduledStart = m.scheduledStart;
        changed(indexOf(key), false);
    });
    connect(waiter, &ScheduledSpaceWaiter::started, this, [this, key](const SpaceMetadata &) {
        dropWaiter(key);
        // On air: look it up again and record it from its start, without waiting for a slot.
        startEntry(key);
    });
    connect(waiter, &ScheduledSpaceWaiter::canceled, this, [this, key](const SpaceMetadata &) {
        dropWaiter(key);
        const QString why = tr("The host canceled this Space before it started.");
        setState(key, EntryState::HostCanceled, why);
        Q_EMIT entryFinished(key, false, why);
    });
    connect(waiter, &ScheduledSpaceWaiter::didNotStart, this, [this, key](const QString &message) {
        dropWaiter(key);
        setState(key, EntryState::DidNotStart, message);
        Q_EMIT entryFinished(key, false, message);
    });
    setState(key, EntryState::Scheduled);
    waiter->start();
}

void DownloadQueue::dropWaiter(const QString &key) {
    if (ScheduledSpaceWaiter *waiter = m_waiters.take(key)) {
        disconnect(waiter, nullptr, this, nullptr);
        waiter->stop();
        waiter->deleteLater();
    }
}

void DownloadQueue::setScheduleTiming(const ScheduleTiming &timing) {
    m_scheduleTiming = timing;
}

void DownloadQueue::followWatcher(HostWatcher &watcher) {
    connect(&watcher, &HostWatcher::spaceFound, this,
            [this](const QString &spaceId, const QString &) { recordLive(spaceId); });
}

void DownloadQueue::recordLive(const QString &spaceId) {
    if (!SpaceLink::isValidId(spaceId))
        return;
    if (!contains(spaceId))
        addText(spaceId);
    const QueueEntry *entry = find(spaceId);
    if (!entry || entry->isBusy() || entry->state == EntryState::Done ||
        entry->state == EntryState::Scheduled)
        return;
    // A live Space does not wait for its turn: it goes first.
    m_requested.removeAll(spaceId);
    start(spaceId);
    m_requested.removeAll(spaceId);
    m_requested.prepend(spaceId);
    scheduleSoon();
}

void DownloadQueue::startClip(const QString &key, const DownloadRequest &request) {
    const QueueEntry *entry = find(key);
    if (!entry)
        return;
    SectionRequest section;
    section.space = request;
    section.localFile = entry->clipSourceFile;
    section.range.startSeconds = entry->clipStartSeconds;
    section.range.endSeconds = entry->clipEndSeconds;
    auto *job = new SectionJob(m_network, section, m_settings, this);
    m_clipJobs.insert(key, job);
    connect(job, &SectionJob::stateChanged, this,
            [this, key](JobState state) { onJobState(key, state); });
    connect(job, &SectionJob::progress, this,
            [this, key](const FetchProgress &progress) { onJobProgress(key, progress); });
    connect(job, &SectionJob::waiting, this,
            [this, key](const QString &message, int) { onJobWaiting(key, message); });
    connect(job, &SectionJob::finished, this,
            [this, key](const JobResult &result) { onJobFinished(key, result); });
    job->start();
}

void DownloadQueue::startJob(const QString &key, const PreparedSpace &prepared) {
    if (const QueueEntry *entry = find(key); entry && entry->kind == EntryKind::Clip) {
        startClip(key, prepared.request);
        return;
    }
    auto *job = new DownloadJob(m_network, prepared.request, m_settings, this);
    m_jobs.insert(key, job);
    connect(job, &DownloadJob::stateChanged, this,
            [this, key](JobState state) { onJobState(key, state); });
    connect(job, &DownloadJob::progress, this,
            [this, key](const FetchProgress &progress) { onJobProgress(key, progress); });
    connect(job, &DownloadJob::waiting, this,
            [this, key](const QString &message, int) { onJobWaiting(key, message); });
    connect(job, &DownloadJob::liveStatus, this,
            [this, key](const LiveStatus &status) { onJobLiveStatus(key, status); });
    connect(job, &DownloadJob::finished, this,
            [this, key](const JobResult &result) { onJobFinished(key, result); });
    job->start();
}

void DownloadQueue::onJobState(const QString &key, JobState state) {
    const QueueEntry *entry = find(key);
    if (!entry)
        return;
    EntryState next;
    switch (state) {
        case JobState::Resolving:
            next = EntryState::Resolving;
            break;
        case JobState::Downloading:
            next = EntryState::Downloading;
            break;
        case JobState::Paused:
            next = EntryState::Paused;
            break;
        case JobState::Muxing:
            next = EntryState::Muxing;
            break;
        case JobState::Recording:
            next = EntryState::Recording;
            break;
        case JobState::HostDisconnected:
            next = EntryState::HostDisconnected;
            break;
        case JobState::Finishing:
            next = EntryState::Finishing;
            break;
        default:
            return;  // the end states come with finished()
    }
    if (entry->state == next)
        return;
    const bool wentLive = next == EntryState::Recording && !entry->isLive();
    setState(key, next);
    if (wentLive)
        Q_EMIT recordingStarted(key);
}

void DownloadQueue::onJobProgress(const QString &key, const FetchProgress &progress) {
    const int row = indexOf(key);
    if (row < 0)
        return;
    QueueEntry &entry = m_entries[row];
    entry.chunksDone = progress.chunksDone;
    entry.chunksTotal = progress.chunksTotal;
    entry.bytesDone = progress.bytesDone;
    entry.bytesPerSecond = progress.bytesPerSecond;
    entry.etaSeconds = progress.etaSeconds;
    changed(row, false);
}

void DownloadQueue::onJobLiveStatus(const QString &key, const LiveStatus &status) {
    const int row = indexOf(key);
    if (row < 0)
        return;
    QueueEntry &entry = m_entries[row];
    entry.recordedSeconds = status.recordedSeconds;
    entry.catchingUp = status.catchingUp;
    entry.durationSeconds = qint64(status.liveEdgeSeconds);
    changed(row, false);
}

void DownloadQueue::onJobWaiting(const QString &key, const QString &message) {
    const int row = indexOf(key);
    if (row < 0 || m_entries.at(row).stateDetail == message)
        return;
    m_entries[row].stateDetail = message;
    changed(row, false);
}

void DownloadQueue::onJobFinished(const QString &key, const JobResult &result) {
    if (DownloadJob *job = m_jobs.take(key))
        job->deleteLater();
    if (SectionJob *clip = m_clipJobs.take(key))
        clip->deleteLater();
    QueueEntry *entry = find(key);
    if (!entry)
        return;
    entry->missing = result.missing;
    switch (result.state) {
        case JobState::Done:
        case JobState::Skipped: {
            entry->outputPath = result.outputPath;
            entry->fileSize = QFileInfo(result.outputPath).size();
            QString detail;
            QString message = tr("Saved “%1” to %2").arg(displayTitle(*entry), result.outputPath);
            if (result.state == JobState::Skipped) {
                detail = tr("Skipped: the file already exists");
                message = tr("“%1” was not downloaded: %2 already exists")
                              .arg(displayTitle(*entry), result.outputPath);
            } else if (!result.missing.isEmpty()) {
                detail = tr("Saved with %1 chunks missing").arg(result.missing.size());
            } else {
                entry->chunksDone = entry->chunksTotal;
            }
            setState(key, EntryState::Done, detail);
            Q_EMIT entryFinished(key, true, message);
            break;
        }
        case JobState::Failed:
            setState(key, EntryState::Failed, result.error);
            Q_EMIT entryFinished(key, false, result.error);
            break;
        case JobState::Canceled:
            setState(key, EntryState::Canceled, result.error);
            break;
        default:
            break;
    }
    scheduleSoon();
}

void DownloadQueue::onApiWaiting(const QString &message) {
    // X's client waits for everyone at once; the entries looking a Space up are the ones held.
    for (int row = 0; row < m_entries.size(); ++row) {
        QueueEntry &entry = m_entries[row];
        if (m_jobs.contains(entry.key) || m_clipJobs.contains(entry.key))
            continue;
        if (!message.isEmpty() &&
            (entry.state == EntryState::Resolving || entry.state == EntryState::RateLimited)) {
            const bool transition = entry.state != EntryState::RateLimited;
            entry.state = EntryState::RateLimited;
            entry.stateDetail = message;
            changed(row, transition);
        } else if (message.isEmpty() && entry.state == EntryState::RateLimited) {
            entry.state = EntryState::Resolving;
            entry.stateDetail.clear();
            changed(row);
        }
    }
}

void DownloadQueue::dropJob(const QString &key) {
    ++m_generation[key];
    dropWaiter(key);
    if (SectionJob *clip = m_clipJobs.take(key)) {
        disconnect(clip, nullptr, this, nullptr);
        if (clip->state() != JobState::Muxing)
            clip->cancel();
        clip->deleteLater();
    }
    DownloadJob *job = m_jobs.take(key);
    if (!job)
        return;
    disconnect(job, nullptr, this, nullptr);
    job->cancel();  // a mux stops at its next chunk, on its own thread
    job->deleteLater();
}

QString DownloadQueue::cacheDirFor(const QString &spaceId) const {
    // The job's cache key is the Space ID.
    return DownloadJob::cacheDirFor(m_settings, spaceId);
}

bool DownloadQueue::hasCachedChunks(const QString &spaceId) const {
    const QString chunks = cacheDirFor(spaceId);
    return !chunks.isEmpty() &&
           !QDir(chunks).entryList({QStringLiteral("*.chunk")}, QDir::Files).isEmpty();
}

// ---- persistence ----

void DownloadQueue::persistNow() {
    m_progressSaveTimer->stop();
    if (m_keepStateFile)
        return;  // an unreadable file we could not move aside: it may still be recoverable
    QJsonArray entries;
    for (const QueueEntry &entry : std::as_const(m_entries))
        entries.append(entry.toJson());
    const QJsonObject root{{QStringLiteral("version"), kStateFileVersion},
                           {QStringLiteral("entries"), entries}};
    // The disk is the writer thread's business: the window never waits for it.
    m_store->save(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void DownloadQueue::flushSaves() {
    m_store->flush();
}

void DownloadQueue::persistSoon() {
    if (!m_progressSaveTimer->isActive())
        m_progressSaveTimer->start();
}

void DownloadQueue::setStateFileAside() {
    m_store->flush();  // nothing of ours may land on the file while it is moved
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_stateFile + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_stateFile + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    if (QFile::rename(m_stateFile, aside)) {
        m_setAsideFile = aside;
        qCWarning(lcQueue, "The unreadable queue file was kept as %s.", qUtf8Printable(aside));
    } else {
        m_keepStateFile = true;
        qCWarning(lcQueue,
                  "The unreadable queue file %s could not be moved aside, so this session's queue "
                  "will not be saved over it.",
                  qUtf8Printable(m_stateFile));
    }
}

bool DownloadQueue::restore() {
    QFile file(m_stateFile);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcQueue, "Could not read the saved download queue %s: %s.",
                  qUtf8Printable(m_stateFile), qUtf8Printable(file.errorString()));
        setStateFileAside();
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    if (!document.isObject()) {
        qCWarning(lcQueue,
                  "The saved download queue %s is damaged (%s); starting with an empty queue.",
                  qUtf8Printable(m_stateFile), qUtf8Printable(error.errorString()));
        setStateFileAside();
        return false;
    }
    const int version = document.object().value(QLatin1String("version")).toInt(1);
    if (version > kStateFileVersion) {
        // Written by a newer Spacetape: reading it as ours could lose what it knows.
        qCWarning(lcQueue,
                  "The saved download queue %s was written by a newer version of Spacetape "
                  "(format %d, this one reads %d); starting with an empty queue.",
                  qUtf8Printable(m_stateFile), version, kStateFileVersion);
        setStateFileAside();
        return false;
    }
    const QJsonArray saved = document.object().value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : saved) {
        QueueEntry entry = QueueEntry::fromJson(value.toObject());
        // The Space ID names a chunk folder that Remove deletes: a damaged or hostile file
        // must not name a path ("../..", "/home/…") there.
        const bool keyFits =
            entry.kind == EntryKind::Clip
                ? entry.key == QueueEntry::clipKey(entry.spaceId, entry.clipSourceFile,
                                                   entry.clipStartSeconds, entry.clipEndSeconds)
                : SpaceLink::isValidId(entry.key);
        if (!keyFits || !spaceid::isValid(entry.spaceId) || contains(entry.key))
            continue;
        if (entry.isLive() || entry.state == EntryState::Scheduled) {
            // A live Space does not wait for anyone: its recording continues at once from the
            // cached chunks, and a scheduled one goes back to waiting for its host.
            entry.state = EntryState::Waiting;
            entry.stateDetail.clear();
            m_requested << entry.key;
        } else if (entry.isActive()) {
            entry.state = EntryState::Paused;
            entry.stateDetail = interruptedDetail();
            m_interrupted.insert(entry.key);
        }
        if (!entry.isActive()) {
            entry.bytesPerSecond = 0;
            entry.etaSeconds = -1;
        }
        m_entries.append(entry);
        Q_EMIT entryAdded(count() - 1);
    }
    persistNow();
    scheduleSoon();
    return true;
}

QStringList DownloadQueue::unfinishedKeys() const {
    QStringList keys;
    for (const QueueEntry &entry : m_entries) {
        const bool interrupted =
            entry.state == EntryState::Paused && m_interrupted.contains(entry.key);
        const bool failedWithCache =
            entry.state == EntryState::Failed && hasCachedChunks(entry.spaceId);
        if (interrupted || entry.state == EntryState::Waiting || failedWithCache)
            keys << entry.key;
    }
    return keys;
}

}  // namespace spacetape
