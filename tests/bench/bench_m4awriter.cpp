// SPDX-License-Identifier: MIT
// Mux throughput and memory: ~100 MB of ADTS in → .m4a out, the way a job does
// it (pass 1 collects frame sizes, pass 2 streams payloads into M4aWriter).
// Targets (design.md "Figures"): >= 200 MB/s on one core, peak RSS <= 50 MB.
//
//   cmake -S . -B build -G Ninja && cmake --build build --target bench_m4awriter
//   ./build/tests/bench/bench_m4awriter [input-MB=100] [rounds=5] [chapters=0]
//
// With chapters > 0 each round also muxes the same input with that many chapters (both
// kinds: Nero chpl and the QuickTime chapter track), right after the plain mux, and the
// difference is printed: a two-hour Space (~86 MB) has at most ~240 turns of 30 s.
//
// Each round times both reads of the input and QSaveFile::commit(); the input is hot in
// the page cache after it is built, as chunks just downloaded are. The figures are the
// median, min and max over the rounds.
//
// It checks what it times: ffmpeg decodes our output and the input ADTS to PCM and the
// md5s must match (non-empty), and `ffmpeg -v error` must print nothing for the output.
// The peer is `ffmpeg -i input.aac -c copy out.m4a` on the same input, same rounds (its
// time includes starting the process, ~50 ms).
#include "BenchStats.h"
#include "extras/SpeakerChapters.h"
#include "media/AudioFormat.h"
#include "media/M4aWriter.h"
#include "support/MediaTools.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace spacetape;
using spacetape::bench::Spread;
using spacetape::bench::spreadOf;

namespace {

constexpr qint64 kBlockSize = 1 << 20;

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

/// User + system CPU seconds so far: on a shared, loaded machine this shows
/// the cost of the mux itself better than wall time does.
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/**
 * Reads @p path in 1 MiB blocks and calls @p onFrame(header, payload) for each
 * ADTS frame. Returns an empty string or what went wrong.
 */
template <typename OnFrame>
QString scanAdts(const QString &path, OnFrame onFrame) {
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    std::vector<char> buffer(size_t(2 * kBlockSize));
    qint64 have = 0;
    for (;;) {
        const qint64 got = in.read(buffer.data() + have, kBlockSize);
        if (got < 0)
            return in.errorString();
        have += got;
        const auto *bytes = reinterpret_cast<const unsigned char *>(buffer.data());
        qint64 pos = 0;
        while (pos < have) {
            const auto header = AdtsHeader::parse(bytes + pos, have - pos);
            if (!header) {
                if (have - pos >= 7)
                    return QStringLiteral("no ADTS frame at byte %1").arg(in.pos() - have + pos);
                break;  // header cut by the block edge
            }
            if (pos + header->frameLength > have)
                break;  // payload cut by the block edge
            if (!onFrame(*header, buffer.data() + pos + header->headerLength))
                return QStringLiteral("stopped");
            pos += header->frameLength;
        }
        std::memmove(buffer.data(), buffer.data() + pos, size_t(have - pos));
        have -= pos;
        if (got == 0)
            return have == 0 ? QString() : QStringLiteral("truncated last frame");
    }
}

/// Seconds of one production-shaped mux of @p input into @p output.
struct MuxTimes {
    double scan = 0, mux = 0, commit = 0, total = 0, cpu = 0;
    size_t frames = 0;
    AudioFormat format;
};

QString muxOnce(const QString &input, const QString &output, MuxTimes *times,
                const std::vector<Chapter> &chapters = {}) {
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    std::vector<quint32> sizes;
    QString error = scanAdts(input, [&](const AdtsHeader &h, const char *) {
        times->format = h.format;
        sizes.push_back(quint32(h.payloadLength()));
        return true;
    });
    const qint64 scanNs = timer.nsecsElapsed();

    QSaveFile out(output);
    if (error.isEmpty() && !out.open(QIODevice::WriteOnly))
        error = out.errorString();
    M4aWriter writer(&out);
    if (error.isEmpty()) {
        if (auto r = writer.begin(times->format, sizes, {}, {}, chapters); !r)
            error = r.error();
    }
    if (error.isEmpty()) {
        error = scanAdts(input, [&](const AdtsHeader &h, const char *payload) {
            auto r = writer.writeFrame(payload, h.payloadLength());
            if (!r)
                std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return r.ok();
        });
    }
    if (error.isEmpty()) {
        if (auto r = writer.finish(); !r)
            error = r.error();
    }
    const qint64 muxNs = timer.nsecsElapsed() - scanNs;
    if (error.isEmpty() && !out.commit())
        error = out.errorString();
    const qint64 totalNs = timer.nsecsElapsed();
    times->cpu = cpuSeconds() - cpuBefore;
    times->scan = double(scanNs) / 1e9;
    times->mux = double(muxNs) / 1e9;
    times->commit = double(totalNs - scanNs - muxNs) / 1e9;
    times->total = double(totalNs) / 1e9;
    times->frames = sizes.size();
    return error;
}

/// Swallows what it is given: begin() timed without the disk.
class NullDevice : public QIODevice {
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return size; }
};

