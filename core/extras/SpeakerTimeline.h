// SPDX-License-Identifier: MIT
#pragma once

#include "extras/HydraFrames.h"
#include "extras/SpaceExtras.h"
#include "media/ChunkReader.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace spacetape {
struct SpaceMetadata;
}

namespace spacetape::extras {

/**
 * @brief Who spoke when, built from the Hydra ticks of a Space's chunks as they are read.
 *
 * Fed chunk by chunk in file order (readChunk(), or addChunk() with samples already parsed),
 * it keeps the NTP clock (each tick's NTP paired with the media time where its tag sits) and
 * turns each person's audio levels into speaking segments with hysteresis:
 * - a tick is "loud" when the person's level is above Settings::threshold; a person who is
 *   not on stage at a tick counts as silent;
 * - a run of loud ticks starts a turn once it has lasted Settings::minOnSeconds (first to
 *   latest loud tick: with ~1 s ticks, two loud ticks in a row), the turn starting at the
 *   run's first tick; a single loud tick (a cough, a click) starts nothing;
 * - a turn ends at the first silent tick of a run of silent ticks that has lasted
 *   Settings::minOffSeconds; shorter pauses are part of the turn (gaps merged);
 * - run lengths get Settings::tickSlack of slack, as X's ticks are ~1 s apart with jitter;
 * - when ticks stop for longer than Settings::maxTickGap (chunks without Hydra frames), open
 *   turns end one tick after the last one.
 *
 * Slots map to people through HydraParticipants (slot 0 = host, i + 1 = its entry i, kept
 * until the next list), and Periscope IDs to people through the Space's metadata
 * (setPeople()); people the metadata does not know are kept under the name Hydra gave.
 * Times are those readChunk()/addChunk() are given: the file's timeline for a whole Space; for
 * a section (SectionJob::setChunkReadObserver) the section file's, running before 0 and past its
 * end over the margin chunks (clipping to the file is the writer's).
 * Memory is bounded: people, segments and clock stamps are capped (util/Limits.h); a 2-hour
 * Space (7,200 ticks, 13 slots) keeps ~120 KB of clock and a few hundred segments.
 */
class SpeakerTimeline {
public:
    struct Settings {
        float threshold = 8.0f;  ///< levels above are sound (facts §9: 0 silent, ≳ 8 sound)
        double minOnSeconds = 1.0;
        double minOffSeconds = 1.0;
        double tickSlack = 0.25;
        double maxTickGap = 3.5;
        double tickSeconds = 1.0;  ///< how long the last tick of a turn is taken to last
    };

    SpeakerTimeline();
    explicit SpeakerTimeline(const Settings &settings);

    /// The people on the Space's stage (host, admins, speakers with periscope_user_id). Call
    /// before the first chunk; without it, people are named by what Hydra says.
    void setPeople(const SpaceMetadata &metadata);

    /// Reads the Hydra tags of one chunk whose first sample is @p firstSample on the file's
    /// timeline (the shape of AssemblyControl::chunkRead).
    void readChunk(const QByteArray &bytes, const ChunkAudio &audio, qint64 firstSample);
    /// Adds the ticks of one chunk starting at @p chunkStartSeconds on the file's timeline.
    void addChunk(double chunkStartSeconds, const std::vector<HydraSample> &samples);
    /// Adds one tick at @p mediaSeconds (its offsetSeconds is ignored).
    void addSample(double mediaSeconds, const HydraSample &sample);
    /// Ends the turns still open; @p endSeconds (the file's length; <= 0: unknown) caps them.
    void finish(double endSeconds);

    const NtpClock &clock() const { return m_clock; }
    /// The closed speaking segments, by start time.
    std::vector<SpeakingSegment> segments() const;
    /// Everyone known: host first, then the metadata's order, then people only Hydra named.
    std::vector<Participant> participants() const;
    /// Sets @p extras' participants and speaking.
    void fillExtras(SpaceExtras &extras) const;
    /// Ticks that carried audio levels.
    int levelTicks() const { return m_levelTicks; }

private:
    struct Track {
        bool speaking = false;
        bool hasRun = false;
        bool runLoud = false;
        double runStart = 0;
        double turnStart = 0;
    };

    int personFor(const HydraParticipant &participant);
    int addPerson(const Participant &person);
    void closeTurn(int person, double end);
    void closeAll(double end);

    Settings m_settings;
    HydraFrames m_reader;
    NtpClock m_clock;
    std::vector<Participant> m_people;  ///< index 0 = the host
    std::vector<Track> m_tracks;        ///< parallel to m_people
    QHash<QString, int> m_byId;         ///< Periscope ID → index in m_people
    std::vector<int> m_slots;           ///< slot → person (-1: unknown), slot 0 = host
    std::vector<float> m_levels;        ///< scratch: this tick's level per person
    std::vector<SpeakingSegment> m_segments;
    double m_lastTick = -1;
    int m_levelTicks = 0;
};

}  // namespace spacetape::extras
