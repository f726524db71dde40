// SPDX-License-Identifier: MIT
#include "media/AudioFormat.h"

#include <QTest>

using namespace spacetape;

class TestAudioFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAdtsHeaderWithoutCrc() {
        // AAC-LC, 48 kHz (index 3), stereo, frame length 0x175 = 373 bytes.
        const unsigned char h[] = {0xFF, 0xF1, 0x4C, 0x80, 0x2E, 0xBF, 0xFC};
        const auto header = AdtsHeader::parse(h, sizeof h);
        QVERIFY(header);
        QCOMPARE(header->headerLength, 7);
        QCOMPARE(header->format.audioObjectType, 2);
        QCOMPARE(header->format.sampleRate(), 48000);
        QCOMPARE(header->format.channelConfiguration, 2);
        QCOMPARE(header->frameLength, 373);
        QCOMPARE(header->rawDataBlocks, 1);
    }
    void crcHeaderIsNineBytes() {
        const unsigned char h[] = {0xFF, 0xF0, 0x50, 0x40, 0x2E, 0xBF, 0xFC};
        const auto header = AdtsHeader::parse(h, sizeof h);
        QVERIFY(header);
        QCOMPARE(header->headerLength, 9);
        QCOMPARE(header->format.sampleRate(), 44100);
        QCOMPARE(header->format.channelConfiguration, 1);
    }
    void rejectsNonSync() {
        const unsigned char h[] = {0x47, 0x40, 0x11, 0x10, 0x00, 0x00, 0x00};
        QVERIFY(!AdtsHeader::parse(h, sizeof h));
        const unsigned char shortHeader[] = {0xFF, 0xF1};
        QVERIFY(!AdtsHeader::parse(shortHeader, sizeof shortHeader));
    }
    void audioSpecificConfigMatchesFormat() {
        AudioFormat f{2, 3, 2};  // AAC-LC 48 kHz stereo -> 0x11 0x90
        QCOMPARE(f.audioSpecificConfig(), QByteArray::fromHex("1190"));
        AudioFormat mono{2, 4, 1};  // 44.1 kHz mono -> 0x12 0x08
        QCOMPARE(mono.audioSpecificConfig(), QByteArray::fromHex("1208"));
        QCOMPARE(f.describe(), QStringLiteral("AAC-LC 48000 Hz stereo"));
    }
};

QTEST_GUILESS_MAIN(TestAudioFormat)
#include "tst_audioformat.moc"
