// SPDX-License-Identifier: MIT
#pragma once

#include "media/AudioFormat.h"
#include "media/Chapters.h"
#include "media/ChunkDecryptor.h"
#include "media/ChunkReader.h"
#include "media/SpaceTags.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace spacetape {

/// One downloaded chunk on disk and its place in the Space.
struct ChunkFile {
    qint64 sequence = 0;
    QString path;
    std::optional<ChunkKey> key;  ///< set for encrypted Spaces: the file holds ciphertext
};

/// What went into a finished file, for the user and the logs.
struct AssemblyReport {
    AudioFormat format;
    qint64 frames = 0;
    double durationSeconds = 0;
    qint64 audioBytes = 0;        ///< raw AAC payload bytes written
    qint64 junkBytesSkipped = 0;  ///< stray bytes dropped across all chunks
    int chunksWithJunk = 0;
    int chunks = 0;
};

/**
 * Told about each chunk as it is read for a file: its bytes (decrypted), what ChunkReader
 * found in them (frames and ID3 tags), and the sample of the file its audio starts at (for a
 * section: counted from the section's start, so negative for the margin before it). A reader
 * of what else chunks carry (extras::SpeakerTimeline::readChunk) gets every chunk this way
 * without reading it again. Runs on the thread that reads.
 */
using ChunkReadObserver =
    std::function<void(const QByteArray &bytes, const ChunkAudio &audio, qint64 firstSample)>;

/**
 * @brief How a caller follows an assembly and stops it before it ends.
 *
 * Both callbacks run on the thread that assembles. The stop check is a function rather than a
 * flag so that callers decide what "stop" means (a job's cancel flag, a test counting checks).
 */
struct AssemblyControl {
    /// Asked before each chunk of both passes and once more before the file is tagged and put
    /// in place; true makes AudioAssembler::assemble() fail with FailureKind::Canceled, leaving
    /// no file behind. When another thread decides, read a std::atomic<bool> here.
    std::function<bool()> stopRequested;
    /// Called after each chunk of the second pass: (chunks written, chunks total).
    std::function<void(int done, int total)> progress;
    /// Called for each chunk of the first pass (the one that reads every chunk before the
    /// file's index is written), in file order; not for a chunk that fails.
    ChunkReadObserver chunkRead;
    /// Asked once between the passes, with the file's duration: the chapters to write into
    /// the index (e.g. from what chunkRead learnt about who spoke). Empty: none.
    std::function<std::vector<Chapter>(double durationSeconds)> chapters;
};

/**
 * @brief Turns a Space's chunk files into one tagged .m4a, losslessly.
 *
 * Two reads, one write: the first pass parses every chunk to learn the frame
 * sizes (the MP4 index goes before the audio so players start at once), the
 * second streams the payloads into the file. Only the size list stays in
 * memory. The output is written under a temporary name and renamed into
 * place once TagLib has tagged it, so a failure never leaves a half-written
 * or untagged file behind.
 */
class AudioAssembler {
    Q_DECLARE_TR_FUNCTIONS(AudioAssembler)
public:
    /**
     * Writes @p chunks (in the order given; callers sort by sequence) as one
     * .m4a at @p outputPath with @p tags. Fails, naming the chunk, when a chunk
     * holds no audio or changes the audio format mid-stream. Stops between two chunks
     * when @p control asks, failing with FailureKind::Canceled.
     */
    static Expected<AssemblyReport> assemble(const QList<ChunkFile> &chunks, const SpaceTags &tags,
                                             const QString &outputPath,
                                             const AssemblyControl &control = {});

    /// The bytes of one chunk file, decrypted when it has a key (sections read chunks too).
    static Expected<QByteArray> readChunk(const ChunkFile &chunk);
};

}  // namespace spacetape
