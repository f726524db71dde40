// SPDX-License-Identifier: MIT
// AudioAssembler when the audio format changes mid-Space: a clear error naming the chunk
// where it changed, and no output file (the M4A index holds one format for the whole file).
// And when its caller stops it: at the next chunk of either pass, leaving no file either.
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

    /// Every file in the test folder whose name starts with @p stem: the output, or a
    /// temporary one left beside it.
    QStringList filesNamed(const QString &stem) const {
        return QDir(m_dir.path())
            .entryList({stem + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
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

    void aStopRequestedBeforeTheCallReadsNothing() {
        // The chunk does not exist: reading it would fail with another message.
        const QList<ChunkFile> chunks{
            ChunkFile{1, m_dir.filePath(QStringLiteral("absent.aac")), std::nullopt}};
        const QString out = m_dir.filePath(QStringLiteral("early.m4a"));
        AssemblyControl control;
        control.stopRequested = [] { return true; };
        const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out, control);
        QVERIFY(!report);
        QCOMPARE(report.errorKind(), FailureKind::Canceled);
        QCOMPARE(filesNamed(QStringLiteral("early")), QStringList());
    }

    void theStopIsAskedBeforeEveryChunkOfBothPasses() {
        const QList<ChunkFile> chunks = writeChunks(
            {chunkOf(k48kStereo, 30, 1), chunkOf(k48kStereo, 30, 2), chunkOf(k48kStereo, 30, 3)},
            6000);
        const QString out = m_dir.filePath(QStringLiteral("asked.m4a"));
        // At each check, how many chunks the second pass had written by then.
        QList<int> writtenAtEachCheck;
        int written = 0;
        AssemblyControl control;
        control.stopRequested = [&] {
            writtenAtEachCheck << written;
            return false;
        };
        control.progress = [&](int done, int) { written = done; };
        const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out, control);
        QVERIFY2(report, qPrintable(report.error()));
        // Pass 1 asks three times before the first chunk is written, pass 2 before each
        // chunk, and once more before the file goes into place.
        QCOMPARE(writtenAtEachCheck, (QList<int>{0, 0, 0, 0, 1, 2, 3}));
    }

    void aStopDuringTheFirstPassEndsItBeforeTheNextChunk() {
        // The third chunk holds no audio: reading it would fail the first pass otherwise.
        const QList<ChunkFile> chunks =
            writeChunks({chunkOf(k48kStereo, 30, 1), chunkOf(k48kStereo, 30, 2),
                         QByteArray(500, 'x'), chunkOf(k48kStereo, 30, 4)},
                        6100);
        const QString out = m_dir.filePath(QStringLiteral("firstpass.m4a"));
        int checks = 0;
        int written = 0;
        AssemblyControl control;
        control.stopRequested = [&checks] { return ++checks == 3; };  // after chunks 1 and 2
        control.progress = [&written](int done, int) { written = done; };
        const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out, control);
        QVERIFY(!report);
        QCOMPARE(report.errorKind(), FailureKind::Canceled);
        QCOMPARE(checks, 3);
        QCOMPARE(written, 0);  // the second pass never started
        QCOMPARE(filesNamed(QStringLiteral("firstpass")), QStringList());
    }

    void aStopAtAnyCheckLeavesNoFile_data() {
        QTest::addColumn<int>("stopAt");
        // Three chunks: checks 1-3 in pass 1, 4-6 in pass 2, 7 before the rename.
        for (int check = 1; check <= 7; ++check)
            QTest::addRow("check %d", check) << check;
    }

    void aStopAtAnyCheckLeavesNoFile() {
        QFETCH(int, stopAt);
        const QList<ChunkFile> chunks = writeChunks(
            {chunkOf(k48kStereo, 30, 1), chunkOf(k48kStereo, 30, 2), chunkOf(k48kStereo, 30, 3)},
            6200);
        const QString stem = QStringLiteral("stopped%1").arg(stopAt);
        const QString out = m_dir.filePath(stem + QStringLiteral(".m4a"));
        int checks = 0;
        AssemblyControl control;
        control.stopRequested = [&checks, stopAt] { return ++checks >= stopAt; };
        const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out, control);
        QVERIFY(!report);
        QCOMPARE(report.errorKind(), FailureKind::Canceled);
        QCOMPARE(checks, stopAt);
        QCOMPARE(filesNamed(stem), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAudioAssembler)
#include "tst_audioassembler.moc"
