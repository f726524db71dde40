// SPDX-License-Identifier: MIT
#include "CliWatch.h"

#include "CliSupport.h"
#include "Environment.h"

#include "x/SpaceLink.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTimer>

namespace spacetape {

namespace {
QString who(const QString &handle) {
    return handle.startsWith(QLatin1String("id:")) ? CliWatch::tr("user %1").arg(handle.mid(3))
                                                   : QStringLiteral("@") + handle;
}
}  // namespace

CliWatch::CliWatch(CliOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)) {
    m_settings = downloadSettingsFrom(m_options);
}

CliWatch::~CliWatch() = default;

QString CliWatch::defaultStateFile() {
    // Its own file: the app's watch list (enabled flags) is not the CLI's to change.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/watch-cli.json");
}

void CliWatch::start() {
    QTimer::singleShot(0, this, [this] {
        if (!configureClient(m_options, m_network, m_api)) {
            Q_EMIT finished(2);
            return;
        }
        if (!m_options.cookiesFile.isEmpty()) {
            begin();
            return;
        }
        m_credentials.load([this](Expected<std::optional<XLogin>> stored) {
            if (stored && stored->has_value())
                m_api.setLogin(**stored);
            begin();
        });
    });
}

void CliWatch::begin() {
    if (!m_api.hasUsableLogin()) {
        cliErr() << "spacetape-cli: "
                 << tr("watching hosts needs an X login (X only tells logged-in users who is "
                       "live): pass --cookies FILE with cookies exported from your browser, or "
                       "store a login with spacetape-cli login --cookies FILE.")
                 << Qt::endl;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(1); });
        return;
    }
    QStringList wanted;
    for (const QString &input : m_options.inputs) {
        const auto handle = HostWatcher::parseHandle(input);
        if (!handle) {
            cliErr() << "spacetape-cli: " << handle.error() << Qt::endl;
            QTimer::singleShot(0, this, [this] { Q_EMIT finished(2); });
            return;
        }
        if (!wanted.contains(*handle, Qt::CaseInsensitive))
            wanted << *handle;
    }
    m_watcher = std::make_unique<HostWatcher>(m_api, defaultStateFile());
    m_watcher->setTiming(Environment::process().watchTiming(m_network.apiOrigin()));
    // Only the hosts named on this command line are watched; others from earlier runs are
    // kept (with their user IDs) but switched off.
    for (const WatchedHost &host : m_watcher->hosts()) {
        if (!wanted.contains(host.handle, Qt::CaseInsensitive))
            m_watcher->setEnabled(host.handle, false);
    }
    for (const QString &handle : wanted) {
        (void)m_watcher->addHost(handle);  // fails only when it is already on the list
        m_watcher->setEnabled(handle, true);
    }
    connect(m_watcher.get(), &HostWatcher::spaceFound, this,
            [this](const QString &spaceId, const QString &handle) {
                const QString link = SpaceLink::canonicalUrl(spaceId).toString();
                if (m_options.json)
                    printJsonLine({{QStringLiteral("event"), QStringLiteral("found")},
                                   {QStringLiteral("id"), spaceId},
                                   {QStringLiteral("input"), link},
                                   {QStringLiteral("host"), handle}});
                else
                    cliOut() << tr("Found: %1 is live: %2").arg(who(handle), link) << Qt::endl;
                m_watcher->setRecordingPending(spaceId, handle, true);
                record(spaceId, handle);
            });
    connect(m_watcher.get(), &HostWatcher::hostsChanged, this, &CliWatch::reportHostErrors);
    connect(m_watcher.get(), &HostWatcher::blockedChanged, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            fatal(reason);
    });

    QStringList names;
    for (const QString &handle : wanted)
        names << who(handle);
    if (m_options.json)
        printJsonLine({{QStringLiteral("event"), QStringLiteral("watching")},
                       {QStringLiteral("hosts"), QJsonArray::fromStringList(wanted)}});
    else
        cliOut() << tr("Watching %1 for live Spaces; Ctrl+C to stop.")
                        .arg(names.join(QStringLiteral(", ")))
                 << Qt::endl;
    for (const PendingRecording &pending : m_watcher->pendingRecordings()) {
        if (!m_options.json)
            cliOut() << tr("Resuming: %1 (%2)")
                            .arg(SpaceLink::canonicalUrl(pending.spaceId).toString(),
                                 who(pending.hostHandle))
                     << Qt::endl;
        record(pending.spaceId, pending.hostHandle);
    }
    m_watcher->start();
}

