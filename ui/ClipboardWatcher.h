// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QClipboard;

namespace spacetape {

/**
 * @brief Opt-in clipboard watch: notices Space links the user copies anywhere.
 *
 * Only reports; it never adds to the queue or starts a download (the app fills the link bar
 * or asks). Bare 13-character tokens are not taken for Space IDs here — a copied word must
 * not become a download offer — only links with "/spaces/<id>". Spaces already known (queued)
 * and a clipboard content already reported are ignored, so copying the same link twice, or
 * the app's own "Copy Link", offers nothing.
 */
class ClipboardWatcher : public QObject {
    Q_OBJECT
public:
    /// @p isKnown tells whether a Space ID is already queued.
    ClipboardWatcher(QClipboard *clipboard, std::function<bool(const QString &)> isKnown,
                     QObject *parent = nullptr);

    /// Off by default. Turning it on does not report what is on the clipboard already.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// The Space links in @p text worth offering: links only (not bare IDs), not known yet.
    QStringList newSpaceLinks(const QString &text) const;

Q_SIGNALS:
    /// Canonical links (https://x.com/i/spaces/<id>) of newly copied Spaces, in order.
    void spaceLinksCopied(const QStringList &links);

private:
    void onClipboardChanged();

    QClipboard *m_clipboard;
    std::function<bool(const QString &)> m_isKnown;
    bool m_enabled = false;
    QString m_lastText;
};

}  // namespace spacetape
