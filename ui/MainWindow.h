// SPDX-License-Identifier: MIT
#pragma once

#include "LinkDropHandler.h"
#include "job/DownloadJob.h"
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
class PlayerBar;
class PreviewPlayer;
class PreviewController;
class PreviewSession;
class QueueModel;
class QueueSortProxy;
class SpaceRequestBuilder;
class XApiClient;

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
        Preview,
        MoveUp,
        MoveDown,
        MoveToTop,
        MoveToBottom,
        AddFromFile,
        PasteLinks,
        Settings,
        Account,
        WatchedHosts,
        About,
        Quit,
    };

    MainWindow(DownloadQueue &queue, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Lets the details pane fetch avatars and the preview fetch chunks; without it a
    /// placeholder is shown and only saved files play.
    void setNetworkService(NetworkService *network);
    /// Lets the preview look up Spaces that were not resolved yet (with the user's login);
    /// use the queue's client. Without it only saved files play.
    void setApiClient(XApiClient *api);

    /// Plays the entry with @p key from @p fromSeconds: its saved file when it is done, else a
    /// preview from the CDN (looked up through X first, once per session).
    void preview(const QString &key, double fromSeconds = 0);
    /// The key of the entry in the player, empty when none.
    QString previewKey() const;
    PreviewPlayer *previewPlayer() const { return m_player; }
    PlayerBar *playerBar() const { return m_playerBar; }

    /// Adds every Space link in @p text and reports the outcome (status bar, link bar).
    DownloadQueue::AddResult addLinks(const QString &text);
    /// Adds the links of a dropped or pasted payload (URLs, .txt files, text).
    DownloadQueue::AddResult addLinksFrom(const QMimeData *mime);
    /// Reads the file off the GUI thread, then adds its links (linkFilesRead() follows).
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
    /// Account → Watched Hosts… (the hosts whose Spaces are recorded when they go live).
    void watchedHostsRequested();
    void aboutRequested();
    /// Help → Check Connection… (each step Spacetape takes to reach X).
    void connectionCheckRequested();
    /// Link list files (dropped or opened) were read and their links added.
    void linkFilesRead();

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
    void readLinkFilesThenAdd(const QStringList &paths, const DroppedLinks &alreadyFound);
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
    PreviewPlayer *m_player;
    PlayerBar *m_playerBar;
    PreviewController *m_preview;  ///< what the player plays
};

}  // namespace spacetape
