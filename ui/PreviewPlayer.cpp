// SPDX-License-Identifier: MIT
#include "PreviewPlayer.h"

#include "preview/PreviewSession.h"
#include "preview/PreviewStream.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QTimer>

#include <algorithm>

namespace spacetape {

namespace {
/// How often the end of a drained stream is looked for.
constexpr int kEndCheckMs = 400;
/// Seeks stop this far before the end, so that a seek to the end still plays something.
constexpr double kEndMarginSeconds = 0.5;
}  // namespace

PreviewPlayer::PreviewPlayer(QObject *parent)
    : QObject(parent),
      m_player(new QMediaPlayer(this)),
      m_output(new QAudioOutput(this)),
      m_endCheck(new QTimer(this)) {
    m_player->setAudioOutput(m_output);
    m_endCheck->setInterval(kEndCheckMs);
    connect(m_endCheck, &QTimer::timeout, this, &PreviewPlayer::checkEnd);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PreviewPlayer::onPlayerPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (m_session)
            return;  // a stream's own idea of its length is meaningless: the time line rules
        m_fileDuration = double(ms) / 1000.0;
        Q_EMIT durationChanged(duration());
    });
    connect(
        m_player, &QMediaPlayer::mediaStatusChanged, this,
        [this](QMediaPlayer::MediaStatus status) {
            if (!m_filePath.isEmpty() && m_pendingFileSeek >= 0 &&
                (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)) {
                m_player->setPosition(qint64(m_pendingFileSeek * 1000));
                m_pendingFileSeek = -1;
            }
            if (status == QMediaPlayer::EndOfMedia && !m_filePath.isEmpty()) {
                setWantPlaying(false);
                Q_EMIT ended();
            }
        });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &message) {
                onPlayerError(int(error), message);
            });
}

PreviewPlayer::~PreviewPlayer() {
    // The pipeline reads the stream: stop it before the stream goes.
    m_player->stop();
    m_player->setSource(QUrl());
    delete m_stream;
}

void PreviewPlayer::playSession(PreviewSession *session, double fromSeconds) {
    if (!session || !session->isReady())
        return;
    m_filePath.clear();
    m_fileDuration = 0;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // A live Space grows while it plays: the bar's end moves with it.
    connect(session, &PreviewSession::timelineGrew, this,
            [this] { Q_EMIT durationChanged(duration()); });
    connect(session, &PreviewSession::liveEnded, this, [this] { Q_EMIT liveChanged(false); });
    Q_EMIT durationChanged(duration());
    Q_EMIT liveChanged(session->isLive());
    setWantPlaying(true);
    startStreamAt(std::clamp(fromSeconds, 0.0, std::max(0.0, duration() - kEndMarginSeconds)));
}

void PreviewPlayer::playFile(const QString &path, double fromSeconds) {
    PreviewStream *old = m_stream;
    m_stream = nullptr;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    Q_EMIT liveChanged(false);
    m_filePath = path;
    m_fileDuration = 0;
    m_errorShown = false;
    m_streamDrained = false;
    m_endCheck->stop();
    m_target = std::max(0.0, fromSeconds);
    m_pendingFileSeek = fromSeconds > 0 ? fromSeconds : -1;
    m_waitingForAudio = true;
    if (!QFileInfo::exists(path)) {
        m_waitingForAudio = false;
        Q_EMIT errorOccurred(tr("The saved file %1 is gone: it was moved or deleted.").arg(path));
        delete old;
        return;
    }
    m_waitingForAudio = false;  // the old source's last position may be reported now
    m_player->setSource(QUrl::fromLocalFile(path));
    m_waitingForAudio = true;
    if (old)
        old->deleteLater();
    setWantPlaying(true);
    m_player->play();
    Q_EMIT positionChanged(position());
}

void PreviewPlayer::clear() {
    m_endCheck->stop();
    m_player->stop();
    m_player->setSource(QUrl());
    delete m_stream;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    Q_EMIT liveChanged(false);
    m_filePath.clear();
    m_fileDuration = 0;
    m_target = 0;
    m_waitingForAudio = false;
    setWantPlaying(false);
    Q_EMIT durationChanged(0);
    Q_EMIT positionChanged(0);
}

