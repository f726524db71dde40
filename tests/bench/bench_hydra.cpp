// SPDX-License-Identifier: MIT
// What the speaker timeline costs a save: a Space of SECONDS (default 2 hours) of X-shaped
// chunks (~3 s, PRIV tag, a Hydra tag every second with 13 speakers on stage, in every ID3
// version and encoding) is assembled into an .m4a with and without the timeline listening,
// rounds alternating; median times, the overhead, and the heap the timeline keeps.
//
//   cmake --build build --target bench_hydra
//   ./build/tests/bench/bench_hydra [SECONDS=7200] [ROUNDS=3] [MODE=both|with|without]
//
// MIX=1 in the environment cycles the tags through every ID3 version and encoding (X's
// encoder uses one throughout; mixing defeats the reader's memory of the last stage list).
// MODE with/without runs only that kind, so that the process's peak RSS (printed last) can
// be compared between two runs. The chunks are synthetic payloads (no encoder needed): the
// cost measured is reading, parsing and writing, which is what the timeline adds to.
// It checks what it times: both files must be byte-identical and the timeline must have
// seen every tick, or it exits 1 without a figure.
#include "BenchStats.h"
#include "extras/SpeakerTimeline.h"
#include "media/AudioAssembler.h"
#include "support/ChunkFixture.h"
#include "support/HydraTags.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

#include <cstdio>
#include <cstdlib>

using namespace spacetape;
using namespace spacetape::extras;
using namespace spacetape::test;

