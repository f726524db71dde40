// SPDX-License-Identifier: MIT
#include "DetailsPane.h"

#include "EditTagsDialog.h"
#include "QueueModel.h"
#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "net/UrlPolicy.h"
#include "queue/QueueEntry.h"
#include "util/Limits.h"
#include "util/TextFormat.h"
#include "x/SpaceLink.h"

#include "UiResources.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QNetworkReply>
#include <QPushButton>
#include <QStackedLayout>

namespace spacetape {

namespace {
constexpr int kAvatarSize = 48;

QLabel *selectableLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
}  // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent),
      m_placeholder(new QLabel(tr("Select a Space in the queue to see its details."), this)),
      m_details(new QWidget(this)),
      m_form(new QGridLayout),
      m_avatar(new QLabel(m_details)),
      m_title(selectableLabel(m_details)),
      m_play(new QPushButton(uiIcon(QStringLiteral("play")), tr("Pre&view"), m_details)),
      m_editTags(new QPushButton(tr("Edit &Tags…"), m_details)),
      m_host(selectableLabel(m_details)),
      m_date(selectableLabel(m_details)),
      m_duration(selectableLabel(m_details)),
      m_state(selectableLabel(m_details)),
      m_speakers(selectableLabel(m_details)),
      m_link(new QLabel(m_details)),
      m_output(selectableLabel(m_details)),
      m_error(selectableLabel(m_details)) {
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);  // the palette's disabled text: a hint, not content

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Title"));
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    m_avatar->setScaledContents(true);
    m_avatar->setAccessibleName(tr("Host's picture"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setToolTip(tr("Open the Space on X"));

    auto *host = new QWidget(m_details);
    auto *hostRow = new QHBoxLayout(host);
    hostRow->setContentsMargins(0, 0, 0, 0);
    hostRow->addWidget(m_avatar);
    hostRow->addWidget(m_host, 1);
    // A grid rather than QFormLayout: hiding QFormLayout rows with word-wrapped labels
    // corrupts memory in Qt 6.4's height-for-width code (seen under valgrind).
    m_play->setObjectName(QStringLiteral("detailsPlayButton"));
    m_play->setToolTip(
        tr("Listen to this Space; chunks are fetched as needed and reused when "
           "you save it"));
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (!m_key.isEmpty())
            Q_EMIT playRequested(m_key);
    });
    m_editTags->setObjectName(QStringLiteral("detailsEditTagsButton"));
    m_editTags->setToolTip(
        tr("Change the title, artist, date, comment or cover of the saved file"));
    connect(m_editTags, &QPushButton::clicked, this, &DetailsPane::editTags);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_play, 0, Qt::AlignTop);
    titleRow->addWidget(m_editTags, 0, Qt::AlignTop);
    m_form->addLayout(titleRow, 0, 0, 1, 2);
    const auto addRow = [this](const QString &name, QWidget *field) {
        const int row = m_form->rowCount();
        auto *label = new QLabel(name, m_details);
        label->setBuddy(field);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        m_form->addWidget(label, row, 0);
        m_form->addWidget(field, row, 1);
        m_rowLabels.insert(field, label);
    };
    addRow(tr("Host:"), host);
    addRow(tr("Date:"), m_date);
    addRow(tr("Duration:"), m_duration);
    addRow(tr("State:"), m_state);
    addRow(tr("Speakers:"), m_speakers);
    addRow(tr("Link:"), m_link);
    addRow(tr("Saved to:"), m_output);
    addRow(tr("Error:"), m_error);
    m_form->setColumnStretch(1, 1);
    m_form->setRowStretch(m_form->rowCount(), 1);
    m_details->setLayout(m_form);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_details);
    clear();
}

void DetailsPane::setNetworkService(NetworkService *network) {
    m_network = network;
}

void DetailsPane::clear() {
    m_key.clear();
    m_outputPath.clear();
    m_avatarUrl.clear();
    m_hasAvatar = false;
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_placeholder);
    Q_EMIT refreshed();
}

QString DetailsPane::titleText() const {
    return m_key.isEmpty() ? QString() : m_title->text();
}

QString DetailsPane::errorText() const {
    return m_key.isEmpty() ? QString() : m_error->text();
}

void DetailsPane::setRow(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
    m_rowLabels.value(label)->setVisible(!text.isEmpty());
}

