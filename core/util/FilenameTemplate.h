// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace spacetape {

/// What a file name template can refer to. Empty / invalid / negative means "unknown".
struct FilenameValues {
    QString id, title, host /* @handle without @ */, hostName;
    QDateTime startedAt;
    qint64 durationSeconds = -1;
};

/**
 * @brief Turns a template such as "{date} {host} - {title} [{id}]" into a safe relative path.
 *
 * Rules (the same on every OS, so a library synced between machines keeps its names):
 * - {date} is yyyy-MM-dd and {time} HH-mm, both in UTC, so a name does not change with the
 *   machine's time zone or daylight saving; {duration} is "1h02m" or "45m" (rounded minutes).
 * - Every value is sanitised as ONE path component before substitution, so a title such as
 *   "a/../../etc/passwd" can never add a directory; separators ('/' or '\') come only from
 *   the template, whose ".", ".." and empty components (and a leading '/' or drive) are dropped.
 * - A missing value renders as "unknown"; a template that yields nothing renders "Space <id>".
 * - When a component is too long, its longest value (usually the title) is shortened first,
 *   at a word break when one is near, ending in "…", so the rest of the name (the ID) survives.
 * - Windows device names are guarded per finished component: "CON" alone becomes "CON_",
 *   "CON talks" stays as it is.
 */
class FilenameTemplate {
    Q_DECLARE_TR_FUNCTIONS(FilenameTemplate)

public:
    /// "{date} {host} - {title} [{id}]"
    static QString defaultTemplate();
    /// {id} {title} {host} {host_name} {date} {time} {duration}
    static QStringList variables();
    /// Relative path ('/'-separated, directory parts allowed in the template) + ".m4a" not
    /// included.
    static QString render(const QString &templ, const FilenameValues &values);
    /// Checks a template: unknown variables, an unclosed '{', an empty result fail with a
    /// message saying what to write instead.
    static Expected<void> check(const QString &templ);
    /**
     * Makes one path component safe on Windows, macOS and Linux.
     *
     * Forbidden characters <>:"/\|?* become '_' (plain ASCII: predictable and searchable,
     * unlike look-alike glyphs); control characters and line breaks become a space and
     * whitespace runs collapse; bidirectional override/isolate controls are removed (they
     * can disguise an extension); text is NFC-normalised; leading dots (hidden files) and
     * trailing dots/spaces (dropped by Windows) are trimmed; Windows device names (CON,
     * NUL, COM1, LPT1, … also with an extension, any case) get '_' after the base name;
     * the result is cut to @p maxUtf8Bytes (at least 16) at a grapheme boundary, so no
     * character, surrogate pair or combining sequence is split. May return an empty string.
     */
    static QString sanitizeComponent(const QString &component, int maxUtf8Bytes = 200);
};

}  // namespace spacetape
