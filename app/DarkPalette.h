// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace spacetape {

/// Fusion with a dark palette, for SPACETAPE_DARK=1 (screenshots, desktops without a theme).
void applyDarkPalette(QApplication &app);

}  // namespace spacetape
