// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/**
 * @file
 * The integer forms inside ID3v2 tags: 28-bit "syncsafe" sizes (seven bits a byte, the high
 * bit always clear: the tag header's size, v2.4 frame sizes) and plain big-endian 32-bit ones
 * (v2.3 frame sizes). ChunkReader skips tags by them and HydraFrames reads their frames.
 */
namespace spacetape::id3 {

/// True when the four bytes at @p p can be a syncsafe integer (no byte has its high bit set).
inline bool isSyncsafe(const uchar *p) {
    return ((p[0] | p[1] | p[2] | p[3]) & 0x80) == 0;
}

/// The syncsafe integer at @p p (check isSyncsafe() first).
inline quint32 syncsafe(const uchar *p) {
    return (quint32(p[0]) << 21) | (quint32(p[1]) << 14) | (quint32(p[2]) << 7) | quint32(p[3]);
}

/// The big-endian 32-bit integer at @p p.
inline quint32 bigEndian32(const uchar *p) {
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

}  // namespace spacetape::id3
