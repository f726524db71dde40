// SPDX-License-Identifier: MIT
// spacetape-cli --section: only the chunks that cover a section are fetched, and the clip's
// decoded PCM is exactly that sample range of the whole Space, mid-frame edges included.
#include "fake/FakeSpaceRig.h"
#include "media/AudioFormat.h"
#include "media/Tagger.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/MediaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
constexpr int kRate = 44100;  // 129 frames a chunk: EXTINF "2.995" drifts from the audio
}  // namespace

class TestCliSection : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_wholePcm;  ///< the whole Space decoded: 32-bit float mono

    CliRun runCli(const QStringList &args, const QString &home) {
        return test::runCli(args, cliEnvironment(home));
    }

    /// The samples [start, end) of the whole Space, as decoded PCM bytes.
    QByteArray wholeRange(qint64 start, qint64 end) const {
        return m_wholePcm.mid(start * 4, (end - start) * 4);
    }

    /// The chunk index whose EXTINF interval holds @p seconds.
    int chunkAt(double seconds) const {
        const double perChunk = double(129 * kSamplesPerAacFrame) / kRate;
        const double listed = std::round(perChunk * 1000) / 1000;  // as the playlist says
        return std::min(int(seconds / listed), int(m_fixture->sequences.size()) - 1);
    }

    /// True when @p clip presents exactly @p expected: its edit list's duration (ffprobe) is
    /// that many samples and ffmpeg's decode starts with them. (ffmpeg 5.1 honours the edit
    /// list's start but decodes the last frame to its end.)
    static bool presentsExactly(const QString &clip, const QByteArray &expected) {
        const QJsonObject stream =
            probe(clip).value(QStringLiteral("streams")).toArray().first().toObject();
        const qint64 samples = qint64(expected.size() / 4);
        const double duration = stream.value(QStringLiteral("duration")).toString().toDouble();
        if (std::llround(duration * kRate) != samples) {
            qWarning() << "presents" << duration * kRate << "samples, expected" << samples;
            return false;
        }
        const QByteArray pcm = decodedPcm(clip);
        return pcm.size() - expected.size() < kSamplesPerAacFrame * 4 && pcm.startsWith(expected);
    }

    QStringList m4aFiles(const QString &dir) const {
        QStringList files;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.m4a")}))
            files << QDir(dir).filePath(name);
        return files;
    }

