// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "DetailsPane.h"
#include "LinkBar.h"
#include "LinkDropHandler.h"
#include "PlayerBar.h"
#include "PreviewController.h"
#include "PreviewPlayer.h"
#include "ProgressDelegate.h"
#include "QueueModel.h"
#include "QueueSortProxy.h"
#include "job/SpaceRequestBuilder.h"
#include "media/SpaceTags.h"
#include "preview/PreviewSession.h"
#include "settings/AppSettings.h"
#include "x/SpaceLink.h"
#include "x/XApiClient.h"

#include "UiResources.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace spacetape {

namespace {
constexpr int kStatusMessageMs = 15000;
constexpr int kTotalsRefreshMs = 250;
constexpr int kMaxSpacesAtOnce = 10;

QIcon icon(const QString &name) {
    return uiIcon(name);
}

QString counted(qsizetype n, const QString &one, const QString &many) {
    return (n == 1 ? one : many).arg(n);
}

bool canStart(const QueueEntry &e) {
    return e.state == EntryState::Waiting;
}
bool canPause(const QueueEntry &e) {
    return e.state == EntryState::Resolving || e.state == EntryState::Downloading ||
           e.state == EntryState::RateLimited || e.state == EntryState::Scheduled || e.isLive();
}
bool canResume(const QueueEntry &e) {
    return e.state == EntryState::Paused;
}
bool canCancel(const QueueEntry &e) {
    return !e.isFinished();
}
bool canRetry(const QueueEntry &e) {
    return e.state == EntryState::Failed || e.state == EntryState::Canceled ||
           e.state == EntryState::DidNotStart || e.state == EntryState::HostCanceled;
}
bool hasFile(const QueueEntry &e) {
    return !e.outputPath.isEmpty() && QFileInfo::exists(e.outputPath);
}
}  // namespace

MainWindow::MainWindow(DownloadQueue &queue, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_queue(queue),
      m_settings(settings),
      m_model(new QueueModel(queue, this)),
      m_proxy(new QueueSortProxy(this)),
      m_linkBar(new LinkBar(this)),
      m_view(new QTableView(this)),
      m_details(new DetailsPane(this)),
      m_totals(new QLabel(this)),
      m_totalsTimer(new QTimer(this)),
      m_player(new PreviewPlayer(this)),
      m_playerBar(new PlayerBar(*m_player, this)),
      m_preview(new PreviewController(queue, *m_player, *m_playerBar, this)) {
    setWindowTitle(tr("Spacetape"));
    setWindowIcon(icon(QStringLiteral("spacetape")));
    setAcceptDrops(true);

    m_proxy->setSourceModel(m_model);
    createActions();
    createQueueView();
    createMenus();
    createToolBar();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_linkBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_playerBar);
    m_playerBar->hide();  // until something plays
    setCentralWidget(central);

    // Space, Left and Right drive the player from the queue too.
    for (QAction *shortcut : m_playerBar->shortcutActions())
        m_view->addAction(shortcut);
    connect(m_playerBar, &PlayerBar::playRequested, this, [this] {
        const QStringList keys = selectedKeys();
        if (!keys.isEmpty())
            preview(keys.first());
    });
    connect(m_preview, &PreviewController::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, kStatusMessageMs);
    });
    connect(m_details, &DetailsPane::playRequested, this,
            [this](const QString &key) { preview(key); });
    connect(m_details, &DetailsPane::tagsEdited, this,
            [this](const QString &key, const SpaceTags &tags) {
                m_queue.setSavedFileTags(key, tags.title, tags.hostName, tags.startedAt);
            });

    m_totals->setToolTip(tr("Downloads in the queue by state, and the total download speed"));
    statusBar()->addPermanentWidget(m_totals);
    m_totalsTimer->setSingleShot(true);
    m_totalsTimer->setInterval(kTotalsRefreshMs);
    connect(m_totalsTimer, &QTimer::timeout, this, &MainWindow::updateTotals);

    connect(m_linkBar, &LinkBar::submitted, this, &MainWindow::onLinkBarSubmitted);
    // URL drops on the field are link lists for the queue, not text to insert.
    m_linkBar->lineEdit()->installEventFilter(this);

    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
        scheduleTotals();
        m_preview->followPreviewedEntry();
    });
    const auto layoutChanged = [this] {
        updateActions();
        scheduleTotals();
        m_preview->followPreviewedEntry();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, layoutChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, layoutChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, layoutChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateDetails();
        scheduleTotals();
    });

    m_queue.setMaxActive(m_settings.spacesAtOnce());
    connect(&m_settings, &AppSettings::changed, this, [this] {
        // The settings dialog may change the limit too; the spin box follows.
        if (m_spacesAtOnce->value() != m_settings.spacesAtOnce())
            m_spacesAtOnce->setValue(m_settings.spacesAtOnce());
    });

    setTabOrder(m_linkBar->lineEdit(), m_linkBar->addButton());
    setTabOrder(m_linkBar->addButton(), m_view);
    updateActions();
    updateDetails();
    updateTotals();
    m_linkBar->setFocus();
    resize(1000, 640);
}