/// Median seconds of begin() + finish() (the index and, with @p chapters, both chapter lists
/// and the titles) for @p sizes, over @p repeats, to a device that discards: the part of the
/// mux that chapters change, apart from the disk.
double indexSeconds(const AudioFormat &format, const std::vector<quint32> &sizes,
                    const std::vector<Chapter> &chapters, int repeats) {
    std::vector<double> seconds;
    for (int i = 0; i < repeats; ++i) {
        NullDevice sink;
        sink.open(QIODevice::WriteOnly);
        M4aWriter writer(&sink);
        QElapsedTimer timer;
        timer.start();
        if (!writer.begin(format, sizes, {}, {}, chapters))
            return -1;
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return spreadOf(seconds).median;
}

/// Median seconds of chaptersFromSpeaking over @p turns alternating 31 s turns, @p repeats.
double speakingSeconds(int turns, int repeats, size_t *chapterCount) {
    std::vector<extras::SpeakingSegment> segments;
    for (int i = 0; i < turns; ++i) {
        extras::SpeakingSegment s;
        s.start = i * 31.0;
        s.end = s.start + 31.0;
        s.periscopeId = QString::number(i % 5);
        s.displayName = QStringLiteral("Speaker %1").arg(i % 5);
        segments.push_back(s);
    }
    std::vector<double> seconds;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        *chapterCount = extras::chaptersFromSpeaking(segments, turns * 31.0).size();
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return spreadOf(seconds).median;
}

}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int targetMb = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    const int chapterCount = argc > 3 ? std::max(0, atoi(argv[3])) : 0;
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.aac"));
    const QString input = dir.filePath(QStringLiteral("input.aac"));
    const QString output = dir.filePath(QStringLiteral("output.m4a"));
    const QString peerOutput = dir.filePath(QStringLiteral("ffmpeg.m4a"));
    const QString chapteredOutput = dir.filePath(QStringLiteral("chaptered.m4a"));

    if (const QString e = test::encodeAdts(seed, 48000, 2, 60.0); !e.isEmpty()) {
        std::fprintf(stderr, "encode failed: %s\n", qPrintable(e));
        return 1;
    }
    {
        // Repeat the 60 s encode (whole ADTS frames) up to the target size, without holding it.
        QFile seedFile(seed);
        QFile inputFile(input);
        if (!seedFile.open(QIODevice::ReadOnly) || !inputFile.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray seedBytes = seedFile.readAll();
        while (inputFile.size() < qint64(targetMb) << 20)
            inputFile.write(seedBytes);
    }
    const qint64 inputBytes = QFile(input).size();
    const double inputMb = double(inputBytes) / 1e6;

    std::vector<Chapter> chapters;
    std::vector<double> total, scan, mux, commit, cpu, peer, chapteredTotal, chapteredCpu;
    MuxTimes last;
    for (int round = 0; round < rounds; ++round) {
        MuxTimes times;
        if (const QString error = muxOnce(input, output, &times); !error.isEmpty()) {
            std::fprintf(stderr, "mux failed: %s\n", qPrintable(error));
            return 1;
        }
        total.push_back(times.total);
        scan.push_back(times.scan);
        mux.push_back(times.mux);
        commit.push_back(times.commit);
        cpu.push_back(times.cpu);
        last = times;

        if (chapterCount > 0) {
            if (chapters.empty()) {
                // Evenly spread over the input's length, titled like speakers.
                const double seconds =
                    double(times.frames) * kSamplesPerAacFrame / times.format.sampleRate();
                for (int i = 0; i < chapterCount; ++i)
                    chapters.push_back({seconds * i / chapterCount,
                                        QStringLiteral("Speaker number %1 🎙").arg(i)});
            }
            MuxTimes withChapters;
            if (const QString error = muxOnce(input, chapteredOutput, &withChapters, chapters);
                !error.isEmpty()) {
                std::fprintf(stderr, "mux with chapters failed: %s\n", qPrintable(error));
                return 1;
            }
            chapteredTotal.push_back(withChapters.total);
            chapteredCpu.push_back(withChapters.cpu);
        }

        // The peer, on the same input, right after ours (same cache state).
        QFile::remove(peerOutput);
        QElapsedTimer timer;
        timer.start();
        const test::ToolResult copied =
            test::runTool(QStringLiteral(SPACETAPE_FFMPEG),
                          {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                           QStringLiteral("-i"), input, QStringLiteral("-c"),
                           QStringLiteral("copy"), peerOutput});
        peer.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!copied.ok()) {
            std::fprintf(stderr, "ffmpeg -c copy failed: %s\n", copied.err.constData());
            return 1;
        }
    }

    // What was timed must be right: the same PCM as the input, and a clean decode.
    const QByteArray inputPcm = test::decodedPcmMd5(input);
    const QByteArray outputPcm = test::decodedPcmMd5(output);
    const QByteArray peerPcm = test::decodedPcmMd5(peerOutput);
    const QByteArray outputErrors = test::decodeErrors(output);
    const bool pcmOk = inputPcm.size() == 32 && outputPcm == inputPcm;

    const Spread t = spreadOf(total);
    const Spread c = spreadOf(cpu);
    const Spread p = spreadOf(peer);
    std::printf("input            %.1f MB ADTS (%zu frames, %s), %d rounds\n", inputMb, last.frames,
                qPrintable(last.format.describe()), rounds);
    std::printf("output           %.1f MB m4a\n", double(QFile(output).size()) / 1e6);
    std::printf("pass 1 (sizes)   median %.3f s\n", spreadOf(scan).median);
    std::printf("pass 2 (mux)     median %.3f s\n", spreadOf(mux).median);
    std::printf("commit           median %.3f s\n", spreadOf(commit).median);
    std::printf("total            median %.3f s, min %.3f, max %.3f\n", t.median, t.min, t.max);
    std::printf(
        "throughput       median %.0f MB/s of ADTS in (min %.0f, max %.0f; target >= 200)\n",
        inputMb / t.median, inputMb / t.max, inputMb / t.min);
    std::printf("CPU time         median %.3f s user+sys (%.0f MB per CPU second)\n", c.median,
                c.median > 0 ? inputMb / c.median : 0.0);
    std::printf("peak RSS         %.1f MB (target <= 50)\n", peakRssMb());
    std::printf(
        "peer ffmpeg -c copy  median %.3f s, min %.3f, max %.3f (%.0f MB/s); "
        "spacetape %.1fx faster\n",
        p.median, p.min, p.max, inputMb / p.median, p.median / t.median);
    std::printf("decode check     input %s, spacetape %s, ffmpeg -c copy %s: %s\n",
                inputPcm.constData(), outputPcm.constData(), peerPcm.constData(),
                pcmOk ? "spacetape bit-identical" : "MISMATCH");
    std::printf("decode errors    %s\n",
                outputErrors.isEmpty() ? "none" : outputErrors.constData());
    bool chaptersOk = true;
    if (chapterCount > 0) {
        const Spread ct = spreadOf(chapteredTotal);
        const Spread cc = spreadOf(chapteredCpu);
        const QByteArray chapteredPcm = test::decodedPcmMd5(chapteredOutput);
        const test::ToolResult probed = test::runTool(
            QStringLiteral(SPACETAPE_FFPROBE), {QStringLiteral("-v"), QStringLiteral("error"),
                                                QStringLiteral("-show_chapters"), chapteredOutput});
        const int probedChapters = int(probed.out.count("[CHAPTER]"));
        chaptersOk = chapteredPcm == inputPcm && probedChapters == chapterCount;
        std::printf(
            "with %d chapters total median %.3f s, min %.3f, max %.3f (%+.1f %% vs "
            "without); CPU median %.3f s (%+.1f %%)\n",
            chapterCount, ct.median, ct.min, ct.max, 100.0 * (ct.median - t.median) / t.median,
            cc.median, 100.0 * (cc.median - c.median) / c.median);
        std::printf("chapters check   ffprobe lists %d, PCM %s\n", probedChapters,
                    chapteredPcm == inputPcm ? "bit-identical" : "MISMATCH");

        // Wall times above swing with the machine's load; the work chapters add is in
        // begin() (the index) and finish() (a few KB of titles), so time begin() alone.
        std::vector<quint32> sizes;
        QString scanned = scanAdts(input, [&](const AdtsHeader &h, const char *) {
            sizes.push_back(quint32(h.payloadLength()));
            return true;
        });
        const double plainIndex = indexSeconds(last.format, sizes, {}, 21);
        const double chapteredIndex = indexSeconds(last.format, sizes, chapters, 21);
        size_t fromSpeaking = 0;
        const double speaking = speakingSeconds(chapterCount, 21, &fromSpeaking);
        std::printf(
            "begin() alone    median %.2f ms without, %.2f ms with %d chapters "
            "(+%.2f ms = %.2f %% of the total median)\n",
            plainIndex * 1e3, chapteredIndex * 1e3, chapterCount,
            (chapteredIndex - plainIndex) * 1e3, 100.0 * (chapteredIndex - plainIndex) / t.median);
        std::printf("chaptersFromSpeaking  %d turns -> %zu chapters, median %.3f ms%s\n",
                    chapterCount, fromSpeaking, speaking * 1e3,
                    scanned.isEmpty() ? "" : " (scan failed)");
    }
    return pcmOk && outputErrors.isEmpty() && chaptersOk ? 0 : 1;
}
