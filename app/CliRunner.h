// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include "auth/CredentialStore.h"
#include "job/DownloadJob.h"
#include "job/SpaceRequestBuilder.h"
#include "net/NetworkService.h"
#include "x/XApiClient.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace spacetape {

/// Runs the inputs of one spacetape-cli invocation one after another and
/// reports each result; the exit code is 0 only when every input was saved.
class CliRunner : public QObject {
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    ~CliRunner() override;

    /// Starts the work; finished() follows once every input is done.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    /// Applies --cookies and --api-origin; false (with a message) when unusable.
    bool configure();
    void runNext();
    /// The download for a playlist input; nothing when the input is not one.
    std::optional<DownloadRequest> playlistRequestFor(const QString &input);
    void startJob(DownloadRequest request, const QString &nameTemplate);
    void onProgress(const FetchProgress &progress);
    /// A wait (rate limit, replay not ready) shown as it counts down.
    void showWaiting(const QString &message, int secondsLeft);
    void onFinished(const JobResult &result);
    void reportFailure(const QString &input, const QString &message,
                       const QList<qint64> &missing = {});
    void printJson(const QJsonObject &object);

    CliOptions m_options;
    DownloadSettings m_settings;
    NetworkService m_network;
    XApiClient m_api{m_network};
    SpaceRequestBuilder m_builder{m_network, m_api};
    CredentialStore m_credentials;
    std::unique_ptr<DownloadJob> m_job;
    int m_next = 0;
    int m_failures = 0;
    QString m_currentInput;
    QElapsedTimer m_progressThrottle;
    bool m_progressLineOpen = false;
};

}  // namespace spacetape
