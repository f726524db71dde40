// SPDX-License-Identifier: MIT
// ChunkReader throughput: ~100 MB of X-shaped chunks (stray TS bytes, Periscope ID3 frames,
// a mid-chunk tag) parsed in memory, several rounds, median and spread. Moved out of
// tst_chunkreader (a timing on a shared machine is not a test).
//
//   cmake --build build --target bench_chunkreader
//   ./build/tests/bench/bench_chunkreader [MB=100] [ROUNDS=5]
//
// It checks what it times: every chunk must read, and the frames counted must equal the
// fixture's frames times the passes over it, or it exits 1 without a figure.
#include "media/ChunkReader.h"
#include "support/ChunkFixture.h"
#include "support/MediaTools.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace spacetape;
using namespace spacetape::test;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QTemporaryDir dir;
    ChunkFixtureOptions options;
    options.strayBytesChunks = {2};
    options.extraId3FramesChunks = {1, 3};
    options.midTagChunks = {4};
    QString error;
    const auto fixture = makeEncodedChunkFixture(dir.path(), 60.0, &error, options);
    if (!fixture) {
        std::fprintf(stderr, "bench_chunkreader: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 total = megabytes * 1000 * 1000;
    std::vector<double> rates;
    for (int round = 0; round < rounds; ++round) {
        qint64 bytes = 0;
        qint64 frames = 0;
        int chunks = 0;
        QElapsedTimer timer;
        timer.start();
        for (; bytes < total || chunks % fixture->chunkBytes.size() != 0; ++chunks) {
            const QByteArray &chunk = fixture->chunkBytes[chunks % fixture->chunkBytes.size()];
            const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk %1").arg(chunks));
            if (!audio.ok()) {
                std::fprintf(stderr, "bench_chunkreader: %s\n", qPrintable(audio.error()));
                return 1;
            }
            bytes += chunk.size();
            frames += qint64(audio->frames.size());
        }
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        const qint64 passes = chunks / fixture->chunkBytes.size();
        if (frames != passes * fixture->frameCount) {
            std::fprintf(stderr, "bench_chunkreader: read %lld frames, expected %lld\n", frames,
                         passes * fixture->frameCount);
            return 1;
        }
        rates.push_back(double(bytes) / 1000.0 / double(ms));
        std::printf("round %d: %lld MB (%lld frames) in %lld ms: %.0f MB/s\n", round + 1,
                    bytes / 1000000, frames, ms, rates.back());
    }
    std::sort(rates.begin(), rates.end());
    std::printf("ChunkReader: median %.0f MB/s, spread %.0f–%.0f MB/s over %d rounds\n",
                rates[rates.size() / 2], rates.front(), rates.back(), rounds);
    return 0;
}
