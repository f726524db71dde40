// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace spacetape {

/**
 * @brief The AAC stream parameters that must stay constant across a Space.
 *
 * Read from each ADTS header; never assumed (X has served 48 kHz stereo, but
 * nothing promises it).
 */
struct AudioFormat {
    Q_DECLARE_TR_FUNCTIONS(AudioFormat)
public:
    int audioObjectType = 0;         ///< MPEG-4 audio object type (2 = AAC-LC)
    int samplingFrequencyIndex = 0;  ///< index into the ISO 14496-3 rate table
    int channelConfiguration = 0;    ///< 1 = mono, 2 = stereo, ...

    /// Samples per second, or 0 for an index outside the table.
    int sampleRate() const;
    /// The 2-byte AudioSpecificConfig that MP4's esds needs.
    QByteArray audioSpecificConfig() const;
    /// Human-readable, e.g. "AAC-LC 48000 Hz stereo".
    QString describe() const;

    bool operator==(const AudioFormat &o) const {
        return audioObjectType == o.audioObjectType &&
               samplingFrequencyIndex == o.samplingFrequencyIndex &&
               channelConfiguration == o.channelConfiguration;
    }
    bool operator!=(const AudioFormat &o) const { return !(*this == o); }
};

/// AAC-LC frames always carry this many PCM samples per channel.
constexpr int kSamplesPerAacFrame = 1024;

/**
 * @brief One parsed ADTS frame header (ISO 14496-3 §1.A.2).
 */
struct AdtsHeader {
    AudioFormat format;
    int headerLength = 7;   ///< 7, or 9 when a CRC follows the fixed header
    int frameLength = 0;    ///< header + payload, in bytes
    int rawDataBlocks = 1;  ///< AAC frames in this ADTS frame

    int payloadLength() const { return frameLength - headerLength; }

    /// True when the 12-bit syncword 0xFFF (and layer 0) starts at @p p.
    static bool looksLikeSync(const unsigned char *p, qsizetype available);
    /**
     * Parses the header at @p p. Returns nothing when the bytes are not a
     * plausible ADTS header (bad sync, layer, rate index or a length shorter
     * than the header itself).
     */
    static std::optional<AdtsHeader> parse(const unsigned char *p, qsizetype available);
};

}  // namespace spacetape
