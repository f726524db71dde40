// SPDX-License-Identifier: MIT
#include "media/AudioAssembler.h"

#include "media/ChunkReader.h"
#include "media/M4aWriter.h"
#include "media/TaggedOutput.h"

#include <QFile>
#include <QFileInfo>

#include <vector>

namespace spacetape {

namespace {

QString chunkLabel(const ChunkFile &chunk) {
    return AudioAssembler::tr("chunk %1").arg(chunk.sequence);
}

}  // namespace

Expected<QByteArray> AudioAssembler::readChunk(const ChunkFile &chunk) {
    QFile file(chunk.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1 (%2): %3.")
                        .arg(chunkLabel(chunk), chunk.path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (!chunk.key)
        return bytes;
    return ChunkDecryptor::decrypt(bytes, *chunk.key, chunkLabel(chunk));
}

Expected<AssemblyReport> AudioAssembler::assemble(const QList<ChunkFile> &chunks,
                                                  const SpaceTags &tags, const QString &outputPath,
                                                  const AssemblyControl &control) {
    if (chunks.isEmpty())
        return fail(tr("There is no audio to save: the playlist lists no chunks."));
    // Asked between chunks of both passes: pass 1 alone reads every chunk once, which takes
    // seconds on a long Space. Returning destroys the TaggedOutput, so no file stays.
    const auto stopRequested = [&control] {
        return control.stopRequested && control.stopRequested();
    };
    const auto canceled = [&outputPath] {
        return fail(tr("Saving %1 was canceled; no file was written.").arg(outputPath),
                    FailureKind::Canceled);
    };

    // Pass 1: frame sizes and the format, checked for consistency across chunks.
    // The chunk observer is told here, in the pass that reads every chunk before the index
    // is written, so what it learns (who spoke when) can become chapters in that index.
    AssemblyReport report;
    std::vector<quint32> frameSizes;
    QString formatSource;
    qint64 firstSample = 0;
    for (const ChunkFile &chunk : chunks) {
        if (stopRequested())
            return canceled();
        const auto bytes = readChunk(chunk);
        if (!bytes)
            return fail(bytes.error());
        const auto audio = ChunkReader::read(*bytes, chunkLabel(chunk));
        if (!audio)
            return fail(audio.error());
        if (frameSizes.empty()) {
            report.format = audio->format;
            formatSource = chunkLabel(chunk);
        } else if (audio->format != report.format) {
            return fail(tr("The audio format changes at %1: %2 became %3 (since %4). "
                           "Spacetape cannot join these into one file.")
                            .arg(chunkLabel(chunk), report.format.describe(),
                                 audio->format.describe(), formatSource));
        }
        for (const AacFrameRef &frame : audio->frames) {
            frameSizes.push_back(quint32(frame.size));
            report.audioBytes += frame.size;
        }
        report.junkBytesSkipped += audio->junkBytesSkipped;
        if (audio->junkBytesSkipped > 0)
            ++report.chunksWithJunk;
        if (control.chunkRead)
            control.chunkRead(*bytes, *audio, firstSample);
        firstSample += qint64(audio->frames.size()) * kSamplesPerAacFrame;
    }
    report.frames = qint64(frameSizes.size());
    report.chunks = int(chunks.size());
    report.durationSeconds =
        double(report.frames) * kSamplesPerAacFrame / double(report.format.sampleRate());

    // Pass 2: index and room for tags first, then the audio streamed chunk by chunk,
    // into a temporary file that is tagged and renamed into place when complete.
    TaggedOutput out(outputPath);
    if (auto opened = out.open(); !opened)
        return opened.failure();
    M4aWriter writer(out.device());
    const std::vector<Chapter> chapters =
        control.chapters ? control.chapters(report.durationSeconds) : std::vector<Chapter>();
    if (auto begun = writer.begin(report.format, frameSizes, tags.startedAt, {}, chapters); !begun)
        return fail(begun.error());
    frameSizes = {};  // the writer keeps its own copy; free ours early

    int done = 0;
    for (const ChunkFile &chunk : chunks) {
        if (stopRequested())
            return canceled();
        const auto bytes = readChunk(chunk);
        if (!bytes)
            return fail(bytes.error());
        // Re-parse: the file may have changed since pass 1 only through outside
        // tampering, and a mismatch is then caught by the writer's size checks.
        const auto audio = ChunkReader::read(*bytes, chunkLabel(chunk));
        if (!audio)
            return fail(audio.error());
        for (const AacFrameRef &frame : audio->frames) {
            if (auto written = writer.writeFrame(bytes->constData() + frame.offset, frame.size);
                !written)
                return fail(written.error());
        }
        if (control.progress)
            control.progress(++done, int(chunks.size()));
    }
    if (auto finished = writer.finish(); !finished)
        return fail(finished.error());
    // Last chance: once renamed into place, the file is the caller's to remove.
    if (stopRequested())
        return canceled();
    if (auto committed = out.commit(tags); !committed)
        return committed.failure();
    return report;
}

}  // namespace spacetape
