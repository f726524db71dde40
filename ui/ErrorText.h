// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace spacetape {

/**
 * Red for error text, chosen from the palette's window colour: a dark red on light themes and
 * a light red on dark ones, both about 5:1 against the window (Qt 6.4's QPalette has no role
 * for it, and the link colour would be too mild for a warning).
 */
inline QColor errorTextColor(const QPalette &palette) {
    const bool darkWindow = palette.color(QPalette::Window).lightnessF() < 0.5;
    return darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

/// Shows @p widget's text in errorTextColor() of its own palette.
inline void showTextAsError(QWidget *widget) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, errorTextColor(palette));
    widget->setPalette(palette);
}

}  // namespace spacetape
