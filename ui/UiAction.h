// SPDX-License-Identifier: MIT
#pragma once

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

}  // namespace spacetape
