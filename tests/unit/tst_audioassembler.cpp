// SPDX-License-Identifier: MIT
// AudioAssembler when the audio format changes mid-Space: a clear error naming the chunk
// where it changed, and no output file (the M4A index holds one format for the whole file).
#include "media/AudioAssembler.h"
#include "support/ChunkFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(spacetape::AudioFormat)

using namespace spacetape;
using namespace spacetape::test;

namespace {
const AudioFormat k48kStereo{2, 3, 2};

/// A chunk as X sends it: an ID3 tag, then @p frames ADTS frames of @p format.
QByteArray chunkOf(const AudioFormat &format, int frames, int seed) {
    QByteArray chunk = makeId3Tag(quint64(seed) * 90000, false, false);
    for (int i = 0; i < frames; ++i)
        chunk += makeAdtsFrame(format, QByteArray(200 + (i * 7 + seed) % 50, char(seed + i)));
    return chunk;
}
}  // namespace

class TestAudioAssembler : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QList<ChunkFile> writeChunks(const QList<QByteArray> &chunks, qint64 firstSequence) {
        QList<ChunkFile> files;
        for (int i = 0; i < chunks.size(); ++i) {
            const qint64 sequence = firstSequence + i;
            const QString path = m_dir.filePath(QStringLiteral("chunk_%1.aac").arg(sequence));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(chunks.at(i)) != chunks.at(i).size())
                qFatal("cannot write %s", qPrintable(path));
            files << ChunkFile{sequence, path, std::nullopt};
        }
        return files;
    }

private Q_SLOTS:
    void sameFormatThroughoutAssembles() {
        const QList<ChunkFile> chunks = writeChunks(
            {chunkOf(k48kStereo, 94, 1), chunkOf(k48kStereo, 141, 2), chunkOf(k48kStereo, 136, 3)},
            5000);
        const QString out = m_dir.filePath(QStringLiteral("same.m4a"));
        const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->frames, qint64(94 + 141 + 136));
        QCOMPARE(report->chunks, 3);
        QCOMPARE(report->format, k48kStereo);
        QVERIFY(QFileInfo(out).size() > 0);
    }

    void formatChangeMidSpaceFailsNamingTheChunk_data() {
        QTest::addColumn<AudioFormat>("changed");
        QTest::addColumn<QString>("describedAs");
        QTest::newRow("sample rate 48000 -> 44100")
            << AudioFormat{2, 4, 2} << QStringLiteral("44100 Hz");
        QTest::newRow("stereo -> mono") << AudioFormat{2, 3, 1} << QStringLiteral("mono");
    }

    void formatChangeMidSpaceFailsNamingTheChunk() {
        QFETCH(AudioFormat, changed);
        QFETCH(QString, describedAs);
        // X re-encodes when a host's client changes: the third chunk (seq 5002) differs.
        const QList<ChunkFile> chunks =
            writeChunks({chunkOf(k48kStereo, 94, 1), chunkOf(k48kStereo, 94, 2),
                         chunkOf(changed, 94, 3), chunkOf(changed, 94, 4)},
                        5000);
        const QString out = m_dir.filePath(QStringLiteral("changed.m4a"));
        const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("format changes")),
                 qPrintable(report.error()));
        QVERIFY2(report.error().contains(QStringLiteral("5002")), qPrintable(report.error()));
        QVERIFY2(report.error().contains(QStringLiteral("48000 Hz")), qPrintable(report.error()));
        QVERIFY2(report.error().contains(describedAs), qPrintable(report.error()));
        // Nothing half-written is left behind, under the name or a temporary one.
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("changed*")}), QStringList());
    }

    void formatChangeInsideOneChunkFails() {
        QByteArray mixed = chunkOf(k48kStereo, 40, 2);
        mixed += makeAdtsFrame(AudioFormat{2, 4, 2}, QByteArray(220, 'm'));
        mixed += makeAdtsFrame(AudioFormat{2, 4, 2}, QByteArray(220, 'n'));
        const QList<ChunkFile> chunks = writeChunks({chunkOf(k48kStereo, 94, 1), mixed}, 7000);
        const QString out = m_dir.filePath(QStringLiteral("inside.m4a"));
        const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("7001")), qPrintable(report.error()));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestAudioAssembler)
#include "tst_audioassembler.moc"
