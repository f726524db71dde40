// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace spacetape::test::nist {

// NIST SP 800-38A, F.2.1 CBC-AES128.Encrypt: published key, IV, plaintext and ciphertext.
inline const QByteArray kKey = QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c");
inline const QByteArray kIv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
inline const QByteArray kPlaintext = QByteArray::fromHex(
    "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
    "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
inline const QByteArray kCiphertext = QByteArray::fromHex(
    "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"
    "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7");
/// HLS chunks are PKCS#7 padded: the 64 bytes gain a block of 0x10s, which encrypts
/// (chained on the last block above) to this.
inline const QByteArray kPaddingBlock = QByteArray::fromHex("8cb82807230e1321d3fae00d18cc2012");

}  // namespace spacetape::test::nist
