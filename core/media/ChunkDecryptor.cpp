// SPDX-License-Identifier: MIT
#include "media/ChunkDecryptor.h"

#include <openssl/evp.h>

#include <memory>

namespace spacetape {

QByteArray ChunkDecryptor::ivForSequence(qint64 mediaSequence) {
    QByteArray iv(16, '\0');
    for (int i = 0; i < 8; ++i)
        iv[15 - i] = char((quint64(mediaSequence) >> (8 * i)) & 0xFF);
    return iv;
}

Expected<QByteArray> ChunkDecryptor::decrypt(const QByteArray &data, const ChunkKey &key,
                                             const QString &chunkName) {
    // Key and IV come from different places (the key server, the playlist): each message
    // names the one that is wrong, so the remedy points the right way.
    if (key.key.size() != 16)
        return fail(tr("The key for %1 is not a 16-byte AES-128 key (%2 bytes): the "
                       "key server sent something else — check your login.")
                        .arg(chunkName)
                        .arg(key.key.size()));
    if (key.iv.size() != 16)
        return fail(tr("The IV for %1 is not a 16-byte AES-128 IV (%2 bytes): the "
                       "playlist's EXT-X-KEY is damaged — resolve the Space again.")
                        .arg(chunkName)
                        .arg(key.iv.size()));
    if (data.isEmpty() || data.size() % 16 != 0)
        return fail(tr("%1 is not AES-128 encrypted data (%2 bytes is not a whole "
                       "number of blocks); fetch it again.")
                        .arg(chunkName)
                        .arg(data.size()));
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                              &EVP_CIPHER_CTX_free);
    QByteArray clear(data.size() + 16, Qt::Uninitialized);
    int written = 0;
    int tail = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    auto *out = reinterpret_cast<unsigned char *>(clear.data());
    const bool ok =
        ctx &&
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr,
                           reinterpret_cast<const unsigned char *>(key.key.constData()),
                           reinterpret_cast<const unsigned char *>(key.iv.constData())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), out, &written, in, int(data.size())) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), out + written, &tail) == 1;
    if (!ok)
        return fail(tr("%1 could not be decrypted with the Space's key (wrong key or "
                       "damaged chunk). Log in again and retry.")
                        .arg(chunkName));
    clear.truncate(written + tail);
    return clear;
}

}  // namespace spacetape
