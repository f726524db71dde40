// SPDX-License-Identifier: MIT
#pragma once

#include "job/LiveChunks.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace spacetape {

/**
 * @brief What a live capture keeps next to its chunks (`live-capture.json`), and the one
 * reader and writer of that file.
 *
 * The file is read back after a restart, so it is treated like a network answer: read only
 * when it is a regular file no larger than limits::kMaxLiveSidecarBytes, its Space ID must
 * equal the cache folder's key, every URL must be a web address and every chunk must lie on
 * the host of one of its playlists (LiveChunks::chunkAllowed), every number goes through the
 * safe converters and every sequence stays within LiveChunks' range. Anything else refuses
 * the whole file. Chunk URLs share a few folders: each folder is stored once.
 */
struct LiveSidecar {
    Q_DECLARE_TR_FUNCTIONS(LiveSidecar)
public:
    /// The file name inside the cache folder.
    static QString fileName();

    QString spaceId;
    QUrl masterUrl, variantUrl, dynamicUrl;
    qint64 lastLiveSequence = -1;  ///< the highest sequence listed while the Space was live
    LiveChunks chunks;             ///< its firstListed() is the Space's first sequence
    QDateTime startedAt, endedAt;

    /// The file's bytes (compact JSON); linear in the chunks.
    QByteArray toJson() const;
    /// Parses @p json, the sidecar of the cache folder whose key is @p folderKey.
    static Expected<LiveSidecar> fromJson(const QByteArray &json, const QString &folderKey);
    /// Reads the sidecar in @p cacheDir (see the class comment); fails when it is absent too.
    static Expected<LiveSidecar> read(const QString &cacheDir, const QString &folderKey);
    /// Writes it into @p cacheDir atomically; false (with @p error) when that failed.
    bool write(const QString &cacheDir, QString *error = nullptr) const;
};

}  // namespace spacetape
