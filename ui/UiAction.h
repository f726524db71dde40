// SPDX-License-Identifier: MIT
#pragma once

#include <QAction>
#include <QWidget>

#include <initializer_list>

namespace spacetape {

/**
 * @brief Everything the user can do from the menus, the toolbar and the keyboard.
 *
 * One list for the window and the queue view: the first ones, Start to MoveToBottom, act on
 * the queue's selection and belong to QueueView; the rest are the window's.
 */
enum class UiAction {
    // The queue view's, on the selection.
    Start,
    Pause,
    Resume,
    Cancel,
    Retry,
    Remove,
    OpenFile,
    ShowInFolder,
    CopyLink,
    Preview,
    MoveUp,
    MoveDown,
    MoveToTop,
    MoveToBottom,
    // The window's.
    AddFromFile,
    PasteLinks,
    Settings,
    Account,
    WatchedHosts,
    About,
    Quit,
};

/// Adds @p groups of actions, looked up through @p action, to @p widget (a menu or a
/// toolbar), with a separator between groups: the menus, the toolbar and the context menu
/// list the same actions in groups of their own.
template <typename Lookup>
void addActionGroups(QWidget *widget, Lookup action,
                     std::initializer_list<std::initializer_list<UiAction>> groups) {
    bool first = true;
    for (const auto &group : groups) {
        if (!first) {
            auto *separator = new QAction(widget);
            separator->setSeparator(true);
            widget->addAction(separator);
        }
        first = false;
        for (UiAction which : group)
            widget->addAction(action(which));
    }
}

}  // namespace spacetape
