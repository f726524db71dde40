// SPDX-License-Identifier: MIT
#include "Screenshot.h"

#include "MainWindow.h"

#include <QApplication>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace spacetape {

void scheduleScreenshot(MainWindow &window, const std::function<QWidget *(const QString &)> &open) {
    const QString path = qEnvironmentVariable("SPACETAPE_SCREENSHOT");
    if (path.isEmpty())
        return;
    const QString dialogName = qEnvironmentVariable("SPACETAPE_SCREENSHOT_DIALOG");
    // Room for every column, as on a typical desktop.
    window.resize(1200, 720);
    const int delayMs = qEnvironmentVariableIsSet("SPACETAPE_SCREENSHOT_DELAY_MS")
                            ? qEnvironmentVariableIntValue("SPACETAPE_SCREENSHOT_DELAY_MS")
                            : 1500;
    QTimer::singleShot(delayMs, &window, [&window, path, dialogName, open] {
        // SPACETAPE_SCREENSHOT_SELECT=ROW: a selected row fills the details pane.
        if (auto *table = window.findChild<QTableView *>();
            table && qEnvironmentVariableIsSet("SPACETAPE_SCREENSHOT_SELECT"))
            table->selectRow(qEnvironmentVariableIntValue("SPACETAPE_SCREENSHOT_SELECT"));
        // SPACETAPE_SCREENSHOT_PREVIEW=SECONDS: the selected Space plays from there first.
        int settleMs = dialogName.isEmpty() ? 0 : 700;
        if (qEnvironmentVariableIsSet("SPACETAPE_SCREENSHOT_PREVIEW")) {
            const QStringList keys = window.selectedKeys();
            if (!keys.isEmpty())
                window.preview(keys.first(),
                               qEnvironmentVariable("SPACETAPE_SCREENSHOT_PREVIEW").toDouble());
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