void PreviewPlayer::startStreamAt(double seconds) {
    m_target = seconds;
    m_streamDrained = false;
    m_errorShown = false;
    m_endCheck->stop();
    m_lastEndCheckMs = -1;
    PreviewStream *old = m_stream;
    PreviewStream *stream = m_session->openStream(seconds, this);
    m_stream = stream;
    connect(stream, &PreviewStream::chunkSkipped, this, &PreviewPlayer::notice);
    connect(stream, &PreviewStream::endReached, this, [this, stream] {
        if (stream != m_stream)
            return;
        m_streamDrained = true;
        m_endCheck->start();
    });
    // Set after the switch: setSourceDevice() reports the old pipeline's last position.
    m_player->setSourceDevice(stream, QUrl(QStringLiteral("preview.aac")));
    m_waitingForAudio = true;
    if (old)
        old->deleteLater();  // the old pipeline may still hold it until it is torn down
    if (m_wantPlaying)
        m_player->play();
    Q_EMIT positionChanged(position());
}

void PreviewPlayer::goLive() {
    if (!isLive())
        return;
    setWantPlaying(true);
    seek(m_session->liveEdgeSeconds());
}

void PreviewPlayer::play() {
    if (!hasSource())
        return;
    if (duration() > 0 && position() >= duration() - kEndMarginSeconds / 2) {
        setWantPlaying(true);
        seek(0);  // played to the end: play again from the start
    }
    setWantPlaying(true);
    m_player->play();
}

void PreviewPlayer::pause() {
    setWantPlaying(false);
    m_player->pause();
}

void PreviewPlayer::togglePlayPause() {
    if (m_wantPlaying)
        pause();
    else
        play();
}

void PreviewPlayer::seek(double seconds) {
    if (!hasSource())
        return;
    const double target = std::clamp(seconds, 0.0, std::max(0.0, duration() - kEndMarginSeconds));
    if (m_session) {
        startStreamAt(target);
        return;
    }
    if (m_player->mediaStatus() == QMediaPlayer::LoadingMedia) {
        m_pendingFileSeek = target;
        m_target = target;
    } else {
        m_player->setPosition(qint64(target * 1000));
    }
    Q_EMIT positionChanged(target);
}

void PreviewPlayer::skip(double deltaSeconds) {
    seek(position() + deltaSeconds);
}

void PreviewPlayer::setVolume(float volume) {
    m_output->setVolume(std::clamp(volume, 0.0f, 1.0f));
}

float PreviewPlayer::volume() const {
    return m_output->volume();
}

double PreviewPlayer::position() const {
    if (m_waitingForAudio)
        return m_target;
    const double played = double(m_player->position()) / 1000.0;
    if (m_session && m_stream)
        return std::min(duration(), m_stream->startSeconds() + played);
    return played;
}

double PreviewPlayer::duration() const {
    if (m_session)
        return m_session->durationSeconds();
    return m_fileDuration;
}

void PreviewPlayer::setWantPlaying(bool playing) {
    if (m_wantPlaying == playing)
        return;
    m_wantPlaying = playing;
    Q_EMIT playingChanged(playing);
}

void PreviewPlayer::onPlayerPosition(qint64 ms) {
    if (m_waitingForAudio && ms > 0 && m_player->playbackState() == QMediaPlayer::PlayingState &&
        m_pendingFileSeek < 0) {
        m_waitingForAudio = false;
        Q_EMIT audioStarted();
    }
    Q_EMIT positionChanged(position());
}

void PreviewPlayer::onPlayerError(int error, const QString &message) {
    if (error == QMediaPlayer::NoError || m_errorShown)
        return;
    m_errorShown = true;  // GStreamer reports one failure as several errors
    const GStreamerPlugins::Media media =
        m_session ? GStreamerPlugins::Media::AdtsStream : GStreamerPlugins::Media::Mp4File;
    QString text;
    if (error == QMediaPlayer::FormatError || error == QMediaPlayer::ResourceError)
        text = GStreamerPlugins::describeFailure(media, message);
    else
        text = tr("The audio could not be played: %1").arg(message);
    m_waitingForAudio = false;
    setWantPlaying(false);
    Q_EMIT errorOccurred(text);
}

void PreviewPlayer::checkEnd() {
    // A stream device cannot tell GStreamer it ended (Qt 6.4's appsrc only idles): the end is
    // when everything was handed out and the position stopped moving.
    if (!m_streamDrained || !m_wantPlaying) {
        m_endCheck->stop();
        return;
    }
    const qint64 now = m_player->position();
    if (now != m_lastEndCheckMs) {
        m_lastEndCheckMs = now;
        return;
    }
    m_endCheck->stop();
    m_player->pause();
    setWantPlaying(false);
    Q_EMIT positionChanged(duration());
    Q_EMIT ended();
}

}  // namespace spacetape
