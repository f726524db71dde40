// SPDX-License-Identifier: MIT
#include "DesktopTray.h"

#include "queue/DownloadQueue.h"

#include <QApplication>
#include <QTimer>

namespace spacetape {

DesktopTray::DesktopTray(DownloadQueue &queue, QWidget *window)
    : queue_(queue), tray_(window), summaryTimer_(new QTimer(this)) {
    // Progress changes many times a second; the tooltip need not.
    summaryTimer_->setSingleShot(true);
    summaryTimer_->setInterval(500);
    connect(summaryTimer_, &QTimer::timeout, this, &DesktopTray::summarize);
    connect(&queue, &DownloadQueue::entryChanged, summaryTimer_, [timer = summaryTimer_] {
        if (!timer->isActive())
            timer->start();
    });
    connect(&queue, &DownloadQueue::entryAdded, summaryTimer_, qOverload<>(&QTimer::start));
    connect(&queue, &DownloadQueue::entryRemoved, summaryTimer_, qOverload<>(&QTimer::start));
    connect(&tray_, &TrayIcon::pauseAllRequested, &queue, &DownloadQueue::pauseAll);
    connect(&tray_, &TrayIcon::resumeAllRequested, &queue, &DownloadQueue::resumeAllPaused);
    // Quits even when closing the window only hides it.
    connect(&tray_, &TrayIcon::quitRequested, qApp, &QApplication::quit);

    connect(&queue, &DownloadQueue::entryFinished, &tray_,
            [this](const QString &, bool ok, const QString &message) {
                tray_.notify(ok ? QObject::tr("Space saved") : QObject::tr("Download failed"),
                             message, !ok);
            });
    connect(&queue, &DownloadQueue::recordingStarted, &tray_, [this](const QString &key) {
        const int row = queue_.indexOf(key);
        if (row < 0)
            return;
        const QueueEntry &entry = queue_.at(row);
        const QString who = entry.hostHandle.isEmpty() ? QObject::tr("A Space")
                                                       : QStringLiteral("@") + entry.hostHandle;
        tray_.notify(QObject::tr("%1 is live — recording").arg(who),
                     entry.title.isEmpty() ? entry.input : entry.title, false);
    });
    connect(&queue, &DownloadQueue::busyCountChanged, &sleepInhibitor_, [this](int busy) {
        sleepInhibitor_.setInhibited(busy > 0);
        summarize();
    });
    connect(&queue, &DownloadQueue::loginExpired, &tray_, [this] {
        tray_.notify(QObject::tr("X login expired"),
                     QObject::tr("X refused the stored login, so Spacetape continues as a guest. "
                                 "Log in again from Account."),
                     true);
    });
}

DesktopTray::~DesktopTray() = default;

void DesktopTray::summarize() {
    const DownloadQueue::Totals totals = queue_.totals();
    tray_.setSummary(totals.busy(), totals.waiting, totals.progress());
}

}  // namespace spacetape
