// SPDX-License-Identifier: MIT
#pragma once

#include "util/Limits.h"

#include <QString>
#include <QStringList>

class QMimeData;

namespace spacetape {

/// The text to scan for Space links in a drop or a paste, and what could not be read.
struct DroppedLinks {
    QString text;            ///< every piece joined by newlines, ready for DownloadQueue::addText
    QStringList unreadable;  ///< "file: reason" for dropped files that could not be read
    int ignoredFiles = 0;    ///< dropped local files that are not link lists (.txt)
};

/**
 * @brief Turns drops and clipboard contents into link text.
 *
 * Accepts `text/uri-list` (each URL is a link candidate), local `.txt` files (read as
 * link lists, one or many links per line) and plain text with links in it. Local files of
 * other kinds are ignored rather than read: a dropped video must not be scanned.
 */
class LinkDropHandler {
public:
    /// Largest link list read from a dropped file; bigger files are refused, not truncated.
    static constexpr qint64 kMaxListFileBytes = limits::kMaxLinksFileBytes;

    /// True when @p mime carries something extract() can use.
    static bool canAccept(const QMimeData *mime);
    /// Collects the link text of @p mime, reading dropped link list files at once.
    static DroppedLinks extract(const QMimeData *mime);
    /// extract() without reading files: the link list files to read are put in @p listFiles
    /// (read them with readListFiles(), off the GUI thread).
    static DroppedLinks extract(const QMimeData *mime, QStringList *listFiles);
    /// Reads @p paths as link lists; safe to call from any thread.
    static DroppedLinks readListFiles(const QStringList &paths);
    /// The text of a link list file; on failure an empty string and the reason in @p error.
    /// Only a regular file is read (never a FIFO or a device, which could block or never
    /// end), opened without blocking and at most kMaxListFileBytes of it.
    static QString readListFile(const QString &path, QString *error);
};

}  // namespace spacetape