MainWindow::~MainWindow() {
    m_player->clear();
    // Views first, then the proxy, then the model: each outlives what watches it.
    m_view->setModel(nullptr);
    delete m_proxy;
    delete m_model;
}

void MainWindow::setNetworkService(NetworkService *network) {
    m_details->setNetworkService(network);
    m_preview->setNetworkService(network);
}

void MainWindow::setApiClient(XApiClient *api) {
    m_preview->setApiClient(api);
}

void MainWindow::preview(const QString &key, double fromSeconds) {
    m_preview->preview(key, fromSeconds);
}

QString MainWindow::previewKey() const {
    return m_preview->previewKey();
}

QAction *MainWindow::makeAction(Action which, const QString &iconName, const QString &text,
                                const QString &toolTip, const QKeySequence &shortcut) {
    auto *action = new QAction(icon(iconName), text, this);
    action->setShortcut(shortcut);
    action->setToolTip(
        shortcut.isEmpty()
            ? toolTip
            : tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(toolTip);
    m_actions.insert(which, action);
    return action;
}

void MainWindow::createActions() {
    // Queue actions.
    connect(makeAction(Action::Start, QStringLiteral("start"), tr("&Start"),
                       tr("Start the selected downloads now"), QKeySequence(tr("Ctrl+Return"))),
            &QAction::triggered, this,
            [this] { forSelected(canStart, [this](const QString &k) { m_queue.start(k); }); });
    connect(makeAction(Action::Pause, QStringLiteral("pause"), tr("&Pause"),
                       tr("Pause the selected downloads"), QKeySequence(tr("Ctrl+P"))),
            &QAction::triggered, this,
            [this] { forSelected(canPause, [this](const QString &k) { m_queue.pause(k); }); });
    connect(makeAction(Action::Resume, QStringLiteral("resume"), tr("Res&ume"),
                       tr("Resume the selected downloads"), QKeySequence(tr("Ctrl+R"))),
            &QAction::triggered, this,
            [this] { forSelected(canResume, [this](const QString &k) { m_queue.resume(k); }); });
    connect(makeAction(Action::Cancel, QStringLiteral("cancel"), tr("&Cancel"),
                       tr("Stop the selected downloads (chunks on disk are kept for a retry)"),
                       QKeySequence(tr("Ctrl+Backspace"))),
            &QAction::triggered, this,
            [this] { forSelected(canCancel, [this](const QString &k) { m_queue.cancel(k); }); });
    connect(makeAction(Action::Retry, QStringLiteral("retry"), tr("Re&try"),
                       tr("Try the selected failed or canceled downloads again (the stream is "
                          "looked up afresh)"),
                       QKeySequence(tr("Ctrl+Shift+R"))),
            &QAction::triggered, this,
            [this] { forSelected(canRetry, [this](const QString &k) { m_queue.retry(k); }); });
    connect(makeAction(Action::Remove, QStringLiteral("remove"), tr("Re&move…"),
                       tr("Remove the selected downloads from the queue"),
                       QKeySequence(QKeySequence::Delete)),
            &QAction::triggered, this, &MainWindow::askToRemove);
    connect(makeAction(Action::OpenFile, QStringLiteral("open"), tr("&Open File"),
                       tr("Open the saved file with the default player")),
            &QAction::triggered, this, &MainWindow::openFiles);
    connect(
        makeAction(Action::ShowInFolder, QStringLiteral("folder"), tr("Show in &Folder"),
                   tr("Open the folder holding the saved file"), QKeySequence(tr("Ctrl+Shift+O"))),
        &QAction::triggered, this, &MainWindow::showInFolder);
    connect(
        makeAction(Action::CopyLink, QStringLiteral("copy"), tr("Copy &Link"),
                   tr("Copy the links of the selected Spaces"), QKeySequence(QKeySequence::Copy)),
        &QAction::triggered, this, &MainWindow::copyLinks);
    connect(makeAction(Action::Preview, QStringLiteral("preview"), tr("Pre&view"),
                       tr("Listen to the selected Space before saving it (saved ones play from "
                          "the file)")),
            &QAction::triggered, this, [this] {
                const QStringList keys = selectedKeys();
                if (!keys.isEmpty())
                    preview(keys.first());
            });
    const struct {
        Action which;
        const char *icon;
        const char *text;
        const char *tip;
        const char *key;
    } moves[] = {
        {Action::MoveUp, "up", QT_TR_NOOP("Move &Up"), QT_TR_NOOP("Move up in the queue"),
         QT_TR_NOOP("Ctrl+Up")},
        {Action::MoveDown, "down", QT_TR_NOOP("Move &Down"), QT_TR_NOOP("Move down in the queue"),
         QT_TR_NOOP("Ctrl+Down")},
        {Action::MoveToTop, "top", QT_TR_NOOP("Move to &Top"),
         QT_TR_NOOP("Move to the top of the queue (downloads next)"), QT_TR_NOOP("Ctrl+Home")},
        {Action::MoveToBottom, "bottom", QT_TR_NOOP("Move to &Bottom"),
         QT_TR_NOOP("Move to the bottom of the queue"), QT_TR_NOOP("Ctrl+End")},
    };
    for (const auto &m : moves) {
        const Action which = m.which;
        connect(makeAction(which, QString::fromLatin1(m.icon), tr(m.text), tr(m.tip),
                           QKeySequence(tr(m.key))),
                &QAction::triggered, this, [this, which] { moveSelection(which); });
    }
    // The queue actions act on the queue view: their keys must not steal Delete, Ctrl+C or
    // Ctrl+Home from the link field.
    for (Action which :
         {Action::Start, Action::Pause, Action::Resume, Action::Cancel, Action::Retry,
          Action::Remove, Action::OpenFile, Action::ShowInFolder, Action::CopyLink, Action::Preview,
          Action::MoveUp, Action::MoveDown, Action::MoveToTop, Action::MoveToBottom}) {
        action(which)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action(which));
    }

    // Window actions.
    connect(makeAction(Action::AddFromFile, QStringLiteral("add-file"), tr("&Add Links from File…"),
                       tr("Add the Space links listed in a text file"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::chooseLinkFile);
    connect(makeAction(Action::PasteLinks, QStringLiteral("paste"), tr("&Paste Links"),
                       tr("Add the Space links on the clipboard"), QKeySequence::Paste),
            &QAction::triggered, this, &MainWindow::pasteLinks);
    connect(makeAction(Action::Settings, QStringLiteral("settings"), tr("&Settings…"),
                       tr("Output folder, file names, limits, network and notifications"),
                       QKeySequence::Preferences),
            &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(makeAction(Action::Account, QStringLiteral("account"), tr("&Log In…"),
                       tr("Use your X login for Spaces that need one")),
            &QAction::triggered, this, &MainWindow::accountRequested);
    connect(makeAction(Action::WatchedHosts, QStringLiteral("watch"), tr("&Watched Hosts…"),
                       tr("Record every Space these hosts start, from its first second")),
            &QAction::triggered, this, &MainWindow::watchedHostsRequested);
    connect(makeAction(Action::About, QStringLiteral("about"), tr("&About Spacetape"),
                       tr("Version and licenses")),
            &QAction::triggered, this, &MainWindow::aboutRequested);
    QAction *quit = makeAction(Action::Quit, QStringLiteral("quit"), tr("&Quit"),
                               tr("Quit Spacetape"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Action::AddFromFile));
    file->addSeparator();
    file->addAction(action(Action::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(Action::PasteLinks));
    edit->addSeparator();
    edit->addAction(action(Action::Settings));

    QMenu *queue = menuBar()->addMenu(tr("&Queue"));
    for (Action which : {Action::Start, Action::Pause, Action::Resume, Action::Cancel,
                         Action::Retry, Action::Remove})
        queue->addAction(action(which));
    queue->addSeparator();
    for (Action which : {Action::OpenFile, Action::ShowInFolder, Action::CopyLink})
        queue->addAction(action(which));
    queue->addSeparator();
    for (Action which : {Action::MoveToTop, Action::MoveUp, Action::MoveDown, Action::MoveToBottom})
        queue->addAction(action(which));

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(action(Action::Account));
    account->addAction(action(Action::WatchedHosts));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Check Connection…"), this, &MainWindow::connectionCheckRequested)
        ->setObjectName(QStringLiteral("checkConnectionAction"));
    help->addAction(action(Action::About));
}

void MainWindow::createToolBar() {
    QToolBar *bar = addToolBar(tr("Queue"));
    bar->setObjectName(QStringLiteral("queueToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    for (Action which : {Action::Start, Action::Pause, Action::Resume, Action::Cancel,
                         Action::Retry, Action::Remove})
        bar->addAction(action(which));
    bar->addSeparator();
    for (Action which : {Action::MoveToTop, Action::MoveUp, Action::MoveDown, Action::MoveToBottom})
        bar->addAction(action(which));
    bar->addSeparator();
    bar->addAction(action(Action::Preview));
    bar->addAction(action(Action::OpenFile));
    bar->addAction(action(Action::ShowInFolder));
    bar->addSeparator();
    bar->addAction(action(Action::WatchedHosts));

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_spacesAtOnce = new QSpinBox(bar);
    m_spacesAtOnce->setRange(1, kMaxSpacesAtOnce);
    m_spacesAtOnce->setValue(qBound(1, m_settings.spacesAtOnce(), kMaxSpacesAtOnce));
    m_spacesAtOnce->setAccessibleName(tr("Spaces at once"));
    m_spacesAtOnce->setToolTip(
        tr("How many Spaces download at the same time; changes apply at once"));
    auto *label = new QLabel(tr("Spaces at &once:"), bar);
    label->setBuddy(m_spacesAtOnce);
    bar->addWidget(label);
    bar->addWidget(m_spacesAtOnce);
    connect(m_spacesAtOnce, &QSpinBox::valueChanged, this, [this](int spaces) {
        m_queue.setMaxActive(spaces);
        if (m_settings.spacesAtOnce() != spaces)
            m_settings.setSpacesAtOnce(spaces);
    });
}

void MainWindow::createQueueView() {
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(QueueModel::Progress, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setAccessibleName(tr("Download queue"));
    m_view->setTabKeyNavigation(false);  // Tab leaves the queue; the arrow keys move in it
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QueueModel::Title, QHeaderView::Stretch);
    // Widths from typical contents, so the usual values show whole at any font size.
    const QFontMetrics fm = m_view->fontMetrics();
    const int padding = fm.horizontalAdvance(QStringLiteral("MM"));
    const auto fit = [&](int column, const QString &sample, int extra = 0) {
        header->resizeSection(column, fm.horizontalAdvance(sample) + padding + extra);
    };
    fit(QueueModel::Host, QStringLiteral("Grace Hopper (@gracehopper)"));
    // Long usual states: a live recording's time and a scheduled Space's countdown.
    fit(QueueModel::State, tr("Scheduled: starts in 2 h 10 min"), fm.height() + padding);
    fit(QueueModel::Progress, QStringLiteral("100 %"), padding);
    fit(QueueModel::Size, QStringLiteral("999.9 MB"));
    fit(QueueModel::Duration, QStringLiteral("12:34:56"));
    fit(QueueModel::Speed, QStringLiteral("999.9 kB/s"));
    fit(QueueModel::Eta, QStringLiteral("12:34:56"));
    fit(QueueModel::Added,
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat));
    connect(header, &QHeaderView::sectionClicked, this, &MainWindow::onHeaderClicked);

    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    // Double-click or Enter: listen (a saved Space plays from its file in the same player).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QueueEntry *entry = m_model->entryAt(m_proxy->mapToSource(index).row());
        if (entry)
            preview(entry->key);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
}

void MainWindow::onHeaderClicked(int column) {
    m_proxy->cycleSort(column);
    QHeaderView *header = m_view->horizontalHeader();
    if (m_proxy->isSorted())
        header->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    else
        header->setSortIndicator(-1, Qt::AscendingOrder);
    // Dragging a row only means something in queue order.
    m_view->setDragEnabled(!m_proxy->isSorted());
}

// ---- adding links -------------------------------------------------------------------------

DownloadQueue::AddResult MainWindow::addLinks(const QString &text) {
    return addAndReport(text, {}, 0);
}

DownloadQueue::AddResult MainWindow::addLinksFrom(const QMimeData *mime) {
    QStringList listFiles;
    const DroppedLinks links = LinkDropHandler::extract(mime, &listFiles);
    if (listFiles.isEmpty())
        return addAndReport(links.text, links.unreadable, links.ignoredFiles);
    readLinkFilesThenAdd(listFiles, links);
    return {};
}

DownloadQueue::AddResult MainWindow::addLinksFromFile(const QString &path) {
    readLinkFilesThenAdd({path}, {});
    return {};
}

void MainWindow::readLinkFilesThenAdd(const QStringList &paths, const DroppedLinks &alreadyFound) {
    // A file on a slow or hung disk must not freeze the window: read it on a worker thread.
    auto read = std::make_shared<DroppedLinks>();
    QThread *reader =
        QThread::create([read, paths] { *read = LinkDropHandler::readListFiles(paths); });
    connect(reader, &QThread::finished, this, [this, reader, read, alreadyFound] {
        reader->deleteLater();
        QStringList pieces;
        if (!alreadyFound.text.isEmpty())
            pieces << alreadyFound.text;
        if (!read->text.isEmpty())
            pieces << read->text;
        addAndReport(pieces.join(QLatin1Char('\n')), alreadyFound.unreadable + read->unreadable,
                     alreadyFound.ignoredFiles);
        Q_EMIT linkFilesRead();
    });
    connect(this, &QObject::destroyed, reader, [reader] { reader->wait(); });
    reader->start();
}

void MainWindow::pasteLinks() {
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!LinkDropHandler::canAccept(mime)) {
        statusBar()->showMessage(tr("The clipboard holds no links."), kStatusMessageMs);
        return;
    }
    addLinksFrom(mime);
}

void MainWindow::onLinkBarSubmitted(const QString &text) {
    const DownloadQueue::AddResult result = addLinks(text);
    // Leave only what was wrong in the field, so it can be fixed and added again.
    if (!result.rejected.isEmpty())
        m_linkBar->setText(result.rejected.join(QLatin1Char(' ')));
    else if (!result.added.isEmpty() || !result.duplicates.isEmpty())
        m_linkBar->setText({});
}

DownloadQueue::AddResult MainWindow::addAndReport(const QString &text, QStringList problems,
                                                  int ignoredFiles) {
    DownloadQueue::AddResult result;
    if (!text.trimmed().isEmpty())
        result = m_queue.addText(text);
    for (const QString &rejected : std::as_const(result.rejected))
        problems << SpaceLink::rejectionMessage(rejected);
    const bool foundNothing =
        result.added.isEmpty() && result.duplicates.isEmpty() && result.rejected.isEmpty();
    if (foundNothing && problems.isEmpty()) {
        if (ignoredFiles > 0)
            problems << tr(
                "Only .txt files with one link per line can be dropped; other "
                "files are ignored.");
        else
            problems << SpaceLink::rejectionMessage(text.trimmed().left(200));
    }
    m_linkBar->showProblems(problems);

    const qsizetype ignored = result.rejected.size() + result.ignored + ignoredFiles;
    QStringList parts;
    parts << counted(result.added.size(), tr("Added %1 Space"), tr("Added %1 Spaces"));
    if (!result.duplicates.isEmpty())
        parts << counted(result.duplicates.size(), tr("%1 already in the queue"),
                         tr("%1 already in the queue"));
    if (ignored > 0)
        parts << counted(ignored, tr("%1 ignored"), tr("%1 ignored"));
    statusBar()->showMessage(parts.join(QStringLiteral(" · ")), kStatusMessageMs);

    if (!result.added.isEmpty() && selectedKeys().isEmpty())
        selectKeys({result.added.first()});
    return result;
}

void MainWindow::chooseLinkFile() {
    // Window-modal but not blocking: downloads and the event loop carry on meanwhile.
    auto *dialog = new QFileDialog(this, tr("Add Links from File"), QDir::homePath(),
                                   tr("Text files (*.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { addLinksFromFile(path); });
    dialog->open();
}

bool MainWindow::isLinkDrop(const QMimeData *mime) const {
    // Rows dragged inside the queue are the view's business.
    return mime && !mime->hasFormat(QString::fromLatin1(QueueModel::kRowsMimeType)) &&
           LinkDropHandler::canAccept(mime);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (isLinkDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event) {
    if (isLinkDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event) {
    if (!isLinkDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addLinksFrom(event->mimeData());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_linkBar->lineEdit()) {
        switch (event->type()) {
            case QEvent::DragEnter:
            case QEvent::DragMove: {
                auto *drag = static_cast<QDragMoveEvent *>(event);
                if (drag->mimeData()->hasUrls()) {
                    drag->acceptProposedAction();
                    return true;
                }
                break;
            }
            case QEvent::Drop: {
                auto *drop = static_cast<QDropEvent *>(event);
                if (drop->mimeData()->hasUrls()) {
                    dropEvent(drop);
                    return true;
                }
                break;
            }
            default:
                break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---- selection and actions ----------------------------------------------------------------

QStringList MainWindow::selectedKeys() const {
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList keys;
    for (int row : rows)
        keys << m_model->keyAt(row);
    return keys;
}

void MainWindow::selectKeys(const QStringList &keys) {
    QItemSelection selection;
    QModelIndex first;
    for (const QString &key : keys) {
        const int row = m_queue.indexOf(key);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    QItemSelectionModel *model = m_view->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
}

template <typename Applies, typename Call>
void MainWindow::forSelected(Applies applies, Call call) {
    for (const QString &key : selectedKeys()) {
        const int row = m_queue.indexOf(key);
        if (row >= 0 && applies(m_queue.at(row)))
            call(key);
    }
}

void MainWindow::updateActions() {
    bool start = false, pause = false, resume = false, cancel = false, retry = false, file = false;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys) {
        const int row = m_queue.indexOf(key);
        if (row < 0)
            continue;
        const QueueEntry &entry = m_queue.at(row);
        start |= canStart(entry);
        pause |= canPause(entry);
        resume |= canResume(entry);
        cancel |= canCancel(entry);
        retry |= canRetry(entry);
        file |= !entry.outputPath.isEmpty();
    }
    const bool any = !keys.isEmpty();
    action(Action::Start)->setEnabled(start);
    action(Action::Pause)->setEnabled(pause);
    action(Action::Resume)->setEnabled(resume);
    action(Action::Cancel)->setEnabled(cancel);
    action(Action::Retry)->setEnabled(retry);
    action(Action::Remove)->setEnabled(any);
    action(Action::OpenFile)->setEnabled(file);
    action(Action::ShowInFolder)->setEnabled(file);
    action(Action::CopyLink)->setEnabled(any);
    action(Action::Preview)->setEnabled(any);
    for (Action which : {Action::MoveUp, Action::MoveDown, Action::MoveToTop, Action::MoveToBottom})
        action(which)->setEnabled(any);
}

void MainWindow::updateDetails() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QueueEntry *entry =
        current.isValid() ? m_model->entryAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (entry)
        m_details->showEntry(*entry);
    else
        m_details->clear();
}

void MainWindow::scheduleTotals() {
    // Progress arrives every 100 ms per download; the totals need not be redone each time.
    if (!m_totalsTimer->isActive())
        m_totalsTimer->start();
}

QString MainWindow::totalsText() const {
    const DownloadQueue::Totals t = m_queue.totals();
    const int downloading = t.downloading, live = t.live, scheduled = t.scheduled,
              waiting = t.waiting, paused = t.paused, done = t.done, failed = t.failed;
    const double speed = t.bytesPerSecond;
    QStringList parts{tr("%1 downloading").arg(downloading)};
    if (live > 0)
        parts << tr("%1 recording live").arg(live);
    if (scheduled > 0)
        parts << tr("%1 scheduled").arg(scheduled);
    parts << tr("%1 waiting").arg(waiting);
    if (paused > 0)
        parts << tr("%1 paused").arg(paused);
    parts << tr("%1 done").arg(done);
    if (failed > 0)
        parts << tr("%1 failed").arg(failed);
    parts << QueueModel::formatSpeed(speed);
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::updateTotals() {
    m_totals->setText(totalsText());
}

void MainWindow::showContextMenu(const QPoint &pos) {
    if (selectedKeys().isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (Action which :
         {Action::Start, Action::Pause, Action::Resume, Action::Cancel, Action::Retry})
        menu->addAction(action(which));
    menu->addSeparator();
    for (Action which : {Action::Preview, Action::OpenFile, Action::ShowInFolder, Action::CopyLink})
        menu->addAction(action(which));
    menu->addSeparator();
    for (Action which : {Action::MoveToTop, Action::MoveUp, Action::MoveDown, Action::MoveToBottom})
        menu->addAction(action(which));
    menu->addSeparator();
    menu->addAction(action(Action::Remove));
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::askToRemove() {
    const QStringList keys = selectedKeys();
    if (keys.isEmpty())
        return;
    bool anyFile = false;
    bool anyRunning = false;
    for (const QString &key : keys) {
        const int row = m_queue.indexOf(key);
        if (row < 0)
            continue;
        anyFile |= hasFile(m_queue.at(row));
        anyRunning |= !m_queue.at(row).isFinished();
    }
    // Window-modal and shown with open(): downloads keep running while the user decides.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Downloads"),
                                counted(keys.size(), tr("Remove %1 download from the queue?"),
                                        tr("Remove %1 downloads from the queue?")),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (anyRunning)
        box->setInformativeText(tr("Downloads that are not finished are stopped."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    if (anyFile) {
        auto *deleteFiles = new QCheckBox(tr("Also &delete the saved files"), box);
        deleteFiles->setObjectName(QStringLiteral("deleteFiles"));
        box->setCheckBox(deleteFiles);
    }
    connect(box, &QMessageBox::buttonClicked, this, [this, box, remove, keys](auto *clicked) {
        if (clicked != remove)
            return;
        const bool deleteFiles = box->checkBox() && box->checkBox()->isChecked();
        for (const QString &key : keys) {
            if (m_queue.contains(key))
                m_queue.remove(key, deleteFiles);
        }
        statusBar()->showMessage(
            counted(keys.size(), tr("Removed %1 download"), tr("Removed %1 downloads")),
            kStatusMessageMs);
    });
    box->open();
}

void MainWindow::openFiles() {
    forSelected(hasFile, [this](const QString &key) {
        const QString path = m_queue.at(m_queue.indexOf(key)).outputPath;
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            statusBar()->showMessage(
                tr("Could not open %1: no application is set up for .m4a files.")
                    .arg(QDir::toNativeSeparators(path)),
                kStatusMessageMs);
    });
}

void MainWindow::showInFolder() {
    QStringList folders;
    forSelected([](const QueueEntry &e) { return !e.outputPath.isEmpty(); },
                [this, &folders](const QString &key) {
                    const QString folder =
                        QFileInfo(m_queue.at(m_queue.indexOf(key)).outputPath).absolutePath();
                    if (!folders.contains(folder))
                        folders << folder;
                });
    for (const QString &folder : std::as_const(folders)) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            statusBar()->showMessage(
                tr("Could not open the folder %1.").arg(QDir::toNativeSeparators(folder)),
                kStatusMessageMs);
    }
}

void MainWindow::copyLinks() {
    QStringList links;
    forSelected([](const QueueEntry &) { return true; },
                [this, &links](const QString &key) {
                    const QueueEntry &entry = m_queue.at(m_queue.indexOf(key));
                    const QUrl url = SpaceLink::canonicalUrl(entry.spaceId);
                    links << (url.isEmpty() ? entry.input : url.toString());
                });
    if (links.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(links.join(QLatin1Char('\n')));
    statusBar()->showMessage(counted(links.size(), tr("Copied %1 link"), tr("Copied %1 links")),
                             kStatusMessageMs);
}

void MainWindow::moveSelection(Action how) {
    QStringList keys = selectedKeys();  // queue order
    // Order the moves so that the selection keeps its own order.
    if (how == Action::MoveDown || how == Action::MoveToTop)
        std::reverse(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const int row = m_queue.indexOf(key);
        // A block already at the edge stays put rather than reshuffling itself.
        if (how == Action::MoveUp && row > 0 && keys.contains(m_queue.at(row - 1).key))
            continue;
        if (how == Action::MoveDown && row + 1 < m_queue.count() &&
            keys.contains(m_queue.at(row + 1).key))
            continue;
        switch (how) {
            case Action::MoveUp:
                m_queue.moveUp(key);
                break;
            case Action::MoveDown:
                m_queue.moveDown(key);
                break;
            case Action::MoveToTop:
                m_queue.moveToTop(key);
                break;
            case Action::MoveToBottom:
                m_queue.moveToBottom(key);
                break;
            default:
                break;
        }
    }
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        m_view->scrollTo(current);
}

}  // namespace spacetape
