// SPDX-License-Identifier: MIT
#include "PreviewController.h"

#include "PlayerBar.h"
#include "PreviewPlayer.h"
#include "job/SpaceRequestBuilder.h"
#include "preview/PreviewSession.h"
#include "queue/DownloadQueue.h"
#include "util/TextFormat.h"

#include <QFileInfo>
#include <QPointer>

namespace spacetape {

namespace {
bool hasFile(const QueueEntry &e) {
    return !e.outputPath.isEmpty() && QFileInfo::exists(e.outputPath);
}
}  // namespace

PreviewController::PreviewController(DownloadQueue &queue, PreviewPlayer &player, PlayerBar &bar,
                                     QObject *parent)
    : QObject(parent), m_queue(queue), m_player(player), m_bar(bar) {
    connect(&m_bar, &PlayerBar::downloadRequested, this, &PreviewController::downloadPreviewed);
    connect(&m_bar, &PlayerBar::clipRequested, this, &PreviewController::saveClip);
}

void PreviewController::saveClip(double startSeconds, double endSeconds) {
    // A saved file is cut without any network; else only the chunks the clip needs.
    const int row = m_queue.indexOf(m_previewKey);
    if (row < 0)
        return;
    const QueueEntry entry = m_queue.at(row);
    const bool saved = entry.state == EntryState::Done && hasFile(entry);
    m_queue.addClip(entry.spaceId, entry.title, saved ? entry.outputPath : QString(), startSeconds,
                    endSeconds);
}

void PreviewController::preview(const QString &key, double fromSeconds) {
    const int row = m_queue.indexOf(key);
    if (row < 0)
        return;
    const QueueEntry &entry = m_queue.at(row);
    m_bar.show();
    m_bar.showMessage({});
    m_bar.setSubject(spaceTitleOrId(entry.title, entry.spaceId));
    if (entry.state == EntryState::Done && hasFile(entry)) {
        dropSession();
        m_previewKey = key;
        m_bar.setDownloadAvailable(false);
        m_player.playFile(entry.outputPath, fromSeconds);
        return;
    }
    m_bar.setDownloadAvailable(true);
    if (m_previewKey == key && m_session && m_session->isReady()) {
        m_player.playSession(m_session, fromSeconds);
        return;
    }
    dropSession();
    m_previewKey = key;
    if (m_resolved.contains(key)) {
        startSession(key, m_resolved.value(key), fromSeconds);
        return;
    }
    if (!m_network || !m_api) {
        m_bar.showMessage(
            tr("This window cannot reach X to look up the Space, so only "
               "saved Spaces can be played."));
        return;
    }
    if (!m_builder)
        m_builder = new SpaceRequestBuilder(*m_network, *m_api, this);
    m_bar.showMessage(tr("Looking up the Space…"));
    const quint64 generation = ++m_generation;
    QPointer<PreviewController> self(this);
    m_builder->build(entry.spaceId, [self, key, generation,
                                     fromSeconds](Expected<PreparedSpace> prepared) {
        if (!self || generation != self->m_generation || self->m_previewKey != key)
            return;
        if (!prepared) {
            self->m_bar.showMessage(tr("The Space cannot be previewed: %1").arg(prepared.error()));
            return;
        }
        if (prepared->resolved.isScheduled()) {
            self->m_bar.showMessage(tr("The Space cannot be previewed: %1")
                                        .arg(prepared->resolved.metadata.downloadable().error()));
            return;
        }
        self->m_resolved.insert(key, prepared->request);
        self->startSession(key, prepared->request, fromSeconds);
    });
}

void PreviewController::startSession(const QString &key, const DownloadRequest &request,
                                     double fromSeconds) {
    if (!m_network) {
        m_bar.showMessage(tr("This window has no network connection set up."));
        return;
    }
    auto *session = new PreviewSession(*m_network, this);
    m_session = session;
    // The download's own folder: what the preview fetches is not fetched again when saving.
    session->setCacheDir(DownloadJob::cacheDirFor(m_queue.downloadSettings(), request.cacheKey));
    connect(session, &PreviewSession::ready, this, [this, session, fromSeconds] {
        if (session != m_session)
            return;
        m_bar.showMessage({});
        m_player.playSession(session, fromSeconds);
    });
    connect(session, &PreviewSession::failed, this, [this, session, key](const QString &message) {
        if (session != m_session)
            return;
        // The CDN link may have expired: look the Space up again next time.
        m_resolved.remove(key);
        m_bar.showMessage(tr("The Space cannot be previewed: %1").arg(message));
    });
    connect(session, &PreviewSession::waiting, this, [this, session](const QString &message) {
        if (session == m_session)
            m_bar.showMessage(message);
    });
    m_bar.showMessage(tr("Loading the playlist…"));
    session->load(request);
}

void PreviewController::dropSession() {
    ++m_generation;
    if (!m_session)
        return;
    m_player.clear();  // the player reads the session's stream: first let go of it
    m_session->deleteLater();
    m_session = nullptr;
}

void PreviewController::stop() {
    dropSession();
    m_player.clear();
    m_previewKey.clear();
    m_bar.setSubject({});
    m_bar.showMessage({});
    m_bar.hide();
}

void PreviewController::downloadPreviewed() {
    if (!m_queue.contains(m_previewKey))
        return;
    // A copy: moving the entry to the top shifts the queue's rows under a reference.
    const QueueEntry entry = m_queue.at(m_queue.indexOf(m_previewKey));
    if (!entry.isBusy() && entry.state != EntryState::Done && entry.state != EntryState::Scheduled)
        m_queue.start(m_previewKey);
    m_queue.moveToTop(m_previewKey);
    Q_EMIT statusMessage(tr("“%1” is at the top of the queue.")
                             .arg(entry.title.isEmpty() ? entry.spaceId : entry.title));
}

void PreviewController::followPreviewedEntry() {
    if (m_previewKey.isEmpty())
        return;
    const int row = m_queue.indexOf(m_previewKey);
    if (row < 0) {
        stop();
        return;
    }
    const QueueEntry &entry = m_queue.at(row);
    // Saved while previewing: carry on from the file, where the preview was (the download
    // removes the chunk folder the preview reads from).
    if (m_session && entry.state == EntryState::Done && hasFile(entry)) {
        const double at = m_player.position();
        const bool playing = m_player.isPlaying();
        dropSession();
        m_bar.setDownloadAvailable(false);
        m_player.playFile(entry.outputPath, at);
        if (!playing)
            m_player.pause();
    }
}

}  // namespace spacetape
