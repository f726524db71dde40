// SPDX-License-Identifier: MIT
#include "QueueView.h"

#include "ProgressDelegate.h"
#include "QueueModel.h"
#include "QueueSortProxy.h"
#include "UiResources.h"
#include "queue/DownloadQueue.h"
#include "x/SpaceLink.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace spacetape {

namespace {

/// tr() for the free functions and tables below, in QueueView's translation context.
struct WindowText {
    Q_DECLARE_TR_FUNCTIONS(spacetape::QueueView)
};

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

QueueView::QueueView(DownloadQueue &queue, QWidget *parent)
    : QTableView(parent),
      m_queue(queue),
      m_model(new QueueModel(queue, this)),
      m_proxy(new QueueSortProxy(this)) {
    m_proxy->setSourceModel(m_model);
    createActions();
    setUpTable();

    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueueView::onDataChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueueView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &QueueView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        Q_EMIT currentEntryChanged();
    });
    updateActions();
}

QueueView::~QueueView() {
    // The view first, then the proxy, then the model: each outlives what watches it.
    setModel(nullptr);
    delete m_proxy;
    delete m_model;
}

QAction *QueueView::makeAction(Action which, const QString &icon, const QString &text,
                               const QString &toolTip, const QKeySequence &shortcut) {
    QAction *action = makeUiAction(icon, text, toolTip, shortcut, this);
    // The keys act on the queue only: they must not steal Delete, Ctrl+C or Ctrl+Home from
    // the link field.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    m_actions[std::size_t(which)] = action;
    return action;
}

