// SPDX-License-Identifier: MIT
#pragma once

#include "media/SpaceTags.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace spacetape {

/**
 * @brief Edits the title, artist (host), date, comment and cover of a saved .m4a.
 *
 * Reads and writes through Tagger, the same TagLib code that tags a download, on a
 * worker thread: TagLib's file I/O never blocks the window. Fields that are not shown
 * (handle, description, link, Space ID) are written back as they were read.
 * Errors (file gone, read-only, not an MP4, cover not an image) stay in the dialog.
 */
class EditTagsDialog : public QDialog {
    Q_OBJECT
public:
    explicit EditTagsDialog(const QString &path, QWidget *parent = nullptr);

    /// The tags as saved, once saved() was emitted.
    SpaceTags savedTags() const { return m_saved; }
    /// The error shown, empty when none.
    QString errorText() const;
    /// True while the file is read or written.
    bool isBusy() const { return m_busy; }

    /// Uses the image file at @p imagePath as the cover (what "Choose…" does after its file
    /// dialog). JPEG and PNG are kept as they are; other formats Qt reads become PNG.
    bool setCoverFromFile(const QString &imagePath);

public Q_SLOTS:
    /// Ignored while the file is being written.
    void reject() override;

Q_SIGNALS:
    /// The tags were read (or could not be: errorText() says why).
    void loaded();
    /// The file now carries @p tags; the dialog closes right after.
    void saved(const spacetape::SpaceTags &tags);
    /// Writing failed; the dialog stays open with errorText().
    void saveFailed(const QString &message);

private:
    void startLoading();
    void onLoaded(const SpaceTags &tags);
    void save();
    void showError(const QString &message);
    void setBusy(bool busy);
    void showCover();
    void chooseCover();

    QString m_path;
    SpaceTags m_loadedTags;  ///< what the file held: the fields not edited here come from it
    SpaceTags m_saved;
    QByteArray m_cover;
    bool m_busy = false;
    bool m_loadedOk = false;

    QLineEdit *m_title;
    QLineEdit *m_artist;
    QCheckBox *m_hasDate;
    QDateTimeEdit *m_date;
    QPlainTextEdit *m_comment;
    QLabel *m_coverPreview;
    QPushButton *m_chooseCover;
    QPushButton *m_removeCover;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

}  // namespace spacetape
