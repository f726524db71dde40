// SPDX-License-Identifier: MIT
#include "UiResources.h"

#include <QAction>
#include <QCoreApplication>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSpacetapeResources() {
    Q_INIT_RESOURCE(spacetape);
}

namespace spacetape {

void ensureUiResources() {
    static const bool done = [] {
        initSpacetapeResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon uiIcon(const QString &name) {
    ensureUiResources();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QAction *makeUiAction(const QString &icon, const QString &text, const QString &toolTip,
                      const QKeySequence &shortcut, QObject *parent) {
    auto *action = new QAction(uiIcon(icon), text, parent);
    action->setShortcut(shortcut);
    // Translated under MainWindow's context, where the window's actions were first made.
    action->setToolTip(shortcut.isEmpty()
                           ? toolTip
                           : QCoreApplication::translate("spacetape::UiResources", "%1 (%2)")
                                 .arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(toolTip);
    return action;
}

}  // namespace spacetape
