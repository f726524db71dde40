// SPDX-License-Identifier: MIT
#pragma once

class QMessageBox;
class QWidget;

namespace spacetape {

class DownloadQueue;

/**
 * @brief The questions the app asks once at start, after the saved queue was restored.
 *
 * Both are window-modal sheets opened with open(), never exec(): the window and running
 * downloads stay alive behind them. Each deletes itself when closed.
 */
class StartupPrompts {
public:
    /// After a crash or reboot: offers to continue the unfinished downloads of @p queue from
    /// their cached chunks ("Yes" calls DownloadQueue::resumeAll). Returns the open box, or
    /// nullptr when nothing is unfinished.
    static QMessageBox *offerToResume(DownloadQueue &queue, QWidget *parent);
    /// The saved queue file could not be read: says so and where the old file was kept
    /// (DownloadQueue::setAsideFile()), or that it is left alone and not saved over.
    static QMessageBox *reportUnreadableQueue(const DownloadQueue &queue, QWidget *parent);
};

}  // namespace spacetape
