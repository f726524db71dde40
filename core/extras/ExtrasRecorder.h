// SPDX-License-Identifier: MIT
#pragma once

#include "extras/SpaceExtras.h"
#include "media/AudioAssembler.h"
#include "x/SpaceMetadata.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace spacetape {
class NetworkService;
}

namespace spacetape::extras {

class ChatClient;
class SpeakerTimeline;

/// What a download needs to keep a Space's speakers and chat next to its audio.
struct ExtrasSource {
    /// Off for plain playlists (no Space behind them), and when the user turned extras off.
    bool enabled = false;
    SpaceMetadata metadata;  ///< who is on stage (Periscope IDs), when the Space started
    QString chatToken;       ///< from the stream status; empty: no chat to read
};

/**
 * @brief Keeps one Space's extras while its audio is saved, and writes them next to it.
 *
 * The chat is read beside the chunks (its whole history for an ended Space, polled while a
 * live one is recorded). The speaker timeline listens to the assembler's first pass, so the
 * turns it finds become chapters in the file's index; once the audio is in place, the chat is
 * placed on the file's timeline through the Hydra clock and NAME.space.json and NAME.vtt are
 * written beside it (when there is something to keep: speaking turns or chat). Nothing here can
 * fail the download: a chat that cannot be read, or sidecars that cannot be written, end in one
 * warning line.
 */
class ExtrasRecorder : public QObject {
    Q_OBJECT
public:
    ExtrasRecorder(NetworkService &network, ExtrasSource source, QObject *parent = nullptr);
    ~ExtrasRecorder() override;

    /// Starts reading the chat (once; again after stop()): @p live polls until finish().
    void startChat(bool live);
    /// Stops reading the chat; what was read is kept for the next finish().
    void stopChat();

    /**
     * Hooks a fresh speaker timeline into @p control (the assembler's first pass and its
     * chapters). Call before each assembly; the timeline is only touched by the assembling
     * thread until that assembly ends.
     */
    void prepareAssembly(AssemblyControl &control);

    /**
     * After the audio was saved at @p audioPath (@p durationSeconds long): ends the chat (a
     * live one at once; a history still being read gets kChatWaitAfterAudioMs), places it,
     * writes the sidecars, then calls @p done with a warning for the user (empty: none).
     */
    void finish(const QString &audioPath, double durationSeconds,
                std::function<void(const QString &warning)> done);

    /// How long a finished download waits for the rest of a chat history.
    static constexpr int kChatWaitAfterAudioMs = 60 * 1000;

private:
    void writeFiles();

    NetworkService &m_network;
    ExtrasSource m_source;
    ChatClient *m_chat = nullptr;
    bool m_chatLive = false;
    QString m_chatProblem;
    std::shared_ptr<SpeakerTimeline> m_timeline;
    QTimer m_chatWait;
    // The finish() in progress.
    QString m_audioPath;
    double m_durationSeconds = 0;
    std::function<void(const QString &)> m_done;
};

}  // namespace spacetape::extras
