// SPDX-License-Identifier: MIT
#pragma once

#include "media/ChunkReader.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace spacetape::extras {

/// One entry of a HydraParticipants array: someone on stage besides the host.
struct HydraParticipant {
    int participantIndex = -1;  ///< X's ParticipantIndex; -1 when absent
    QString userId;             ///< the Periscope user ID (AudioSpaceById's periscope_user_id)
    QString userName;           ///< as X wrote it, control characters removed
};

/**
 * @brief What one ID3 tag of a chunk said about the Space's stage (one Hydra "tick").
 *
 * Any field may be missing: a tag may carry only the clock, or only the levels (then the
 * last participants list seen still names the slots).
 */
struct HydraSample {
    /// Where the tag sits, in seconds from the start of its chunk's audio.
    double offsetSeconds = 0;
    /// NTP seconds since 1900 from TIT3 or TXXX JSONMetadata "ntp".
    std::optional<double> ntpSeconds;
    /// TXXX HydraParticipants, in array order; unset when the tag had none ([] is set + empty).
    std::optional<std::vector<HydraParticipant>> participants;
    /// TXXX HydraAudioLevel: index 0 = host, i + 1 = participants[i]; empty when absent.
    std::vector<float> levels;

    /// True when the tag carried any Hydra frame at all.
    bool hasData() const { return ntpSeconds || participants || !levels.empty(); }
};

/**
 * @brief Reads X's Hydra ID3 frames (TIT3, TXXX JSONMetadata / HydraParticipants /
 * HydraAudioLevel) from the tags ChunkReader found in a chunk.
 *
 * Accepts ID3v2.3 and v2.4 (syncsafe or plain frame sizes), every ID3 text encoding,
 * frames in any order, tag-wide and per-frame unsynchronisation, grouping and data-length
 * bytes. Compressed or encrypted frames are skipped. Every size is checked against the bytes
 * left before it is used; frames and arrays are capped (util/Limits.h). Never fails: what
 * cannot be read is left out.
 */
class HydraFrames {
public:
    /// The last HydraParticipants text read and what it gave (the list X repeats each tick).
    struct ParticipantsCache {
        int encoding = -1;
        QByteArray raw;  ///< as stored in the frame
        QString text;
        std::optional<std::vector<HydraParticipant>> participants;
    };

    /// Like parseTag(), remembering the last participants list so that a repeated one is not
    /// parsed again (one reader per Space: SpeakerTimeline keeps one).
    std::optional<HydraSample> read(const QByteArray &tag);
    /// Like fromChunk(), with the same memory as read().
    std::vector<HydraSample> readChunk(const QByteArray &chunk, const ChunkAudio &audio);

    /// The Hydra data of the one ID3 tag that is @p tag (header to footer); nullopt when it
    /// has none. offsetSeconds is left 0.
    static std::optional<HydraSample> parseTag(const QByteArray &tag);

    /// Every tag of @p chunk (as found by ChunkReader into @p audio) that carries Hydra data,
    /// in chunk order, each placed by the AAC frames before it at the chunk's sample rate.
    static std::vector<HydraSample> fromChunk(const QByteArray &chunk, const ChunkAudio &audio);

    /// An NTP time as X writes it: a number or a decimal string ("3894606003.284"); nullopt
    /// when it is not a plausible NTP time (before 1900 + 1 year or not finite).
    static std::optional<double> ntpFromText(const QString &text);

private:
    ParticipantsCache m_cache;
};

}  // namespace spacetape::extras
