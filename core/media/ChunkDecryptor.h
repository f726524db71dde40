// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace spacetape {

/// The AES-128 key and IV that decrypt one chunk (RFC 8216 §5.2).
struct ChunkKey {
    QByteArray key;  ///< 16 bytes, fetched from the playlist's EXT-X-KEY URI
    QByteArray iv;   ///< 16 bytes
};

/**
 * @brief Decrypts AES-128-CBC (PKCS#7 padded) chunks of encrypted Spaces.
 */
class ChunkDecryptor {
    Q_DECLARE_TR_FUNCTIONS(ChunkDecryptor)
public:
    /// The IV HLS implies when EXT-X-KEY has none: the media sequence number, big-endian.
    static QByteArray ivForSequence(qint64 mediaSequence);
    /// Decrypts @p data; @p chunkName names the chunk in errors.
    static Expected<QByteArray> decrypt(const QByteArray &data, const ChunkKey &key,
                                        const QString &chunkName);
};

}  // namespace spacetape
