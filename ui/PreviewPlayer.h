// SPDX-License-Identifier: MIT
#pragma once

#include "preview/GStreamerPlugins.h"
#include "preview/PreviewSession.h"
#include "preview/PreviewStream.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAudioOutput;
class QMediaPlayer;
class QTimer;

namespace spacetape {

/**
 * @brief Plays a Space: a preview from its chunks as they arrive, or a saved file.
 *
 * A preview plays a PreviewStream through QMediaPlayer::setSourceDevice() (GStreamer's
 * appsrc). Seeking opens a new stream at the chunk that holds the target and adds that
 * point's time to the player's position, so positions and the duration always span the whole
 * Space although only the chunks around the play head are fetched. Saved files play with
 * setSource() and seek natively. Errors become messages that name the missing GStreamer plugin
 * and its package. No widgets: PlayerBar shows it.
 */
class PreviewPlayer : public QObject {
    Q_OBJECT
public:
    explicit PreviewPlayer(QObject *parent = nullptr);
    ~PreviewPlayer() override;

    /// Previews @p session (must be ready) from @p fromSeconds and starts playing.
    void playSession(PreviewSession *session, double fromSeconds = 0);
    /// Plays the saved file at @p path from @p fromSeconds and starts playing.
    void playFile(const QString &path, double fromSeconds = 0);
    /// Stops and forgets the source.
    void clear();

    void play();
    void pause();
    void togglePlayPause();
    /// Moves to @p seconds of the Space (clamped).
    void seek(double seconds);
    /// Moves by @p deltaSeconds (e.g. ±15).
    void skip(double deltaSeconds);
    /// A live Space: jumps to just behind its newest chunk.
    void goLive();
    /// Previewing a Space that is on air (its time line still grows).
    bool isLive() const { return m_session && m_session->isLive(); }
    /// 0..1, applied at once.
    void setVolume(float volume);
    float volume() const;

    /// Seconds into the Space; the seek target until the audio from there plays.
    double position() const;
    /// The Space's length (Σ EXTINF for a preview, the file's for a file); 0 when unknown.
    double duration() const;
    /// What the user asked for: playing (possibly waiting for chunks) or paused.
    bool isPlaying() const { return m_wantPlaying; }
    bool hasSource() const { return m_session || !m_filePath.isEmpty(); }
    PreviewSession *session() const { return m_session; }
    QString filePath() const { return m_filePath; }
    /// True between a play or seek and the first audio from there.
    bool isWaitingForAudio() const { return m_waitingForAudio; }
    QMediaPlayer *mediaPlayer() const { return m_player; }

Q_SIGNALS:
    void positionChanged(double seconds);
    void durationChanged(double seconds);
    /// Whether what plays is a Space on air (isLive()) changed.
    void liveChanged(bool live);
    void playingChanged(bool playing);
    /// Audio is coming out, after a play from the start, a seek, or a new source.
    void audioStarted();
    /// Playback cannot go on: what failed and what the user can do.
    void errorOccurred(const QString &message);
    /// Something the user should know that does not stop playback (a chunk left out).
    void notice(const QString &message);
    /// The end of the Space was played.
    void ended();

private:
    void startStreamAt(double seconds);
    void setWantPlaying(bool playing);
    void onPlayerPosition(qint64 ms);
    void onPlayerError(int error, const QString &message);
    void checkEnd();

    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    QTimer *m_endCheck;
    QPointer<PreviewSession> m_session;
    QPointer<PreviewStream> m_stream;
    QString m_filePath;
    bool m_wantPlaying = false;
    bool m_waitingForAudio = false;
    bool m_errorShown = false;
    bool m_streamDrained = false;
    double m_target = 0;            ///< where the current stream or file play started
    double m_fileDuration = 0;      ///< seconds, from the player (files only)
    double m_pendingFileSeek = -1;  ///< applied once the file is loaded
    qint64 m_lastEndCheckMs = -1;
};

}  // namespace spacetape
