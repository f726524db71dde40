// SPDX-License-Identifier: MIT
// M4aFrameReader on any bytes as a file: it returns (no loop, no huge reservation), and what
// it accepts is consistent — every frame lies inside the file, the frames' bytes add up to no
// more than the file, the edit list stays within the frames, and reading every frame works.
#include "FuzzCheck.h"
#include "section/M4aFrameReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // The reader takes a path: one file per process, rewritten for every input.
    static const QString path =
        QDir::temp().filePath(QStringLiteral("fuzz_m4aframereader_%1.m4a").arg(qint64(::getpid())));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    const auto reader = M4aFrameReader::open(path);
    if (!reader) {
        FUZZ_CHECK(!reader.error().isEmpty());
        return 0;
    }
    const qint64 frames = reader->frameCount();
    FUZZ_CHECK(frames > 0);
    FUZZ_CHECK(reader->mediaTime() >= 0);
    FUZZ_CHECK(reader->presentedSamples() > 0);
    FUZZ_CHECK(reader->mediaTime() + reader->presentedSamples() <= frames * kSamplesPerAacFrame);
    FUZZ_CHECK(reader->format().sampleRate() > 0);
    const auto all = reader->readFrames(0, frames);
    FUZZ_CHECK(all.ok());
    FUZZ_CHECK(qint64(all->frames.size()) == frames);
    qint64 bytes = 0;
    for (const QByteArray &frame : all->frames)
        bytes += frame.size();
    FUZZ_CHECK(bytes <= qint64(size));
    // Ranges past either end are clamped, never read out of bounds.
    const auto tail = reader->readFrames(frames - 1, 1000);
    FUZZ_CHECK(tail.ok() && tail->frames.size() == 1);
    const auto none = reader->readFrames(frames + 5, 3);
    FUZZ_CHECK(none.ok() && none->frames.empty());
    return 0;
}
