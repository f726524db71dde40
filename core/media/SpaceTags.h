// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace spacetape {

/**
 * @brief What we write into the file's iTunes metadata (moov/udta/meta/ilst).
 *
 * The atom each field lands in is named next to it; ffmpeg/ffprobe show them
 * as title, artist, album_artist, date, description, comment and episode_id.
 */
struct SpaceTags {
    QString title;        ///< ©nam
    QString hostName;     ///< ©ART (display name)
    QString hostHandle;   ///< aART, without '@' here; written as "@handle"
    QDateTime startedAt;  ///< ©day as ISO 8601 UTC "2026-11-28T10:00:00Z"
    QString description;  ///< desc (e.g. "Hosted by ... Speakers: A, B")
    QString comment;      ///< ©cmt (e.g. the Space link and speakers)
    QString spaceId;      ///< tven (what ffmpeg's episode_id writes)
    QString link;         ///< purl
    /// Folded into description/comment by the caller; no atom of its own, so
    /// reading a file back leaves it empty.
    QStringList speakers;
    QByteArray cover;  ///< covr, JPEG or PNG bytes (type detected from magic), may be empty
};

/// A cover's iTunes data type code (the `data` atom's well-known type).
enum class CoverFormat { Unknown = 0, Jpeg = 13, Png = 14 };

/// Tells JPEG from PNG by their magic bytes; the file extension is never trusted.
inline CoverFormat detectCoverFormat(const QByteArray &image) {
    if (image.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        return CoverFormat::Jpeg;
    if (image.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1A\n")))
        return CoverFormat::Png;
    return CoverFormat::Unknown;
}

}  // namespace spacetape
