// SPDX-License-Identifier: MIT
#include "CliRunner.h"

#include "CliSupport.h"
#include "Environment.h"

#include "auth/CredentialStore.h"
#include "util/SafeText.h"
#include "x/SpaceLink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace spacetape {

namespace {
const QString kPlaylistTemplate = QStringLiteral("{title}");

CliStream &err() {
    return cliErr();
}

bool isLiveState(JobState state) {
    return state == JobState::Recording || state == JobState::HostDisconnected ||
           state == JobState::Finishing;
}

QString humanBytes(double bytes) {
    if (bytes >= 1e6)
        return CliRunner::tr("%1 MB").arg(bytes / 1e6, 0, 'f', 1);
    return CliRunner::tr("%1 KB").arg(bytes / 1e3, 0, 'f', 0);
}
}  // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)) {
    m_settings = downloadSettingsFrom(m_options);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_waiter)
            showScheduled(m_waiter->metadata(), false);
    });
}

CliRunner::~CliRunner() = default;

void CliRunner::start() {
    QTimer::singleShot(0, this, [this] {
        if (!configure()) {
            Q_EMIT finished(2);
            return;
        }
        if (!m_options.cookiesFile.isEmpty()) {
            runNext();
            return;
        }
        // The stored login, when there is one; any keychain trouble means guest mode.
        m_credentials.load([this](Expected<std::optional<XLogin>> stored) {
            if (stored && stored->has_value())
                m_api.setLogin(**stored);
            runNext();
        });
    });
}

bool CliRunner::configure() {
    if (!configureClient(m_options, m_network, m_api))
        return false;
    connect(&m_api, &XApiClient::waiting, this, &CliRunner::showWaiting);
    return true;
}

void CliRunner::showWaiting(const QString &message, int secondsLeft) {
    if (message.isEmpty())
        return;
    if (m_options.json)
        printJson({{QStringLiteral("event"), QStringLiteral("waiting")},
                   {QStringLiteral("input"), m_currentInput},
                   {QStringLiteral("message"), message},
                   {QStringLiteral("seconds_left"), secondsLeft}});
    else
        err() << "spacetape-cli: " << message << Qt::endl;
}

void CliRunner::runNext() {
    if (m_next >= m_options.inputs.size()) {
        Q_EMIT finished(m_failures == 0 ? 0 : 1);
        return;
    }
    m_currentInput = m_options.inputs.at(m_next++);
    if (!m_options.sections.isEmpty() && m_currentInput.endsWith(QLatin1String(".m4a")) &&
        QFileInfo(m_currentInput).isFile()) {
        // A finished file: its sections are cut without any network.
        SectionRequest request;
        request.localFile = m_currentInput;
        startSections(request, m_settings.nameTemplate.isEmpty() ? kPlaylistTemplate
                                                                 : m_settings.nameTemplate);
        return;
    }
    if (auto request = playlistRequestFor(m_currentInput)) {
        // Playlists carry no Space metadata: name the file after the playlist.
        startJob(std::move(*request),
                 m_settings.nameTemplate.isEmpty() ? kPlaylistTemplate : m_settings.nameTemplate);
        return;
    }
    const auto id = SpaceLink::parseId(m_currentInput);
    if (!id) {
        reportFailure(m_currentInput, SpaceLink::rejectionMessage(m_currentInput));
        QTimer::singleShot(0, this, &CliRunner::runNext);
        return;
    }
    const QString spaceId = *id;
    m_builder.build(spaceId, [this, spaceId](Expected<PreparedSpace> prepared) {
        onPrepared(spaceId, std::move(prepared));
    });
}

void CliRunner::onPrepared(const QString &spaceId, Expected<PreparedSpace> prepared) {
    if (!prepared) {
        reportFailure(m_currentInput, prepared.error());
        QTimer::singleShot(0, this, &CliRunner::runNext);
        return;
    }
    if (m_options.infoOnly) {
        QJsonObject info = prepared->resolved.metadata.toJson();
        info.insert(QStringLiteral("playlist_url"), prepared->resolved.playlistUrl.toString());
        cliOut().writeJson(QJsonDocument(info),
                           m_options.json ? QJsonDocument::Compact : QJsonDocument::Indented);
        QTimer::singleShot(0, this, &CliRunner::runNext);
        return;
    }
    if (prepared->resolved.isScheduled()) {
        if (m_options.wait) {
            waitForStart(spaceId, prepared->resolved.metadata);
            return;
        }
        reportFailure(m_currentInput, tr("%1 Run again with --wait to record it when it starts.")
                                          .arg(prepared->resolved.metadata.downloadable().error()));
        QTimer::singleShot(0, this, &CliRunner::runNext);
        return;
    }
    startJob(prepared->request, m_settings.nameTemplate);
}

