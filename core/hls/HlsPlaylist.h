// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace spacetape {

/// An EXT-X-KEY in force for a segment (RFC 8216 §4.3.2.4).
struct HlsKey {
    QString method;    ///< "AES-128" or "SAMPLE-AES"; never "NONE" (that clears the key)
    QUrl uri;          ///< resolved against the playlist URL
    QString namedUri;  ///< the URI exactly as the playlist names it (decides who gets the login)
    QByteArray iv;     ///< 16 bytes, empty when the playlist gives no IV
};

/// One media segment (an X "chunk") of a media playlist.
struct HlsSegment {
    QUrl url;                             ///< resolved against the playlist URL
    double duration = 0;                  ///< EXTINF
    QString title;                        ///< EXTINF title after the comma
    qint64 mediaSequence = 0;             ///< EXT-X-MEDIA-SEQUENCE + index in the listing
    std::optional<qint64> chunkSequence;  ///< <seq> from chunk_<19 digits>_<seq>_a.aac
    bool discontinuity = false;
    /// From EXT-X-PROGRAM-DATE-TIME, or extrapolated from the previous segment's
    /// date plus its duration (never across a discontinuity); invalid when unknown.
    QDateTime programDateTime;
    std::optional<HlsKey> key;  ///< in force for this segment (METHOD=NONE clears)
    qint64 byteRangeLength = -1, byteRangeOffset = -1;
    /// chunkSequence when known, else mediaSequence: the order and the name of the chunk.
    qint64 sequence() const;
};

/// One EXT-X-STREAM-INF entry of a master playlist.
struct HlsVariant {
    QUrl url;  ///< resolved against the playlist URL
    qint64 bandwidth = 0;
    QString codecs;
    QString resolution;
};

/**
 * @brief A parsed HLS playlist (the subset of RFC 8216 that X's CDN uses).
 *
 * Parsing is pure: no network, no clock. Segments come sorted by
 * HlsSegment::sequence() because X's chunk names, not the listing order, say
 * which audio comes first.
 */
struct HlsPlaylist {
    Q_DECLARE_TR_FUNCTIONS(HlsPlaylist)
public:
    enum class Kind { Media, Master };
    Kind kind = Kind::Media;
    int targetDuration = 0;
    qint64 mediaSequence = 0;
    bool endList = false;
    QList<HlsSegment> segments;    ///< ordered by sequence()
    QList<HlsVariant> variants;    ///< master only, in listing order
    double totalDuration() const;  ///< Σ EXTINF

    /**
     * Parses @p text fetched from @p playlistUrl (the base for relative URIs).
     *
     * Tolerates a BOM, CRLF, blank lines, comments and unknown tags. Fails with a
     * message naming what was received instead (an HTML page, a JSON error, an
     * empty answer, binary data, text without #EXTM3U) or where a playlist was
     * cut short. Messages do not contain the URL: callers add that context.
     */
    static Expected<HlsPlaylist> parse(const QByteArray &text, const QUrl &playlistUrl);
};

}  // namespace spacetape
