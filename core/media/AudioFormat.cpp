// SPDX-License-Identifier: MIT
#include "media/AudioFormat.h"

namespace spacetape {

namespace {
constexpr int kSampleRates[] = {96000, 88200, 64000, 48000, 44100, 32000, 24000,
                                22050, 16000, 12000, 11025, 8000,  7350};
}

int AudioFormat::sampleRate() const {
    if (samplingFrequencyIndex < 0 || samplingFrequencyIndex >= int(std::size(kSampleRates)))
        return 0;
    return kSampleRates[samplingFrequencyIndex];
}

QByteArray AudioFormat::audioSpecificConfig() const {
    // 5 bits object type, 4 bits frequency index, 4 bits channel configuration,
    // then 3 zero bits (frame length 1024, no core coder, no extension).
    const unsigned bits = (unsigned(audioObjectType) << 11) |
                          (unsigned(samplingFrequencyIndex) << 7) |
                          (unsigned(channelConfiguration) << 3);
    QByteArray asc(2, '\0');
    asc[0] = char((bits >> 8) & 0xFF);
    asc[1] = char(bits & 0xFF);
    return asc;
}

QString AudioFormat::describe() const {
    QString profile;
    switch (audioObjectType) {
        case 1:
            profile = QStringLiteral("AAC Main");
            break;
        case 2:
            profile = QStringLiteral("AAC-LC");
            break;
        case 3:
            profile = QStringLiteral("AAC SSR");
            break;
        case 4:
            profile = QStringLiteral("AAC LTP");
            break;
        default:
            profile = tr("AAC type %1").arg(audioObjectType);
    }
    QString channels;
    switch (channelConfiguration) {
        case 1:
            channels = tr("mono");
            break;
        case 2:
            channels = tr("stereo");
            break;
        default:
            channels = tr("%1 channels").arg(channelConfiguration);
    }
    return QStringLiteral("%1 %2 Hz %3").arg(profile).arg(sampleRate()).arg(channels);
}

bool AdtsHeader::looksLikeSync(const unsigned char *p, qsizetype available) {
    // 0xFFF sync, then the MPEG version bit (either), layer must be 00.
    return available >= 2 && p[0] == 0xFF && (p[1] & 0xF6) == 0xF0;
}

std::optional<AdtsHeader> AdtsHeader::parse(const unsigned char *p, qsizetype available) {
    if (available < 7 || !looksLikeSync(p, available))
        return std::nullopt;
    AdtsHeader h;
    const bool protectionAbsent = p[1] & 0x01;
    h.headerLength = protectionAbsent ? 7 : 9;
    h.format.audioObjectType = ((p[2] >> 6) & 0x03) + 1;
    h.format.samplingFrequencyIndex = (p[2] >> 2) & 0x0F;
    h.format.channelConfiguration = ((p[2] & 0x01) << 2) | ((p[3] >> 6) & 0x03);
    h.frameLength = ((p[3] & 0x03) << 11) | (p[4] << 3) | ((p[5] >> 5) & 0x07);
    h.rawDataBlocks = (p[6] & 0x03) + 1;
    if (h.format.sampleRate() == 0 || h.frameLength <= h.headerLength)
        return std::nullopt;
    return h;
}

}  // namespace spacetape
