// SPDX-License-Identifier: MIT
#pragma once

#include "auth/CredentialStore.h"
#include "x/BundleDiscovery.h"
#include "x/SpaceMetadata.h"
#include "x/StreamInfo.h"
#include "x/XApiClient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QNetworkReply;

namespace spacetape {

class NetworkService;
class PlaylistLoader;
struct LoadedPlaylist;

/// One check of the connection doctor, in the order they are reported.
enum class DoctorStep { Keychain, GuestToken, Login, AudioSpaceById, Discovery, StreamStatus, Cdn };

/// How one check ended.
enum class StepOutcome {
    Ok,
    Failed,
    Skipped,  ///< not run: nothing to check (no Space, no login), or a step it needs failed
};

/// What one check found.
struct StepResult {
    DoctorStep step = DoctorStep::Keychain;
    StepOutcome outcome = StepOutcome::Skipped;
    /// Ok: what was seen. Failed: what failed. Skipped: why it did not run.
    QString message;
    /// What the user can do; empty when there is nothing to do.
    QString remedy;
    qint64 elapsedMs = -1;  ///< -1 when skipped
};

/**
 * @brief Checks, one step at a time, everything Spacetape needs to reach X (Help ▸ Check
 * connection, `spacetape-cli doctor`).
 *
 * Steps: the keychain (readable, writable, login present), a guest token, the login (whether X
 * accepts it), AudioSpaceById with the cached queryId, queryId discovery in X's web app, the
 * stream status of a Space, and X's audio CDN (a playlist and one chunk, sent like every CDN
 * request: no cookies, no bearer). Each step reports ok or what failed with what to do, and
 * its time; a step that needs a failed one is skipped and says so. The steps about a Space
 * need setSpaceId(). When the cached queryId fails and discovery finds one that works, it is
 * saved, so the next run (and every download) uses it.
 *
 * Works through its own XApiClient, so a running app's client is left as it was. Results name
 * no secret: no cookie, token or bearer appears in them.
 */
class ConnectionDoctor : public QObject {
    Q_OBJECT
public:
    /// @p keychainService empty: CredentialStore::defaultService().
    explicit ConnectionDoctor(NetworkService &network, const QString &keychainService = {},
                              QObject *parent = nullptr);
    ~ConnectionDoctor() override;

    /// The client the checks use: set a login for this run (--cookies) or a bearer before
    /// start(). Without a login set here, the one in the keychain is used.
    XApiClient &api() { return m_api; }

    /// The Space the stream and CDN checks use (13-character ID); empty: those are skipped.
    void setSpaceId(const QString &spaceId) { m_spaceId = spaceId; }
    QString spaceId() const { return m_spaceId; }

    /// Runs every check; stepStarted/stepFinished follow for each, then finished().
    void start();
    bool isRunning() const { return m_running; }
    /// The results so far, in report order.
    QList<StepResult> results() const { return m_results; }
    /// 0 when no check failed (skipped ones do not count), else kChecksFailed.
    int exitCode() const;
    static constexpr int kChecksFailed = 1;

    /// The step's name for people ("guest token"), translated.
    static QString stepName(DoctorStep step);
    /// The step's stable name for scripts ("guest_token").
    static QString stepId(DoctorStep step);
    /// One line: "✓ guest token        ok (84 ms)", "✗ CDN  HTTP 404 … — what to do".
    static QString formatLine(const StepResult &result);
    /// The whole plain-text report for a bug report: versions, the Space, one line per step.
    static QString formatReport(const QList<StepResult> &results, const QString &spaceId);
    /// {"event":"check","step":…,"name":…,"status":"ok|failed|skipped","message":…,
    /// "remedy":…,"ms":…}
    static QJsonObject toJson(const StepResult &result);

Q_SIGNALS:
    void stepStarted(spacetape::DoctorStep step);
    void stepFinished(const spacetape::StepResult &result);
    /// A wait the user should see (X's rate limit); an empty message ends it.
    void waiting(const QString &message, int secondsLeft);
    void finished(int exitCode);

private:
    /// The first answer to AudioSpaceById, read.
    struct SpaceAnswer {
        bool ok = false;
        bool queryRejected = false;  ///< 404, or 400 code 336: the queryId or its switches
        QString message;
        QString remedy;
        std::optional<SpaceMetadata> metadata;
    };

    void begin(DoctorStep step);
    void report(StepOutcome outcome, const QString &message, const QString &remedy = {});
    void skip(DoctorStep step, const QString &why, const QString &remedy = {});
    bool failed(DoctorStep step) const;

    void checkKeychain();
    void checkGuestToken();
    void checkLogin();
    void checkAudioSpace();
    void discover(int pageIndex, QStringList misses);
    void discoveryDone(StepOutcome outcome, const QString &message, const QString &remedy = {});
    void reportAudioSpace();
    void checkStream();
    void checkCdn();
    void checkChunk(std::shared_ptr<const LoadedPlaylist> playlist);
    void finish();
    SpaceAnswer readSpaceAnswer(const XApiClient::Response &response) const;
    QString cdnRemedy(const QUrl &url) const;

    NetworkService &m_network;
    XApiClient m_api;
    CredentialStore m_store;
    QString m_spaceId;
    bool m_running = false;
    QList<StepResult> m_results;
    DoctorStep m_current = DoctorStep::Keychain;
    QElapsedTimer m_clock;

    bool m_loginGiven = false;    ///< set on api() by the caller before start()
    bool m_keychainRead = false;  ///< the keychain answered whether it holds a login
    std::optional<XLogin> m_storedLogin;
    AuthMode m_spaceMode = AuthMode::Guest;
    OperationDeclaration m_tried;  ///< the operation AudioSpaceById was first tried with
    QString m_triedSource;         ///< "the cached queryId …" / "the newest known queryId …"
    qint64 m_spaceMs = 0;
    SpaceAnswer m_answer;
    std::optional<OperationDeclaration> m_discovered;
    StepResult m_discovery;
    std::optional<SpaceMetadata> m_metadata;
    std::optional<StreamInfo> m_stream;
    QString m_blocker;  ///< the failed step the Space checks wait for, for "skipped — because"
    PlaylistLoader *m_loader = nullptr;
    QPointer<QNetworkReply> m_chunkReply;
};

}  // namespace spacetape

Q_DECLARE_METATYPE(spacetape::StepResult)
