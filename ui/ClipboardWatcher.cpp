// SPDX-License-Identifier: MIT
#include "ClipboardWatcher.h"

#include "x/SpaceLink.h"

#include <QClipboard>

namespace spacetape {

ClipboardWatcher::ClipboardWatcher(QClipboard *clipboard,
                                   std::function<bool(const QString &)> isKnown, QObject *parent)
    : QObject(parent), m_clipboard(clipboard), m_isKnown(std::move(isKnown)) {
    connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardWatcher::onClipboardChanged);
}

void ClipboardWatcher::setEnabled(bool enabled) {
    if (enabled && !m_enabled)
        m_lastText = m_clipboard->text();  // what was copied before is not news
    m_enabled = enabled;
}

QStringList ClipboardWatcher::newSpaceLinks(const QString &text) const {
    QStringList links;
    for (const QString &id : SpaceLink::scan(text).ids) {
        if (!text.contains(QStringLiteral("spaces/") + id) || (m_isKnown && m_isKnown(id)))
            continue;
        links << SpaceLink::canonicalUrl(id).toString();
    }
    return links;
}

void ClipboardWatcher::onClipboardChanged() {
    if (!m_enabled)
        return;
    const QString text = m_clipboard->text();
    if (text == m_lastText)
        return;
    m_lastText = text;
    const QStringList links = newSpaceLinks(text);
    if (!links.isEmpty())
        Q_EMIT spaceLinksCopied(links);
}

}  // namespace spacetape