void CliWatch::record(const QString &spaceId, const QString &hostHandle) {
    if (m_jobs.contains(spaceId) || m_resolving.contains(spaceId))
        return;
    m_resolving.insert(spaceId);
    m_builder.build(spaceId, [this, spaceId, hostHandle](Expected<PreparedSpace> prepared) {
        m_resolving.remove(spaceId);
        if (m_stopping)
            return;  // still pending: the next run starts it
        const QString link = SpaceLink::canonicalUrl(spaceId).toString();
        QString problem;
        if (!prepared)
            problem = prepared.error();
        else if (prepared->resolved.isScheduled())
            problem = tr("X reported it live, but it has not started yet.");
        if (!problem.isEmpty()) {
            JobResult failed;
            failed.state = JobState::Failed;
            failed.error = problem;
            onJobFinished(spaceId, hostHandle, failed);
            return;
        }
        auto *job = new DownloadJob(m_network, prepared->request, m_settings, this);
        m_jobs.insert(spaceId, job);
        connect(job, &DownloadJob::finished, this,
                [this, spaceId, hostHandle](const JobResult &result) {
                    onJobFinished(spaceId, hostHandle, result);
                });
        job->start();
    });
}

void CliWatch::onJobFinished(const QString &spaceId, const QString &hostHandle,
                             const JobResult &result) {
    if (DownloadJob *job = m_jobs.take(spaceId))
        job->deleteLater();
    const QString link = SpaceLink::canonicalUrl(spaceId).toString();
    if (result.state == JobState::Done || result.state == JobState::Skipped) {
        if (m_options.json) {
            QJsonObject line = resultJson(result, link);
            line.insert(QStringLiteral("host"), hostHandle);
            printJsonLine(line);
        } else {
            cliOut() << (result.state == JobState::Done
                             ? tr("Saved: %1").arg(result.outputPath)
                             : tr("Skipped (exists): %1").arg(result.outputPath))
                     << Qt::endl;
        }
        if (m_watcher)
            m_watcher->setRecordingPending(spaceId, hostHandle, false);
    } else if (!(m_stopping && result.state == JobState::Canceled)) {
        // A failure is reported and forgotten: resuming it would fail the same way.
        if (m_options.json)
            printJsonLine({{QStringLiteral("event"), QStringLiteral("failed")},
                           {QStringLiteral("input"), link},
                           {QStringLiteral("host"), hostHandle},
                           {QStringLiteral("error"), result.error}});
        cliErr() << "spacetape-cli: " << link << ": " << result.error << Qt::endl;
        if (m_watcher)
            m_watcher->setRecordingPending(spaceId, hostHandle, false);
    }
    if (m_stopping && m_jobs.isEmpty())
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_exitCode); });
}

void CliWatch::reportHostErrors() {
    for (const WatchedHost &host : m_watcher->hosts()) {
        if (!host.enabled || host.error == m_hostErrors.value(host.handle))
            continue;
        m_hostErrors.insert(host.handle, host.error);
        if (host.error.isEmpty())
            continue;
        if (m_options.json)
            printJsonLine({{QStringLiteral("event"), QStringLiteral("warning")},
                           {QStringLiteral("host"), host.handle},
                           {QStringLiteral("message"), host.error}});
        else
            cliErr() << "spacetape-cli: " << who(host.handle) << ": "
                     << tr("%1 (still watching)").arg(host.error) << Qt::endl;
    }
}

void CliWatch::stop() {
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_watcher)
        m_watcher->stop();
    const int interrupted = int(m_jobs.size() + m_resolving.size());
    const QList<DownloadJob *> jobs = m_jobs.values();
    for (DownloadJob *job : jobs) {
        // Keeps the chunks. A job that is muxing finishes first (cancel() would stop its mux).
        if (job->state() != JobState::Muxing)
            job->cancel();
    }
    if (m_options.json)
        printJsonLine({{QStringLiteral("event"), QStringLiteral("stopped")},
                       {QStringLiteral("interrupted"), interrupted}});
    else if (interrupted > 0)
        cliOut() << tr("Stopped. %n recording(s) interrupted keep their chunks; run the same "
                       "command to resume them.",
                       nullptr, interrupted)
                 << Qt::endl;
    else
        cliOut() << tr("Stopped watching.") << Qt::endl;
    if (m_jobs.isEmpty())
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_exitCode); });
}

void CliWatch::fatal(const QString &message) {
    cliErr() << "spacetape-cli: " << message << Qt::endl;
    m_exitCode = 1;
    stop();
}

}  // namespace spacetape
