// SPDX-License-Identifier: MIT
#pragma once

#include "media/SpaceTags.h"

#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QUrl>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace spacetape {

class EditTagsDialog;
class NetworkService;
struct QueueEntry;

/**
 * @brief Everything known about the selected Space: title, host with avatar, date,
 * duration, state, speakers, link, output path and, when it failed, the full error.
 *
 * Avatars are fetched on first display only (through NetworkService, so proxy and
 * --api-origin apply) and kept for the session; without a network service, or until the
 * image arrives, a placeholder is shown.
 */
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    /// Enables avatar downloads; nullptr keeps the placeholder.
    void setNetworkService(NetworkService *network);
    /// Shows @p entry; call again whenever it changes.
    void showEntry(const QueueEntry &entry);
    /// Nothing selected.
    void clear();

    /// The key of the entry shown, empty when none.
    QString shownKey() const { return m_key; }
    QString titleText() const;
    QString errorText() const;
    /// True once the avatar of the shown entry replaced the placeholder.
    bool hasAvatar() const { return m_hasAvatar; }
    /// "Preview" (or "Play" for a saved file): asks for the shown entry to be played.
    QPushButton *playButton() const { return m_play; }
    /// "Edit Tags…", shown for saved files only.
    QPushButton *editTagsButton() const { return m_editTags; }
    /// The open Edit Tags dialog of the shown file, or nullptr.
    EditTagsDialog *editTagsDialog() const { return m_editDialog; }

Q_SIGNALS:
    /// The user wants to hear the entry with @p key.
    void playRequested(const QString &key);
    /// The saved file of the entry with @p key now carries @p tags (Edit Tags…).
    void tagsEdited(const QString &key, const spacetape::SpaceTags &tags);
    /// The pane was redrawn (showEntry() or clear()): lets tests and watchers see how often.
    void refreshed();

private:
    void setRow(QLabel *label, const QString &text);
    void showAvatar(const QUrl &url);
    void fetchAvatar(const QUrl &url);
    void editTags();

    NetworkService *m_network = nullptr;
    QString m_key;
    QString m_outputPath;  ///< the shown entry's saved file, empty unless Done
    QUrl m_avatarUrl;
    bool m_hasAvatar = false;
    QHash<QUrl, QPixmap> m_avatars;
    QSet<QUrl> m_requested;  ///< fetched or being fetched; never asked twice

    QLabel *m_placeholder;
    QWidget *m_details;
    QGridLayout *m_form;
    QHash<QWidget *, QLabel *> m_rowLabels;  ///< field → its name on the left
    QLabel *m_avatar;
    QLabel *m_title;
    QPushButton *m_play;
    QPushButton *m_editTags;
    EditTagsDialog *m_editDialog = nullptr;
    QLabel *m_host;
    QLabel *m_date;
    QLabel *m_duration;
    QLabel *m_state;
    QLabel *m_speakers;
    QLabel *m_link;
    QLabel *m_output;
    QLabel *m_error;
};

}  // namespace spacetape
