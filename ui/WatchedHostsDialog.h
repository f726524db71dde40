// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace spacetape {

class HostWatcher;

/**
 * @brief The hosts Spacetape watches: add (a @handle, a profile link or a user ID), remove,
 * enable or disable each; when each was last checked, the last Space found and the error of
 * the last check, if any.
 *
 * Watching needs an X login: without one a banner says so and offers to log in, and the
 * list stays editable. Every change goes straight to the HostWatcher, which saves it.
 */
class WatchedHostsDialog : public QDialog {
    Q_OBJECT
public:
    explicit WatchedHostsDialog(HostWatcher &watcher, QWidget *parent = nullptr);

    /// Adds what the input field holds (what Enter and "Add" do); errors are shown inline.
    void addFromInput();
    /// Removes the selected hosts.
    void removeSelected();
    /// The list as shown, one host per row (column 0 holds the handle).
    QTreeWidget *hostList() const { return m_list; }
    QLineEdit *input() const { return m_input; }
    /// The inline error under the input; empty when there is none.
    QString errorText() const;
    /// The "needs a login" banner's text; empty while watching works.
    QString bannerText() const;

    enum Column { HostColumn, LastCheckedColumn, LastFoundColumn, StatusColumn, ColumnCount };

Q_SIGNALS:
    /// "Log In…" in the banner was pressed.
    void loginRequested();

private:
    void refresh();
    void showBlocked(const QString &reason);
    void onItemChanged(QTreeWidgetItem *item, int column);

    HostWatcher &m_watcher;
    QLabel *m_banner;
    QPushButton *m_login;
    QLineEdit *m_input;
    QPushButton *m_add;
    QLabel *m_error;
    QTreeWidget *m_list;
    QPushButton *m_remove;
    bool m_refreshing = false;
};

}  // namespace spacetape
