// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace spacetape::test {

/// How makeHydraTag() writes one Hydra ID3 tag (facts §9), in any of the shapes ID3 allows.
struct HydraTagSpec {
    int version = 4;   ///< 3 or 4
    int encoding = 3;  ///< ID3 text encoding: 0 ISO-8859-1, 1 UTF-16 + BOM, 2 UTF-16BE, 3 UTF-8
    /// v2.3: the whole tag; v2.4: every frame (flag in the tag and in each frame).
    bool unsynchronised = false;
    /// v2.4 only: plain 32-bit frame sizes, as some writers do.
    bool plainSizesInV24 = false;
    /// v2.4 only: each frame gets a grouping byte and a data length indicator.
    bool groupingAndLength = false;
    std::optional<double> ntp;  ///< TIT3 and TXXX JSONMetadata {"HydraVersion":4,"ntp":…}
    bool tit3 = true;           ///< false: the clock only in JSONMetadata
    std::optional<QByteArray> participantsJson;  ///< TXXX HydraParticipants
    std::optional<QByteArray> levelsJson;        ///< TXXX HydraAudioLevel
    int rotate = 0;                              ///< the frames' order, rotated by this many places
};

/// One Hydra ID3 tag (header included) as @p spec says.
QByteArray makeHydraTag(const HydraTagSpec &spec);

/// A HydraParticipants array for @p userIds / @p userNames (ParticipantIndex 1, 2, …).
QByteArray hydraParticipantsJson(const QList<QString> &userIds, const QList<QString> &userNames);

/// A scripted turn: slot @p slot (0 = host, i = the i-th scripted speaker) is loud in
/// [start, end) seconds of audio.
struct HydraTurn {
    int slot = 0;
    double start = 0;
    double end = 0;
};

/// What makeChunkFixture() puts in Hydra tags about once a second when set (ChunkFixtureOptions).
struct HydraScript {
    QList<QString> userIds;    ///< Periscope IDs of slots 1..n
    QList<QString> userNames;  ///< their Hydra UserName
    QList<HydraTurn> turns;
    /// NTP of the first sample: 2023-06-01 11:00:03.284Z.
    double ntpStart = 3894606003.284;
    double tickSeconds = 1.0;
    /// Tag shapes cycle through versions and encodings when true; else spec's shape throughout.
    bool mixShapes = true;
    HydraTagSpec shape;
};

/// The Hydra tag of the tick at @p seconds of audio (tick number @p tick) for @p script.
QByteArray scriptedHydraTag(const HydraScript &script, double seconds, int tick);

}  // namespace spacetape::test
