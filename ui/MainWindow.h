// SPDX-License-Identifier: MIT
#pragma once

#include "LinkDropHandler.h"
#include "QueueView.h"
#include "job/DownloadJob.h"
#include "queue/DownloadQueue.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QMimeData;
class QSpinBox;
class QSplitter;
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
 * view owns the queue's rows and the actions on the selection; the window puts those
 * actions in its menus and toolbar and shows the current row in the details pane. Dialogs that
 * belong to others (settings, account, about) are only asked for through signals. Nothing here
 * blocks the event loop.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Everything the user can do from the menus, the toolbar and the keyboard.
    using Action = UiAction;

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
    QStringList selectedKeys() const { return m_view->selectedKeys(); }
    /// Selects the entries with @p keys (the first becomes current).
    void selectKeys(const QStringList &keys) { m_view->selectKeys(keys); }

    QAction *action(Action which) const { return m_actions.value(which); }
    LinkBar *linkBar() const { return m_linkBar; }
    QueueView *queueView() const { return m_view; }
    QueueModel *queueModel() const { return m_view->queueModel(); }
    QueueSortProxy *sortProxy() const { return m_view->sortProxy(); }
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
    void onLinkBarSubmitted(const QString &text);
    void readLinkFilesThenAdd(const QStringList &paths, const DroppedLinks &alreadyFound);
    DownloadQueue::AddResult addAndReport(const QString &text, QStringList problems,
                                          int ignoredFiles);
    bool isLinkDrop(const QMimeData *mime) const;
    void updateDetails();
    void updateTotals();
    void scheduleTotals();
    void chooseLinkFile();

    DownloadQueue &m_queue;
    AppSettings &m_settings;
    LinkBar *m_linkBar;
    QueueView *m_view;
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
