// SPDX-License-Identifier: MIT
#include "Screenshot.h"

#include "Environment.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace spacetape {

void scheduleScreenshot(MainWindow &window, const std::function<QWidget *(const QString &)> &open) {
    const Environment::Screenshot shot = Environment::process().screenshot();
    if (shot.path.isEmpty())
        return;
    const QString path = shot.path;
    const QString dialogName = shot.dialog;
    // Room for every column, as on a typical desktop.
    window.resize(1200, 720);
    QTimer::singleShot(shot.delayMs, &window, [&window, shot, path, dialogName, open] {
        // SPACETAPE_SCREENSHOT_SELECT=ROW: a selected row fills the details pane.
        if (auto *table = window.findChild<QTableView *>(); table && shot.selectRow)
            table->selectRow(*shot.selectRow);
        // SPACETAPE_SCREENSHOT_PREVIEW=SECONDS: the selected Space plays from there first.
        int settleMs = dialogName.isEmpty() ? 0 : 700;
        if (shot.previewSeconds) {
            const QStringList keys = window.selectedKeys();
            if (!keys.isEmpty())
                window.preview(keys.first(), *shot.previewSeconds);
            settleMs = 4000;
        }
        QWidget *target = dialogName.isEmpty() ? &window : open(dialogName);
        if (!target) {
            std::fprintf(stderr, "spacetape: unknown SPACETAPE_SCREENSHOT_DIALOG %s\n",
                         qPrintable(dialogName));
            QApplication::exit(2);
            return;
        }
        // Let a just-opened dialog lay itself out and finish its keychain query, or the
        // preview start playing.
        QTimer::singleShot(settleMs, target, [target, path] {
            const bool saved = target->grab().save(path);
            if (!saved)
                // not-translated: a developer tool for the docs' screenshots, like a log line
                std::fprintf(stderr, "spacetape: cannot write the screenshot %s\n",
                             qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    });
}

}  // namespace spacetape
