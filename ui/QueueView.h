// SPDX-License-Identifier: MIT
#pragma once

#include "UiAction.h"

#include <QTableView>

#include <array>

class QAction;

namespace spacetape {

class DownloadQueue;
class QueueModel;
class QueueSortProxy;
struct QueueEntry;

/**
 * @brief The download queue as a table, with everything that acts on its selection.
 *
 * Owns the model, the sort proxy and the progress delegate, the header's sort cycle, the
 * selection, and the per-selection actions (start, pause, …, remove, open, copy, move):
 * their enabled state, their context menu and what they do. The window puts the same
 * actions in its menus and toolbar through action(). Messages for the status bar and
 * requests to listen go out as signals, so the view knows nothing of the window.
 */
class QueueView : public QTableView {
    Q_OBJECT
public:
    /// What can be done to the selected entries: UiAction's first values, up to MoveToBottom.
    using Action = UiAction;
    static constexpr int kActionCount = int(Action::MoveToBottom) + 1;

    explicit QueueView(DownloadQueue &queue, QWidget *parent = nullptr);
    ~QueueView() override;

    QAction *action(Action which) const { return m_actions[std::size_t(which)]; }
    QueueModel *queueModel() const { return m_model; }
    QueueSortProxy *sortProxy() const { return m_proxy; }

    /// Keys of the selected entries, in queue order.
    QStringList selectedKeys() const;
    /// Selects the entries with @p keys (the first becomes current).
    void selectKeys(const QStringList &keys);
    /// The entry in the current row, nullptr when none.
    const QueueEntry *currentEntry() const;

Q_SIGNALS:
    /// Double-click, Enter or Preview: the user wants to hear the entry with @p key.
    void previewRequested(const QString &key);
    /// The current row changed, or the entry in it did (not when other rows change).
    void currentEntryChanged();
    /// Something the status bar should say (removed, copied, could not open).
    void statusMessage(const QString &message);

private:
    QAction *makeAction(Action which, const QString &icon, const QString &text,
                        const QString &toolTip, const QKeySequence &shortcut = {});
    void createActions();
    void setUpTable();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onHeaderClicked(int column);
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void askToRemove();
    void openFiles();
    void showInFolder();
    void copyLinks();
    /// Applies @p call to every selected entry that @p applies to.
    template <typename Applies, typename Call>
    void forSelected(Applies applies, Call call);
    void moveSelection(Action how);

    DownloadQueue &m_queue;
    QueueModel *m_model;
    QueueSortProxy *m_proxy;
    std::array<QAction *, kActionCount> m_actions{};
};

}  // namespace spacetape
