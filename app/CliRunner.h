// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include "auth/CredentialStore.h"
#include "job/DownloadJob.h"
#include "job/SpaceRequestBuilder.h"
#include "net/NetworkService.h"
#include "section/SectionJob.h"
#include "watch/ScheduledSpaceWaiter.h"
#include "x/XApiClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

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
    /// What to do with a Space once resolved: print it (--info), wait for it (--wait),
    /// refuse it (scheduled), or download / record it.
    void onPrepared(const QString &spaceId, Expected<PreparedSpace> prepared);
    /// --wait: polls X until the scheduled Space starts, then resolves it again.
    void waitForStart(const QString &spaceId, const SpaceMetadata &metadata);
    /// The countdown: one updating line on a terminal, a line or a JSON event otherwise.
    void showScheduled(const SpaceMetadata &metadata, bool answerArrived);
    void endWait();
    /// Live recordings: one updating line (terminal) or JSON events from the job's state
    /// and liveStatus().
    void showLive();
    void closeUpdatingLine();
    /// The download for a playlist input; nothing when the input is not one.
    std::optional<DownloadRequest> playlistRequestFor(const QString &input);
    void startJob(DownloadRequest request, const QString &nameTemplate);
    /// --section: one SectionJob per section of the current input, one after another.
    void startSections(const SectionRequest &base, const QString &nameTemplate);
    void startNextSection();
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
    std::unique_ptr<SectionJob> m_section;
    QList<SectionRequest> m_pendingSections;
    QString m_sectionTemplate;
    int m_next = 0;
    int m_failures = 0;
    QString m_currentInput;
    QElapsedTimer m_progressThrottle;
    std::unique_ptr<ScheduledSpaceWaiter> m_waiter;
    QTimer m_countdown;          ///< ticks the countdown line once a second (terminal only)
    QDateTime m_announcedStart;  ///< the scheduled time last printed (non-terminal output)
    JobState m_jobState = JobState::Queued;
    LiveStatus m_live;
    QElapsedTimer m_liveThrottle;
};

}  // namespace spacetape
