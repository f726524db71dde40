// SPDX-License-Identifier: MIT
#include "PlayerBar.h"

#include "PlainText.h"
#include "PreviewPlayer.h"
#include "UiResources.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace spacetape {

namespace {
constexpr int kMsPerSecond = 1000;

QString clock(qint64 seconds, bool withHours) {
    if (withHours)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

/// The seek bar with the clip's In and Out marks drawn over the groove.
class MarkedSlider : public QSlider {
public:
    explicit MarkedSlider(QWidget *parent) : QSlider(Qt::Horizontal, parent) {}
    /// Milliseconds on the slider's scale; negative: not set.
    void setMarks(int in, int out) {
        m_in = in;
        m_out = out;
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override {
        QSlider::paintEvent(event);
        if ((m_in < 0 && m_out < 0) || maximum() <= 0)
            return;
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect groove =
            style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
        const int handle = style()->pixelMetric(QStyle::PM_SliderLength, &option, this);
        auto xOf = [&](int value) {
            return groove.left() + handle / 2 +
                   QStyle::sliderPositionFromValue(minimum(), maximum(), value,
                                                   groove.width() - handle);
        };
        QPainter painter(this);
        const QColor colour = palette().color(QPalette::Highlight);
        if (m_in >= 0 && m_out > m_in) {
            QColor band = colour;
            band.setAlpha(70);
            painter.fillRect(
                QRect(QPoint(xOf(m_in), rect().top() + 2), QPoint(xOf(m_out), rect().bottom() - 2)),
                band);
        }
        painter.setPen(QPen(colour, 2));
        for (int mark : {m_in, m_out}) {
            if (mark >= 0)
                painter.drawLine(xOf(mark), rect().top() + 1, xOf(mark), rect().bottom() - 1);
        }
    }

private:
    int m_in = -1;
    int m_out = -1;
};

QToolButton *toolButton(QAction *action, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}
}  // namespace

PlayerBar::PlayerBar(PreviewPlayer &player, QWidget *parent)
    : QWidget(parent),
      m_player(player),
      m_subject(new QLabel(this)),
      m_seek(new MarkedSlider(this)),
      m_time(new QLabel(this)),
      m_volume(new QSlider(Qt::Horizontal, this)),
      m_download(new QPushButton(uiIcon(QStringLiteral("start")), tr("&Download"), this)),
      m_live(new QPushButton(uiIcon(QStringLiteral("state-live")), tr("&Live"), this)),
      m_markIn(new QPushButton(tr("In"), this)),
      m_markOut(new QPushButton(tr("Out"), this)),
      m_saveClip(new QPushButton(tr("Save clip"), this)),
      m_message(new QLabel(this)),
      m_playAction(new QAction(uiIcon(QStringLiteral("play")), tr("Play"), this)),
      m_backAction(new QAction(uiIcon(QStringLiteral("back-15")), tr("Back 15 Seconds"), this)),
      m_forwardAction(
          new QAction(uiIcon(QStringLiteral("forward-15")), tr("Forward 15 Seconds"), this)) {
    setObjectName(QStringLiteral("playerBar"));
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_backAction->setShortcut(QKeySequence(Qt::Key_Left));
    m_forwardAction->setShortcut(QKeySequence(Qt::Key_Right));
    m_playAction->setToolTip(tr("Play or pause the preview (Space)"));
    m_backAction->setToolTip(tr("Back 15 seconds (Left)"));
    m_forwardAction->setToolTip(tr("Forward 15 seconds (Right)"));
    for (QAction *action : shortcutActions()) {
        // Only where the player is meant: never Space in the link field.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_playAction, &QAction::triggered, this, &PlayerBar::togglePlay);
    connect(m_backAction, &QAction::triggered, this, [this] { m_player.skip(-kSkipSeconds); });
    connect(m_forwardAction, &QAction::triggered, this, [this] { m_player.skip(kSkipSeconds); });

    m_back = toolButton(m_backAction, this);
    m_play = toolButton(m_playAction, this);
    m_forward = toolButton(m_forwardAction, this);
    m_play->setObjectName(QStringLiteral("playButton"));

    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setMaximumWidth(260);
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setAccessibleName(tr("Position in the Space"));
    m_seek->setRange(0, 0);
    m_seek->setSingleStep(5 * kMsPerSecond);
    m_seek->setPageStep(60 * kMsPerSecond);
    m_seek->setFocusPolicy(Qt::NoFocus);  // Left/Right skip 15 s; the slider must not eat them
    m_time->setTextFormat(Qt::PlainText);
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(uiIcon(QStringLiteral("volume")).pixmap(16, 16));
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(int(std::lround(m_player.volume() * 100)));
    m_volume->setMaximumWidth(100);
    m_volume->setFocusPolicy(Qt::TabFocus);  // Up/Down/PageUp/PageDown; Left/Right skip 15 s
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_download->setToolTip(tr("Save this Space: queue it, or move it to the top of the queue"));
    m_live->setObjectName(QStringLiteral("liveButton"));
    m_live->setToolTip(tr("Jump to what is being said now"));
    m_live->setAccessibleName(tr("Jump to the live edge"));
    m_live->hide();
    // I and O as in video editors; like the other keys only while the player has the focus.
    auto *inAction = new QAction(tr("Mark In"), this);
    auto *outAction = new QAction(tr("Mark Out"), this);
    inAction->setShortcut(QKeySequence(Qt::Key_I));
    outAction->setShortcut(QKeySequence(Qt::Key_O));
    for (QAction *action : {inAction, outAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(inAction, &QAction::triggered, this, [this] { setMark(true); });
    connect(outAction, &QAction::triggered, this, [this] { setMark(false); });
    m_markIn->setObjectName(QStringLiteral("markInButton"));
    m_markIn->setAccessibleName(tr("Mark the clip's start here"));
    m_markIn->setToolTip(tr("Start the clip at the current position (I)"));
    m_markOut->setObjectName(QStringLiteral("markOutButton"));
    m_markOut->setAccessibleName(tr("Mark the clip's end here"));
    m_markOut->setToolTip(tr("End the clip at the current position (O)"));
    m_saveClip->setObjectName(QStringLiteral("saveClipButton"));
    m_saveClip->setAccessibleName(tr("Save the marked clip"));
    m_saveClip->setToolTip(
        tr("Save only the part between In and Out; only the chunks it needs "
           "are downloaded"));
    connect(m_markIn, &QPushButton::clicked, this, [this] { setMark(true); });
    connect(m_markOut, &QPushButton::clicked, this, [this] { setMark(false); });
    connect(m_saveClip, &QPushButton::clicked, this, [this] {
        if (m_in >= 0 && m_out > m_in)
            Q_EMIT clipRequested(m_in, m_out);
    });
    m_message->setObjectName(QStringLiteral("playerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_subject);
    controls->addWidget(m_back);
    controls->addWidget(m_play);
    controls->addWidget(m_forward);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_live);
    controls->addWidget(m_markIn);
    controls->addWidget(m_markOut);
    controls->addWidget(m_saveClip);
    controls->addWidget(volumeIcon);
    controls->addWidget(m_volume);
    controls->addWidget(m_download);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addLayout(controls);
    layout->addWidget(m_message);

    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { m_player.setVolume(float(value) / 100.0f); });
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
    connect(m_seek, &QSlider::sliderMoved, this, [this] { updateTime(); });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        seekToSlider();
    });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        // Clicks on the groove and keys step the slider; dragging seeks on release only.
        if (action != QAbstractSlider::SliderMove && !m_dragging)
            QMetaObject::invokeMethod(this, &PlayerBar::seekToSlider, Qt::QueuedConnection);
    });
    connect(m_download, &QPushButton::clicked, this, &PlayerBar::downloadRequested);
    connect(m_live, &QPushButton::clicked, this, [this] { m_player.goLive(); });
    connect(&m_player, &PreviewPlayer::liveChanged, m_live, &QWidget::setVisible);
    connect(&m_player, &PreviewPlayer::positionChanged, this, &PlayerBar::updateTime);
    connect(&m_player, &PreviewPlayer::durationChanged, this, &PlayerBar::updateTime);
    connect(&m_player, &PreviewPlayer::playingChanged, this, &PlayerBar::updatePlaying);
    connect(&m_player, &PreviewPlayer::errorOccurred, this, &PlayerBar::showMessage);
    connect(&m_player, &PreviewPlayer::notice, this, &PlayerBar::showMessage);
    updatePlaying(m_player.isPlaying());
    updateTime();
    updateMarks();
}

QList<QAction *> PlayerBar::shortcutActions() const {
    return {m_playAction, m_backAction, m_forwardAction};
}

void PlayerBar::setSubject(const QString &text) {
    if (text != m_subject->text())
        clearMarks();  // marks belong to what was loaded
    m_subject->setText(text);
    m_subject->setToolTip(plainToolTip(text));
}

void PlayerBar::setDownloadAvailable(bool available) {
    m_download->setVisible(available);
}

void PlayerBar::showMessage(const QString &text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString PlayerBar::messageText() const {
    return m_message->isVisible() ? m_message->text() : QString();
}

QString PlayerBar::timeText() const {
    return m_time->text();
}

QString PlayerBar::formatTime(double seconds, double totalSeconds) {
    const qint64 total = std::lround(std::max(0.0, totalSeconds));
    const qint64 now = std::min(qint64(std::max(0.0, seconds)), total);
    const bool hours = total >= 3600;
    return QStringLiteral("%1 / %2").arg(clock(now, hours), clock(total, hours));
}

void PlayerBar::updateTime() {
    const double total = m_player.duration();
    const int totalMs = int(std::lround(total * kMsPerSecond));
    if (m_seek->maximum() != totalMs)
        m_seek->setRange(0, totalMs);
    double shown = m_player.position();
    if (m_dragging) {
        shown = double(m_seek->sliderPosition()) / kMsPerSecond;
    } else {
        const QSignalBlocker quiet(m_seek);
        m_seek->setValue(int(std::lround(shown * kMsPerSecond)));
    }
    m_time->setText(formatTime(shown, total));
    const bool loaded = m_player.hasSource();
    m_seek->setEnabled(loaded);
    m_backAction->setEnabled(loaded);
    m_forwardAction->setEnabled(loaded);
    m_markIn->setEnabled(loaded);
    m_markOut->setEnabled(loaded);
}

void PlayerBar::setMark(bool in) {
    if (!m_player.hasSource())
        return;
    // Milliseconds: what the seek bar can show, and what a clip's name says.
    const double at = std::round(m_player.position() * kMsPerSecond) / kMsPerSecond;
    (in ? m_in : m_out) = at;
    // A mark past the other one starts a new range rather than making an empty one.
    if (m_in >= 0 && m_out >= 0 && m_out <= m_in)
        (in ? m_out : m_in) = -1;
    updateMarks();
}

void PlayerBar::clearMarks() {
    m_in = -1;
    m_out = -1;
    updateMarks();
}

void PlayerBar::updateMarks() {
    auto toMs = [](double seconds) {
        return seconds < 0 ? -1 : int(std::lround(seconds * kMsPerSecond));
    };
    static_cast<MarkedSlider *>(m_seek)->setMarks(toMs(m_in), toMs(m_out));
    const bool range = m_in >= 0 && m_out > m_in;
    m_saveClip->setEnabled(range);
    m_markIn->setText(
        m_in < 0
            ? tr("In")
            : tr("In %1").arg(formatTime(m_in, m_in).section(QLatin1Char('/'), 0, 0).trimmed()));
    m_markOut->setText(
        m_out < 0
            ? tr("Out")
            : tr("Out %1").arg(formatTime(m_out, m_out).section(QLatin1Char('/'), 0, 0).trimmed()));
}

void PlayerBar::updatePlaying(bool playing) {
    m_playAction->setIcon(uiIcon(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    m_playAction->setText(playing ? tr("Pause") : tr("Play"));
}

void PlayerBar::seekToSlider() {
    m_player.seek(double(m_seek->sliderPosition()) / kMsPerSecond);
}

void PlayerBar::togglePlay() {
    if (!m_player.hasSource()) {
        Q_EMIT playRequested();
        return;
    }
    m_player.togglePlayPause();
}

}  // namespace spacetape