void QueueView::createActions() {
    connect(makeAction(Action::Start, QStringLiteral("start"), WindowText::tr("&Start"),
                       WindowText::tr("Start the selected downloads now"),
                       QKeySequence(WindowText::tr("Ctrl+Return"))),
            &QAction::triggered, this,
            [this] { forSelected(canStart, [this](const QString &k) { m_queue.start(k); }); });
    connect(makeAction(Action::Pause, QStringLiteral("pause"), WindowText::tr("&Pause"),
                       WindowText::tr("Pause the selected downloads"),
                       QKeySequence(WindowText::tr("Ctrl+P"))),
            &QAction::triggered, this,
            [this] { forSelected(canPause, [this](const QString &k) { m_queue.pause(k); }); });
    connect(makeAction(Action::Resume, QStringLiteral("resume"), WindowText::tr("Res&ume"),
                       WindowText::tr("Resume the selected downloads"),
                       QKeySequence(WindowText::tr("Ctrl+R"))),
            &QAction::triggered, this,
            [this] { forSelected(canResume, [this](const QString &k) { m_queue.resume(k); }); });
    connect(makeAction(
                Action::Cancel, QStringLiteral("cancel"), WindowText::tr("&Cancel"),
                WindowText::tr("Stop the selected downloads (chunks on disk are kept for a retry)"),
                QKeySequence(WindowText::tr("Ctrl+Backspace"))),
            &QAction::triggered, this,
            [this] { forSelected(canCancel, [this](const QString &k) { m_queue.cancel(k); }); });
    connect(makeAction(Action::Retry, QStringLiteral("retry"), WindowText::tr("Re&try"),
                       WindowText::tr("Try the selected failed or canceled downloads again (the "
                                      "stream is looked up afresh)"),
                       QKeySequence(WindowText::tr("Ctrl+Shift+R"))),
            &QAction::triggered, this,
            [this] { forSelected(canRetry, [this](const QString &k) { m_queue.retry(k); }); });
    connect(makeAction(Action::Remove, QStringLiteral("remove"), WindowText::tr("Re&move…"),
                       WindowText::tr("Remove the selected downloads from the queue"),
                       QKeySequence(QKeySequence::Delete)),
            &QAction::triggered, this, &QueueView::askToRemove);
    connect(makeAction(Action::OpenFile, QStringLiteral("open"), WindowText::tr("&Open File"),
                       WindowText::tr("Open the saved file with the default player")),
            &QAction::triggered, this, &QueueView::openFiles);
    connect(makeAction(Action::ShowInFolder, QStringLiteral("folder"),
                       WindowText::tr("Show in &Folder"),
                       WindowText::tr("Open the folder holding the saved file"),
                       QKeySequence(WindowText::tr("Ctrl+Shift+O"))),
            &QAction::triggered, this, &QueueView::showInFolder);
    connect(makeAction(Action::CopyLink, QStringLiteral("copy"), WindowText::tr("Copy &Link"),
                       WindowText::tr("Copy the links of the selected Spaces"),
                       QKeySequence(QKeySequence::Copy)),
            &QAction::triggered, this, &QueueView::copyLinks);
    connect(makeAction(Action::Preview, QStringLiteral("preview"), WindowText::tr("Pre&view"),
                       WindowText::tr("Listen to the selected Space before saving it (saved "
                                      "ones play from the file)")),
            &QAction::triggered, this, [this] {
                const QStringList keys = selectedKeys();
                if (!keys.isEmpty())
                    Q_EMIT previewRequested(keys.first());
            });
    const struct {
        Action which;
        const char *icon;
        const char *text;
        const char *tip;
        const char *key;
    } moves[] = {
        {Action::MoveUp, "up", QT_TRANSLATE_NOOP("spacetape::QueueView", "Move &Up"),
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Move up in the queue"),
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Ctrl+Up")},
        {Action::MoveDown, "down", QT_TRANSLATE_NOOP("spacetape::QueueView", "Move &Down"),
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Move down in the queue"),
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Ctrl+Down")},
        {Action::MoveToTop, "top", QT_TRANSLATE_NOOP("spacetape::QueueView", "Move to &Top"),
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Move to the top of the queue (downloads next)"),
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Ctrl+Home")},
        {Action::MoveToBottom, "bottom",
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Move to &Bottom"),
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Move to the bottom of the queue"),
         QT_TRANSLATE_NOOP("spacetape::QueueView", "Ctrl+End")},
    };
    for (const auto &m : moves) {
        const Action which = m.which;
        connect(makeAction(which, QString::fromLatin1(m.icon), WindowText::tr(m.text),
                           WindowText::tr(m.tip), QKeySequence(WindowText::tr(m.key))),
                &QAction::triggered, this, [this, which] { moveSelection(which); });
    }
}

void QueueView::setUpTable() {
    setObjectName(QStringLiteral("queueView"));
    setModel(m_proxy);
    setItemDelegateForColumn(QueueModel::Progress, new ProgressDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setAccessibleName(WindowText::tr("Download queue"));
    setTabKeyNavigation(false);  // Tab leaves the queue; the arrow keys move in it
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropOverwriteMode(false);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setContextMenuPolicy(Qt::CustomContextMenu);

    QHeaderView *header = horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QueueModel::Title, QHeaderView::Stretch);
    // Widths from typical contents, so the usual values show whole at any font size.
    const QFontMetrics fm = fontMetrics();
    const int padding = fm.horizontalAdvance(QStringLiteral("MM"));
    const auto fit = [&](int column, const QString &sample, int extra = 0) {
        header->resizeSection(column, fm.horizontalAdvance(sample) + padding + extra);
    };
    fit(QueueModel::Host, QStringLiteral("Grace Hopper (@gracehopper)"));
    // Long usual states: a live recording's time and a scheduled Space's countdown.
    fit(QueueModel::State, WindowText::tr("Scheduled: starts in 2 h 10 min"),
        fm.height() + padding);
    fit(QueueModel::Progress, QStringLiteral("100 %"), padding);
    fit(QueueModel::Size, QStringLiteral("999.9 MB"));
    fit(QueueModel::Duration, QStringLiteral("12:34:56"));
    fit(QueueModel::Speed, QStringLiteral("999.9 kB/s"));
    fit(QueueModel::Eta, QStringLiteral("12:34:56"));
    fit(QueueModel::Added,
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat));
    connect(header, &QHeaderView::sectionClicked, this, &QueueView::onHeaderClicked);

    connect(this, &QWidget::customContextMenuRequested, this, &QueueView::showContextMenu);
    // Double-click or Enter: listen (a saved Space plays from its file in the same player).
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const QueueEntry *entry = m_model->entryAt(m_proxy->mapToSource(index).row()))
            Q_EMIT previewRequested(entry->key);
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueView::updateActions);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueueView::currentEntryChanged);
}

