// SPDX-License-Identifier: MIT
#include "TrayIcon.h"

#include "PlainText.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

#include <cmath>

namespace spacetape {

TrayIcon::TrayIcon(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_menu(new QMenu) {
    m_toggle = m_menu->addAction(tr("Show Spacetape"), this, &TrayIcon::toggleWindow);
    m_menu->addSeparator();
    m_menu->addAction(tr("Pause All"), this, &TrayIcon::pauseAllRequested);
    m_menu->addAction(tr("Resume All"), this, &TrayIcon::resumeAllRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    if (m_window)
        m_window->installEventFilter(this);  // keeps "Show"/"Hide" in step with the window
    updateToggleText();

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/spacetape.svg")), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    toggleWindow();
            });
    setSummary(0, 0, -1);
    m_tray->show();
}

TrayIcon::~TrayIcon() {
    // The menu has no QObject parent (a QMenu parented to a non-widget would be a top level
    // owned by nobody), so it goes here; the tray icon refers to it until then.
    if (m_tray)
        m_tray->setContextMenu(nullptr);
    delete m_menu;
}

bool TrayIcon::shouldNotify(NotifyPolicy policy, bool windowActive) {
    switch (policy) {
        case NotifyPolicy::Always:
            return true;
        case NotifyPolicy::WhenInBackground:
            return !windowActive;
        case NotifyPolicy::Never:
            return false;
    }
    return false;
}

void TrayIcon::setSummary(int active, int waiting, double fraction) {
    QStringList parts;
    if (active > 0)
        parts << tr("%n downloading", nullptr, active);
    if (waiting > 0)
        parts << tr("%n waiting", nullptr, waiting);
    if (active > 0 && fraction >= 0)
        parts << tr("%1% done").arg(int(std::floor(std::min(fraction, 1.0) * 100)));
    m_toolTip = QStringLiteral("Spacetape") + QStringLiteral(" — ") +
                (parts.isEmpty() ? tr("idle") : parts.join(QStringLiteral(", ")));
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

bool TrayIcon::notify(const QString &title, const QString &message, bool failed) {
    const bool windowActive = m_window && m_window->isVisible() && m_window->isActiveWindow();
    if (!shouldNotify(m_policy, windowActive))
        return false;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        // Titles and errors come from X: never markup for the notification server.
        m_tray->showMessage(printable(title, 200), plainNotificationText(message),
                            failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return true;
    }
    if (m_window) {
        QApplication::alert(m_window);  // a taskbar flash is the most a tray-less desktop gets
        return true;
    }
    return false;
}

void TrayIcon::toggleWindow() {
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    updateToggleText();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide ||
                                event->type() == QEvent::WindowStateChange))
        updateToggleText();
    return QObject::eventFilter(watched, event);
}

void TrayIcon::updateToggleText() {
    const bool shown = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_toggle->setText(shown ? tr("Hide Spacetape") : tr("Show Spacetape"));
}

}  // namespace spacetape
