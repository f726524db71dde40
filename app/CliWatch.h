// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include "auth/CredentialStore.h"
#include "job/DownloadJob.h"
#include "job/SpaceRequestBuilder.h"
#include "net/NetworkService.h"
#include "watch/HostWatcher.h"
#include "x/XApiClient.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace spacetape {

/**
 * @brief `spacetape-cli watch HANDLE...`: watches hosts and records every Space they go
 * live with, one DownloadJob per Space (several at once), until stop().
 *
 * Prints one line per Space found and one per Space saved (or JSON lines). stop() cancels
 * the recordings, which keep their chunks; they stay pending in the watch state file and the
 * next run resumes them. Without an X login it refuses at once (exit 1).
 */
class CliWatch : public QObject {
    Q_OBJECT
public:
    explicit CliWatch(CliOptions options, QObject *parent = nullptr);
    ~CliWatch() override;

    /// Starts; finished() follows after stop() or on a fatal problem.
    void start();
    /// Stops watching and recording (chunks kept); finished(0) follows once no mux runs.
    void stop();

    /// The watch state file of the CLI, in the user's data folder.
    static QString defaultStateFile();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void begin();
    void record(const QString &spaceId, const QString &hostHandle);
    void onJobFinished(const QString &spaceId, const QString &hostHandle, const JobResult &result);
    void reportHostErrors();
    void fatal(const QString &message);

    CliOptions m_options;
    DownloadSettings m_settings;
    NetworkService m_network;
    XApiClient m_api{m_network};
    SpaceRequestBuilder m_builder{m_network, m_api};
    CredentialStore m_credentials;
    std::unique_ptr<HostWatcher> m_watcher;
    QHash<QString, DownloadJob *> m_jobs;  ///< Space ID → its recording
    QSet<QString> m_resolving;             ///< Space IDs being resolved
    QHash<QString, QString> m_hostErrors;  ///< handle → error last printed
    bool m_stopping = false;
    int m_exitCode = 0;  ///< 0 after a signal; 1 when the login stopped working
};

}  // namespace spacetape
