// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QString;
class QWidget;

namespace spacetape {

class MainWindow;

/// SPACETAPE_SCREENSHOT=FILE: saves the main window (or, with SPACETAPE_SCREENSHOT_DIALOG =
/// settings|account|about|watched, that dialog, opened through @p open) 1.5 s after start
/// (SPACETAPE_SCREENSHOT_DELAY_MS to let downloads get going), then quits. For docs/
/// (tools/screenshots.sh). Does nothing without SPACETAPE_SCREENSHOT.
void scheduleScreenshot(MainWindow &window, const std::function<QWidget *(const QString &)> &open);

}  // namespace spacetape