void DetailsPane::showEntry(const QueueEntry &entry) {
    m_key = entry.key;
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_details);

    m_title->setText(spaceTitleOrId(entry.title, entry.spaceId));
    const bool saved = entry.state == EntryState::Done && !entry.outputPath.isEmpty();
    m_play->setText(saved ? tr("&Play") : tr("Pre&view"));
    m_outputPath = saved ? entry.outputPath : QString();
    m_editTags->setVisible(saved);
    const QString host =
        entry.hostHandle.isEmpty() ? entry.hostName : personText(entry.hostName, entry.hostHandle);
    m_host->setText(host.isEmpty() ? tr("not known yet") : host);
    if (entry.state == EntryState::Scheduled && entry.scheduledStart.isValid())
        setRow(m_date, tr("scheduled for %1")
                           .arg(QLocale().toString(entry.scheduledStart.toLocalTime(),
                                                   QLocale::LongFormat)));
    else
        setRow(m_date, entry.startedAt.isValid()
                           ? QLocale().toString(entry.startedAt.toLocalTime(), QLocale::LongFormat)
                           : QString());
    if (entry.isLive())
        setRow(m_duration, tr("%1 recorded so far")
                               .arg(QueueModel::formatDuration(qint64(entry.recordedSeconds))));
    else
        setRow(m_duration, entry.durationSeconds >= 0
                               ? QueueModel::formatDuration(entry.durationSeconds)
                               : QString());
    QString state = QueueModel::stateText(entry);
    if (entry.state == EntryState::Failed)
        state = entryStateName(entry.state);  // the reason has its own row below
    if (!entry.missing.isEmpty())
        state += tr(" — %n chunk(s) missing", nullptr, int(entry.missing.size()));
    setRow(m_state, state);
    QStringList speakers;
    for (const QString &speaker : entry.speakers)
        speakers << (speaker.startsWith(QLatin1Char('@')) ? speaker
                                                          : QStringLiteral("@") + speaker);
    setRow(m_speakers, speakers.join(QStringLiteral(", ")));
    const QUrl link = SpaceLink::canonicalUrl(entry.spaceId);
    setRow(m_link, link.isEmpty() ? QString()
                                  : QStringLiteral("<a href=\"%1\">%2</a>")
                                        .arg(link.toString(QUrl::FullyEncoded),
                                             link.toString().toHtmlEscaped()));
    setRow(m_output, QDir::toNativeSeparators(entry.outputPath));
    const bool explained = entry.state == EntryState::Failed ||
                           entry.state == EntryState::DidNotStart ||
                           entry.state == EntryState::HostCanceled;
    setRow(m_error, explained ? entry.stateDetail : QString());
    showAvatar(entry.avatarUrl);
    Q_EMIT refreshed();
}

void DetailsPane::editTags() {
    if (m_outputPath.isEmpty() || m_editDialog)
        return;
    const QString key = m_key;
    // Window-modal and deleted on close: the pane may show another entry meanwhile, so
    // the dialog's result is reported for the key it was opened for.
    m_editDialog = new EditTagsDialog(m_outputPath, window());
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editDialog->setWindowModality(Qt::WindowModal);
    connect(m_editDialog, &EditTagsDialog::saved, this,
            [this, key](const SpaceTags &tags) { Q_EMIT tagsEdited(key, tags); });
    connect(m_editDialog, &QObject::destroyed, this, [this] { m_editDialog = nullptr; });
    m_editDialog->show();
}

void DetailsPane::showAvatar(const QUrl &url) {
    m_avatarUrl = url;
    const auto cached = m_avatars.constFind(url);
    m_hasAvatar = url.isValid() && cached != m_avatars.constEnd();
    if (m_hasAvatar) {
        m_avatar->setPixmap(*cached);
        return;
    }
    m_avatar->setPixmap(uiIcon(QStringLiteral("avatar"))
                            .pixmap(QSize(kAvatarSize, kAvatarSize), devicePixelRatioF()));
    // http(s) only: a file: URL from X's answer or the queue file must not show a local image.
    if (urlpolicy::isAllowedImageUrl(url) && m_network)
        fetchAvatar(url);
}

void DetailsPane::fetchAvatar(const QUrl &url) {
    if (m_requested.contains(url))
        return;
    m_requested.insert(url);
    QNetworkReply *reply = m_network->get(m_network->apiRequest(url));
    replyguard::bound(reply, limits::kMaxImageBytes, limits::kBodyDeadlineMs,
                      QStringLiteral("picture"), "kMaxImageBytes");
    reply->setParent(this);  // aborted if the pane goes away first
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        QPixmap pixmap;
        // A failed avatar is not retried this session: the placeholder is good enough and not
        // worth an error message or repeated requests.
        if (reply->error() != QNetworkReply::NoError || !pixmap.loadFromData(reply->readAll()))
            return;
        m_avatars.insert(url, pixmap);
        if (m_avatarUrl == url) {
            m_avatar->setPixmap(pixmap);
            m_hasAvatar = true;
        }
    });
}

}  // namespace spacetape
