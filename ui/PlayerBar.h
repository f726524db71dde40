// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSlider;
class QToolButton;

namespace spacetape {

class PreviewPlayer;

/**
 * @brief The player controls: play/pause, a seek bar over the whole Space, "12:34 / 1:02:00",
 * volume, −15 s / +15 s, and "Download" to save what is being previewed.
 *
 * In/Out marks (buttons, keys I and O) set a section on the seek bar; "Save clip" asks the
 * owner to save just that part (clipRequested()).
 *
 * Keys Space, Left and Right work while the bar (or a widget the owner adds shortcutActions()
 * to, such as the queue) has the focus, so they never steal Space from a text field.
 */
class PlayerBar : public QWidget {
    Q_OBJECT
public:
    static constexpr double kSkipSeconds = 15.0;

    explicit PlayerBar(PreviewPlayer &player, QWidget *parent = nullptr);

    /// What is loaded, e.g. the Space's title; shown before the controls.
    void setSubject(const QString &text);
    /// Download offered (a preview of a Space not saved yet) or not (a saved file).
    void setDownloadAvailable(bool available);
    /// A problem or a notice under the controls; empty hides it.
    void showMessage(const QString &text);
    QString messageText() const;
    /// "12:34 / 1:02:00" (hours only when the Space has them).
    static QString formatTime(double seconds, double totalSeconds);

    /// Play/pause (Space), back 15 s (Left), forward 15 s (Right): add them to other widgets
    /// whose focus should also drive the player.
    QList<QAction *> shortcutActions() const;
    QToolButton *playButton() const { return m_play; }
    QSlider *seekSlider() const { return m_seek; }
    QSlider *volumeSlider() const { return m_volume; }
    QPushButton *downloadButton() const { return m_download; }
    /// "Live": jumps to the live edge; shown only while a Space on air plays.
    QPushButton *liveButton() const { return m_live; }
    QString timeText() const;
    QPushButton *markInButton() const { return m_markIn; }
    QPushButton *markOutButton() const { return m_markOut; }
    QPushButton *saveClipButton() const { return m_saveClip; }
    /// The marks in seconds; negative when not set.
    double markIn() const { return m_in; }
    double markOut() const { return m_out; }
    /// Forgets both marks (a new Space or file is loaded).
    void clearMarks();

Q_SIGNALS:
    /// Download was pressed.
    void downloadRequested();
    /// Play was asked for while nothing is loaded (the owner may load the current Space).
    void playRequested();
    /// "Save clip" was pressed with In before Out: save [@p startSeconds, @p endSeconds).
    void clipRequested(double startSeconds, double endSeconds);

private:
    void updateTime();
    void updatePlaying(bool playing);
    void seekToSlider();
    void togglePlay();
    void setMark(bool in);
    void updateMarks();

    PreviewPlayer &m_player;
    QLabel *m_subject;
    QToolButton *m_back;
    QToolButton *m_play;
    QToolButton *m_forward;
    QSlider *m_seek;
    QLabel *m_time;
    QSlider *m_volume;
    QPushButton *m_download;
    QPushButton *m_live;
    QPushButton *m_markIn;
    QPushButton *m_markOut;
    QPushButton *m_saveClip;
    QLabel *m_message;
    QAction *m_playAction;
    QAction *m_backAction;
    QAction *m_forwardAction;
    bool m_dragging = false;
    double m_in = -1;
    double m_out = -1;
};

}  // namespace spacetape
