// SPDX-License-Identifier: MIT
#include "media/ChunkReader.h"

#include "media/Id3Bytes.h"

#include "util/Limits.h"

#include <cstring>
#include <limits>

namespace spacetape {

namespace {

constexpr qsizetype kId3HeaderSize = 10;
constexpr qsizetype kId3FooterSize = 10;
constexpr qsizetype kId3FrameHeaderSize = 10;
constexpr int kId3FooterFlag = 0x10;
constexpr int kId3ExtendedHeaderFlag = 0x40;
constexpr qsizetype kAdtsMinHeader = 7;
// Includes the terminating NUL, which is part of the PRIV owner field.
constexpr char kTimestampOwner[] = "com.apple.streaming.transportStreamTimestamp";
constexpr qsizetype kTimestampOwnerSize = sizeof kTimestampOwner;
constexpr quint64 kPtsMask = (quint64(1) << 33) - 1;

using id3::bigEndian32;
using id3::isSyncsafe;
using id3::syncsafe;

/// One pass over one chunk; keeps the cursor state out of the public API.
class ChunkScanner {
public:
    ChunkScanner(const QByteArray &bytes, const QString &chunkName)
        : m_data(reinterpret_cast<const uchar *>(bytes.constData())),
          m_size(bytes.size()),
          m_name(chunkName) {}

    Expected<ChunkAudio> run() {
        if (m_size > std::numeric_limits<qint32>::max())
            return fail(ChunkReader::tr("%1 is %2 bytes, far larger than any Space chunk; it is "
                                        "not a chunk of audio")
                            .arg(m_name)
                            .arg(m_size));
        // Most Space frames are 300-400 bytes; reserving avoids regrowth.
        m_audio.frames.reserve(std::size_t(m_size / 256 + 1));

        qsizetype pos = 0;
        // True when pos is right after a tag or frame we believed; there, a
        // header is trusted without looking at what follows it.
        bool inSync = false;
        while (pos < m_size) {
            const qsizetype tagSize = id3TagSizeAt(pos);
            if (tagSize > 0 && (inSync || structureStartsAt(pos + tagSize))) {
                if (!m_audio.transportStreamTimestamp)
                    readTimestamp(pos);
                ++m_audio.id3TagsSkipped;
                if (m_audio.tags.size() < std::size_t(limits::kMaxId3TagsPerChunk))
                    m_audio.tags.push_back(
                        Id3TagRef{qint32(pos), qint32(tagSize), qint32(m_audio.frames.size())});
                pos += tagSize;
                inSync = true;
                continue;
            }

            const qsizetype available = m_size - pos;
            const uchar *p = m_data + pos;
            if (AdtsHeader::looksLikeSync(p, available)) {
                if (const auto header = AdtsHeader::parse(p, available)) {
                    const bool sameFormat =
                        m_audio.frames.empty() || header->format == m_audio.format;
                    const bool fits = header->frameLength <= available;
                    if (inSync && sameFormat && !fits)
                        return truncatedFrame(pos, header->frameLength);
                    const bool confirmed = fits && structureStartsAt(pos + header->frameLength);
                    if (confirmed || (inSync && sameFormat && fits)) {
                        if (!sameFormat)
                            return formatChange(pos, header->format);
                        if (header->rawDataBlocks != 1)
                            return multipleRawBlocks(pos, header->rawDataBlocks);
                        m_audio.format = header->format;
                        m_audio.frames.push_back(AacFrameRef{qint32(pos + header->headerLength),
                                                             qint32(header->payloadLength())});
                        pos += header->frameLength;
                        inSync = true;
                        continue;
                    }
                } else if (inSync && available < kAdtsMinHeader) {
                    return truncatedFrame(pos, kAdtsMinHeader);
                }
            }

            const qsizetype next = nextCandidate(pos + 1);
            m_audio.junkBytesSkipped += next - pos;
            pos = next;
            inSync = false;
        }

        if (m_audio.frames.empty()) {
            if (m_size == 0)
                return fail(
                    ChunkReader::tr("%1 holds no AAC audio: the file is empty").arg(m_name));
            return fail(ChunkReader::tr("%1 holds no AAC audio: %2 bytes of other data")
                            .arg(m_name)
                            .arg(m_size));
        }
        return std::move(m_audio);
    }

private:
    /// Size of the complete, plausible ID3v2 tag at @p pos (footer included), else 0.
    qsizetype id3TagSizeAt(qsizetype pos) const {
        if (m_size - pos < kId3HeaderSize)
            return 0;
        const uchar *p = m_data + pos;
        if (p[0] != 'I' || p[1] != 'D' || p[2] != '3')
            return 0;
        const int major = p[3];
        if (major < 2 || major > 4 || p[4] == 0xFF || !isSyncsafe(p + 6))
            return 0;
        qsizetype total = kId3HeaderSize + qsizetype(syncsafe(p + 6));
        if (major == 4 && (p[5] & kId3FooterFlag))
            total += kId3FooterSize;
        return total <= m_size - pos ? total : 0;
    }

