// SPDX-License-Identifier: MIT
#include "support/ChunkFixture.h"

#include "support/MediaTools.h"

#include <QDir>
#include <QFile>

#include <cmath>

namespace spacetape::test {

namespace {

// A plausible recent epoch in nanoseconds; X's names carry 19 digits.
constexpr qint64 kFirstChunkEpochNs = 1700000000123456789LL;
constexpr qsizetype kTsPacketSize = 188;

void appendSyncsafe(QByteArray &out, quint32 value) {
    out.append(char((value >> 21) & 0x7F));
    out.append(char((value >> 14) & 0x7F));
    out.append(char((value >> 7) & 0x7F));
    out.append(char(value & 0x7F));
}

void appendBigEndian64(QByteArray &out, quint64 value) {
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xFF));
}

QByteArray id3Frame(const char *id, const QByteArray &data) {
    QByteArray frame(id, 4);
    appendSyncsafe(frame, quint32(data.size()));
    frame.append(2, '\0');  // no frame flags
    frame.append(data);
    return frame;
}

QByteArray textInfoFrame(const QByteArray &description, const QByteArray &value) {
    QByteArray data(1, '\x03');  // UTF-8
    data.append(description);
    data.append('\0');
    data.append(value);
    return id3Frame("TXXX", data);
}

struct AdtsFrameSpan {
    qsizetype offset = 0;
    qsizetype length = 0;
};

bool writeFile(const QString &path, const QByteArray &bytes, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

quint64 ptsOfFrame(qint64 frameIndex, int sampleRate) {
    return quint64(frameIndex) * kSamplesPerAacFrame * 90000 / quint64(sampleRate);
}

}  // namespace

QByteArray makeId3Tag(quint64 pts, bool extraFrames, bool footer) {
    QByteArray body;
    if (extraFrames) {
        // Live chunks carry Periscope frames before and after the timestamp;
        // the JSON is long enough that its size needs more than one syncsafe byte,
        // and the binary PRIV holds a fake ADTS sync and "ID3" that must be skipped.
        body += id3Frame("TIT3", QByteArray("\x03") + "{\"ntp\":3909090909.123,\"seq\":42}");
        QByteArray hydra("tv.periscope.hydra");
        hydra.append('\0');
        hydra.append(QByteArray::fromHex("fff14c8000fffc494433040000000000"));
        body += id3Frame("PRIV", hydra);
    }
    QByteArray timestamp("com.apple.streaming.transportStreamTimestamp");
    timestamp.append('\0');
    appendBigEndian64(timestamp, pts & ((quint64(1) << 33) - 1));
    body += id3Frame("PRIV", timestamp);
    if (extraFrames) {
        QByteArray json = "{\"participants\":[";
        for (int i = 0; i < 6; ++i)
            json += QByteArray("{\"user_id\":\"14") + QByteArray::number(i) +
                    "000000\",\"audio_level\":0." + QByteArray::number(i * 7) + "},";
        json.chop(1);
        json += "],\"kind\":\"HydraParticipants\"}";
        body += textInfoFrame("JSONMetadata", json);
        body += textInfoFrame("HydraAudioLevel", "0.42");
    }

    const char flags = footer ? '\x10' : '\0';
    QByteArray tag("ID3\x04\x00", 5);
    tag.append(flags);
    appendSyncsafe(tag, quint32(body.size()));
    tag += body;
    if (footer) {
        tag.append("3DI\x04\x00", 5);
        tag.append(flags);
        appendSyncsafe(tag, quint32(body.size()));
    }
    return tag;
}

