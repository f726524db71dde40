// SPDX-License-Identifier: MIT
#include "EditTagsDialog.h"

#include "media/Tagger.h"
#include "util/Limits.h"
#include "util/RegularFile.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace spacetape {

namespace {

constexpr int kCoverPreviewSize = 96;
/// Covers are embedded whole; a photo straight from a camera would bloat the file and
/// overflow the muxer's tag padding (moving the audio), so bigger images are refused.
constexpr qint64 kMaxCoverBytes = limits::kMaxImageBytes;

/**
 * Runs @p work on a thread of its own and hands its result to @p done on @p context's
 * thread. If @p context is gone by then, the result is dropped; the work itself always
 * runs to the end (stopping TagLib half-way through a save would damage the file).
 */
template <typename Result, typename Work, typename Done>
void runOffGuiThread(QObject *context, Work work, Done done) {
    auto result = std::make_shared<std::optional<Result>>();
    QThread *thread = QThread::create([result, work] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context,
                     [result, done] { done(std::move(**result)); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

/**
 * QDateTimeEdit spends Tab on walking its sections (year, month, …), so a keyboard user
 * needs six presses to get past it. Tab leaves at once here; the arrow keys and typing a
 * separator still move between sections.
 */
class DateTimeEdit : public QDateTimeEdit {
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override {
        return QAbstractSpinBox::focusNextPrevChild(next);
    }
};

}  // namespace

EditTagsDialog::EditTagsDialog(const QString &path, QWidget *parent)
    : QDialog(parent),
      m_path(path),
      m_title(new QLineEdit(this)),
      m_artist(new QLineEdit(this)),
      m_hasDate(new QCheckBox(tr("&Date:"), this)),
      m_date(new DateTimeEdit(this)),
      m_comment(new QPlainTextEdit(this)),
      m_coverPreview(new QLabel(this)),
      m_chooseCover(new QPushButton(tr("C&hoose Image…"), this)),
      m_removeCover(new QPushButton(tr("&Remove Cover"), this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Edit Tags"));
    setObjectName(QStringLiteral("editTagsDialog"));

    auto *file = new QLabel(QDir::toNativeSeparators(path), this);
    file->setWordWrap(true);
    file->setTextFormat(Qt::PlainText);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_title->setObjectName(QStringLiteral("tagTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_artist->setObjectName(QStringLiteral("tagArtist"));
    m_artist->setAccessibleName(tr("Artist"));
    m_artist->setToolTip(tr("Shown as the artist by players; Spacetape puts the host here"));
    m_hasDate->setObjectName(QStringLiteral("tagHasDate"));
    m_hasDate->setAccessibleName(tr("Has a date"));
    m_date->setObjectName(QStringLiteral("tagDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_date->setCalendarPopup(true);
    m_date->setTimeSpec(Qt::LocalTime);
    m_date->setEnabled(false);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    m_comment->setObjectName(QStringLiteral("tagComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 5);

    m_coverPreview->setObjectName(QStringLiteral("tagCoverPreview"));
    m_coverPreview->setFixedSize(kCoverPreviewSize, kCoverPreviewSize);
    m_coverPreview->setAlignment(Qt::AlignCenter);
    m_coverPreview->setFrameShape(QFrame::StyledPanel);
    m_coverPreview->setAccessibleName(tr("Cover"));
    m_chooseCover->setObjectName(QStringLiteral("tagChooseCover"));
    m_chooseCover->setToolTip(tr("Embed a JPEG or PNG image as the cover"));
    m_removeCover->setObjectName(QStringLiteral("tagRemoveCover"));
    connect(m_chooseCover, &QPushButton::clicked, this, &EditTagsDialog::chooseCover);
    connect(m_removeCover, &QPushButton::clicked, this, [this] {
        m_cover.clear();
        showCover();
    });

    m_status->setObjectName(QStringLiteral("tagStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), file);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Artist:"), m_artist);
    form->addRow(m_hasDate, m_date);
    form->addRow(tr("C&omment:"), m_comment);
    auto *coverButtons = new QVBoxLayout;
    coverButtons->addWidget(m_chooseCover);
    coverButtons->addWidget(m_removeCover);
    coverButtons->addStretch(1);
    auto *coverRow = new QHBoxLayout;
    coverRow->addWidget(m_coverPreview);
    coverRow->addLayout(coverButtons);
    coverRow->addStretch(1);
    form->addRow(tr("Cover:"), coverRow);

    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("tagSave"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("tagCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditTagsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());

    showCover();
    startLoading();
}

void EditTagsDialog::reject() {
    // Closing while TagLib writes would leave the user unsure whether the file was saved.
    if (!m_busy)
        QDialog::reject();
}

QString EditTagsDialog::errorText() const {
    return m_status->property("isError").toBool() ? m_status->text() : QString();
}

void EditTagsDialog::setBusy(bool busy) {
    m_busy = busy;
    const bool editable = !busy && m_loadedOk;
    for (QWidget *field : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_artist),
                           static_cast<QWidget *>(m_hasDate), static_cast<QWidget *>(m_comment),
                           static_cast<QWidget *>(m_chooseCover)})
        field->setEnabled(editable);
    m_date->setEnabled(editable && m_hasDate->isChecked());
    m_removeCover->setEnabled(editable && !m_cover.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
}

void EditTagsDialog::showError(const QString &message) {
    m_status->setProperty("isError", !message.isEmpty());
    m_status->setStyleSheet(message.isEmpty() ? QString()
                                              : QStringLiteral("color: palette(bright-text);"
                                                               "background: #b00020;"
                                                               "padding: 4px;"));
    m_status->setText(message);
}

void EditTagsDialog::startLoading() {
    m_status->setText(tr("Reading the tags…"));
    setBusy(true);
    const QString path = m_path;
    runOffGuiThread<Expected<SpaceTags>>(
        this, [path] { return Tagger::read(path); },
        [this](Expected<SpaceTags> read) {
            if (!read) {
                m_loadedOk = false;
                setBusy(false);
                showError(read.error());
                Q_EMIT loaded();
                return;
            }
            onLoaded(*read);
        });
}

void EditTagsDialog::onLoaded(const SpaceTags &tags) {
    m_loadedTags = tags;
    m_loadedOk = true;
    m_title->setText(tags.title);
    m_artist->setText(tags.hostName);
    m_hasDate->setChecked(tags.startedAt.isValid());
    m_date->setDateTime(tags.startedAt.isValid() ? tags.startedAt.toLocalTime()
                                                 : QDateTime::currentDateTime());
    m_comment->setPlainText(tags.comment);
    m_cover = tags.cover;
    showCover();
    showError(QString());
    setBusy(false);
    m_title->setFocus();
    Q_EMIT loaded();
}

void EditTagsDialog::showCover() {
    QPixmap pixmap;
    if (!m_cover.isEmpty() && pixmap.loadFromData(m_cover)) {
        m_coverPreview->setPixmap(pixmap.scaled(kCoverPreviewSize, kCoverPreviewSize,
                                                Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_coverPreview->setPixmap({});
        m_coverPreview->setText(tr("No cover"));
    }
    m_removeCover->setEnabled(!m_busy && m_loadedOk && !m_cover.isEmpty());
}

void EditTagsDialog::chooseCover() {
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose a Cover Image"), QString(),
        tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp);;All files (*)"));
    if (!chosen.isEmpty())
        setCoverFromFile(chosen);
}

bool EditTagsDialog::setCoverFromFile(const QString &imagePath) {
    if (QFileInfo(imagePath).size() > kMaxCoverBytes) {
        showError(tr("\"%1\" is larger than %2 MB; pick a smaller image for the cover.")
                      .arg(QDir::toNativeSeparators(imagePath))
                      .arg(kMaxCoverBytes >> 20));
        return false;
    }
    // The picker also offers FIFOs and devices: /dev/zero would fill the memory, a FIFO block
    // the window for ever. Only a regular file is read, and never past the limit (it may grow
    // after the size above was taken).
    auto read = readRegularFile(imagePath, kMaxCoverBytes);
    if (!read) {
        showError(read.error());
        return false;
    }
    QByteArray bytes = std::move(*read);
    if (detectCoverFormat(bytes) == CoverFormat::Unknown) {
        // MP4 covers are JPEG or PNG only: convert what Qt can read, losslessly.
        QImage image;
        if (!image.loadFromData(bytes)) {
            showError(tr("\"%1\" is not an image Spacetape can read; pick a JPEG or PNG file.")
                          .arg(QDir::toNativeSeparators(imagePath)));
            return false;
        }
        QBuffer png(&bytes);
        bytes.clear();
        png.open(QIODevice::WriteOnly);
        image.save(&png, "PNG");
    }
    m_cover = bytes;
    showError(QString());
    showCover();
    return true;
}

void EditTagsDialog::save() {
    if (m_busy || !m_loadedOk)
        return;
    SpaceTags tags = m_loadedTags;  // keeps handle, description, link and Space ID
    tags.title = m_title->text().trimmed();
    tags.hostName = m_artist->text().trimmed();
    tags.startedAt = m_hasDate->isChecked() ? m_date->dateTime().toUTC() : QDateTime();
    tags.comment = m_comment->toPlainText().trimmed();
    tags.cover = m_cover;

    m_status->setText(tr("Saving…"));
    setBusy(true);
    const QString path = m_path;
    runOffGuiThread<Expected<void>>(
        this, [path, tags] { return Tagger::write(path, tags); },
        [this, tags](Expected<void> written) {
            setBusy(false);
            if (!written) {
                showError(written.error());
                Q_EMIT saveFailed(written.error());
                return;
            }
            m_saved = tags;
            m_loadedTags = tags;
            showError(QString());
            Q_EMIT saved(tags);
            accept();
        });
}

}  // namespace spacetape
