// SPDX-License-Identifier: MIT
#pragma once

#include "SleepInhibitor.h"
#include "TrayIcon.h"

#include <QObject>

class QTimer;
class QWidget;

namespace spacetape {

class DownloadQueue;

/**
 * The queue as the desktop sees it outside the window: the tray (progress tooltip, pause and
 * resume all, quit, notifications for finished downloads, live recordings and an expired
 * login) and keeping the computer awake while anything downloads.
 */
class DesktopTray : public QObject {
    Q_OBJECT
public:
    /// @p queue must outlive this object; @p window is what the tray shows and hides.
    DesktopTray(DownloadQueue &queue, QWidget *window);
    ~DesktopTray() override;

    /// The icon itself, for the settings that change its policy and the close behaviour.
    TrayIcon &icon() { return tray_; }
    /// Updates the tooltip's overall numbers now.
    void summarize();

private:
    DownloadQueue &queue_;
    TrayIcon tray_;
    SleepInhibitor sleepInhibitor_;
    QTimer *summaryTimer_;
};

}  // namespace spacetape
