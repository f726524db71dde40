// SPDX-License-Identifier: MIT
#include "ConnectionCheckDialog.h"

#include "PlainText.h"
#include "x/SpaceLink.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace spacetape {

ConnectionCheckDialog::ConnectionCheckDialog(NetworkService &network, QWidget *parent,
                                             const QString &keychainService)
    : QDialog(parent), m_network(network), m_keychainService(keychainService) {
    setWindowTitle(tr("Check Connection"));

    auto *intro = new QLabel(
        tr("Checks each step Spacetape takes to reach X. When X changes something, send this "
           "report along with your bug report. Give a Space link to check its stream and X's "
           "audio CDN too."),
        this);
    intro->setWordWrap(true);

    m_space = new QLineEdit(this);
    m_space->setObjectName(QStringLiteral("spaceInput"));
    m_space->setPlaceholderText(tr("https://x.com/i/spaces/… (optional)"));
    m_space->setAccessibleName(tr("Space to check"));
    m_space->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Space:"), m_space);

    m_rows = new QListWidget(this);
    m_rows->setObjectName(QStringLiteral("checkRows"));
    m_rows->setAccessibleName(tr("Check results"));
    m_rows->setWordWrap(true);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setMinimumHeight(260);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    // Its text comes from X (waits, rejections quoting the input): never read as markup.
    m_status->setTextFormat(Qt::PlainText);

    // Plain buttons in creation order: Tab goes field → results → Check Again → Copy → Close.
    m_again = new QPushButton(tr("Check &Again"), this);
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    m_copy = new QPushButton(tr("&Copy Report"), this);
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setToolTip(tr("Copy the results as plain text (no cookies or tokens in it)"));
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &ConnectionCheckDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &ConnectionCheckDialog::runChecks);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(reportText()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(640, 460);
}

ConnectionCheckDialog::~ConnectionCheckDialog() = default;

void ConnectionCheckDialog::setSpaceInput(const QString &text) {
    m_space->setText(text);
}

void ConnectionCheckDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (!m_started)
        runChecks();
}

void ConnectionCheckDialog::runChecks() {
    m_started = true;
    const QString input = m_space->text().trimmed();
    std::optional<QString> spaceId;
    if (!input.isEmpty()) {
        spaceId = SpaceLink::parseId(input);
        if (!spaceId) {
            m_status->setText(SpaceLink::rejectionMessage(input));
            return;
        }
    }
    // A fresh doctor per run: a run still going (Check Again) is dropped with its requests.
    delete m_doctor;
    m_doctor = new ConnectionDoctor(m_network, m_keychainService, this);
    m_doctor->setSpaceId(spaceId.value_or(QString()));
    connect(m_doctor, &ConnectionDoctor::stepStarted, this, [this](DoctorStep step) {
        QListWidgetItem *item = rowFor(step);
        item->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        item->setText(tr("%1 — checking…").arg(ConnectionDoctor::stepName(step)));
    });
    connect(m_doctor, &ConnectionDoctor::stepFinished, this, &ConnectionCheckDialog::showResult);
    connect(m_doctor, &ConnectionDoctor::waiting, this,
            [this](const QString &message, int) { m_status->setText(message); });
    connect(m_doctor, &ConnectionDoctor::finished, this, [this](int exitCode) {
        m_status->setText(exitCode == 0 ? tr("No check failed.")
                                        : tr("Some checks failed: each says what to do."));
        Q_EMIT checksFinished(exitCode);
    });
    m_rows->clear();
    m_items.clear();
    m_status->setText(tr("Checking…"));
    m_doctor->start();
}

QListWidgetItem *ConnectionCheckDialog::rowFor(DoctorStep step) {
    QListWidgetItem *&item = m_items[int(step)];
    if (!item)
        item = new QListWidgetItem(m_rows);
    return item;
}

void ConnectionCheckDialog::showResult(const StepResult &result) {
    QListWidgetItem *item = rowFor(result.step);
    const QStyle::StandardPixmap icon =
        result.outcome == StepOutcome::Ok       ? QStyle::SP_DialogApplyButton
        : result.outcome == StepOutcome::Failed ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxInformation;
    item->setIcon(style()->standardIcon(icon));
    QString text = ConnectionDoctor::stepName(result.step) + QStringLiteral(" — ");
    if (result.outcome == StepOutcome::Skipped)
        text += tr("skipped: %1").arg(result.message);
    else
        text += tr("%1 (%2 ms)").arg(result.message).arg(result.elapsedMs);
    if (!result.remedy.isEmpty())
        text += QLatin1Char('\n') + tr("What to do: %1").arg(result.remedy);
    item->setText(text);
    item->setData(Qt::UserRole, int(result.outcome));
    // Titles and error texts come from X: a tooltip would render them as rich text.
    item->setToolTip(plainToolTip(ConnectionDoctor::formatLine(result)));
}

QString ConnectionCheckDialog::reportText() const {
    return m_doctor ? ConnectionDoctor::formatReport(m_doctor->results(), m_doctor->spaceId())
                    : QString();
}

}  // namespace spacetape
