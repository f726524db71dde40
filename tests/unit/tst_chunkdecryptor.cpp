// SPDX-License-Identifier: MIT
// ChunkDecryptor against the published NIST SP 800-38A vectors, and its errors.
#include "media/ChunkDecryptor.h"
#include "support/AesVectors.h"

#include <QTest>

using namespace spacetape;

namespace {
using namespace spacetape::test::nist;
const QByteArray &kNistKey = kKey;
const QByteArray &kNistIv = kIv;
const QByteArray &kNistPlaintext = kPlaintext;
const QByteArray &kNistCiphertext = kCiphertext;
}  // namespace

class TestChunkDecryptor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decryptsTheNistVector() {
        const auto clear =
            ChunkDecryptor::decrypt(kNistCiphertext + kPaddingBlock, ChunkKey{kNistKey, kNistIv},
                                    QStringLiteral("chunk 7"));
        QVERIFY2(clear, qPrintable(clear.error()));
        QCOMPARE(clear->toHex(), kNistPlaintext.toHex());
    }

    void decryptsAMidStreamBlockWithThePreviousBlockAsIv() {
        // CBC: blocks 3-4 (+ padding) decrypt alone with block 2 as their IV.
        const auto clear = ChunkDecryptor::decrypt(kNistCiphertext.mid(32) + kPaddingBlock,
                                                   ChunkKey{kNistKey, kNistCiphertext.mid(16, 16)},
                                                   QStringLiteral("chunk 8"));
        QVERIFY2(clear, qPrintable(clear.error()));
        QCOMPARE(clear->toHex(), kNistPlaintext.mid(32).toHex());
    }

    void ivForSequenceIsTheBigEndianSequence() {
        QCOMPARE(ChunkDecryptor::ivForSequence(0).toHex(),
                 QByteArray("00000000000000000000000000000000"));
        QCOMPARE(ChunkDecryptor::ivForSequence(1234).toHex(),
                 QByteArray("000000000000000000000000000004d2"));
        QCOMPARE(ChunkDecryptor::ivForSequence(0x0102030405060708LL).toHex(),
                 QByteArray("00000000000000000102030405060708"));
    }

    void badPaddingIsAClearError() {
        // The NIST ciphertext without its padding block ends in plaintext "...3710": a last
        // byte of 0x10 with 15 bytes before it that are not 0x10 is not PKCS#7.
        const auto clear = ChunkDecryptor::decrypt(kNistCiphertext, ChunkKey{kNistKey, kNistIv},
                                                   QStringLiteral("chunk 7"));
        QVERIFY(!clear);
        QVERIFY2(clear.error().contains(QStringLiteral("chunk 7")), qPrintable(clear.error()));
        QVERIFY2(clear.error().contains(QStringLiteral("could not be decrypted")),
                 qPrintable(clear.error()));
    }

    void aWrongKeyIsAClearError() {
        QByteArray wrong = kNistKey;
        wrong[0] = char(wrong[0] ^ 0x01);
        const auto clear = ChunkDecryptor::decrypt(
            kNistCiphertext + kPaddingBlock, ChunkKey{wrong, kNistIv}, QStringLiteral("chunk 7"));
        // With the wrong key the padding is garbage; the chance it still reads as valid
        // PKCS#7 is about 1/256 — not for this fixed key.
        QVERIFY(!clear);
        QVERIFY2(clear.error().contains(QStringLiteral("wrong key")), qPrintable(clear.error()));
    }

    void aTruncatedBlockIsAClearError_data() {
        QTest::addColumn<int>("size");
        QTest::newRow("one byte short") << 79;
        QTest::newRow("one byte over") << 81;
        QTest::newRow("half a block") << 8;
        QTest::newRow("empty") << 0;
    }

    void aTruncatedBlockIsAClearError() {
        QFETCH(int, size);
        const QByteArray data = (kNistCiphertext + kPaddingBlock + QByteArray(1, 'x')).left(size);
        const auto clear =
            ChunkDecryptor::decrypt(data, ChunkKey{kNistKey, kNistIv}, QStringLiteral("chunk 9"));
        QVERIFY(!clear);
        QVERIFY2(clear.error().contains(QStringLiteral("chunk 9")), qPrintable(clear.error()));
        QVERIFY2(clear.error().contains(QStringLiteral("not a whole number of blocks")),
                 qPrintable(clear.error()));
    }

    void aKeyOrIvOfTheWrongSizeIsRefusedNamingWhichIsWrong_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QString>("culprit");
        QTest::addColumn<int>("size");
        QTest::newRow("15-byte key") << kNistKey.left(15) << kNistIv << "key" << 15;
        QTest::newRow("17-byte key") << kNistKey + 'x' << kNistIv << "key" << 17;
        QTest::newRow("32-byte key") << kNistKey + kNistKey << kNistIv << "key" << 32;
        QTest::newRow("empty key") << QByteArray() << kNistIv << "key" << 0;
        QTest::newRow("8-byte iv") << kNistKey << kNistIv.left(8) << "IV" << 8;
        QTest::newRow("17-byte iv") << kNistKey << kNistIv + 'x' << "IV" << 17;
        QTest::newRow("empty iv") << kNistKey << QByteArray() << "IV" << 0;
    }

    void aKeyOrIvOfTheWrongSizeIsRefusedNamingWhichIsWrong() {
        // The key comes from the key server, the IV from the playlist: the message must name
        // the one that is wrong, with its own size, and not blame the other.
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QString, culprit);
        QFETCH(int, size);
        const auto clear = ChunkDecryptor::decrypt(kNistCiphertext + kPaddingBlock,
                                                   ChunkKey{key, iv}, QStringLiteral("chunk 3"));
        QVERIFY(!clear);
        const QString &message = clear.error();
        QVERIFY2(message.contains(QStringLiteral("chunk 3")), qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("The %1 for chunk 3").arg(culprit)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("16-byte AES-128 %1").arg(culprit)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(%1 bytes)").arg(size)), qPrintable(message));
        const QString other =
            culprit == QLatin1String("key") ? QStringLiteral("IV") : QStringLiteral("key");
        QVERIFY2(!message.contains(QStringLiteral("AES-128 %1").arg(other)), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestChunkDecryptor)
#include "tst_chunkdecryptor.moc"
