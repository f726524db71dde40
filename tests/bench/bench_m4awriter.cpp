// SPDX-License-Identifier: MIT
// Mux throughput and memory: ~100 MB of ADTS in → .m4a out, the way a job does
// it (pass 1 collects frame sizes, pass 2 streams payloads into M4aWriter).
// Targets (design.md "Figures"): >= 200 MB/s on one core, peak RSS <= 50 MB.
//
//   cmake -S . -B build -G Ninja && cmake --build build --target bench_m4awriter
//   ./build/tests/bench/bench_m4awriter [input-MB=100]
//
// Timing includes both reads of the input and QSaveFile::commit() (which
// fsyncs); the input is hot in the page cache after it is built, as chunks
// just downloaded are.
#include "media/AudioFormat.h"
#include "media/M4aWriter.h"
#include "support/MediaTools.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <vector>

using namespace spacetape;

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

}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int targetMb = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.aac"));
    const QString input = dir.filePath(QStringLiteral("input.aac"));
    const QString output = dir.filePath(QStringLiteral("output.m4a"));

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

    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    AudioFormat format;
    std::vector<quint32> sizes;
    QString error = scanAdts(input, [&](const AdtsHeader &h, const char *) {
        format = h.format;
        sizes.push_back(quint32(h.payloadLength()));
        return true;
    });
    const qint64 scanMs = timer.elapsed();

    QSaveFile out(output);
    if (error.isEmpty() && !out.open(QIODevice::WriteOnly))
        error = out.errorString();
    M4aWriter writer(&out);
    if (error.isEmpty()) {
        if (auto r = writer.begin(format, sizes); !r)
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
    const qint64 muxMs = timer.elapsed() - scanMs;
    if (error.isEmpty() && !out.commit())
        error = out.errorString();
    const qint64 totalMs = timer.elapsed();
    const double cpu = cpuSeconds() - cpuBefore;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "mux failed: %s\n", qPrintable(error));
        return 1;
    }

    const double inputMb = double(inputBytes) / 1e6;
    const double seconds = double(totalMs) / 1000.0;
    std::printf("input            %.1f MB ADTS (%zu frames, %s)\n", inputMb, sizes.size(),
                qPrintable(format.describe()));
    std::printf("output           %.1f MB m4a\n", double(QFile(output).size()) / 1e6);
    std::printf("pass 1 (sizes)   %.3f s\n", double(scanMs) / 1000.0);
    std::printf("pass 2 (mux)     %.3f s\n", double(muxMs) / 1000.0);
    std::printf("commit (fsync)   %.3f s\n", double(totalMs - scanMs - muxMs) / 1000.0);
    std::printf("total            %.3f s\n", seconds);
    std::printf("throughput       %.0f MB/s of ADTS in (target >= 200)\n",
                seconds > 0 ? inputMb / seconds : 0.0);
    std::printf("CPU time         %.3f s user+sys (%.0f MB per CPU second)\n", cpu,
                cpu > 0 ? inputMb / cpu : 0.0);
    std::printf("peak RSS         %.1f MB (target <= 50)\n", peakRssMb());
    return 0;
}
