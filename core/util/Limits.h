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
/// One #EXTINF duration, in seconds (a Space chunk is ~3 s; a day is absurd already).
constexpr double kMaxSegmentSeconds = 24 * 3600;
/// A playlist, JSON answer or image must be complete within this long, however the bytes
/// trickle (the inactivity timeout alone lets one byte every few seconds through).
constexpr int kBodyDeadlineMs = 120 * 1000;
/// The longest wait a server's Retry-After is obeyed for (net/RetryAfter.h): a longer one is
/// cut to this, so a hostile or mistaken header cannot park a download for days.
constexpr int kMaxRetryAfterMs = 10 * 60 * 1000;

// ---- The Space's chat (extras/ChatClient, extras/ChatParse) ----
/// live_video_stream/status's chatToken (a few hundred characters seen; printable ASCII only).
constexpr int kMaxChatTokenChars = 4096;
/// One answer of the chat service (accessChatPublic, one history page of up to 1000 messages).
constexpr qint64 kMaxChatPageBytes = 8 * 1024 * 1024;
/// One message's payload, and the body inside it (a chat line is short; anything this large
/// is not one).
constexpr int kMaxChatPayloadChars = 64 * 1024;
/// History pages read for one Space (1000 messages each are asked for).
constexpr int kMaxChatPages = 500;
/// Chat entries kept for one Space (a busy 2-hour Space has tens of thousands of reactions).
constexpr int kMaxChatEntries = 200000;
/// Characters kept of one chat line or caption.
constexpr int kMaxChatTextChars = 2000;
/// Characters kept of a sender's name, handle or ID, and of a message's uuid.
constexpr int kMaxChatNameChars = 200;
/// Reading a replay's whole chat must end within this long, however the pages trickle in.
constexpr int kChatHistoryDeadlineMs = 10 * 60 * 1000;
/// One frame of the live chat socket (chatnow).
constexpr qint64 kMaxChatFrameBytes = 256 * 1024;

}  // namespace spacetape::limits
