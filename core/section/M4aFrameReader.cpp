// SPDX-License-Identifier: MIT
#include "section/M4aFrameReader.h"

#include "util/Limits.h"
#include "util/RegularFile.h"

#include <QFile>
#include <QtEndian>

#include <optional>

namespace spacetape {

namespace {

/// A box found inside a parent's payload: [bodyStart, end) in the file.
struct Box {
    QByteArray type;
    qint64 bodyStart = 0;
    qint64 end = 0;
};

/// Bodies read whole besides the sample tables (hdlr, esds, elst) are tiny in any real file.
constexpr qint64 kMaxSmallBoxBytes = 64 * 1024;

/**
 * Reads the boxes between @p from and @p to; nothing when a size is impossible.
 *
 * Sizes are unsigned and must fit in the bytes left of the parent and hold their own header,
 * so every box moves the position forward by at least 8 bytes and never past @p to: the walk
 * ends, however the sizes are crafted (a 64-bit size of 2^64 − 16 once read as −16 stepped
 * back for ever).
 */
std::optional<std::vector<Box>> childBoxes(QFile &file, qint64 from, qint64 to) {
    std::vector<Box> boxes;
    if (from < 0 || to > file.size())
        return std::nullopt;
    qint64 pos = from;
    while (to - pos >= 8) {
        if (boxes.size() >= size_t(limits::kMaxMp4ChildBoxes) || !file.seek(pos))
            return std::nullopt;
        const QByteArray header = file.read(16);
        if (header.size() < 8)
            return std::nullopt;
        const quint64 left = quint64(to - pos);
        quint64 size = qFromBigEndian<quint32>(header.constData());
        quint64 headerSize = 8;
        if (size == 1) {
            if (header.size() < 16)
                return std::nullopt;
            size = qFromBigEndian<quint64>(header.constData() + 8);
            headerSize = 16;
        } else if (size == 0) {
            size = left;  // "to the end of the parent"
        }
        if (size < headerSize || size > left)
            return std::nullopt;
        boxes.push_back(Box{header.mid(4, 4), pos + qint64(headerSize), pos + qint64(size)});
        pos += qint64(size);
    }
    return boxes;
}

std::optional<Box> findPath(QFile &file, qint64 from, qint64 to, const QList<QByteArray> &path) {
    std::optional<Box> found;
    for (const QByteArray &type : path) {
        const auto boxes = childBoxes(file, from, to);
        if (!boxes)
            return std::nullopt;
        found.reset();
        for (const Box &box : *boxes) {
            if (box.type == type) {
                found = box;
                break;
            }
        }
        if (!found)
            return std::nullopt;
        // stsd's entries start after its 8-byte header; an mp4a entry after 28 bytes.
        from = found->bodyStart + (type == "stsd" ? 8 : type == "mp4a" ? 28 : 0);
        to = found->end;
    }
    return found;
}

/// @p box's body, or nothing when it is larger than @p maxBytes or cannot be read whole.
std::optional<QByteArray> readBody(QFile &file, const Box &box, qint64 maxBytes) {
    const qint64 length = box.end - box.bodyStart;
    if (length > maxBytes || !file.seek(box.bodyStart))
        return std::nullopt;
    QByteArray body = file.read(length);
    if (body.size() != length)
        return std::nullopt;
    return body;
}

/**
 * The first trak whose handler is "soun": the audio. A file may hold other tracks before it
 * (a chapter track of text), and each has a sample table of its own.
 */
std::optional<Box> audioTrack(QFile &file) {
    const auto moov = findPath(file, 0, file.size(), {"moov"});
    if (!moov)
        return std::nullopt;
    const auto boxes = childBoxes(file, moov->bodyStart, moov->end);
    if (!boxes)
        return std::nullopt;
    for (const Box &trak : *boxes) {
        if (trak.type != "trak")
            continue;
        const auto handler = findPath(file, trak.bodyStart, trak.end, {"mdia", "hdlr"});
        if (!handler)
            continue;
        // version/flags, pre_defined, then handler_type.
        const auto body = readBody(file, *handler, kMaxSmallBoxBytes);
        if (body && body->mid(8, 4) == "soun")
            return trak;
    }
    return std::nullopt;
}

quint32 be32(const QByteArray &b, qint64 at) {
    return at + 4 <= b.size() ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}
quint64 be64(const QByteArray &b, qint64 at) {
    return at + 8 <= b.size() ? qFromBigEndian<quint64>(b.constData() + at) : 0;
}

/// Reads an MPEG-4 descriptor header at @p pos: returns the tag, sets the body's range.
int descriptorAt(const QByteArray &b, qint64 &pos, qint64 &length) {
    if (pos >= b.size())
        return -1;
    const int tag = quint8(b.at(pos++));
    length = 0;
    for (int i = 0; i < 4 && pos < b.size(); ++i) {
        const quint8 byte = quint8(b.at(pos++));
        length = (length << 7) | (byte & 0x7F);
        if (!(byte & 0x80))
            break;
    }
    return tag;
}

/// The AudioSpecificConfig inside an esds body (after its version/flags).
QByteArray audioSpecificConfig(const QByteArray &esds) {
    qint64 pos = 4;
    qint64 length = 0;
    if (descriptorAt(esds, pos, length) != 0x03)
        return {};
    pos += 3;  // ES_ID, flags (no dependency/URL/OCR in files we write)
    if (descriptorAt(esds, pos, length) != 0x04)
        return {};
    pos += 13;  // objectType, streamType, bufferSize, max/avg bitrate
    if (descriptorAt(esds, pos, length) != 0x05)
        return {};
    return esds.mid(pos, length);
}

}  // namespace

Expected<M4aFrameReader> M4aFrameReader::open(const QString &path) {
    // A FIFO or a device would block or never end: only a regular file is opened at all.
    QFile file;
    if (auto opened = openRegularFile(file, path); !opened)
        return Failure{opened.error()};
    const auto notOurs = [&path](const QString &what) {
        return fail(tr("%1 is not an audio file Spacetape can cut (%2). Give a "
                       ".m4a saved by Spacetape, or the Space's link.")
                        .arg(path, what));
    };
    const quint64 fileSize = quint64(file.size());
    const auto trak = audioTrack(file);
    const auto table =
        trak ? findPath(file, trak->bodyStart, trak->end, {"mdia", "minf", "stbl"}) : std::nullopt;
    if (!table)
        return notOurs(tr("no audio sample table"));
    auto child = [&](const QByteArray &type) {
        return findPath(file, table->bodyStart, table->end, {type});
    };
    const auto esds = findPath(file, table->bodyStart, table->end, {"stsd", "mp4a", "esds"});
    const auto stsz = child("stsz");
    const auto stsc = child("stsc");
    auto stco = child("stco");
    const bool co64 = !stco;
    if (co64)
        stco = child("co64");
    if (!esds || !stsz || !stsc || !stco)
        return notOurs(tr("no AAC track"));

    M4aFrameReader reader;
    reader.m_path = path;
    const QByteArray asc =
        audioSpecificConfig(readBody(file, *esds, kMaxSmallBoxBytes).value_or(QByteArray()));
    if (asc.size() < 2)
        return notOurs(tr("no AAC configuration"));
    const quint16 bits = qFromBigEndian<quint16>(asc.constData());
    reader.m_format.audioObjectType = bits >> 11;
    reader.m_format.samplingFrequencyIndex = (bits >> 7) & 0x0F;
    reader.m_format.channelConfiguration = (bits >> 3) & 0x0F;
    if (reader.m_format.audioObjectType != 2 || reader.m_format.sampleRate() == 0)
        return notOurs(reader.m_format.describe());

    // Every count is checked against what the file can hold before it sizes a reservation or
    // a loop: a table holds an entry per sample, and the samples themselves lie in the file.
    const auto sizes = readBody(file, *stsz, limits::kMaxSampleTableBytes);
    const quint32 fixedSize = sizes ? be32(*sizes, 4) : 0;
    const quint32 count = sizes ? be32(*sizes, 8) : 0;
    if (!sizes || count == 0 || count > limits::kMaxM4aFrames ||
        (fixedSize == 0 ? sizes->size() < 12 + qint64(count) * 4
                        : quint64(count) > fileSize / fixedSize))
        return notOurs(tr("a damaged sample size table"));
    reader.m_sizes.reserve(count);
    quint64 totalBytes = 0;
    for (quint32 i = 0; i < count; ++i) {
        const quint32 size = fixedSize ? fixedSize : be32(*sizes, 12 + qint64(i) * 4);
        totalBytes += size;  // ≤ fileSize + 2^32: no overflow
        if (totalBytes > fileSize)
            return notOurs(tr("a damaged sample size table"));
        reader.m_sizes.push_back(size);
    }

    const auto offsetsBody = readBody(file, *stco, limits::kMaxSampleTableBytes);
    const auto runs = readBody(file, *stsc, limits::kMaxSampleTableBytes);
    const quint32 chunkCount = offsetsBody ? be32(*offsetsBody, 4) : 0;
    const quint32 runCount = runs ? be32(*runs, 4) : 0;
    if (!offsetsBody || !runs || runCount == 0 || runs->size() < 8 + qint64(runCount) * 12 ||
        offsetsBody->size() < 8 + qint64(chunkCount) * (co64 ? 8 : 4))
        return notOurs(tr("a damaged chunk table"));
    reader.m_offsets.reserve(count);
    quint32 run = 0;
    for (quint32 chunk = 1; chunk <= chunkCount && reader.m_offsets.size() < count; ++chunk) {
        while (run + 1 < runCount && be32(*runs, 8 + qint64(run + 1) * 12) <= chunk)
            ++run;
        const quint32 perChunk = be32(*runs, 8 + qint64(run) * 12 + 4);
        quint64 offset = co64 ? be64(*offsetsBody, 8 + qint64(chunk - 1) * 8)
                              : be32(*offsetsBody, 8 + qint64(chunk - 1) * 4);
        for (quint32 i = 0; i < perChunk && reader.m_offsets.size() < count; ++i) {
            const quint32 size = reader.m_sizes[reader.m_offsets.size()];
            // Each frame lies in the file (checked so that nothing overflows).
            if (offset > fileSize || size > fileSize - offset)
                return notOurs(tr("a damaged chunk table"));
            reader.m_offsets.push_back(offset);
            offset += size;
        }
    }
    if (reader.m_offsets.size() != count)
        return notOurs(tr("a damaged chunk table"));

    reader.m_presented = qint64(count) * kSamplesPerAacFrame;
    if (const auto elst = findPath(file, trak->bodyStart, trak->end, {"edts", "elst"})) {
        // A file that is itself a section: its time line is what its edit presents.
        const QByteArray body = readBody(file, *elst, kMaxSmallBoxBytes).value_or(QByteArray());
        const bool wide = !body.isEmpty() && body.at(0) == 1;
        if (be32(body, 4) >= 1) {
            const qint64 duration = wide ? qint64(be64(body, 8)) : be32(body, 8);
            const qint64 mediaTime = wide ? qint64(be64(body, 16)) : qint32(be32(body, 12));
            // Compared without adding them: two 2^62s would overflow.
            if (mediaTime >= 0 && duration > 0 && mediaTime < reader.m_presented &&
                duration <= reader.m_presented - mediaTime) {
                reader.m_mediaTime = mediaTime;
                reader.m_presented = duration;
            }
        }
    }
    return reader;
}

Expected<SectionFrames> M4aFrameReader::readFrames(qint64 first, qint64 count) const {
    first = std::max<qint64>(0, first);
    count = std::min<qint64>(count, frameCount() - first);
    SectionFrames frames;
    frames.format = m_format;
    frames.firstFrame = first;
    QFile file;
    if (auto opened = openRegularFile(file, m_path); !opened)
        return Failure{opened.error()};
    frames.frames.reserve(size_t(std::max<qint64>(0, count)));
    for (qint64 i = first; i < first + count; ++i) {
        if (!file.seek(qint64(m_offsets[size_t(i)])))
            return fail(tr("%1 is cut short; its audio is damaged.").arg(m_path));
        QByteArray frame = file.read(m_sizes[size_t(i)]);
        if (frame.size() != qint64(m_sizes[size_t(i)]))
            return fail(tr("%1 is cut short; its audio is damaged.").arg(m_path));
        frames.frames.push_back(std::move(frame));
    }
    return frames;
}

}  // namespace spacetape