QByteArray makeAdtsFrame(const AudioFormat &format, const QByteArray &payload, bool withCrc,
                         int rawDataBlocks) {
    const int headerLength = withCrc ? 9 : 7;
    const unsigned frameLength = unsigned(headerLength + payload.size());
    const unsigned fullness = 0x7FF;  // "variable bit rate", as ffmpeg writes
    QByteArray frame(headerLength, '\0');
    frame[0] = char(0xFF);
    frame[1] = char(withCrc ? 0xF0 : 0xF1);
    frame[2] = char((((format.audioObjectType - 1) & 0x3) << 6) |
                    ((format.samplingFrequencyIndex & 0xF) << 2) |
                    ((format.channelConfiguration >> 2) & 0x1));
    frame[3] = char(((format.channelConfiguration & 0x3) << 6) | ((frameLength >> 11) & 0x3));
    frame[4] = char((frameLength >> 3) & 0xFF);
    frame[5] = char(((frameLength & 0x7) << 5) | ((fullness >> 6) & 0x1F));
    frame[6] = char(((fullness & 0x3F) << 2) | ((rawDataBlocks - 1) & 0x3));
    frame += payload;
    return frame;
}

QByteArray makeStrayTsPacket(int seed) {
    QByteArray packet(kTsPacketSize, '\0');
    packet[0] = char(0x47);  // TS sync byte
    packet[1] = char(0x01);  // PID 0x100, no payload start
    packet[2] = char(0x00);
    packet[3] = char(0x10 | (seed & 0x0F));  // payload only, continuity counter
    quint32 state = 0x9E3779B9u ^ quint32(seed);
    for (qsizetype i = 4; i < kTsPacketSize; ++i) {
        state = state * 1664525u + 1013904223u;
        packet[i] = char(state >> 24);
    }
    // A believable ADTS header whose frame would end 5 bytes into the
    // following ID3 tag: the reader must not take it for audio.
    constexpr qsizetype kFakeSyncAt = 100;
    const unsigned fakeLength = unsigned(kTsPacketSize - kFakeSyncAt + 5);
    const QByteArray fake = makeAdtsFrame(AudioFormat{2, 3, 2}, QByteArray(), false).left(7);
    packet.replace(kFakeSyncAt, 7, fake);
    packet[kFakeSyncAt + 3] = char((packet[kFakeSyncAt + 3] & 0xFC) | ((fakeLength >> 11) & 0x3));
    packet[kFakeSyncAt + 4] = char((fakeLength >> 3) & 0xFF);
    packet[kFakeSyncAt + 5] = char(((fakeLength & 0x7) << 5) | 0x1F);
    return packet;
}