void CliRunner::waitForStart(const QString &spaceId, const SpaceMetadata &metadata) {
    m_waiter = std::make_unique<ScheduledSpaceWaiter>(
        m_api, metadata, Environment::process().scheduleTiming(m_network.apiOrigin()));
    m_announcedStart = QDateTime();
    connect(m_waiter.get(), &ScheduledSpaceWaiter::updated, this,
            [this](const SpaceMetadata &m) { showScheduled(m, true); });
    connect(m_waiter.get(), &ScheduledSpaceWaiter::pollFailed, this, [this](const QString &why) {
        // A failed look is not the end of the wait: say so, and keep waiting.
        closeUpdatingLine();
        if (m_options.json)
            printJsonLine({{QStringLiteral("event"), QStringLiteral("warning")},
                           {QStringLiteral("input"), m_currentInput},
                           {QStringLiteral("message"), why}});
        else
            err() << "spacetape-cli: " << m_currentInput << ": " << tr("%1 Still waiting.").arg(why)
                  << Qt::endl;
    });
    connect(m_waiter.get(), &ScheduledSpaceWaiter::started, this,
            [this, spaceId](const SpaceMetadata &m) {
                endWait();
                if (m_options.json)
                    printJsonLine({{QStringLiteral("event"), QStringLiteral("started")},
                                   {QStringLiteral("input"), m_currentInput},
                                   {QStringLiteral("id"), m.id},
                                   {QStringLiteral("state"), stateName(m.state)}});
                else
                    cliOut() << tr("Started: %1 (%2)").arg(m_currentInput, stateName(m.state))
                             << Qt::endl;
                m_builder.build(spaceId, [this, spaceId](Expected<PreparedSpace> prepared) {
                    onPrepared(spaceId, std::move(prepared));
                });
            });
    connect(m_waiter.get(), &ScheduledSpaceWaiter::canceled, this, [this](const SpaceMetadata &) {
        endWait();
        reportFailure(m_currentInput, tr("The host canceled this Space while Spacetape was "
                                         "waiting for it to start."));
        QTimer::singleShot(0, this, &CliRunner::runNext);
    });
    connect(m_waiter.get(), &ScheduledSpaceWaiter::didNotStart, this,
            [this](const QString &message) {
                endWait();
                reportFailure(m_currentInput,
                              tr("%1 (run the same command to wait again)").arg(message));
                QTimer::singleShot(0, this, &CliRunner::runNext);
            });
    showScheduled(metadata, true);
    if (!m_options.json && stderrIsTerminal())
        m_countdown.start();
    m_waiter->start();
}

void CliRunner::endWait() {
    m_countdown.stop();
    closeUpdatingLine();
    if (m_waiter)
        m_waiter.release()->deleteLater();  // we may be inside one of its signals
}

void CliRunner::showScheduled(const SpaceMetadata &metadata, bool answerArrived) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 left = metadata.scheduledStart.isValid() ? now.secsTo(metadata.scheduledStart) : 0;
    const QString title =
        metadata.title.isEmpty() ? tr("Space %1").arg(metadata.id) : tr("“%1”").arg(metadata.title);
    if (m_options.json) {
        if (!answerArrived)
            return;
        printJsonLine(
            {{QStringLiteral("event"), QStringLiteral("scheduled")},
             {QStringLiteral("input"), m_currentInput},
             {QStringLiteral("id"), metadata.id},
             {QStringLiteral("title"), metadata.title},
             {QStringLiteral("scheduledStart"),
              metadata.scheduledStart.isValid()
                  ? QJsonValue(metadata.scheduledStart.toUTC().toString(Qt::ISODate))
                  : QJsonValue()},
             {QStringLiteral("secondsLeft"),
              metadata.scheduledStart.isValid() ? QJsonValue(qint64(left)) : QJsonValue()}});
        return;
    }
    const QString when = metadata.scheduledStart.isValid()
                             ? (left >= 0 ? tr("starts in %1").arg(humanDuration(left))
                                          : tr("%1 late").arg(humanDuration(left)))
                             : tr("no start time announced");
    if (stderrIsTerminal()) {
        err().updateLine(tr("Waiting for %1: %2; Ctrl+C to stop").arg(title, when));
        return;
    }
    // Not a terminal: a line when the wait begins and whenever the time moves.
    if (m_announcedStart.isValid() && m_announcedStart == metadata.scheduledStart)
        return;
    m_announcedStart = metadata.scheduledStart.isValid() ? metadata.scheduledStart : now;
    const QString scheduledFor = metadata.scheduledStart.isValid()
                                     ? metadata.scheduledStart.toUTC().toString(Qt::ISODate)
                                     : tr("an unknown time");
    cliOut() << tr("Waiting for %1 (%2), scheduled for %3: %4.")
                    .arg(title, m_currentInput, scheduledFor, when)
             << Qt::endl;
}

