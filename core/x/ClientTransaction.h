// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace spacetape {

/**
 * @brief Computes X's `x-client-transaction-id` header (facts §8).
 *
 * X's web client signs each API call with this header; some endpoints answer 404
 * without it. Its inputs are a per-visitor key from the homepage's
 * `twitter-site-verification` meta tag, and an "animation key" derived from that
 * key, one of the homepage's `loading-x-anim-N` SVG paths and byte indices
 * named in the `ondemand.s` chunk. Both are computed once (fromPages()); each
 * header then costs one SHA-256. A plain value: no network, no clock, no
 * randomness of its own, so tests pin every input.
 */
class ClientTransaction {
    Q_DECLARE_TR_FUNCTIONS(ClientTransaction)

public:
    /// X's epoch for the header's time field: 2023-05-01 07:40:00 UTC.
    static constexpr qint64 kEpochSeconds = 1682924400;

    /// Derives key and animation key from the homepage and the ondemand.s chunk; the
    /// failure says which part of which page was missing or malformed.
    static Expected<ClientTransaction> fromPages(const QString &homepageHtml,
                                                 const QString &onDemandJs);
    /// Rebuilds from what key() and animationKey() returned earlier (a cache).
    static Expected<ClientTransaction> fromParts(const QByteArray &keyBytes,
                                                 const QByteArray &animationKey);

    /**
     * The header value for a call of @p method on @p path (the URL path only; a query
     * is cut off) at @p unixSeconds, masked with @p randomByte as X's client does:
     * base64 without padding of `[r] + ((key, time LE32, sha256[0:16], 3) XOR r)`.
     */
    QByteArray headerFor(const QByteArray &method, const QString &path, qint64 unixSeconds,
                         quint8 randomByte) const;

    /// The site-verification key, decoded.
    QByteArray key() const { return m_key; }
    /// The animation key: lower-case hex digits of a colour and a rotation matrix.
    QByteArray animationKey() const { return m_animationKey; }

    // The steps, public for tests.

    /// The base64 `content` of `<meta name="twitter-site-verification">`, decoded.
    static Expected<QByteArray> siteVerificationKey(const QString &homepageHtml);
    /// Every N of `(x[N], 16)` in the ondemand.s chunk: the row index, then the time indices.
    static QList<int> onDemandIndices(const QString &onDemandJs);
    /// The integer rows of `loading-x-anim-<frame>`'s animated path (its second `<path>`):
    /// `d` without its first 9 characters, split at each `C`, every digit run a number.
    static Expected<QList<QList<int>>> animationRows(const QString &homepageHtml, int frame);
    /// The animation key of one row at @p targetTime (frame time / 4096).
    static Expected<QByteArray> animationKeyOfRow(const QList<int> &row, double targetTime);
    /// y of the CSS-style cubic bezier (0,0) (x1,y1) (x2,y2) (1,1) at x = @p time; linear
    /// outside [0, 1] along the end tangents.
    static double cubicBezierValue(double x1, double y1, double x2, double y2, double time);
    /// @p value in upper-case hex with a hex fraction ("0.8" → ".CCCCCCCCCCCCD"); "" for 0.
    static QByteArray hexWithFraction(double value);

private:
    QByteArray m_key;
    QByteArray m_animationKey;
};

}  // namespace spacetape