std::optional<ChunkFixture> makeChunkFixture(const QString &adtsPath, const QString &outDir,
                                             const ChunkFixtureOptions &options, QString *error) {
    QString ignored;
    if (!error)
        error = &ignored;
    QFile input(adtsPath);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(adtsPath, input.errorString());
        return std::nullopt;
    }
    const QByteArray adts = input.readAll();
    const auto *data = reinterpret_cast<const uchar *>(adts.constData());

    ChunkFixture fixture;
    std::vector<AdtsFrameSpan> frames;
    for (qsizetype pos = 0; pos < adts.size();) {
        const auto header = AdtsHeader::parse(data + pos, adts.size() - pos);
        if (!header || header->frameLength > adts.size() - pos) {
            *error = QStringLiteral("%1 is not clean ADTS: no whole frame at byte %2")
                         .arg(adtsPath)
                         .arg(pos);
            return std::nullopt;
        }
        if (frames.empty())
            fixture.format = header->format;
        else if (header->format != fixture.format) {
            *error = QStringLiteral("%1 changes format at byte %2").arg(adtsPath).arg(pos);
            return std::nullopt;
        }
        frames.push_back({pos, header->frameLength});
        pos += header->frameLength;
    }
    if (frames.empty()) {
        *error = QStringLiteral("%1 holds no ADTS frames").arg(adtsPath);
        return std::nullopt;
    }
    const int rate = fixture.format.sampleRate();
    if (options.chunkSeconds <= 0) {
        *error = QStringLiteral("chunkSeconds must be positive");
        return std::nullopt;
    }
    const auto framesFor = [rate](double seconds) {
        return std::max(1, int(std::lround(seconds * rate / kSamplesPerAacFrame)));
    };
    for (double seconds : options.chunkSecondsPattern) {
        if (seconds <= 0) {
            *error = QStringLiteral("chunkSecondsPattern must hold positive lengths");
            return std::nullopt;
        }
    }

    if (!QDir().mkpath(outDir)) {
        *error = QStringLiteral("cannot create %1").arg(outDir);
        return std::nullopt;
    }
    fixture.dir = outDir;
    fixture.cleanAdtsPath = adtsPath;
    fixture.frameCount = int(frames.size());
    fixture.playlistName = QStringLiteral("playlist_%1.m3u8").arg(kFirstChunkEpochNs);
    fixture.playlistPath = QDir(outDir).filePath(fixture.playlistName);

    QByteArray playlist = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n";
    playlist += "#EXT-X-MEDIA-SEQUENCE:" + QByteArray::number(options.firstSequence) + "\n";
    playlist += "#EXT-X-PLAYLIST-TYPE:VOD\n";

    double nextTick = 0;
    int tick = 0;
    for (int index = 0, first = 0; first < fixture.frameCount; ++index) {
        const double wanted =
            options.chunkSecondsPattern.isEmpty()
                ? options.chunkSeconds
                : options.chunkSecondsPattern.at(index % options.chunkSecondsPattern.size());
        const int end = std::min(fixture.frameCount, first + framesFor(wanted));
        const int midFrame = first + (end - first) / 2;

        QByteArray chunk;
        if (options.strayBytesChunks.contains(index))
            chunk += makeStrayTsPacket(index);
        chunk += makeId3Tag(ptsOfFrame(first, rate), options.extraId3FramesChunks.contains(index),
                            options.footerTagChunks.contains(index));
        for (int f = first; f < end; ++f) {
            if (f == midFrame && f > first && options.midTagChunks.contains(index))
                chunk += makeId3Tag(ptsOfFrame(f, rate), false, false);
            const double seconds = double(f) * kSamplesPerAacFrame / rate;
            if (options.hydra && seconds >= nextTick) {
                chunk += scriptedHydraTag(*options.hydra, seconds, tick++);
                nextTick += options.hydra->tickSeconds;
            }
            chunk.append(adts.constData() + frames[std::size_t(f)].offset,
                         frames[std::size_t(f)].length);
        }

        const qint64 sequence = options.firstSequence + index;
        const qint64 epochNs =
            kFirstChunkEpochNs + qint64(first) * kSamplesPerAacFrame * 1000000000LL / rate;
        const QString name = QStringLiteral("chunk_%1_%2_a.aac").arg(epochNs).arg(sequence);
        if (!writeFile(QDir(outDir).filePath(name), chunk, error))
            return std::nullopt;

        double seconds = double(end - first) * kSamplesPerAacFrame / rate;
        if (!options.extinfDriftSeconds.isEmpty())
            seconds = std::max(0.001, seconds + options.extinfDriftSeconds.at(
                                                    index % options.extinfDriftSeconds.size()));
        playlist += "#EXTINF:" + QByteArray::number(seconds, 'f', 3) + ",\n";
        playlist += name.toLatin1() + "\n";
        fixture.chunkNames << name;
        fixture.sequences << sequence;
        fixture.chunkBytes << chunk;
        first = end;
    }
    playlist += "#EXT-X-ENDLIST\n";
    if (!writeFile(fixture.playlistPath, playlist, error))
        return std::nullopt;
    return fixture;
}

std::optional<ChunkFixture> makeEncodedChunkFixture(const QString &workDir, double seconds,
                                                    QString *error,
                                                    const ChunkFixtureOptions &options,
                                                    int sampleRate, int channels) {
    const QString adts = QDir(workDir).filePath(QStringLiteral("clean.aac"));
    const QString encodeError = encodeAdts(adts, sampleRate, channels, seconds);
    if (!encodeError.isEmpty()) {
        if (error)
            *error = encodeError;
        return std::nullopt;
    }
    return makeChunkFixture(adts, QDir(workDir).filePath(QStringLiteral("cdn")), options, error);
}

}  // namespace spacetape::test
