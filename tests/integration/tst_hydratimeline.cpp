// SPDX-License-Identifier: MIT
// A scripted Space whose chunks carry Hydra tags (every ID3 version and text encoding, tags at
// chunk starts and between ADTS frames, uneven chunks): assembled with the speaker timeline
// listening, the speaking segments land within ±1.5 s of the script, the NTP clock maps the
// script's clock onto the file, and the audio is bit-exact and byte-identical to an assembly
// without the listener. A section fetched from the fake CDN tells the timeline times on the
// section file's own timeline.
#include "extras/SpeakerTimeline.h"
#include "fake/FakeHttpServer.h"
#include "media/AudioAssembler.h"
#include "net/NetworkService.h"
#include "section/SectionJob.h"
#include "support/ChunkFixture.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "support/TestData.h"
#include "x/SpaceMetadata.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace spacetape;
using namespace spacetape::extras;
using namespace spacetape::test;

namespace {

struct ExpectedTurn {
    QString screenName;
    double start;
    double end;
};

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestHydraTimeline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<ChunkFixture> m_fixture;
    HydraScript m_script;

    QList<ChunkFile> chunkFiles() const {
        QList<ChunkFile> files;
        for (int i = 0; i < m_fixture->chunkNames.size(); ++i)
            files << ChunkFile{m_fixture->sequences.at(i),
                               QDir(m_fixture->dir).filePath(m_fixture->chunkNames.at(i)),
                               std::nullopt};
        return files;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Slot 1 = Grace (a speaker), slot 2 = Alan (a speaker), by their Periscope IDs in
        // audiospace_ended_2025.json; slot 0 = the host, Ada.
        m_script.userIds = {QStringLiteral("1mnxeRqWoaPxO"), QStringLiteral("1OdKrBnaEPXKX")};
        m_script.userNames = {QStringLiteral("grace_h"), QStringLiteral("alan_t")};
        m_script.turns = {{0, 2.0, 9.0},   {1, 10.0, 18.0}, {2, 17.0, 26.5},
                          {1, 30.0, 38.5}, {0, 40.2, 47.0}, {2, 50.0, 58.0}};
        ChunkFixtureOptions options;
        options.firstSequence = 417;
        options.chunkSecondsPattern = {2.9, 3.2, 3.0, 3.1};
        options.strayBytesChunks = {4};
        options.hydra = m_script;
        QString error;
        m_fixture = makeEncodedChunkFixture(m_dir.path(), 60.0, &error, options);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void assembledSegmentsFollowTheScript() {
        const auto metadata =
            SpaceMetadata::fromAudioSpaceById(unitTestData("audiospace_ended_2025.json"));
        QVERIFY(metadata);
        SpeakerTimeline timeline;
        timeline.setPeople(*metadata);
        AssemblyControl control;
        control.chunkRead = [&timeline](const QByteArray &bytes, const ChunkAudio &audio,
                                        qint64 firstSample) {
            timeline.readChunk(bytes, audio, firstSample);
        };
        const QString withTimeline = m_dir.filePath(QStringLiteral("with.m4a"));
        const auto report =
            AudioAssembler::assemble(chunkFiles(), SpaceTags(), withTimeline, control);
        QVERIFY2(report, qPrintable(report.error()));
        timeline.finish(report->durationSeconds);
        QVERIFY(timeline.levelTicks() >= 59);

        const QList<ExpectedTurn> expected = {
            {QStringLiteral("ada_codes"), 2.0, 9.0},   {QStringLiteral("grace_h"), 10.0, 18.0},
            {QStringLiteral("alan_t"), 17.0, 26.5},    {QStringLiteral("grace_h"), 30.0, 38.5},
            {QStringLiteral("ada_codes"), 40.2, 47.0}, {QStringLiteral("alan_t"), 50.0, 58.0}};
        const auto segments = timeline.segments();
        for (const SpeakingSegment &s : segments)
            qInfo("segment %s %.3f–%.3f", qPrintable(s.screenName), s.start, s.end);
        QCOMPARE(segments.size(), std::size_t(expected.size()));
        for (const ExpectedTurn &turn : expected) {
            const bool found =
                std::any_of(segments.begin(), segments.end(), [&turn](const SpeakingSegment &s) {
                    return s.screenName == turn.screenName &&
                           std::abs(s.start - turn.start) <= 1.5 &&
                           std::abs(s.end - turn.end) <= 1.5;
                });
            QVERIFY2(found, qPrintable(QStringLiteral("no segment for %1 %2–%3")
                                           .arg(turn.screenName)
                                           .arg(turn.start)
                                           .arg(turn.end)));
        }

        // The clock: the script's NTP of second t is at t seconds of the file.
        QVERIFY(timeline.clock().size() >= 59);
        for (double t : {0.5, 20.0, 44.4, 59.0})
            QVERIFY(std::abs(*timeline.clock().mediaTime(m_script.ntpStart + t) - t) < 0.05);

        // The audio: bit-exact, and the same bytes as without the timeline.
        const QString without = m_dir.filePath(QStringLiteral("without.m4a"));
        QVERIFY(AudioAssembler::assemble(chunkFiles(), SpaceTags(), without));
        QCOMPARE(readAll(withTimeline), readAll(without));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(withTimeline), decodedPcmMd5(m_fixture->cleanAdtsPath));
    }

