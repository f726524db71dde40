// SPDX-License-Identifier: MIT
#pragma once

#include "job/DownloadJob.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace spacetape {

class DownloadQueue;
class NetworkService;
class PlayerBar;
class PreviewPlayer;
class PreviewSession;
class SpaceRequestBuilder;
class XApiClient;

/**
 * @brief What the player bar plays: a queue entry's saved file, or a preview from the CDN.
 *
 * Owns the preview's state (the entry in the player, its PreviewSession, the Spaces already
 * looked up this app session) so the main window only lays out the player. It follows the
 * queue: an entry saved while previewed carries on from its file; a removed one stops.
 */
class PreviewController : public QObject {
    Q_OBJECT
public:
    PreviewController(DownloadQueue &queue, PreviewPlayer &player, PlayerBar &bar,
                      QObject *parent = nullptr);

    /// Lets the preview fetch chunks; without it only saved files play.
    void setNetworkService(NetworkService *network) { m_network = network; }
    /// Lets the preview look up Spaces not resolved yet; without it only saved files play.
    void setApiClient(XApiClient *api) { m_api = api; }

    /// Plays the entry with @p key from @p fromSeconds: its saved file when it is done, else a
    /// preview from the CDN (looked up through X first, once per session).
    void preview(const QString &key, double fromSeconds = 0);
    /// Stops playing and hides the player.
    void stop();
    /// The key of the entry in the player, empty when none.
    QString previewKey() const { return m_previewKey; }
    /// Call when the queue changed: follows the previewed entry (saved, removed).
    void followPreviewedEntry();

Q_SIGNALS:
    /// A short message for the status bar (e.g. after "Download" in the player).
    void statusMessage(const QString &message);

private:
    void startSession(const QString &key, const DownloadRequest &request, double fromSeconds);
    void dropSession();
    void downloadPreviewed();
    void saveClip(double startSeconds, double endSeconds);

    DownloadQueue &m_queue;
    PreviewPlayer &m_player;
    PlayerBar &m_bar;
    NetworkService *m_network = nullptr;
    XApiClient *m_api = nullptr;
    SpaceRequestBuilder *m_builder = nullptr;
    PreviewSession *m_session = nullptr;
    QString m_previewKey;
    quint64 m_generation = 0;  ///< a lookup for an earlier preview is ignored
    /// Resolved Spaces of this app session: X is asked once per Space.
    QHash<QString, DownloadRequest> m_resolved;
};

}  // namespace spacetape
