// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/**
 * @file
 * Every size and count limit on input from the network or a file, in one place. Each has a
 * name that the failure message repeats, so a user (or a bug report) can tell which one hit.
 */
namespace spacetape::limits {

/// An HLS playlist body (local or remote).
constexpr qint64 kMaxPlaylistBytes = 16 * 1024 * 1024;
/// Segments plus variants in one playlist.
constexpr int kMaxPlaylistEntries = 200000;
/// Master → variant hops followed before giving up (a master naming masters).
constexpr int kMaxVariantDepth = 3;
/// One JSON answer of X's API (metadata, stream status, guest token, web app pages).
constexpr qint64 kMaxJsonBytes = 8 * 1024 * 1024;
/// A cover image (the host's avatar).
constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;
/// One audio chunk; also never more than its Content-Length.
constexpr qint64 kMaxChunkBytes = 16 * 1024 * 1024;
/// An AES-128 key body (16 bytes; anything much larger is not a key).
constexpr qint64 kMaxKeyBytes = 1024;
/// A links file dropped onto or opened in the app.
constexpr qint64 kMaxLinksFileBytes = 4 * 1024 * 1024;
/// Chunks one live capture may hold, and the widest span of sequence numbers it may cover
/// (highest − lowest). A Space lasts less than about a day: 28,800 chunks of 3 s. This is
/// ~3.5 days, so a listing that jumps further (seq 0 and 2^40) is no real Space and is refused
/// before anything is sized by it.
constexpr qint64 kMaxLiveChunks = 100000;
/// The live capture's sidecar (live-capture.json): ~100 bytes per chunk at kMaxLiveChunks.
constexpr qint64 kMaxLiveSidecarBytes = 32 * 1024 * 1024;
/// A small cache file of ours (the queryId cache, the transaction-id inputs): a few KB.
constexpr qint64 kMaxCacheFileBytes = 256 * 1024;
/// One #EXTINF duration, in seconds (a Space chunk is ~3 s; a day is absurd already).
constexpr double kMaxSegmentSeconds = 24 * 3600;
/// A playlist, JSON answer or image must be complete within this long, however the bytes
/// trickle (the inactivity timeout alone lets one byte every few seconds through).
constexpr int kBodyDeadlineMs = 120 * 1000;
/// The longest wait a server's Retry-After is obeyed for (net/RetryAfter.h): a longer one is
/// cut to this, so a hostile or mistaken header cannot park a download for days.
constexpr int kMaxRetryAfterMs = 10 * 60 * 1000;

}  // namespace spacetape::limits
