// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace spacetape {

/// Chunk sequence numbers for a message: "12, 13, 40" — the first 20, then "and N more".
QString sequenceList(const QList<qint64> &sequences);

/**
 * @p text (Qt's, X's or another message's words, which may or may not end in a full stop)
 * trimmed and without its closing full stops (. 。 ． ｡), for the middle or end of a translated
 * sentence: that sentence's own stop is in its translation ("…: %1."), so a Japanese one ends
 * in 。 and none ends in two stops.
 */
QString withoutFullStop(QString text);

/// A length as "H:MM:SS" (hours always shown), for messages comparing durations.
QString clockText(qint64 seconds);

/// What a Space is called: its title, or "Space <id>" when X gave none (translated).
QString spaceTitleOrId(const QString &title, const QString &spaceId);

/// A person as shown in tags and the window: "Name (@handle)", or "@handle" without a name.
QString personText(const QString &displayName, const QString &handle);

}  // namespace spacetape
