// SPDX-License-Identifier: MIT
#pragma once

#include "queue/DownloadQueue.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QMimeData;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;

namespace spacetape {

class AppSettings;
class DetailsPane;
class LinkBar;
class NetworkService;
class QueueModel;
class QueueSortProxy;

/**
 * @brief The application's main window: link bar, download queue and details pane.
 *
 * Links come in through the link bar, Ctrl+V anywhere, drops (links, text, .txt lists) and
 * File ▸ Add links from file…; every add says in the status bar what happened. The queue
 * is one model behind a sort proxy, with actions on the selection in the toolbar, the
 * context menu and on the keyboard. Dialogs that belong to others (settings, account,
 * about) are only asked for through signals. Nothing here blocks the event loop.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Everything the user can do from the menus, the toolbar and the keyboard.
    enum class Action {
        Start,
        Pause,
        Resume,
        Cancel,
        Retry,
        Remove,
        OpenFile,
        ShowInFolder,
        CopyLink,
        MoveUp,
        MoveDown,
        MoveToTop,
        MoveToBottom,
        AddFromFile,
        PasteLinks,
        Settings,
        Account,
        About,
        Quit,
    };

    MainWindow(DownloadQueue &queue, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Lets the details pane fetch avatars; without it a placeholder is shown.
    void setNetworkService(NetworkService *network);

    /// Adds every Space link in @p text and reports the outcome (status bar, link bar).
    DownloadQueue::AddResult addLinks(const QString &text);
    /// Adds the links of a dropped or pasted payload (URLs, .txt files, text).
    DownloadQueue::AddResult addLinksFrom(const QMimeData *mime);
    /// Adds the links listed in a text file.
    DownloadQueue::AddResult addLinksFromFile(const QString &path);
    /// Adds the links on the clipboard (Ctrl+V outside text fields).
    void pasteLinks();

    /// Keys of the selected entries, in queue order.
    QStringList selectedKeys() const;
    /// Selects the entries with @p keys (the first becomes current).
    void selectKeys(const QStringList &keys);

    QAction *action(Action which) const { return m_actions.value(which); }
    LinkBar *linkBar() const { return m_linkBar; }
    QTableView *queueView() const { return m_view; }
    QueueModel *queueModel() const { return m_model; }
    QueueSortProxy *sortProxy() const { return m_proxy; }
    DetailsPane *detailsPane() const { return m_details; }
    QSpinBox *spacesAtOnceBox() const { return m_spacesAtOnce; }
    /// "2 downloading · 1 waiting · 3 done · 1.2 MB/s"
    QString totalsText() const;

Q_SIGNALS:
    void settingsRequested();
    void accountRequested();
    void aboutRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(Action which, const QString &icon, const QString &text,
                        const QString &toolTip, const QKeySequence &shortcut = {});
    void createActions();
    void createMenus();
    void createToolBar();
    void createQueueView();
    void onLinkBarSubmitted(const QString &text);
    DownloadQueue::AddResult addAndReport(const QString &text, QStringList problems,
                                          int ignoredFiles);
    bool isLinkDrop(const QMimeData *mime) const;
    void updateActions();
    void updateDetails();
    void updateTotals();
    void scheduleTotals();
    void onHeaderClicked(int column);
    void showContextMenu(const QPoint &pos);
    void askToRemove();
    void openFiles();
    void showInFolder();
    void copyLinks();
    /// Applies @p call to every selected entry that @p applies to.
    template <typename Applies, typename Call>
    void forSelected(Applies applies, Call call);
    void moveSelection(Action how);
    void chooseLinkFile();

    DownloadQueue &m_queue;
    AppSettings &m_settings;
    QueueModel *m_model;
    QueueSortProxy *m_proxy;
    LinkBar *m_linkBar;
    QTableView *m_view;
    DetailsPane *m_details;
    QSpinBox *m_spacesAtOnce = nullptr;
    QLabel *m_totals;
    QTimer *m_totalsTimer;
    QHash<Action, QAction *> m_actions;
};

}  // namespace spacetape
