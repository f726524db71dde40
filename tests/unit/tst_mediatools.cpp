// SPDX-License-Identifier: MIT
// Guards the test oracle itself: if ffmpeg's encoder or md5 stopped working,
// every bit-exactness test would be meaningless.
#include "support/MediaTools.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape::test;

class TestMediaTools : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesDecodableAdts() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.aac"));
        QCOMPARE(encodeAdts(path, 48000, 2, 2.0), QString());
        QVERIFY(decodeErrors(path).isEmpty());
        const QByteArray md5 = decodedPcmMd5(path);
        QCOMPARE(md5.size(), 32);
        const QString other = dir.filePath(QStringLiteral("b.aac"));
        QCOMPARE(encodeAdts(other, 44100, 1, 2.0), QString());
        QVERIFY(decodedPcmMd5(other) != md5);
        const auto stream =
            probe(other).value(QStringLiteral("streams")).toArray().at(0).toObject();
        QCOMPARE(stream.value(QStringLiteral("sample_rate")).toString(), QStringLiteral("44100"));
        QCOMPARE(stream.value(QStringLiteral("channels")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMediaTools)
#include "tst_mediatools.moc"
