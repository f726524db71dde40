// SPDX-License-Identifier: MIT
#include "media/ChunkReader.h"
#include "support/ChunkFixture.h"
#include "support/MediaTools.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {

const AudioFormat kStereo48k{2, 3, 2};
const AudioFormat kMono44k{2, 4, 1};

/// Distinct, recognisable payload bytes (kept below 0x80 so they never look like a sync).
QByteArray payload(int seed, int size = 200) {
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char((seed * 31 + i * 7) & 0x7F);
    return bytes;
}

QByteArray payloadAt(const QByteArray &chunk, const AacFrameRef &frame) {
    return chunk.mid(frame.offset, frame.size);
}

/// Every ADTS frame of a clean file, split into format + payload.
struct CleanFrames {
    QList<QByteArray> payloads;
    QByteArray bytes;
};

CleanFrames readCleanAdts(const QString &path) {
    CleanFrames clean;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return clean;
    clean.bytes = file.readAll();
    const auto *data = reinterpret_cast<const uchar *>(clean.bytes.constData());
    for (qsizetype pos = 0; pos < clean.bytes.size();) {
        const auto header = AdtsHeader::parse(data + pos, clean.bytes.size() - pos);
        if (!header)
            break;
        clean.payloads << clean.bytes.mid(pos + header->headerLength, header->payloadLength());
        pos += header->frameLength;
    }
    return clean;
}

/// Bytes with no believable structure: pseudo-random, 0xFF and 'I' included.
QByteArray garbage(int size, quint32 seed) {
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i) {
        seed = seed * 1103515245u + 12345u;
        bytes[i] = char(seed >> 23);
    }
    return bytes;
}

}  // namespace

class TestChunkReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_stereoAdts;
    QString m_monoAdts;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_stereoAdts = m_dir.filePath(QStringLiteral("stereo48.aac"));
        m_monoAdts = m_dir.filePath(QStringLiteral("mono44.aac"));
        QCOMPARE(encodeAdts(m_stereoAdts, 48000, 2, 20.0), QString());
        QCOMPARE(encodeAdts(m_monoAdts, 44100, 1, 20.0, 64), QString());
    }

    void fixtureChunksGiveBackTheCleanStream_data() {
        QTest::addColumn<bool>("stereo");
        QTest::addColumn<qint64>("firstSequence");
        QTest::newRow("48 kHz stereo") << true << qint64(0);
        QTest::newRow("44.1 kHz mono") << false << qint64(17);
    }
    void fixtureChunksGiveBackTheCleanStream() {
        QFETCH(bool, stereo);
        QFETCH(qint64, firstSequence);
        ChunkFixtureOptions options;
        options.firstSequence = firstSequence;
        options.strayBytesChunks = {0, 3};
        options.extraId3FramesChunks = {1, 3};
        options.footerTagChunks = {2, 4};
        options.midTagChunks = {4, 5};
        const QString out = m_dir.filePath(QStringLiteral("chunks-%1").arg(stereo));
        QString error;
        const auto fixture =
            makeChunkFixture(stereo ? m_stereoAdts : m_monoAdts, out, options, &error);
        QVERIFY2(fixture, qPrintable(error));
        QCOMPARE(fixture->format, stereo ? kStereo48k : kMono44k);
        QCOMPARE(fixture->chunkNames.size(), 7);  // 20 s in ~3 s chunks

        const CleanFrames clean = readCleanAdts(fixture->cleanAdtsPath);
        QCOMPARE(clean.payloads.size(), fixture->frameCount);

        QByteArray rebuilt;
        int frameIndex = 0;
        for (int i = 0; i < fixture->chunkBytes.size(); ++i) {
            const QString name = QStringLiteral("chunk %1").arg(fixture->sequences[i]);
            const auto audio = ChunkReader::read(fixture->chunkBytes[i], name);
            QVERIFY2(audio.ok(), qPrintable(audio.error()));
            QCOMPARE(audio->format, fixture->format);
            QCOMPARE(audio->junkBytesSkipped, options.strayBytesChunks.contains(i) ? 188 : 0);
            QCOMPARE(audio->id3TagsSkipped, options.midTagChunks.contains(i) ? 2 : 1);
            QVERIFY(audio->transportStreamTimestamp);
            QCOMPARE(*audio->transportStreamTimestamp,
                     quint64(frameIndex) * 1024 * 90000 / quint64(fixture->format.sampleRate()));
            for (const AacFrameRef &frame : audio->frames) {
                const QByteArray bytes = payloadAt(fixture->chunkBytes[i], frame);
                QVERIFY(frameIndex < clean.payloads.size());
                QCOMPARE(bytes, clean.payloads[frameIndex]);
                rebuilt += makeAdtsFrame(audio->format, bytes);
                ++frameIndex;
            }
        }
        QCOMPARE(frameIndex, fixture->frameCount);
        // Headers re-added the way ffmpeg writes them: the clean file, byte for byte.
        QCOMPARE(rebuilt.size(), clean.bytes.size());
        QVERIFY(rebuilt == clean.bytes);
    }

    void fixtureWritesAReplayPlaylistAndChunkFiles() {
        ChunkFixtureOptions options;
        options.firstSequence = 5;
        QString error;
        const auto fixture =
            makeChunkFixture(m_stereoAdts, m_dir.filePath(QStringLiteral("pl")), options, &error);
        QVERIFY2(fixture, qPrintable(error));
        QVERIFY(QRegularExpression(QStringLiteral("^playlist_\\d{19}\\.m3u8$"))
                    .match(fixture->playlistName)
                    .hasMatch());
        QFile playlistFile(fixture->playlistPath);
        QVERIFY(playlistFile.open(QIODevice::ReadOnly));
        const QString playlist = QString::fromUtf8(playlistFile.readAll());
        QVERIFY(playlist.startsWith(QStringLiteral("#EXTM3U\n")));
        QVERIFY(playlist.contains(QStringLiteral("#EXT-X-TARGETDURATION:4\n")));
        QVERIFY(playlist.contains(QStringLiteral("#EXT-X-MEDIA-SEQUENCE:5\n")));
        QVERIFY(playlist.contains(QStringLiteral("#EXTINF:3.008,\n")));  // 141 frames at 48 kHz
        QVERIFY(playlist.trimmed().endsWith(QStringLiteral("#EXT-X-ENDLIST")));

        const QRegularExpression chunkName(QStringLiteral("^chunk_(\\d{19})_(\\d+)_a\\.aac$"));
        qint64 lastEpoch = 0;
        qsizetype lastAt = -1;
        for (int i = 0; i < fixture->chunkNames.size(); ++i) {
            const auto match = chunkName.match(fixture->chunkNames[i]);
            QVERIFY2(match.hasMatch(), qPrintable(fixture->chunkNames[i]));
            QCOMPARE(match.captured(2).toLongLong(), fixture->sequences[i]);
            QCOMPARE(fixture->sequences[i], 5 + i);
            QVERIFY(match.captured(1).toLongLong() > lastEpoch);
            lastEpoch = match.captured(1).toLongLong();
            const qsizetype at = playlist.indexOf(fixture->chunkNames[i]);
            QVERIFY(at > lastAt);
            lastAt = at;
            QFile chunkFile(QDir(fixture->dir).filePath(fixture->chunkNames[i]));
            QVERIFY(chunkFile.open(QIODevice::ReadOnly));
            QVERIFY(chunkFile.readAll() == fixture->chunkBytes[i]);
        }
    }

    void fixtureRejectsInputThatIsNotAdts() {
        const QString path = m_dir.filePath(QStringLiteral("not-adts.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage(1000, 7));
        file.close();
        QString error;
        QVERIFY(!makeChunkFixture(path, m_dir.filePath(QStringLiteral("x")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("not clean ADTS")));
    }

    void tagIsTheSizeXUses() {
        const QByteArray tag = makeId3Tag(123456, false, false);
        QCOMPARE(tag.size(), 73);
        QCOMPARE(tag.left(10), QByteArray::fromHex("49443304000000000"
                                                   "03f"));
        const QByteArray footerTag = makeId3Tag(1, false, true);
        QCOMPARE(footerTag.size(), 83);
        QCOMPARE(footerTag.right(10), QByteArray::fromHex("33444904001000000"
                                                          "03f"));
        QVERIFY(makeId3Tag(1, true, false).size() > 200);
    }

    void readsTheTimestamp() {
        const quint64 pts = (quint64(1) << 32) + 123456789;  // needs the 33rd bit
        QByteArray chunk = makeId3Tag(pts, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(1));
        auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->transportStreamTimestamp.value_or(0), pts);

        // Only 33 of the 64 bits count.
        chunk[65] = char(0xFF);
        audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QCOMPARE(audio->transportStreamTimestamp.value_or(0), pts);

        // The timestamp after other frames, in a tag with a footer.
        chunk = makeId3Tag(90000, true, true) + makeAdtsFrame(kStereo48k, payload(2));
        audio = ChunkReader::read(chunk, QStringLiteral("chunk 2"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->transportStreamTimestamp.value_or(0), quint64(90000));
        QCOMPARE(audio->frames.size(), std::size_t(1));
        QCOMPARE(payloadAt(chunk, audio->frames[0]), payload(2));
    }

    void readsTheTimestampFromOtherTagShapes_data() {
        QTest::addColumn<QByteArray>("tagHeader");
        QTest::addColumn<QByteArray>("extendedHeader");
        // v2.4: syncsafe size counting itself, one flag byte, no flags.
        QTest::newRow("v2.4 extended header")
            << QByteArray("ID3\x04\x00\x40", 6) << QByteArray::fromHex("000000060100");
        // v2.3: big-endian size not counting itself, two flag bytes, padding size.
        QTest::newRow("v2.3 extended header")
            << QByteArray("ID3\x03\x00\x40", 6) << QByteArray::fromHex("00000006000000000000");
        QTest::newRow("v2.3 plain") << QByteArray("ID3\x03\x00\x00", 6) << QByteArray();
    }
    void readsTheTimestampFromOtherTagShapes() {
        QFETCH(QByteArray, tagHeader);
        QFETCH(QByteArray, extendedHeader);
        // Reuse the PRIV frame of a generated tag (its size fits any version).
        const QByteArray priv = makeId3Tag(777777, false, false).mid(10);
        const QByteArray body = extendedHeader + priv;
        QByteArray chunk = tagHeader;
        chunk.append(char(0))
            .append(char(0))
            .append(char(body.size() >> 7))
            .append(char(body.size() & 0x7F));
        chunk += body;
        chunk += makeAdtsFrame(kStereo48k, payload(1));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->id3TagsSkipped, 1);
        QCOMPARE(audio->transportStreamTimestamp.value_or(0), quint64(777777));
    }

    void firstTimestampWins() {
        QByteArray chunk = makeId3Tag(1000, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(1));
        chunk += makeId3Tag(2000, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(2));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->transportStreamTimestamp.value_or(0), quint64(1000));
        QCOMPARE(audio->id3TagsSkipped, 2);
        QCOMPARE(audio->frames.size(), std::size_t(2));
        QCOMPARE(audio->junkBytesSkipped, 0);
    }

    void noTagMeansNoTimestamp() {
        const QByteArray chunk =
            makeAdtsFrame(kMono44k, payload(1)) + makeAdtsFrame(kMono44k, payload(2));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QVERIFY(!audio->transportStreamTimestamp);
        QCOMPARE(audio->id3TagsSkipped, 0);
        QCOMPARE(audio->format, kMono44k);
        QCOMPARE(audio->frames.size(), std::size_t(2));
    }

    void severalTagsBeforeTheAudio() {
        QByteArray chunk =
            makeId3Tag(5, true, false) + makeId3Tag(6, false, true) + makeId3Tag(7, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(1));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->id3TagsSkipped, 3);
        QCOMPARE(audio->transportStreamTimestamp.value_or(0), quint64(5));
        QCOMPARE(audio->frames.size(), std::size_t(1));
    }

    void crcHeadersAreNineBytes() {
        QByteArray chunk = makeId3Tag(0, false, false);
        const qsizetype firstFrame = chunk.size();
        chunk += makeAdtsFrame(kStereo48k, payload(1, 150), true);
        chunk += makeAdtsFrame(kStereo48k, payload(2, 170), true);
        chunk += makeAdtsFrame(kStereo48k, payload(3, 190), false);
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->frames.size(), std::size_t(3));
        QCOMPARE(audio->frames[0].offset, qint32(firstFrame + 9));
        QCOMPARE(audio->frames[0].size, 150);
        QCOMPARE(payloadAt(chunk, audio->frames[0]), payload(1, 150));
        QCOMPARE(payloadAt(chunk, audio->frames[1]), payload(2, 170));
        QCOMPARE(audio->frames[2].offset, qint32(firstFrame + 159 + 179 + 7));
        QCOMPARE(payloadAt(chunk, audio->frames[2]), payload(3, 190));
    }

    void allGarbageIsNoAudio() {
        const QByteArray bytes = garbage(2048, 17);
        QVERIFY(bytes.contains('\xFF'));
        const auto audio = ChunkReader::read(bytes, QStringLiteral("chunk 17"));
        QVERIFY(!audio.ok());
        QCOMPARE(audio.error(),
                 QStringLiteral("chunk 17 holds no AAC audio: 2048 bytes of other data"));
    }

    void emptyIsNoAudio() {
        const auto audio = ChunkReader::read(QByteArray(), QStringLiteral("chunk 3"));
        QVERIFY(!audio.ok());
        QVERIFY2(audio.error().startsWith(QStringLiteral("chunk 3 holds no AAC audio")),
                 qPrintable(audio.error()));
        QVERIFY(audio.error().contains(QStringLiteral("empty")));
    }

    void tagOnlyIsNoAudio() {
        const auto audio =
            ChunkReader::read(makeId3Tag(0, false, false), QStringLiteral("chunk 4"));
        QVERIFY(!audio.ok());
        QCOMPARE(audio.error(),
                 QStringLiteral("chunk 4 holds no AAC audio: 73 bytes of other data"));
    }

    void truncatedLastFrameIsAnError() {
        QByteArray chunk = makeId3Tag(0, false, false);
        for (int i = 0; i < 3; ++i)
            chunk += makeAdtsFrame(kStereo48k, payload(i));
        const QByteArray cut = chunk.left(chunk.size() - 10);
        auto audio = ChunkReader::read(cut, QStringLiteral("chunk 9"));
        QVERIFY(!audio.ok());
        QVERIFY2(audio.error().startsWith(QStringLiteral("chunk 9 is truncated")),
                 qPrintable(audio.error()));
        QVERIFY(audio.error().contains(QStringLiteral("207 bytes but only 197 remain")));

        // Cut inside the last header itself.
        audio = ChunkReader::read(chunk.left(73 + 2 * 207 + 3), QStringLiteral("chunk 9"));
        QVERIFY(!audio.ok());
        QVERIFY2(audio.error().contains(QStringLiteral("truncated")), qPrintable(audio.error()));

        // A frame cut right after the tag is no better.
        audio = ChunkReader::read(chunk.left(100), QStringLiteral("chunk 9"));
        QVERIFY(!audio.ok());
        QVERIFY2(audio.error().contains(QStringLiteral("truncated")), qPrintable(audio.error()));
    }

    void formatChangeIsAnError() {
        QByteArray chunk = makeId3Tag(0, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(1));
        chunk += makeAdtsFrame(kStereo48k, payload(2));
        chunk += makeAdtsFrame(kMono44k, payload(3));
        chunk += makeAdtsFrame(kMono44k, payload(4));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 8"));
        QVERIFY(!audio.ok());
        QVERIFY(audio.error().startsWith(QStringLiteral("chunk 8 ")));
        QVERIFY2(audio.error().contains(kStereo48k.describe()), qPrintable(audio.error()));
        QVERIFY(audio.error().contains(kMono44k.describe()));

        // A profile change counts too.
        const AudioFormat main48k{1, 3, 2};
        chunk = makeAdtsFrame(kStereo48k, payload(1)) + makeAdtsFrame(main48k, payload(2)) +
                makeAdtsFrame(main48k, payload(3));
        const auto profile = ChunkReader::read(chunk, QStringLiteral("chunk 8"));
        QVERIFY(!profile.ok());
        QVERIFY2(profile.error().contains(QStringLiteral("AAC Main")), qPrintable(profile.error()));
    }

    void formatChangeAfterJunkIsAnError() {
        QByteArray chunk = makeId3Tag(0, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(1));
        chunk += QByteArray(30, '\x01');
        chunk += makeAdtsFrame(kMono44k, payload(3));
        chunk += makeAdtsFrame(kMono44k, payload(4));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 8"));
        QVERIFY(!audio.ok());
        QVERIFY2(audio.error().contains(kMono44k.describe()), qPrintable(audio.error()));
    }

    void severalRawDataBlocksAreUnsupported() {
        QByteArray chunk = makeId3Tag(0, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(1), false, 2);
        chunk += makeAdtsFrame(kStereo48k, payload(2));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 2"));
        QVERIFY(!audio.ok());
        QVERIFY(audio.error().startsWith(QStringLiteral("chunk 2 ")));
        QVERIFY2(audio.error().contains(QStringLiteral("not support")), qPrintable(audio.error()));
        QVERIFY(audio.error().contains(QStringLiteral("raw data block")));
    }

    void strayTsPacketBeforeTheTagIsSkipped() {
        const QByteArray stray = makeStrayTsPacket(3);
        QCOMPARE(stray.size(), 188);
        QCOMPARE(uchar(stray[0]), uchar(0x47));
        QVERIFY(AdtsHeader::parse(reinterpret_cast<const uchar *>(stray.constData()) + 100, 88));
        QByteArray chunk = stray + makeId3Tag(42, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(1));
        chunk += makeAdtsFrame(kStereo48k, payload(2));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->junkBytesSkipped, 188);
        QCOMPARE(audio->id3TagsSkipped, 1);
        QCOMPARE(audio->transportStreamTimestamp.value_or(0), quint64(42));
        QCOMPARE(audio->frames.size(), std::size_t(2));
    }

    void fakeSyncInJunkIsNotAudio() {
        // Junk holding an ADTS header whose frame would end in the middle of
        // the next real frame, plus a fake "ID3" with a bad size.
        QByteArray junk = garbage(40, 3).replace('\xFF', '\x00');
        junk += makeAdtsFrame(kStereo48k, QByteArray(150, '\x05')).left(7);
        junk += QByteArray("ID3\x04\x00\x00\x00\x00\x81\x00", 10);
        junk += QByteArray(20, '\x02');
        const QByteArray real = makeAdtsFrame(kStereo48k, payload(1)) +
                                makeAdtsFrame(kStereo48k, payload(2)) +
                                makeAdtsFrame(kStereo48k, payload(3));
        const auto audio = ChunkReader::read(junk + real, QStringLiteral("chunk 5"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->junkBytesSkipped, junk.size());
        QCOMPARE(audio->frames.size(), std::size_t(3));
        QCOMPARE(payloadAt(junk + real, audio->frames[0]), payload(1));
    }

    void junkBetweenFramesIsCountedAndNoFrameIsLost() {
        QByteArray chunk = makeId3Tag(0, false, false);
        chunk += makeAdtsFrame(kStereo48k, payload(1));
        chunk += makeAdtsFrame(kStereo48k, payload(2));
        const QByteArray junk =
            QByteArray(50, '\x03') + QByteArray::fromHex("fff1") + QByteArray(10, '\x04');
        chunk += junk;
        chunk += makeAdtsFrame(kStereo48k, payload(3));
        chunk += makeAdtsFrame(kStereo48k, payload(4));
        chunk += QByteArray(5, '\0');  // trailing padding
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->frames.size(), std::size_t(4));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(payloadAt(chunk, audio->frames[std::size_t(i)]), payload(i + 1));
        QCOMPARE(audio->junkBytesSkipped, junk.size() + 5);
    }

    void tagBetweenFramesIsSkipped() {
        QByteArray chunk = makeId3Tag(0, false, false);
        chunk += makeAdtsFrame(kMono44k, payload(1));
        chunk += makeId3Tag(2048, true, true);
        chunk += makeAdtsFrame(kMono44k, payload(2));
        const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 1"));
        QVERIFY2(audio.ok(), qPrintable(audio.error()));
        QCOMPARE(audio->id3TagsSkipped, 2);
        QCOMPARE(audio->junkBytesSkipped, 0);
        QCOMPARE(audio->frames.size(), std::size_t(2));
        QCOMPARE(payloadAt(chunk, audio->frames[1]), payload(2));
    }

    void damagedChunksNeverReadOutOfBounds() {
        // Meant for the sanitizer build: cut and scribble on a rich chunk at
        // every position; whatever the outcome, frames must lie inside the data.
        QByteArray chunk = makeStrayTsPacket(1) + makeId3Tag(9, true, true);
        for (int i = 0; i < 4; ++i)
            chunk += makeAdtsFrame(kStereo48k, payload(i, 40), i % 2 == 0);
        chunk += makeId3Tag(10, false, false) + makeAdtsFrame(kStereo48k, payload(9, 40));
        int readable = 0;
        for (int at = 0; at <= chunk.size(); ++at) {
            QByteArray damaged[] = {chunk.left(at), chunk, chunk};
            if (at < chunk.size()) {
                damaged[1][at] = char(0xFF);
                damaged[2][at] = char(damaged[2][at] ^ 0x5A);
            }
            for (const QByteArray &bytes : damaged) {
                const auto audio = ChunkReader::read(bytes, QStringLiteral("chunk 1"));
                if (!audio.ok()) {
                    QVERIFY(audio.error().startsWith(QStringLiteral("chunk 1 ")));
                    continue;
                }
                ++readable;
                for (const AacFrameRef &frame : audio->frames) {
                    QVERIFY(frame.offset > 0 && frame.size > 0);
                    QVERIFY(qsizetype(frame.offset) + frame.size <= bytes.size());
                }
            }
        }
        QVERIFY(readable > chunk.size());  // most single-byte damage is survivable
    }
    // Throughput is measured by tests/bench/bench_chunkreader, not here.
};

QTEST_GUILESS_MAIN(TestChunkReader)
#include "tst_chunkreader.moc"
