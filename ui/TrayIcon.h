// SPDX-License-Identifier: MIT
#pragma once

#include "settings/AppSettings.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace spacetape {

/**
 * @brief The tray icon: overall progress in the tooltip, a small menu, and notifications.
 *
 * Degrades gracefully: without a system tray (QSystemTrayIcon::isSystemTrayAvailable()
 * false, e.g. a bare X session) no icon is created, isAvailable() is false, and notify()
 * falls back to QApplication::alert() on the window, so nothing depends on a tray existing.
 */
class TrayIcon : public QObject {
    Q_OBJECT
public:
    /// @p window is shown/hidden from the menu and decides "in the background".
    explicit TrayIcon(QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Whether an icon is really in a tray.
    bool isAvailable() const { return m_tray != nullptr; }
    /// When notify() shows anything; default NotifyPolicy::WhenInBackground.
    void setPolicy(NotifyPolicy policy) { m_policy = policy; }
    NotifyPolicy policy() const { return m_policy; }
    /// The tooltip text for the last setSummary() (also without a tray, for tests).
    QString toolTip() const { return m_toolTip; }
    /// The tray's context menu (exists with or without a tray, for tests and the dock).
    QMenu *menu() const { return m_menu; }

    /// Whether @p policy lets a notification through when the window is / is not active.
    static bool shouldNotify(NotifyPolicy policy, bool windowActive);

public Q_SLOTS:
    /// @p fraction: overall progress of the active downloads, 0..1 (negative: unknown).
    void setSummary(int active, int waiting, double fraction);
    /// Shows a desktop notification if the policy allows it; returns whether it did.
    bool notify(const QString &title, const QString &message, bool failed);
    /// Shows the window (raised and activated) when hidden or minimised, hides it otherwise.
    void toggleWindow();

Q_SIGNALS:
    void pauseAllRequested();
    void resumeAllRequested();
    void quitRequested();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateToggleText();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_toggle = nullptr;
    NotifyPolicy m_policy = NotifyPolicy::WhenInBackground;
    QString m_toolTip;
};

}  // namespace spacetape