void CliRunner::closeUpdatingLine() {
    CliStream::endUpdatingLine();
}

void CliRunner::showLive() {
    const bool stateOnly = !m_liveThrottle.isValid();
    if (m_options.json) {
        printJsonLine({{QStringLiteral("event"), QStringLiteral("live")},
                       {QStringLiteral("input"), m_currentInput},
                       {QStringLiteral("state"), jobStateName(m_jobState)},
                       {QStringLiteral("recordedSeconds"), m_live.recordedSeconds},
                       {QStringLiteral("liveEdgeSeconds"), m_live.liveEdgeSeconds},
                       {QStringLiteral("catchingUp"), m_live.catchingUp},
                       {QStringLiteral("lastSequence"), m_live.lastSequence},
                       {QStringLiteral("chunksOnDisk"), m_live.chunksOnDisk}});
        return;
    }
    QString line;
    switch (m_jobState) {
        case JobState::HostDisconnected:
            line = tr("Host disconnected; %1 recorded, waiting for the host to come back")
                       .arg(clockDuration(m_live.recordedSeconds));
            break;
        case JobState::Finishing:
            line = tr("Finishing: the Space ended; %1 recorded, fetching the rest")
                       .arg(clockDuration(m_live.recordedSeconds));
            break;
        default:
            line =
                m_live.catchingUp
                    ? tr("Recording live: %1 of %2 recorded, catching up")
                          .arg(clockDuration(m_live.recordedSeconds),
                               clockDuration(m_live.liveEdgeSeconds))
                    : tr("Recording live: %1 recorded").arg(clockDuration(m_live.recordedSeconds));
    }
    if (stderrIsTerminal()) {
        err().updateLine(line);
    } else if (stateOnly) {
        cliOut() << m_currentInput << ": " << line << Qt::endl;  // one line per state
    }
}

void CliRunner::startSections(const SectionRequest &base, const QString &nameTemplate) {
    m_pendingSections.clear();
    for (const SectionRange &range : m_options.sections) {
        SectionRequest request = base;
        request.range = range;
        m_pendingSections << request;
    }
    m_sectionTemplate = nameTemplate;
    startNextSection();
}

void CliRunner::startNextSection() {
    if (m_pendingSections.isEmpty()) {
        QTimer::singleShot(0, this, &CliRunner::runNext);
        return;
    }
    DownloadSettings settings = m_settings;
    settings.nameTemplate = m_sectionTemplate;
    m_section = std::make_unique<SectionJob>(m_network, m_pendingSections.takeFirst(), settings);
    connect(m_section.get(), &SectionJob::progress, this, &CliRunner::onProgress);
    connect(m_section.get(), &SectionJob::waiting, this, &CliRunner::showWaiting);
    connect(m_section.get(), &SectionJob::finished, this, &CliRunner::onFinished);
    m_progressThrottle.invalidate();
    m_section->start();
}

void CliRunner::startJob(DownloadRequest request, const QString &nameTemplate) {
    if (!m_options.sections.isEmpty() && request.live) {
        reportFailure(m_currentInput,
                      tr("This Space is still live: --section works once it has ended. Record "
                         "it whole, or try again after the end."));
        QTimer::singleShot(0, this, &CliRunner::runNext);
        return;
    }
    if (!m_options.sections.isEmpty()) {
        SectionRequest section;
        section.space = std::move(request);
        startSections(section, nameTemplate);
        return;
    }
    DownloadSettings settings = m_settings;
    settings.nameTemplate = nameTemplate;
    m_job = std::make_unique<DownloadJob>(m_network, std::move(request), settings);
    connect(m_job.get(), &DownloadJob::progress, this, &CliRunner::onProgress);
    connect(m_job.get(), &DownloadJob::warning, this, [this](const QString &message) {
        if (m_options.json)
            printJson({{QStringLiteral("event"), QStringLiteral("warning")},
                       {QStringLiteral("input"), m_currentInput},
                       {QStringLiteral("message"), message}});
        else
            err() << "spacetape-cli: " << m_currentInput << ": " << message << Qt::endl;
    });
    connect(m_job.get(), &DownloadJob::waiting, this, &CliRunner::showWaiting);
    m_jobState = JobState::Queued;
    m_live = LiveStatus();
    connect(m_job.get(), &DownloadJob::stateChanged, this, [this](JobState state) {
        const bool changed = state != m_jobState;
        m_jobState = state;
        if (isLiveState(state) && changed) {
            m_liveThrottle.invalidate();  // a new state is always shown at once
            showLive();
            m_liveThrottle.start();
        }
    });
    connect(m_job.get(), &DownloadJob::liveStatus, this, [this](const LiveStatus &status) {
        m_live = status;
        if (!isLiveState(m_jobState))
            return;
        if (m_liveThrottle.isValid() && m_liveThrottle.elapsed() < 1000)
            return;
        showLive();
        m_liveThrottle.start();
    });
    connect(m_job.get(), &DownloadJob::finished, this, &CliRunner::onFinished);
    m_progressThrottle.invalidate();
    m_job->start();
}

