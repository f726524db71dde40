// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace spacetape {

/// Registers the compiled-in icons. spacetape_ui is a static library, so the linker would
/// otherwise drop the resource object nobody refers to; safe to call any number of times.
void ensureUiResources();

/// The SVG icon ":/icons/<name>.svg".
QIcon uiIcon(const QString &name);

/// An action with the icon @p icon whose tooltip names its @p shortcut, so every toolbar
/// button and menu entry teaches its key the same way.
QAction *makeUiAction(const QString &icon, const QString &text, const QString &toolTip,
                      const QKeySequence &shortcut, QObject *parent);

/// @p one or @p many (each with %1) for @p n items: "Removed 1 download", "Removed 3 downloads".
inline QString counted(qsizetype n, const QString &one, const QString &many) {
    return (n == 1 ? one : many).arg(n);
}

}  // namespace spacetape
