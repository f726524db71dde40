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
/// One page or script of X's web app read for the x-client-transaction-id inputs (`/home`,
/// `/`, `ondemand.s`): X's real home page is ~250–400 KB, the ondemand script ~100 KB.
constexpr qint64 kMaxWebPageBytes = 4 * 1024 * 1024;
/// How far past a candidate (a chunk's name in the webpack chunk map, a queryId
/// declaration, a tag's start) a page is scanned for the rest of it, in characters. X's
/// chunk map is some tens of KB from a name to its hash; a tag or a declaration far less.
constexpr qsizetype kMaxScanWindowChars = 256 * 1024;
/// Candidates one scan of a page examines before giving up (a page repeating the chunk's
/// name or `<meta` thousands of times would otherwise cost candidates × window).
constexpr int kMaxScanCandidates = 64;
/// One HTML tag read from a page (a `<meta>`, an SVG `<path>`), in characters: a tag
/// running on further is not one X wrote.
constexpr qsizetype kMaxTagChars = 16 * 1024;
/// Tags of one kind a page scan looks at (X's home page has a few dozen `<meta>` tags).
constexpr int kMaxTagsScanned = 1024;
/// A cover image (the host's avatar).
constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;
/// One audio chunk; also never more than its Content-Length.
constexpr qint64 kMaxChunkBytes = 16 * 1024 * 1024;
/// An AES-128 key body (16 bytes; anything much larger is not a key).
constexpr qint64 kMaxKeyBytes = 1024;
/// A links file dropped onto or opened in the app.
constexpr qint64 kMaxLinksFileBytes = 4 * 1024 * 1024;
/// A NAME.space.json read back (a two-hour Space's chat is a few MB; this leaves room).
constexpr qint64 kMaxSpaceJsonBytes = 64 * 1024 * 1024;
/// Entries of each list (participants, speaking, chat) read back from a NAME.space.json.
constexpr int kMaxSpaceJsonEntries = 500000;
/// The sample-table boxes (stsz, stsc, stco/co64) of an .m4a that is cut into a section: a
/// day-long Space at 48 kHz needs ~16 MiB of stsz; anything far larger is not a Space.
constexpr qint64 kMaxSampleTableBytes = 64 * 1024 * 1024;
/// AAC frames in one .m4a that is cut (~97 hours at 48 kHz; what kMaxSampleTableBytes holds).
constexpr qint64 kMaxM4aFrames = kMaxSampleTableBytes / 4;
/// Boxes inside one MP4 box (or at the top level) of an .m4a that is cut: Spacetape's own
/// files have fewer than ten at every level.
constexpr int kMaxMp4ChildBoxes = 4096;
/// A time in a section (START or END), in seconds: a week; no Space lasts that long.
constexpr double kMaxSectionSeconds = 7 * 24 * 3600;
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
/// A file holding one secret (spacetape-cli --proxy-password-file): a password, not a book.
constexpr qint64 kMaxSecretFileBytes = 4096;
/// ID3 tags of one chunk whose place is kept for the Hydra reader (X puts ~1 per second of
/// audio in a ~3 s chunk; the rest are still skipped, just not listed).
constexpr int kMaxId3TagsPerChunk = 64;
/// One Hydra text frame (TIT3, TXXX JSONMetadata/HydraParticipants/HydraAudioLevel) as stored;
/// X's are a few hundred bytes, a full stage a few KB.
constexpr qint64 kMaxHydraFrameBytes = 64 * 1024;
/// Slots of one HydraParticipants / HydraAudioLevel array (X's stage holds 13 + the host).
constexpr int kMaxHydraSlots = 64;
/// A Hydra user ID or name, in characters.
constexpr int kMaxHydraNameChars = 200;
/// Different people a speaker timeline keeps track of over a whole Space.
constexpr int kMaxTimelinePeople = 1000;
/// Speaking segments kept for one Space (a 2-hour Space has a few hundred).
constexpr int kMaxSpeakingSegments = 100000;
/// NTP stamps kept in one Space's clock (one per second: 27 hours).
constexpr int kMaxNtpStamps = 100000;

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
