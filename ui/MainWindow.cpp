// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "DetailsPane.h"
#include "LinkBar.h"
#include "LinkDropHandler.h"
#include "PlayerBar.h"
#include "PreviewController.h"
#include "PreviewPlayer.h"
#include "QueueModel.h"
#include "media/SpaceTags.h"
#include "settings/AppSettings.h"
#include "x/SpaceLink.h"
#include "x/XApiClient.h"

#include "UiResources.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace spacetape {

namespace {
constexpr int kStatusMessageMs = 15000;
constexpr int kTotalsRefreshMs = 250;
constexpr int kMaxSpacesAtOnce = 10;
}  // namespace

MainWindow::MainWindow(DownloadQueue &queue, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_queue(queue),
      m_settings(settings),
      m_linkBar(new LinkBar(this)),
      m_view(new QueueView(queue, this)),
      m_details(new DetailsPane(this)),
      m_totals(new QLabel(this)),
      m_totalsTimer(new QTimer(this)),
      m_player(new PreviewPlayer(this)),
      m_playerBar(new PlayerBar(*m_player, this)),
      m_preview(new PreviewController(queue, *m_player, *m_playerBar, this)) {
    setWindowTitle(tr("Spacetape"));
    setWindowIcon(uiIcon(QStringLiteral("spacetape")));
    setAcceptDrops(true);

    createActions();
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

    connect(m_view, &QueueView::previewRequested, this,
            [this](const QString &key) { preview(key); });
    connect(m_view, &QueueView::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, kStatusMessageMs);
    });
    // The pane shows one row: other rows' progress does not redraw it.
    connect(m_view, &QueueView::currentEntryChanged, this, &MainWindow::updateDetails);
    const QueueModel *model = m_view->queueModel();
    const auto queueChanged = [this] {
        scheduleTotals();
        m_preview->followPreviewedEntry();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, queueChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, queueChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, queueChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, queueChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleTotals);

    m_queue.setMaxActive(m_settings.spacesAtOnce());
    connect(&m_settings, &AppSettings::changed, this, [this] {
        // The settings dialog may change the limit too; the spin box follows.
        if (m_spacesAtOnce->value() != m_settings.spacesAtOnce())
            m_spacesAtOnce->setValue(m_settings.spacesAtOnce());
    });

    setTabOrder(m_linkBar->lineEdit(), m_linkBar->addButton());
    setTabOrder(m_linkBar->addButton(), m_view);
    updateDetails();
    updateTotals();
    m_linkBar->setFocus();
    resize(1000, 640);
}

MainWindow::~MainWindow() {
    m_player->clear();
    // The queue view and its model go first, while everything their signals reach is alive.
    delete m_view;
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
    QAction *action = makeUiAction(iconName, text, toolTip, shortcut, this);
    m_actions.insert(which, action);
    return action;
}

void MainWindow::createActions() {
    // The queue's actions are the view's: it knows the selection they act on.
    for (int i = 0; i < QueueView::kActionCount; ++i)
        m_actions.insert(Action(i), m_view->action(Action(i)));

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
    addActionGroups(queue, [this](Action which) { return action(which); },
                    {{Action::Start, Action::Pause, Action::Resume, Action::Cancel, Action::Retry,
                      Action::Remove},
                     {Action::OpenFile, Action::ShowInFolder, Action::CopyLink},
                     {Action::MoveToTop, Action::MoveUp, Action::MoveDown, Action::MoveToBottom}});

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
    addActionGroups(bar, [this](Action which) { return action(which); },
                    {{Action::Start, Action::Pause, Action::Resume, Action::Cancel, Action::Retry,
                      Action::Remove},
                     {Action::MoveToTop, Action::MoveUp, Action::MoveDown, Action::MoveToBottom},
                     {Action::Preview, Action::OpenFile, Action::ShowInFolder},
                     {Action::WatchedHosts}});

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

// ---- details and totals -------------------------------------------------------------------

void MainWindow::updateDetails() {
    if (const QueueEntry *entry = m_view->currentEntry())
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

}  // namespace spacetape