private Q_SLOTS:
    void initTestCase() {
        ChunkFixtureOptions options;
        options.strayBytesChunks = {2, 9};
        // No perceptual noise substitution: the decoder fills PNS bands from a random
        // generator whose state depends on every frame decoded before, so no cut (nor a
        // seek) could reproduce them bit for bit.
        const QString adts = m_media.filePath(QStringLiteral("clean.aac"));
        const QString encoded =
            encodeAdts(adts, kRate, 1, 60.0, 96, {QStringLiteral("-aac_pns"), QStringLiteral("0")});
        QVERIFY2(encoded.isEmpty(), qPrintable(encoded));
        QString error;
        m_fixture =
            makeChunkFixture(adts, m_media.filePath(QStringLiteral("cdn")), options, &error);
        QVERIFY2(m_fixture, qPrintable(error));
        m_wholePcm = decodedPcm(m_fixture->cleanAdtsPath);
        QVERIFY(m_wholePcm.size() > kRate * 4 * 50);
    }

    void sectionOfSpaceFetchesOnlyItsChunksAndIsSampleExact() {
        FakeSpaceRig rig(*m_fixture);
        FakeSpace space = rig.makeSpace(kSpaceId);
        space.title = QStringLiteral("Town hall");
        rig.x().addSpace(space);
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        // 31.3 s and 42.7 s fall inside AAC frames (1024 samples) at 44.1 kHz.
        const double start = 31.3;
        const double end = 42.7;
        const CliRun run = runCli({QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                                   QStringLiteral("--section"), QStringLiteral("31.3s-42.7"),
                                   QStringLiteral("-o"), out, kSpaceId},
                                  home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // The CDN saw the chunks holding START and END, one more at each edge, and the first
        // chunk (whose timestamp anchors the time line) — nothing else.
        QSet<int> allowed{0};
        for (int i = chunkAt(start) - 1; i <= chunkAt(end) + 1; ++i)
            allowed << i;
        const QList<QByteArray> paths = rig.chunkPaths(kSpaceId);
        int fetched = 0;
        for (const FakeRequest &request : rig.cdnRequests()) {
            const int index = int(paths.indexOf(request.path));
            if (index < 0)
                continue;  // the playlist
            ++fetched;
            QVERIFY2(allowed.contains(index), request.path.constData());
        }
        QVERIFY(fetched >= 3);
        QVERIFY(fetched <= allowed.size());
        QVERIFY(paths.size() > allowed.size() + 5);

        const QStringList files = m4aFiles(out);
        QCOMPARE(files.size(), 1);
        const qint64 s = std::llround(start * kRate);
        const qint64 e = std::llround(end * kRate);
        QVERIFY(s % kSamplesPerAacFrame != 0 && e % kSamplesPerAacFrame != 0);
        QVERIFY(presentsExactly(files.first(), wholeRange(s, e)));
        QVERIFY(decodeErrors(files.first()).isEmpty());

        const auto tags = Tagger::read(files.first());
        QVERIFY(tags);
        QCOMPARE(tags->title, QStringLiteral("Town hall (0:31.3\u20130:42.7)"));
    }

    void sectionsOfFinishedFileNeedNoNetwork() {
        QTemporaryDir home;
        const QString whole = home.filePath(QStringLiteral("whole"));
        CliRun run = runCli({QStringLiteral("-o"), whole, m_fixture->playlistPath}, home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList wholeFiles = m4aFiles(whole);
        QCOMPARE(wholeFiles.size(), 1);

        const QString out = home.filePath(QStringLiteral("clips"));
        // An origin nobody listens on: any request would fail the run.
        run = runCli({QStringLiteral("--api-origin"), QStringLiteral("http://127.0.0.1:9"),
                      QStringLiteral("--section"), QStringLiteral("0:05.5-0:07.25"),
                      QStringLiteral("--section"), QStringLiteral("0:50-end"), QStringLiteral("-o"),
                      out, wholeFiles.first()},
                     home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QStringList files = m4aFiles(out);
        QCOMPARE(files.size(), 2);
        files.sort();  // "… (0:05.5–0:07.2)" before "… (0:50–1:00.0)"
        const qint64 s = std::llround(5.5 * kRate);
        const qint64 e = std::llround(7.25 * kRate);
        QVERIFY(presentsExactly(files.at(0), wholeRange(s, e)));
        const qint64 total = m_wholePcm.size() / 4;
        QVERIFY(presentsExactly(files.at(1), wholeRange(50 * kRate, total)));

        // A section of a section keeps the same time line.
        const QString again = home.filePath(QStringLiteral("again"));
        run = runCli({QStringLiteral("--section"), QStringLiteral("0.5s-1.5s"),
                      QStringLiteral("-o"), again, files.at(0)},
                     home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m4aFiles(again).size(), 1);
        QVERIFY(presentsExactly(m4aFiles(again).first(),
                                wholeRange(s + kRate / 2, s + kRate + kRate / 2)));
    }

    void samplesArePlacedByTimestampsNotByEXTINF() {
        // The same chunks listed with EXTINF 3.000 instead of 2.995 (129 frames at 44.1 kHz
        // last 2.9954 s): by 40 s EXTINF is ~60 ms (~2.5 frames) ahead of the audio. The
        // section must still hold the whole Space's samples at those times.
        QFile original(m_fixture->playlistPath);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray listed = original.readAll();
        QVERIFY(listed.contains("#EXTINF:2.995,"));
        listed.replace("#EXTINF:2.995,", "#EXTINF:3.000,");
        const QString drifting = QDir(m_fixture->dir).filePath(QStringLiteral("drifting.m3u8"));
        QFile copy(drifting);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        QVERIFY(copy.write(listed) == listed.size());
        copy.close();

        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const CliRun run = runCli({QStringLiteral("--section"), QStringLiteral("40.01s-44.5s"),
                                   QStringLiteral("-o"), out, drifting},
                                  home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList files = m4aFiles(out);
        QCOMPARE(files.size(), 1);
        const qint64 s = std::llround(40.01 * kRate);
        const qint64 e = std::llround(44.5 * kRate);
        QVERIFY(presentsExactly(files.first(), wholeRange(s, e)));
    }

    void rangesOutsideTheSpaceAreClearErrors() {
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        CliRun run = runCli({QStringLiteral("--section"), QStringLiteral("50s-2:00"),
                             QStringLiteral("-o"), out, m_fixture->playlistPath},
                            home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("ends after the end"), run.err.constData());
        QVERIFY2(run.err.contains("0:01:00"), run.err.constData());
        run = runCli({QStringLiteral("--section"), QStringLiteral("2:00-end"), QStringLiteral("-o"),
                      out, m_fixture->playlistPath},
                     home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("starts after the end"), run.err.constData());
        run = runCli({QStringLiteral("--section"), QStringLiteral("30-20"), QStringLiteral("-o"),
                      out, m_fixture->playlistPath},
                     home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("END must come after START"), run.err.constData());
        run = runCli({QStringLiteral("--section"), QStringLiteral("soon-later"),
                      QStringLiteral("-o"), out, m_fixture->playlistPath},
                     home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(m4aFiles(out).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSection)
#include "tst_cli_section.moc"
