// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

/**
 * @file
 * Building blocks for the MP4 boxes core/media writes (internal to core/media): the muxer's
 * index and the chapter lists share them.
 */
namespace spacetape::mp4 {

/// Big-endian byte sink with nested boxes whose sizes are patched on close.
class BoxWriter {
public:
    explicit BoxWriter(qsizetype reserve = 0) { m_data.reserve(reserve); }

    void u8(quint8 v) { m_data.append(char(v)); }
    void u16(quint16 v) {
        u8(quint8(v >> 8));
        u8(quint8(v));
    }
    void u24(quint32 v) {
        u8(quint8(v >> 16));
        u16(quint16(v));
    }
    void u32(quint32 v) {
        u16(quint16(v >> 16));
        u16(quint16(v));
    }
    void u64(quint64 v) {
        u32(quint32(v >> 32));
        u32(quint32(v));
    }
    void fourcc(const char *code) { m_data.append(code, 4); }
    void bytes(const QByteArray &b) { m_data.append(b); }
    void zeros(int count) { m_data.append(count, '\0'); }

    /// Starts a box; every box we build in memory stays far below 4 GiB.
    qsizetype open(const char *type) {
        const qsizetype start = m_data.size();
        u32(0);
        fourcc(type);
        return start;
    }
    qsizetype openFull(const char *type, quint8 version, quint32 flags) {
        const qsizetype start = open(type);
        u8(version);
        u24(flags);
        return start;
    }
    void close(qsizetype start) {
        const quint32 size = quint32(m_data.size() - start);
        for (int i = 0; i < 4; ++i)
            m_data[start + i] = char(size >> (24 - 8 * i));
    }

    /// An MPEG-4 descriptor (ISO 14496-1 §8.3): tag, expandable length, body.
    void descriptor(quint8 tag, const QByteArray &body) {
        u8(tag);
        int groups = 1;
        while (groups < 4 && (quint32(body.size()) >> (7 * groups)) != 0)
            ++groups;
        for (int i = groups - 1; i >= 0; --i)
            u8(quint8(((quint32(body.size()) >> (7 * i)) & 0x7F) | (i > 0 ? 0x80 : 0)));
        bytes(body);
    }

    const QByteArray &data() const { return m_data; }
    qsizetype size() const { return m_data.size(); }

private:
    QByteArray m_data;
};

inline void writeUnityMatrix(BoxWriter &w) {
    const quint32 matrix[9] = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};
    for (quint32 v : matrix)
        w.u32(v);
}

}  // namespace spacetape::mp4
