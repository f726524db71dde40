// SPDX-License-Identifier: MIT
#pragma once

#include "util/SafeText.h"

#include <QString>
#include <QStringList>

namespace spacetape {

/**
 * Text from X or a file (titles, names, error messages) as a tooltip that shows it literally.
 * Qt renders a tooltip as rich text when it merely looks like HTML, so a title such as
 * `<img src=…>` would be interpreted: such text is HTML-escaped inside a paragraph.
 */
inline QString plainToolTip(const QString &text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = printable(line);
    const QString clean = lines.join(QLatin1Char('\n'));
    if (!clean.contains(QLatin1Char('<')) && !clean.contains(QLatin1Char('&')))
        return clean;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + clean.toHtmlEscaped() +
           QStringLiteral("</p>");
}

/// Text for a desktop notification body: freedesktop servers may interpret markup in it.
inline QString plainNotificationText(const QString &text) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return printable(text).toHtmlEscaped();
#else
    return printable(text);
#endif
}

}  // namespace spacetape