    /**
     * True when @p pos is a believable place for something to end: the end of
     * the data, an ID3 tag, or an ADTS header. The header's format is not
     * compared, so that a real format change is reported rather than skipped.
     */
    bool structureStartsAt(qsizetype pos) const {
        if (pos == m_size)
            return true;
        if (pos > m_size)
            return false;
        if (id3TagSizeAt(pos) > 0)
            return true;
        return AdtsHeader::parse(m_data + pos, m_size - pos).has_value();
    }

    /// Next position at or after @p from that could start a tag or a frame.
    qsizetype nextCandidate(qsizetype from) const {
        for (qsizetype i = from; i < m_size; ++i) {
            if (m_data[i] == 0xFF || m_data[i] == 'I')
                return i;
        }
        return m_size;
    }

    /// Looks for the Apple timestamp PRIV frame in the tag at @p tagPos.
    void readTimestamp(qsizetype tagPos) {
        const uchar *tag = m_data + tagPos;
        const int major = tag[3];
        if (major < 3)
            return;  // ID3v2.2 has 3-letter frame IDs and no PRIV
        const qsizetype bodyEnd = kId3HeaderSize + qsizetype(syncsafe(tag + 6));
        qsizetype p = kId3HeaderSize;
        if (tag[5] & kId3ExtendedHeaderFlag) {
            if (bodyEnd - p < 4)
                return;
            // v2.4 counts the size field itself; v2.3 does not.
            p += major == 4 ? qsizetype(syncsafe(tag + p)) : qsizetype(bigEndian32(tag + p)) + 4;
        }
        while (p + kId3FrameHeaderSize <= bodyEnd) {
            const uchar *frame = tag + p;
            if (frame[0] == 0)
                return;  // padding
            // Some writers put plain sizes in v2.4 tags; a non-syncsafe value betrays them.
            const qsizetype size = major == 4 && isSyncsafe(frame + 4)
                                       ? qsizetype(syncsafe(frame + 4))
                                       : qsizetype(bigEndian32(frame + 4));
            const qsizetype dataStart = p + kId3FrameHeaderSize;
            if (size > bodyEnd - dataStart)
                return;
            // Compressed, encrypted or unsynchronised frames would need decoding first.
            const bool plainData = major == 4 ? (frame[9] & 0x0F) == 0 : (frame[9] & 0xC0) == 0;
            if (plainData && std::memcmp(frame, "PRIV", 4) == 0 &&
                size >= kTimestampOwnerSize + 8 &&
                std::memcmp(tag + dataStart, kTimestampOwner, kTimestampOwnerSize) == 0) {
                const uchar *value = tag + dataStart + kTimestampOwnerSize;
                const quint64 raw = (quint64(bigEndian32(value)) << 32) | bigEndian32(value + 4);
                m_audio.transportStreamTimestamp = raw & kPtsMask;
                return;
            }
            p = dataStart + size;
        }
    }

    Failure truncatedFrame(qsizetype pos, qsizetype needed) const {
        return fail(ChunkReader::tr("%1 is truncated: the AAC frame at byte %2 needs %3 bytes but "
                                    "only %4 remain. The download was cut short; fetch the chunk "
                                    "again.")
                        .arg(m_name)
                        .arg(pos)
                        .arg(needed)
                        .arg(m_size - pos));
    }

    Failure formatChange(qsizetype pos, const AudioFormat &newFormat) const {
        return fail(ChunkReader::tr("%1 changes its audio format inside the chunk: %2, then %3 at "
                                    "byte %4. Spacetape cannot join audio whose format changes.")
                        .arg(m_name, m_audio.format.describe(), newFormat.describe())
                        .arg(pos));
    }

    Failure multipleRawBlocks(qsizetype pos, int blocks) const {
        return fail(ChunkReader::tr("%1 has an ADTS frame holding %2 AAC frames (at byte %3); "
                                    "Spacetape does not support more than one raw data block per "
                                    "ADTS frame.")
                        .arg(m_name)
                        .arg(blocks)
                        .arg(pos));
    }

    const uchar *m_data;
    qsizetype m_size;
    const QString &m_name;
    ChunkAudio m_audio;
};

}  // namespace

Expected<ChunkAudio> ChunkReader::read(const QByteArray &bytes, const QString &chunkName) {
    return ChunkScanner(bytes, chunkName).run();
}

}  // namespace spacetape