std::optional<DownloadRequest> CliRunner::playlistRequestFor(const QString &input) {
    DownloadRequest request;
    const QFileInfo local(input);
    const QUrl url(input);
    if (local.isFile()) {
        request.playlistUrl = QUrl::fromLocalFile(local.absoluteFilePath());
        request.names.title = local.completeBaseName();
    } else if ((url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
               url.path().endsWith(QLatin1String(".m3u8"))) {
        request.playlistUrl = url;
        request.names.title = QFileInfo(url.path()).completeBaseName();
    } else {
        return std::nullopt;
    }
    request.tags.title = request.names.title;
    return request;
}

void CliRunner::onProgress(const FetchProgress &progress) {
    if (m_progressThrottle.isValid() && m_progressThrottle.elapsed() < 250 &&
        progress.chunksDone < progress.chunksTotal)
        return;
    m_progressThrottle.start();
    if (m_options.json) {
        printJson({{QStringLiteral("event"), QStringLiteral("progress")},
                   {QStringLiteral("input"), m_currentInput},
                   {QStringLiteral("chunks_done"), progress.chunksDone},
                   {QStringLiteral("chunks_total"), progress.chunksTotal},
                   {QStringLiteral("bytes"), progress.bytesDone},
                   {QStringLiteral("bytes_per_second"), qRound64(progress.bytesPerSecond)},
                   {QStringLiteral("eta_seconds"), progress.etaSeconds},
                   {QStringLiteral("in_flight"), progress.inFlight}});
        return;
    }
    if (!stderrIsTerminal())
        return;
    QString line =
        tr("%1/%2 chunks, %3, %4/s")
            .arg(progress.chunksDone)
            .arg(progress.chunksTotal)
            .arg(humanBytes(double(progress.bytesDone)), humanBytes(progress.bytesPerSecond));
    if (progress.etaSeconds >= 0)
        line += tr(", %1 s left").arg(progress.etaSeconds);
    err().updateLine(line);
}

void CliRunner::onFinished(const JobResult &result) {
    closeUpdatingLine();
    if (result.state == JobState::Done || result.state == JobState::Skipped) {
        if (m_options.json) {
            printJson(resultJson(result, m_currentInput));
        } else if (result.state == JobState::Skipped) {
            cliOut() << tr("Skipped (exists): %1").arg(result.outputPath) << Qt::endl;
        } else {
            cliOut() << tr("Saved: %1").arg(result.outputPath) << Qt::endl;
            if (!result.missing.isEmpty())
                err() << "spacetape-cli: " << m_currentInput << ": "
                      << tr("saved with %n missing chunks (gaps allowed).", nullptr,
                            int(result.missing.size()))
                      << Qt::endl;
        }
    } else {
        reportFailure(m_currentInput, result.error, result.missing);
    }
    if (m_section) {
        m_section.release()->deleteLater();
        startNextSection();
        return;
    }
    m_job.release()->deleteLater();
    QTimer::singleShot(0, this, &CliRunner::runNext);
}

void CliRunner::reportFailure(const QString &input, const QString &message,
                              const QList<qint64> &missing) {
    ++m_failures;
    if (m_options.json) {
        QJsonArray gaps;
        for (qint64 seq : missing)
            gaps.append(seq);
        printJson({{QStringLiteral("event"), QStringLiteral("failed")},
                   {QStringLiteral("input"), input},
                   {QStringLiteral("error"), message},
                   {QStringLiteral("missing"), gaps}});
    }
    // One clear line per failure on stderr, in JSON mode too: scripts read it. (The stream
    // drops the terminal escapes server text may carry.)
    err() << "spacetape-cli: " << input << ": " << message << Qt::endl;
}

void CliRunner::printJson(const QJsonObject &object) {
    printJsonLine(object);
}

}  // namespace spacetape
