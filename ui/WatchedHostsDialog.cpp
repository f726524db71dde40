// SPDX-License-Identifier: MIT
#include "WatchedHostsDialog.h"

#include "QueueModel.h"
#include "UiResources.h"
#include "util/TextFormat.h"
#include "watch/HostWatcher.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace spacetape {

namespace {
QString ago(const QDateTime &when) {
    if (!when.isValid())
        return WatchedHostsDialog::tr("never");
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 5)
        return WatchedHostsDialog::tr("just now");
    return WatchedHostsDialog::tr("%1 ago").arg(QueueModel::formatSpan(seconds));
}
}  // namespace

WatchedHostsDialog::WatchedHostsDialog(HostWatcher &watcher, QWidget *parent)
    : QDialog(parent),
      m_watcher(watcher),
      m_banner(new QLabel(this)),
      m_login(new QPushButton(uiIcon(QStringLiteral("account")), tr("&Log In…"), this)),
      m_input(new QLineEdit(this)),
      m_add(new QPushButton(uiIcon(QStringLiteral("add")), tr("&Add"), this)),
      m_error(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_remove(new QPushButton(uiIcon(QStringLiteral("remove")), tr("&Remove"), this)) {
    setWindowTitle(tr("Watched Hosts"));
    setObjectName(QStringLiteral("watchedHostsDialog"));

    auto *intro = new QLabel(
        tr("Spacetape checks these hosts about once a minute. When one goes live, the Space is "
           "queued and recorded from its first second, even if you are away."),
        this);
    intro->setWordWrap(true);

    m_banner->setObjectName(QStringLiteral("watchBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_login->setObjectName(QStringLiteral("watchLoginButton"));
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_login);

    m_input->setObjectName(QStringLiteral("watchInput"));
    m_input->setPlaceholderText(tr("@handle, profile link or user ID"));
    m_input->setAccessibleName(tr("Host to watch"));
    m_input->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("watchAddButton"));
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    m_error->setObjectName(QStringLiteral("watchError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_list->setObjectName(QStringLiteral("watchList"));
    m_list->setAccessibleName(tr("Watched hosts"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Host"), tr("Last checked"), tr("Last Space found"), tr("Status")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(HostColumn, 170);
    m_list->setColumnWidth(LastCheckedColumn, 110);
    m_list->setColumnWidth(LastFoundColumn, 300);
    m_remove->setObjectName(QStringLiteral("watchRemoveButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(bannerRow);
    layout->addLayout(inputRow);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(800, 380);

    connect(m_input, &QLineEdit::returnPressed, this, &WatchedHostsDialog::addFromInput);
    connect(m_input, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    connect(m_add, &QPushButton::clicked, this, &WatchedHostsDialog::addFromInput);
    connect(m_remove, &QPushButton::clicked, this, &WatchedHostsDialog::removeSelected);
    connect(m_login, &QPushButton::clicked, this, &WatchedHostsDialog::loginRequested);
    connect(m_list, &QTreeWidget::itemChanged, this, &WatchedHostsDialog::onItemChanged);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(&m_watcher, &HostWatcher::hostsChanged, this, &WatchedHostsDialog::refresh);
    connect(&m_watcher, &HostWatcher::blockedChanged, this, [this](const QString &reason) {
        showBlocked(reason);
        refresh();
    });
    // "2 min ago" ages on its own.
    auto *clock = new QTimer(this);
    clock->setInterval(15000);
    connect(clock, &QTimer::timeout, this, &WatchedHostsDialog::refresh);
    clock->start();

    showBlocked(m_watcher.blockedReason());
    refresh();
    m_remove->setEnabled(false);
}

QString WatchedHostsDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString WatchedHostsDialog::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void WatchedHostsDialog::addFromInput() {
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    const Expected<void> added = m_watcher.addHost(text);
    if (!added) {
        m_error->setText(added.error());
        m_error->show();
        return;
    }
    m_error->hide();
    m_input->clear();
    refresh();
}

void WatchedHostsDialog::removeSelected() {
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    QStringList handles;
    for (const QTreeWidgetItem *item : selected)
        handles << item->data(HostColumn, Qt::UserRole).toString();
    for (const QString &handle : handles)
        m_watcher.removeHost(handle);
    refresh();
}

void WatchedHostsDialog::showBlocked(const QString &reason) {
    m_banner->setText(reason);
    m_banner->setVisible(!reason.isEmpty());
    m_login->setVisible(!reason.isEmpty());
}

void WatchedHostsDialog::refresh() {
    m_refreshing = true;
    QStringList selected;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        selected << item->data(HostColumn, Qt::UserRole).toString();
    m_list->clear();
    for (const WatchedHost &host : m_watcher.hosts()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(HostColumn, Qt::UserRole, host.handle);
        item->setText(HostColumn, QStringLiteral("@") + host.handle);
        item->setCheckState(HostColumn, host.enabled ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(HostColumn, host.userId.isEmpty() ? tr("User ID not looked up yet")
                                                           : tr("User ID %1").arg(host.userId));
        item->setText(LastCheckedColumn, host.enabled ? ago(host.lastChecked) : tr("paused"));
        if (!host.lastSpaceId.isEmpty()) {
            const QString title = spaceTitleOrId(host.lastSpaceTitle, host.lastSpaceId);
            item->setText(LastFoundColumn, tr("%1 (%2)").arg(title, ago(host.lastFoundAt)));
            item->setToolTip(LastFoundColumn, title.toHtmlEscaped());
        }
        if (!host.error.isEmpty()) {
            item->setText(StatusColumn, host.error.section(QLatin1Char('\n'), 0, 0));
            item->setToolTip(StatusColumn, host.error.toHtmlEscaped());
            item->setIcon(StatusColumn, uiIcon(QStringLiteral("warning")));
        } else if (!host.enabled) {
            item->setText(StatusColumn, tr("Not watched"));
        } else {
            // Without a login nothing is checked: say so rather than claim to watch.
            item->setText(StatusColumn, m_watcher.blockedReason().isEmpty()
                                            ? tr("Watching")
                                            : tr("Waiting for a login"));
        }
        item->setSelected(selected.contains(host.handle));
    }
    m_refreshing = false;
}

void WatchedHostsDialog::onItemChanged(QTreeWidgetItem *item, int column) {
    if (m_refreshing || column != HostColumn)
        return;
    const QString handle = item->data(HostColumn, Qt::UserRole).toString();
    // Refreshing rebuilds the rows: do it after Qt is done with this one.
    QMetaObject::invokeMethod(
        this,
        [this, handle, enabled = item->checkState(HostColumn) == Qt::Checked] {
            m_watcher.setEnabled(handle, enabled);
            refresh();
        },
        Qt::QueuedConnection);
}

}  // namespace spacetape