    void sectionTimesAreOnTheSectionsTimeline() {
        qRegisterMetaType<JobResult>();
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        NetworkService network;
        QTemporaryDir work;
        SectionRequest request;
        request.space.playlistUrl = server.url(QStringLiteral("/cdn/") + m_fixture->playlistName);
        request.space.names.title = QStringLiteral("hydra");
        request.space.cacheKey = QStringLiteral("1vOxwdyYrlqKB");
        request.range = *SectionRange::parse(QStringLiteral("20-45"));
        DownloadSettings settings;
        settings.outputDir = work.filePath(QStringLiteral("out"));
        settings.cacheRoot = work.filePath(QStringLiteral("cache"));
        settings.nameTemplate = QStringLiteral("{title}");

        SpeakerTimeline timeline;
        SectionJob job(network, request, settings);
        job.setChunkReadObserver(
            [&timeline](const QByteArray &bytes, const ChunkAudio &audio, qint64 firstSample) {
                timeline.readChunk(bytes, audio, firstSample);
            });
        QSignalSpy finished(&job, &SectionJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<JobResult>();
        QVERIFY2(result.state == JobState::Done, qPrintable(result.error));
        timeline.finish(-1);

        // The script's NTP of second 20 of the Space is at 0 of the section file.
        QVERIFY(std::abs(*timeline.clock().mediaTime(m_script.ntpStart + 20.0)) < 0.03);
        QVERIFY(std::abs(*timeline.clock().mediaTime(m_script.ntpStart + 31.5) - 11.5) < 0.03);
        // Grace's turn 30–38.5 and Ada's 40.2–47 of the Space, re-based. The margin chunks
        // around the section are read too, so times run past its ends (before 0, after 25):
        // clipping to the file is the sidecar writer's.
        const auto segments = timeline.segments();
        const auto near = [&segments](double start, double end) {
            return std::any_of(segments.begin(), segments.end(), [&](const SpeakingSegment &s) {
                return std::abs(s.start - start) <= 1.5 && std::abs(s.end - end) <= 1.5;
            });
        };
        QVERIFY(near(10.0, 18.5));
        QVERIFY(near(20.2, 27.0));
        QVERIFY(std::any_of(segments.begin(), segments.end(),
                            [](const SpeakingSegment &s) { return s.start < 0; }));  // Alan
    }

    void everyTickWasFoundInTheChunks() {
        // One Hydra tag per second of audio (~60), wherever it sits in the chunks.
        int samples = 0;
        qint64 frames = 0;
        double lastTick = -1;
        for (const QByteArray &chunk : m_fixture->chunkBytes) {
            const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk"));
            QVERIFY(audio);
            for (const HydraSample &sample : HydraFrames::fromChunk(chunk, *audio)) {
                const double at = double(frames) * 1024 / 48000 + sample.offsetSeconds;
                QVERIFY(sample.ntpSeconds && sample.participants);
                QCOMPARE(sample.participants->size(), std::size_t(2));
                QCOMPARE(sample.levels.size(), std::size_t(3));
                QVERIFY(std::abs(*sample.ntpSeconds - m_script.ntpStart - at) < 0.001);
                if (lastTick >= 0)
                    QVERIFY(at - lastTick > 0.97 && at - lastTick < 1.03);
                lastTick = at;
                ++samples;
            }
            frames += qint64(audio->frames.size());
        }
        // Tick k exists when some frame starts at or after k seconds.
        const double lastFrameStart = double(m_fixture->frameCount - 1) * 1024 / 48000;
        QCOMPARE(samples, int(std::floor(lastFrameStart)) + 1);
        QVERIFY(samples >= 60);
    }
};

QTEST_GUILESS_MAIN(TestHydraTimeline)
#include "tst_hydratimeline.moc"
