// SPDX-License-Identifier: MIT
// M4aFrameReader on files made here box by box (issue 23, finding 4): it reads the audio
// track of a well-formed file, also when another track (a chapter track) comes first, and a
// crafted file — a box size that steps back, a count no file of that size can hold, numbers
// that overflow, a FIFO — is refused at once with a message, never looped over or reserved for.
#include "section/M4aFrameReader.h"
#include "support/AdtsFrames.h"
#include "support/MediaTools.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>
#include <sys/types.h>

using namespace spacetape;
using namespace spacetape::test;

namespace {

QByteArray u32(quint32 v) {
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray u64(quint64 v) {
    QByteArray b(8, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray box(const char *type, const QByteArray &payload) {
    return u32(quint32(8 + payload.size())) + QByteArray(type, 4) + payload;
}
/// A "full box": version 0, no flags, then @p payload.
QByteArray fullBox(const char *type, const QByteArray &payload, quint8 version = 0) {
    return box(type, QByteArray(1, char(version)) + QByteArray(3, '\0') + payload);
}

/// An esds holding AAC LC's AudioSpecificConfig for @p format.
QByteArray esds(const AudioFormat &format) {
    const quint16 bits = quint16(format.audioObjectType << 11 | format.samplingFrequencyIndex << 7 |
                                 format.channelConfiguration << 3);
    QByteArray asc(2, '\0');
    qToBigEndian(bits, asc.data());
    const QByteArray dsi = QByteArray("\x05", 1) + char(asc.size()) + asc;
    const QByteArray config = QByteArray("\x04", 1) + char(13 + dsi.size()) +
                              QByteArray("\x40\x15", 2) + QByteArray(11, '\0') + dsi;
    const QByteArray es =
        QByteArray("\x03", 1) + char(3 + config.size()) + QByteArray("\x00\x01\x00", 3) + config;
    return fullBox("esds", es);
}

QByteArray mp4aEntry(const AudioFormat &format) {
    const QByteArray body = QByteArray(6, '\0') + QByteArray("\x00\x01", 2) + QByteArray(8, '\0') +
                            QByteArray("\x00\x02\x00\x10", 4) + QByteArray(4, '\0') +
                            u32(quint32(format.sampleRate()) << 16);
    return box("mp4a", body + esds(format));
}

QByteArray hdlr(const char *handler) {
    return fullBox("hdlr",
                   u32(0) + QByteArray(handler, 4) + QByteArray(12, '\0') + QByteArray("name", 5));
}

/// What goes into one track's sample table.
struct Table {
    QByteArray sampleEntry;   ///< stsd's one entry
    quint32 fixedSize = 0;    ///< stsz's sample_size
    quint32 sampleCount = 0;  ///< stsz's sample_count
    QList<quint32> sizes;     ///< stsz's entries (fixedSize 0)
    quint32 samplesPerChunk = 0;
    QList<quint32> chunkOffsets;
    QByteArray elst;  ///< an edts/elst body, or none
};

QByteArray trak(const char *handler, const Table &t) {
    QByteArray sizes;
    for (quint32 size : t.sizes)
        sizes += u32(size);
    QByteArray offsets;
    for (quint32 offset : t.chunkOffsets)
        offsets += u32(offset);
    const QByteArray stbl =
        box("stbl", fullBox("stsd", u32(1) + t.sampleEntry) +
                        fullBox("stsz", u32(t.fixedSize) + u32(t.sampleCount) + sizes) +
                        fullBox("stsc", u32(1) + u32(1) + u32(t.samplesPerChunk) + u32(1)) +
                        fullBox("stco", u32(quint32(t.chunkOffsets.size())) + offsets));
    const QByteArray edts = t.elst.isEmpty() ? QByteArray() : box("edts", box("elst", t.elst));
    return box("trak", edts + box("mdia", hdlr(handler) + box("minf", stbl)));
}

/// An elst body with one edit (version 1: 64-bit numbers).
QByteArray elst64(quint64 duration, quint64 mediaTime) {
    return QByteArray("\x01\x00\x00\x00", 4) + u32(1) + u64(duration) + u64(mediaTime) +
           u32(0x00010000);
}

/// A whole file: ftyp, moov with the given traks in order, mdat with @p payload. Each Table's
/// chunk offsets are relative to mdat's payload and made absolute here.
QByteArray mp4(const QList<QPair<const char *, Table>> &tracks, const QByteArray &payload) {
    const QByteArray ftyp = box("ftyp", QByteArray("M4A ", 4) + u32(0) + QByteArray("M4A isom", 8));
    // Offsets do not change moov's size: build once to measure, once with the real offsets.
    auto moovWith = [&](quint32 base) {
        QByteArray traks;
        for (auto [handler, table] : tracks) {
            for (quint32 &offset : table.chunkOffsets)
                offset += base;
            traks += trak(handler, table);
        }
        return box("moov", fullBox("mvhd", QByteArray(96, '\0')) + traks);
    };
    const quint32 base = quint32(ftyp.size() + moovWith(0).size() + 8);
    return ftyp + moovWith(base) + box("mdat", payload);
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestM4aFrameReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    AdtsFrames m_frames;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /// The audio track of the first @p count frames, in one chunk at mdat's start.
    Table audioTable(int count) const {
        Table t;
        t.sampleEntry = mp4aEntry(m_frames.format);
        t.sampleCount = quint32(count);
        for (int i = 0; i < count; ++i)
            t.sizes << quint32(m_frames.payloads.at(i).size());
        t.samplesPerChunk = quint32(count);
        t.chunkOffsets << 0;
        return t;
    }
    QByteArray audioPayload(int count) const {
        QByteArray payload;
        for (int i = 0; i < count; ++i)
            payload += m_frames.payloads.at(i);
        return payload;
    }

    /// Opens @p bytes as a file: must fail, quickly, with a message naming the file.
    void expectRefused(const QByteArray &bytes, const char *name) {
        const QString file = path(name);
        QVERIFY(writeFile(file, bytes));
        QElapsedTimer timer;
        timer.start();
        const auto reader = M4aFrameReader::open(file);
        QVERIFY2(!reader, name);
        QVERIFY2(reader.error().contains(file), qPrintable(reader.error()));
        // Not a benchmark: a refusal reads a few boxes, a loop or a huge reserve takes long.
        QVERIFY2(timer.elapsed() < 5000, name);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString adts = path("clean.aac");
        QCOMPARE(encodeAdts(adts, 48000, 2, 1.0), QString());
        m_frames = readAdts(adts);
        QVERIFY(m_frames.payloads.size() > 40);
    }

    void readsTheFramesOfAWellFormedFile() {
        const QString file = path("good.m4a");
        QVERIFY(writeFile(file, mp4({{"soun", audioTable(40)}}, audioPayload(40))));
        const auto reader = M4aFrameReader::open(file);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(reader->format(), m_frames.format);
        QCOMPARE(reader->frameCount(), qint64(40));
        QCOMPARE(reader->presentedSamples(), qint64(40) * kSamplesPerAacFrame);
        const auto frames = reader->readFrames(3, 30);
        QVERIFY2(frames, qPrintable(frames.error()));
        QCOMPARE(int(frames->frames.size()), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(frames->frames[size_t(i)], m_frames.payloads.at(3 + i));
    }

    void readsTheAudioTrackWhenAChapterTrackComesFirst() {
        // A chapter track (QuickTime text, handler "text") before the audio: its sample table
        // and its edit list are not the audio's. mdat: the chapter's text sample, then audio.
        const QByteArray text = QByteArray("\x00\x05Intro", 7);
        Table chapters;
        chapters.sampleEntry = box("text", QByteArray(8, '\0'));
        chapters.sampleCount = 1;
        chapters.sizes << quint32(text.size());
        chapters.samplesPerChunk = 1;
        chapters.chunkOffsets << 0;
        chapters.elst = elst64(1, 5);  // would present one sample from the sixth
        Table audio = audioTable(40);
        audio.chunkOffsets = {quint32(text.size())};
        const QString file = path("chapters-first.m4a");
        QVERIFY(
            writeFile(file, mp4({{"text", chapters}, {"soun", audio}}, text + audioPayload(40))));
        const auto reader = M4aFrameReader::open(file);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(reader->format(), m_frames.format);
        QCOMPARE(reader->frameCount(), qint64(40));
        QCOMPARE(reader->mediaTime(), qint64(0));
        QCOMPARE(reader->presentedSamples(), qint64(40) * kSamplesPerAacFrame);
        const auto frames = reader->readFrames(0, 40);
        QVERIFY2(frames, qPrintable(frames.error()));
        QCOMPARE(frames->frames.front(), m_frames.payloads.at(0));
        QCOMPARE(frames->frames.back(), m_frames.payloads.at(39));

        // No audio track at all: said so.
        const QString onlyText = path("chapters-only.m4a");
        QVERIFY(writeFile(onlyText, mp4({{"text", chapters}}, text)));
        const auto none = M4aFrameReader::open(onlyText);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(QStringLiteral("no audio")), qPrintable(none.error()));
    }

    // ---- the box walk: sizes checked unsigned against the bytes left ----

    void aBoxSizeThatStepsBackIsRefused() {
        // 32 bytes: a 16-byte box, then one whose 64-bit size is 2^64 − 16. Read as a signed
        // number it is −16 and leads back to the first box, for ever (+15 MB/s of boxes).
        const QByteArray bytes =
            box("free", QByteArray(8, '\0')) + u32(1) + "free" + u64(~quint64(0) - 15);
        QCOMPARE(bytes.size(), 32);
        expectRefused(bytes, "steps-back.m4a");
    }

    void boxSizesMustFitTheBytesLeft_data() {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray free16 = box("free", QByteArray(8, '\0'));
        QTest::newRow("64-bit size of 2^63") << free16 + u32(1) + "moov" + u64(quint64(1) << 63);
        QTest::newRow("64-bit size past the end") << free16 + u32(1) + "moov" + u64(1000);
        QTest::newRow("64-bit size below its header") << free16 + u32(1) + "moov" + u64(8);
        QTest::newRow("size below the header") << u32(4) + "moov" + free16;
        QTest::newRow("size past the end") << u32(0xFFFFFFF0) + "moov" + free16;
        QTest::newRow("cut short") << u32(1) + "moo";
        // A child box larger than its parent, in a parent that fits.
        QTest::newRow("child past its parent")
            << box("moov", u32(0x7FFFFFFF) + "trak" + QByteArray(8, '\0')) + free16;
    }
    void boxSizesMustFitTheBytesLeft() {
        QFETCH(QByteArray, bytes);
        expectRefused(bytes, QTest::currentDataTag());
    }

    // ---- every count bounded by what the file can hold ----

    void aFixedSampleSizeCannotClaimMoreSamplesThanTheFileHolds() {
        // ~200 bytes claiming 2^32 − 1 one-byte samples: the old reader reserved 16 GiB (abort).
        Table t;
        t.sampleEntry = mp4aEntry(m_frames.format);
        t.fixedSize = 1;
        t.sampleCount = 0xFFFFFFFF;
        t.samplesPerChunk = 0xFFFFFFFF;
        t.chunkOffsets << 0;
        const QByteArray bytes = mp4({{"soun", t}}, QByteArray(16, '\0'));
        QVERIFY(bytes.size() < 400);
        expectRefused(bytes, "fixed-size.m4a");
    }

    void tablesMustHoldWhatTheyCount_data() {
        QTest::addColumn<int>("what");
        QTest::newRow("sample count beyond the size table") << 0;
        QTest::newRow("chunk count beyond the offset table") << 1;
        QTest::newRow("a frame past the end of the file") << 2;
        QTest::newRow("a chunk offset past the end of the file") << 3;
        QTest::newRow("frames adding up to more than the file") << 4;
        QTest::newRow("no samples") << 5;
    }
    void tablesMustHoldWhatTheyCount() {
        QFETCH(int, what);
        Table t = audioTable(40);
        QByteArray payload = audioPayload(40);
        switch (what) {
            case 0:
                t.sampleCount = 0x40000000;
                break;
            case 1: {
                // The stco header says 2^30 chunks; its body holds one.
                QByteArray bytes = mp4({{"soun", t}}, payload);
                const qsizetype at = bytes.indexOf("stco");
                qToBigEndian(quint32(0x40000000), bytes.data() + at + 8);
                expectRefused(bytes, "chunk-count.m4a");
                return;
            }
            case 2:
                payload.chop(10);
                break;
            case 3:
                t.chunkOffsets = {0x7FFFFF00};
                break;
            case 4:
                // 40 frames of 64 MiB each in a file of a few kilobytes, in one chunk.
                t.fixedSize = 64 << 20;
                t.sizes.clear();
                break;
            case 5:
                t.sampleCount = 0;
                t.sizes.clear();
                break;
        }
        expectRefused(mp4({{"soun", t}}, payload), QTest::currentDataTag());
    }

    void editListNumbersCannotOverflow() {
        // mediaTime + duration = 2^63: signed overflow, which "fit" before.
        Table t = audioTable(40);
        t.elst = elst64(quint64(1) << 62, quint64(1) << 62);
        const QString file = path("elst-overflow.m4a");
        QVERIFY(writeFile(file, mp4({{"soun", t}}, audioPayload(40))));
        const auto reader = M4aFrameReader::open(file);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(reader->mediaTime(), qint64(0));
        QCOMPARE(reader->presentedSamples(), qint64(40) * kSamplesPerAacFrame);
    }

    void aFifoIsRefusedWithoutBlocking() {
        const QString fifo = path("fifo.m4a");
        if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
            QSKIP("mkfifo is not available here");
        // Opening a FIFO for reading blocks until a writer comes: it must not even be opened.
        const auto reader = M4aFrameReader::open(fifo);
        QVERIFY(!reader);
        QVERIFY2(reader.error().contains(fifo), qPrintable(reader.error()));
    }
};

QTEST_GUILESS_MAIN(TestM4aFrameReader)
#include "tst_m4aframereader.moc"
