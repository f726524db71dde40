// SPDX-License-Identifier: MIT
#pragma once

#include "media/AudioFormat.h"
#include "support/HydraTags.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace spacetape::test {

/// How makeChunkFixture() cuts and dirties the chunks.
struct ChunkFixtureOptions {
    double chunkSeconds = 3.0;  ///< cut at ADTS frame boundaries, ~this long
    qint64 firstSequence = 0;   ///< <seq> of the first chunk
    /// Chunk indexes that get a 188-byte partial TS packet (0x47...) before the ID3 tag.
    QSet<int> strayBytesChunks;
    /// Indexes whose tag also has TIT3/TXXX-like Periscope frames (bigger tag).
    QSet<int> extraId3FramesChunks;
    QSet<int> footerTagChunks;  ///< indexes whose tag has the footer flag + footer
    QSet<int> midTagChunks;     ///< indexes that get a second ID3 tag between two frames
    /// When not empty, chunk i is ~chunkSecondsPattern[i % size] long instead (X's vary
    /// between ~2.9 and ~3.2 s).
    QList<double> chunkSecondsPattern = {};  // (defaults keep positional inits warning-free)
    /// Added to chunk i's EXTINF, cycled: X's EXTINF drifts from the audio it describes.
    QList<double> extinfDriftSeconds = {};
    /// When set, a Hydra tag (TIT3, JSONMetadata, HydraParticipants, HydraAudioLevel) goes
    /// before the first frame at or after every tick (~1 s) of audio, following the script;
    /// chunk starts get it right after their PRIV tag, other ticks between two ADTS frames.
    std::optional<HydraScript> hydra = {};
};

/// A replay-style Space on disk: chunk files plus their VOD playlist.
struct ChunkFixture {
    QString dir;           ///< where the chunks and playlist are
    QString playlistPath;  ///< playlist_<19 digits>.m3u8 (VOD, relative names, ENDLIST)
    QString playlistName;
    QStringList chunkNames;  ///< chunk_<19-digit ns epoch>_<seq>_a.aac, in sequence order
    QList<qint64> sequences;
    QList<QByteArray> chunkBytes;  ///< exact bytes of each chunk file
    QString cleanAdtsPath;         ///< the reference: the clean concatenated ADTS (the input file)
    int frameCount = 0;
    spacetape::AudioFormat format;
};

/// Cuts adtsPath into chunks written under outDir. Returns nothing and sets *error on failure.
std::optional<ChunkFixture> makeChunkFixture(const QString &adtsPath, const QString &outDir,
                                             const ChunkFixtureOptions &options, QString *error);

/**
 * Encodes @p seconds of test audio with ffmpeg (encodeAdts()) to
 * @p workDir/clean.aac, the fixture's cleanAdtsPath, and cuts it into chunks in
 * @p workDir/cdn. Returns nothing and sets *error when either step fails.
 */
std::optional<ChunkFixture> makeEncodedChunkFixture(const QString &workDir, double seconds,
                                                    QString *error,
                                                    const ChunkFixtureOptions &options = {},
                                                    int sampleRate = 48000, int channels = 2);

/**
 * An ID3v2.4 tag as X puts before a chunk's audio: one PRIV
 * com.apple.streaming.transportStreamTimestamp frame holding @p pts (73 bytes,
 * size field 63). @p extraFrames adds live-Space-like TIT3/TXXX frames around
 * it; @p footer sets the footer flag and appends the 10-byte footer.
 */
QByteArray makeId3Tag(quint64 pts, bool extraFrames, bool footer);

/**
 * One ADTS frame of @p format around @p payload; with @p withCrc the 9-byte
 * header form (the CRC value is not meaningful). @p rawDataBlocks > 1 only
 * makes the header claim it, for error tests.
 */
QByteArray makeAdtsFrame(const spacetape::AudioFormat &format, const QByteArray &payload,
                         bool withCrc = false, int rawDataBlocks = 1);

/// The 188-byte partial MPEG-TS packet the fixture puts before some tags.
QByteArray makeStrayTsPacket(int seed);

}  // namespace spacetape::test
