// SPDX-License-Identifier: MIT
#include "CliRunner.h"

#include "auth/CookieImport.h"
#include "auth/CredentialStore.h"
#include "util/SafeText.h"
#include "x/SpaceLink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>
#include <cstdio>

namespace spacetape {

namespace {
const QString kPlaylistTemplate = QStringLiteral("{title}");

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

QString humanBytes(double bytes) {
    if (bytes >= 1e6)
        return QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 KB").arg(bytes / 1e3, 0, 'f', 0);
}
}  // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)) {
    m_settings.outputDir = m_options.outputDir;
    m_settings.nameTemplate = m_options.nameTemplate;
    m_settings.concurrency = m_options.concurrency;
    m_settings.allowGaps = m_options.allowGaps;
    parseExistsPolicy(m_options.existsPolicy, &m_settings.existsPolicy);
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
    if (!m_options.apiOrigin.isEmpty()) {
        const QUrl origin(m_options.apiOrigin);
        if (!origin.isValid() || origin.host().isEmpty()) {
            err() << "spacetape-cli: --api-origin needs a URL like http://127.0.0.1:8080, not \""
                  << m_options.apiOrigin << "\"." << Qt::endl;
            return false;
        }
        m_network.setApiOrigin(origin);
    }
    if (!m_options.cookiesFile.isEmpty()) {
        QFile file(m_options.cookiesFile);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "spacetape-cli: cannot read the cookies file " << m_options.cookiesFile << ": "
                  << file.errorString() << Qt::endl;
            return false;
        }
        auto login = CookieImport::fromAnyFile(file.readAll());
        if (!login) {
            err() << "spacetape-cli: " << m_options.cookiesFile << ": " << printable(login.error())
                  << Qt::endl;
            return false;
        }
        m_api.setLogin(*login);
    }
    connect(&m_api, &XApiClient::waiting, this, &CliRunner::showWaiting);
    connect(&m_api, &XApiClient::loginExpired, this, [] {
        err() << "spacetape-cli: X refused your login cookies (expired or logged out); "
                 "continuing as a guest. Export fresh cookies to log in again."
              << Qt::endl;
    });
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
        err() << "spacetape-cli: " << printable(message) << Qt::endl;
}

void CliRunner::runNext() {
    if (m_next >= m_options.inputs.size()) {
        Q_EMIT finished(m_failures == 0 ? 0 : 1);
        return;
    }
    m_currentInput = m_options.inputs.at(m_next++);
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
    m_builder.build(*id, [this](Expected<PreparedSpace> prepared) {
        if (!prepared) {
            reportFailure(m_currentInput, prepared.error());
            QTimer::singleShot(0, this, &CliRunner::runNext);
            return;
        }
        if (m_options.infoOnly) {
            QJsonObject info = prepared->resolved.metadata.toJson();
            info.insert(QStringLiteral("playlist_url"), prepared->resolved.playlistUrl.toString());
            QTextStream(stdout) << QJsonDocument(info).toJson(
                m_options.json ? QJsonDocument::Compact : QJsonDocument::Indented);
            QTimer::singleShot(0, this, &CliRunner::runNext);
            return;
        }
        startJob(prepared->request, m_settings.nameTemplate);
    });
}

void CliRunner::startJob(DownloadRequest request, const QString &nameTemplate) {
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
            err() << "spacetape-cli: " << printable(m_currentInput) << ": " << printable(message)
                  << Qt::endl;
    });
    connect(m_job.get(), &DownloadJob::waiting, this, &CliRunner::showWaiting);
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
    if (!isatty(fileno(stderr)))
        return;
    err() << "\r" << progress.chunksDone << "/" << progress.chunksTotal << " chunks, "
          << humanBytes(double(progress.bytesDone)) << ", " << humanBytes(progress.bytesPerSecond)
          << "/s";
    if (progress.etaSeconds >= 0)
        err() << ", " << progress.etaSeconds << " s left";
    err() << "   " << Qt::flush;
    m_progressLineOpen = true;
}

void CliRunner::onFinished(const JobResult &result) {
    if (m_progressLineOpen) {
        err() << Qt::endl;
        m_progressLineOpen = false;
    }
    if (result.state == JobState::Done || result.state == JobState::Skipped) {
        if (m_options.json) {
            QJsonArray gaps;
            for (qint64 seq : result.missing)
                gaps.append(seq);
            printJson({{QStringLiteral("event"), jobStateName(result.state)},
                       {QStringLiteral("input"), m_currentInput},
                       {QStringLiteral("path"), result.outputPath},
                       {QStringLiteral("duration_seconds"), result.report.durationSeconds},
                       {QStringLiteral("frames"), result.report.frames},
                       {QStringLiteral("chunks"), result.report.chunks},
                       {QStringLiteral("junk_bytes_skipped"), result.report.junkBytesSkipped},
                       {QStringLiteral("missing"), gaps}});
        } else if (result.state == JobState::Skipped) {
            QTextStream(stdout) << "Skipped (exists): " << result.outputPath << Qt::endl;
        } else {
            QTextStream(stdout) << "Saved: " << result.outputPath << Qt::endl;
            if (!result.missing.isEmpty())
                err() << "spacetape-cli: " << printable(m_currentInput) << ": saved with "
                      << result.missing.size() << " missing chunks (gaps allowed)." << Qt::endl;
        }
    } else {
        reportFailure(m_currentInput, result.error, result.missing);
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
    // One clear line per failure on stderr, in JSON mode too: scripts read it.
    // Server text may carry terminal escapes: only printable characters reach the terminal.
    err() << "spacetape-cli: " << printable(input) << ": " << printable(message) << Qt::endl;
}

void CliRunner::printJson(const QJsonObject &object) {
    QTextStream out(stdout);
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

}  // namespace spacetape