void QueueView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight) {
    updateActions();
    // Progress arrives every 100 ms for each download: only a change to the current row
    // concerns whoever shows that row (the details pane).
    const QModelIndex current = m_proxy->mapToSource(selectionModel()->currentIndex());
    if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
        Q_EMIT currentEntryChanged();
}

void QueueView::onHeaderClicked(int column) {
    m_proxy->cycleSort(column);
    if (m_proxy->isSorted())
        horizontalHeader()->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    else
        horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Dragging a row only means something in queue order.
    setDragEnabled(!m_proxy->isSorted());
}

// ---- selection ----------------------------------------------------------------------------

QStringList QueueView::selectedKeys() const {
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList keys;
    for (int row : rows)
        keys << m_model->keyAt(row);
    return keys;
}

void QueueView::selectKeys(const QStringList &keys) {
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
    QItemSelectionModel *model = selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        scrollTo(first);
    }
}

const QueueEntry *QueueView::currentEntry() const {
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() ? m_model->entryAt(m_proxy->mapToSource(current).row()) : nullptr;
}

template <typename Applies, typename Call>
void QueueView::forSelected(Applies applies, Call call) {
    for (const QString &key : selectedKeys()) {
        const int row = m_queue.indexOf(key);
        if (row >= 0 && applies(m_queue.at(row)))
            call(key);
    }
}

// ---- actions ------------------------------------------------------------------------------

void QueueView::updateActions() {
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

void QueueView::showContextMenu(const QPoint &pos) {
    if (selectedKeys().isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addActionGroups(menu, [this](Action which) { return action(which); },
                    {{Action::Start, Action::Pause, Action::Resume, Action::Cancel, Action::Retry},
                     {Action::Preview, Action::OpenFile, Action::ShowInFolder, Action::CopyLink},
                     {Action::MoveToTop, Action::MoveUp, Action::MoveDown, Action::MoveToBottom},
                     {Action::Remove}});
    menu->popup(viewport()->mapToGlobal(pos));
}

void QueueView::askToRemove() {
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
    auto *box =
        new QMessageBox(QMessageBox::Question, WindowText::tr("Remove Downloads"),
                        counted(keys.size(), WindowText::tr("Remove %1 download from the queue?"),
                                WindowText::tr("Remove %1 downloads from the queue?")),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (anyRunning)
        box->setInformativeText(WindowText::tr("Downloads that are not finished are stopped."));
    QPushButton *remove = box->addButton(WindowText::tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    if (anyFile) {
        auto *deleteFiles = new QCheckBox(WindowText::tr("Also &delete the saved files"), box);
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
        Q_EMIT statusMessage(counted(keys.size(), WindowText::tr("Removed %1 download"),
                                     WindowText::tr("Removed %1 downloads")));
    });
    box->open();
}

void QueueView::openFiles() {
    forSelected(hasFile, [this](const QString &key) {
        const QString path = m_queue.at(m_queue.indexOf(key)).outputPath;
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            Q_EMIT statusMessage(
                WindowText::tr("Could not open %1: no application is set up for .m4a files.")
                    .arg(QDir::toNativeSeparators(path)));
    });
}

void QueueView::showInFolder() {
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
            Q_EMIT statusMessage(WindowText::tr("Could not open the folder %1.")
                                     .arg(QDir::toNativeSeparators(folder)));
    }
}

void QueueView::copyLinks() {
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
    Q_EMIT statusMessage(
        counted(links.size(), WindowText::tr("Copied %1 link"), WindowText::tr("Copied %1 links")));
}

void QueueView::moveSelection(Action how) {
    const auto move = how == Action::MoveUp      ? &DownloadQueue::moveUp
                      : how == Action::MoveDown  ? &DownloadQueue::moveDown
                      : how == Action::MoveToTop ? &DownloadQueue::moveToTop
                                                 : &DownloadQueue::moveToBottom;
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
        (m_queue.*move)(key);
    }
    const QModelIndex current = selectionModel()->currentIndex();
    if (current.isValid())
        scrollTo(current);
}

}  // namespace spacetape
