// SPDX-License-Identifier: MIT
// Tagging a large saved file: Tagger (TagLib) writes every field and a ~50 KB cover into
// the room M4aWriter left, without moving mdat. Target (issue 15): a 260 MB file tagged
// in < 50 ms, mdat offset, file size and audio md5 unchanged.
//
//   cmake --build build --target bench_tagging
//   ./build/tests/bench/bench_tagging [file-MB=260] [rounds=9]
//
// Two cases, each timed over several rounds (median, min, max):
//  - first:  the muxer's output (empty ilst) gets its tags, as AudioAssembler does; the
//            untagged head of the file (everything before mdat) is put back between rounds;
//  - retag:  an already tagged file gets new tags, as Edit Tags… does.
// The time is Tagger::write() as called in production: TagLib opens and parses the file,
// renders ilst and writes it, no fsync. The file is hot in the page cache, as it is right
// after muxing.
#include "BenchStats.h"
#include "media/M4aWriter.h"
#include "media/Tagger.h"
#include "support/AdtsFrames.h"
#include "support/MediaTools.h"
#include "support/Mp4Inspect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace spacetape;
using namespace spacetape::test;
using spacetape::bench::Spread;
using spacetape::bench::spreadOf;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int targetMb = argc > 1 ? std::max(1, atoi(argv[1])) : 260;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 9;
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.aac"));
    const QString m4a = dir.filePath(QStringLiteral("big.m4a"));

    if (const QString e = encodeAdts(seed, 48000, 2, 60.0); !e.isEmpty()) {
        std::fprintf(stderr, "encode failed: %s\n", qPrintable(e));
        return 1;
    }
    const AdtsFrames frames = readAdts(seed);
    const QByteArray cover =
        makeImage(dir.filePath(QStringLiteral("cover.jpg")),
                  QStringLiteral("nullsrc=s=272x272,geq=random(1)*255:128:128"),
                  {QStringLiteral("-q:v"), QStringLiteral("2")});
    if (frames.payloads.isEmpty() || cover.isEmpty()) {
        std::fprintf(stderr, "could not build the fixtures\n");
        return 1;
    }

    // The 60 s encode repeated up to the target size, muxed as a download would be.
    qint64 oneCopy = 0;
    for (const QByteArray &p : frames.payloads)
        oneCopy += p.size();
    const int repeats = int((qint64(targetMb) << 20) / oneCopy) + 1;
    {
        std::vector<quint32> sizes;
        for (int r = 0; r < repeats; ++r) {
            for (const QByteArray &p : frames.payloads)
                sizes.push_back(quint32(p.size()));
        }
        QFile out(m4a);
        M4aWriter writer(&out);
        bool ok = out.open(QIODevice::WriteOnly) && writer.begin(frames.format, sizes).ok();
        for (int r = 0; ok && r < repeats; ++r) {
            for (const QByteArray &p : frames.payloads)
                ok = ok && writer.writeFrame(p.constData(), p.size()).ok();
        }
        if (!ok || !writer.finish()) {
            std::fprintf(stderr, "mux failed\n");
            return 1;
        }
    }

    const qint64 fileSize = QFileInfo(m4a).size();
    const qint64 mdat = mdatOffset(m4a);
    const QByteArray audioMd5 = md5From(m4a, mdat);
    QByteArray untaggedHead;
    {
        QFile file(m4a);
        if (mdat <= 0 || audioMd5.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the muxed file\n");
            return 1;
        }
        untaggedHead = file.read(mdat);
    }

    SpaceTags tags = sampleTags();
    tags.cover = cover;
    int failures = 0;
    const auto checkUnmoved = [&](const char *what, int round) {
        if (QFileInfo(m4a).size() != fileSize || mdatOffset(m4a) != mdat ||
            md5From(m4a, mdat) != audioMd5) {
            std::fprintf(stderr, "%s round %d: the audio moved or changed\n", what, round);
            ++failures;
        }
    };
    const auto timedWrite = [&](const SpaceTags &t) {
        QElapsedTimer timer;
        timer.start();
        const auto written = Tagger::write(m4a, t);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!written) {
            std::fprintf(stderr, "tagging failed: %s\n", qPrintable(written.error()));
            ++failures;
        }
        return ms;
    };

    std::vector<double> first;
    std::vector<double> retag;
    for (int round = 0; round < rounds; ++round) {
        {
            QFile file(m4a);
            if (!file.open(QIODevice::ReadWrite) || file.write(untaggedHead) != mdat) {
                std::fprintf(stderr, "cannot restore the untagged head\n");
                return 1;
            }
        }
        first.push_back(timedWrite(tags));
        checkUnmoved("first", round);
        SpaceTags edited = tags;
        edited.title += QStringLiteral(" (edited %1)").arg(round);
        edited.comment = QStringLiteral("Retagged in round %1").arg(round);
        retag.push_back(timedWrite(edited));
        checkUnmoved("retag", round);
    }

    const auto read = Tagger::read(m4a);
    if (!read || read->cover != cover ||
        !read->title.endsWith(QStringLiteral("(edited %1)").arg(rounds - 1))) {
        std::fprintf(stderr, "the tags did not read back\n");
        ++failures;
    }

    const Spread f = spreadOf(first);
    const Spread r = spreadOf(retag);
    std::printf("file             %.1f MB m4a (mdat at byte %lld, cover %lld bytes)\n",
                double(fileSize) / 1e6, static_cast<long long>(mdat),
                static_cast<long long>(cover.size()));
    std::printf(
        "first tagging    median %.2f ms, min %.2f, max %.2f over %d rounds (target < 50)\n",
        f.median, f.min, f.max, rounds);
    std::printf("retag            median %.2f ms, min %.2f, max %.2f over %d rounds\n", r.median,
                r.min, r.max, rounds);
    std::printf("mdat offset, size, audio md5  %s\n",
                failures == 0 ? "unchanged in every round" : "CHANGED (see above)");
    return failures == 0 ? 0 : 1;
}