namespace {

const AudioFormat kFormat{2, 3, 2};   // AAC-LC 48 kHz stereo, as X's Spaces
constexpr int kFramesPerChunk = 141;  // ~3.008 s

/// CPU time of this thread, in ms: on a shared machine a steadier figure than wall time.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QByteArray fileMd5(const QString &path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return hash.result().toHex();
}

}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(10.0, atof(argv[1])) : 7200.0;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    const QByteArray mode = argc > 3 ? QByteArray(argv[3]) : QByteArray("both");
    const bool runWith = mode != "without";
    const bool runWithout = mode != "with";

    QTemporaryDir dir;
    HydraScript script;
    // One tag shape throughout, as a Space's encoder writes (MIX=1 cycles through them all).
    script.mixShapes = qEnvironmentVariableIntValue("MIX") != 0;
    for (int s = 1; s <= 13; ++s) {
        script.userIds << QStringLiteral("1speaker%1xyzAB").arg(s);
        script.userNames << QStringLiteral("speaker_%1").arg(s);
    }
    for (double t = 0; t < seconds; t += 45)
        script.turns << HydraTurn{int(t / 45) % 14, t + 2, t + 40};

    const qint64 totalFrames = qint64(seconds * 48000 / 1024);
    QList<ChunkFile> chunks;
    double nextTick = 0;
    int tick = 0;
    qint64 bytes = 0;
    for (qint64 first = 0, sequence = 1042; first < totalFrames; first += kFramesPerChunk) {
        QByteArray chunk = makeId3Tag(quint64(first) * 1024 * 90000 / 48000, false, false);
        for (qint64 f = first; f < std::min(totalFrames, first + kFramesPerChunk); ++f) {
            const double at = double(f) * 1024 / 48000;
            if (at >= nextTick) {
                chunk += scriptedHydraTag(script, at, tick++);
                nextTick += 1.0;
            }
            // ~96 kbit/s: 340–400 byte payloads, bytes below 0x80 (never a sync).
            QByteArray payload(340 + int(f % 61), char(f % 0x7F));
            chunk += makeAdtsFrame(kFormat, payload);
        }
        const QString path = dir.filePath(QStringLiteral("chunk_%1.aac").arg(sequence));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(chunk) != chunk.size()) {
            std::fprintf(stderr, "bench_hydra: cannot write %s\n", qPrintable(path));
            return 1;
        }
        bytes += chunk.size();
        chunks << ChunkFile{sequence++, path, std::nullopt};
    }
    std::printf("%lld chunks, %.0f MB, %d Hydra ticks, %.0f s of audio\n", qint64(chunks.size()),
                double(bytes) / 1e6, tick, seconds);

    {
        // The parts alone: one typical tag read, one tick added to a timeline.
        const QByteArray tag = scriptedHydraTag(script, 100.0, 100);
        HydraFrames reader;
        constexpr int kReads = 20000;
        double cpu = threadCpuMs();
        std::size_t found = 0;
        for (int i = 0; i < kReads; ++i)
            found += reader.read(tag) ? 1 : 0;
        const double readUs = (threadCpuMs() - cpu) * 1000 / kReads;
        const auto sample = reader.read(tag);
        SpeakerTimeline timeline;
        cpu = threadCpuMs();
        for (int i = 0; i < kReads; ++i)
            timeline.addSample(i * 1.0, *sample);
        const double addUs = (threadCpuMs() - cpu) * 1000 / kReads;
        std::printf("one tag (%lld bytes) read in %.2f µs, one tick added in %.2f µs (%zu)\n",
                    qint64(tag.size()), readUs, addUs, found);
    }

    // Wall and thread-CPU times per round; the CPU time spent inside the timeline itself
    // (HydraFrames + SpeakerTimeline, measured around each call) is the direct cost figure.
    std::vector<double> withMs, withoutMs, withCpu, withoutCpu, timelineCpu;
    QByteArray md5With;
    QByteArray md5Without;
    size_t keptBytes = 0;
    std::size_t segments = 0;
    for (int round = 0; round < rounds; ++round) {
        if (runWithout) {
            const QString out = dir.filePath(QStringLiteral("without.m4a"));
            QElapsedTimer timer;
            timer.start();
            const double cpu = threadCpuMs();
            const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out);
            withoutCpu.push_back(threadCpuMs() - cpu);
            withoutMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!report) {
                std::fprintf(stderr, "bench_hydra: %s\n", qPrintable(report.error()));
                return 1;
            }
            md5Without = fileMd5(out);
            QFile::remove(out);
        }
        if (runWith) {
            const QString out = dir.filePath(QStringLiteral("with.m4a"));
            const size_t heapBefore = mallinfo2().uordblks;
            QElapsedTimer timer;
            timer.start();
            const double cpu = threadCpuMs();
            double inTimeline = 0;
            SpeakerTimeline timeline;
            AssemblyControl control;
            control.chunkRead = [&timeline, &inTimeline](const QByteArray &b, const ChunkAudio &a,
                                                         qint64 first) {
                const double before = threadCpuMs();
                timeline.readChunk(b, a, first);
                inTimeline += threadCpuMs() - before;
            };
            const auto report = AudioAssembler::assemble(chunks, SpaceTags(), out, control);
            const double before = threadCpuMs();
            if (report)
                timeline.finish(report->durationSeconds);
            SpaceExtras extras;
            timeline.fillExtras(extras);
            inTimeline += threadCpuMs() - before;
            withCpu.push_back(threadCpuMs() - cpu);
            withMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timelineCpu.push_back(inTimeline);
            if (!report) {
                std::fprintf(stderr, "bench_hydra: %s\n", qPrintable(report.error()));
                return 1;
            }
            keptBytes = mallinfo2().uordblks - heapBefore;
            segments = extras.speaking.size();
            if (timeline.levelTicks() != tick || int(timeline.clock().size()) != tick) {
                std::fprintf(stderr, "bench_hydra: the timeline saw %d of %d ticks\n",
                             timeline.levelTicks(), tick);
                return 1;
            }
            md5With = fileMd5(out);
            QFile::remove(out);
        }
        std::printf(
            "round %d: without %.0f ms (CPU %.0f), with %.0f ms (CPU %.0f, timeline %.1f)\n",
            round + 1, withoutMs.empty() ? 0.0 : withoutMs.back(),
            withoutCpu.empty() ? 0.0 : withoutCpu.back(), withMs.empty() ? 0.0 : withMs.back(),
            withCpu.empty() ? 0.0 : withCpu.back(), timelineCpu.empty() ? 0.0 : timelineCpu.back());
    }
    if (runWith && runWithout && md5With != md5Without) {
        std::fprintf(stderr, "bench_hydra: the files differ with the timeline\n");
        return 1;
    }
    if (runWithout) {
        const auto s = bench::spreadOf(withoutMs);
        const auto c = bench::spreadOf(withoutCpu);
        std::printf("without timeline: median %.0f ms (%.0f–%.0f), CPU %.0f ms\n", s.median, s.min,
                    s.max, c.median);
    }
    if (runWith) {
        const auto s = bench::spreadOf(withMs);
        const auto c = bench::spreadOf(withCpu);
        const auto t = bench::spreadOf(timelineCpu);
        std::printf(
            "with timeline:    median %.0f ms (%.0f–%.0f), CPU %.0f ms of which the "
            "timeline %.1f ms (%.1f–%.1f); %zu segments; heap kept by timeline + "
            "extras %.2f MB\n",
            s.median, s.min, s.max, c.median, t.median, t.min, t.max, segments,
            double(keptBytes) / 1e6);
    }
    if (runWith && runWithout) {
        const double a = bench::spreadOf(withoutMs).median;
        const double b = bench::spreadOf(withMs).median;
        const double ca = bench::spreadOf(withoutCpu).median;
        const double cb = bench::spreadOf(withCpu).median;
        std::printf("overhead: wall %+.1f %%, CPU %+.1f %%, timeline CPU / save CPU %.1f %%\n",
                    (b - a) / a * 100.0, (cb - ca) / ca * 100.0,
                    bench::spreadOf(timelineCpu).median / ca * 100.0);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
