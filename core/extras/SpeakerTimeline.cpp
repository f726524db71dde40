// SPDX-License-Identifier: MIT
#include "extras/SpeakerTimeline.h"

#include "util/Limits.h"
#include "x/SpaceMetadata.h"

#include <algorithm>

namespace spacetape::extras {

namespace {

Participant fromPerson(const SpacePerson &person, const QString &role) {
    Participant p;
    p.periscopeId = person.periscopeId;
    p.screenName = person.handle;
    p.displayName = person.displayName;
    p.role = role;
    p.avatar = person.avatarUrl;
    return p;
}

}  // namespace

SpeakerTimeline::SpeakerTimeline() : SpeakerTimeline(Settings()) {}

SpeakerTimeline::SpeakerTimeline(const Settings &settings) : m_settings(settings) {
    Participant host;
    host.role = QStringLiteral("host");
    addPerson(host);
}

int SpeakerTimeline::addPerson(const Participant &person) {
    if (m_people.size() >= std::size_t(limits::kMaxTimelinePeople))
        return -1;
    m_people.push_back(person);
    m_tracks.emplace_back();
    const int index = int(m_people.size()) - 1;
    if (!person.periscopeId.isEmpty() && !m_byId.contains(person.periscopeId))
        m_byId.insert(person.periscopeId, index);
    return index;
}

void SpeakerTimeline::setPeople(const SpaceMetadata &metadata) {
    // The creator comes without periscope_user_id; X lists the same person as an admin.
    SpacePerson host = metadata.host;
    for (const SpacePerson &admin : metadata.admins) {
        if (!host.handle.isEmpty() && admin.handle.compare(host.handle, Qt::CaseInsensitive) == 0) {
            host.periscopeId = admin.periscopeId;
            if (host.displayName.isEmpty())
                host.displayName = admin.displayName;
            break;
        }
    }
    if (host.periscopeId.isEmpty() && host.handle.isEmpty() && !metadata.admins.isEmpty())
        host = metadata.admins.first();
    m_people[0] = fromPerson(host, QStringLiteral("host"));
    if (!host.periscopeId.isEmpty())
        m_byId.insert(host.periscopeId, 0);

    const auto known = [this](const SpacePerson &person) {
        if (!person.periscopeId.isEmpty())
            return m_byId.contains(person.periscopeId);
        return std::any_of(m_people.begin(), m_people.end(), [&person](const Participant &p) {
            return !person.handle.isEmpty() &&
                   p.screenName.compare(person.handle, Qt::CaseInsensitive) == 0;
        });
    };
    for (const SpacePerson &admin : metadata.admins) {
        if (!known(admin))
            addPerson(fromPerson(admin, QStringLiteral("cohost")));
    }
    for (const SpacePerson &speaker : metadata.speakers) {
        if (!known(speaker))
            addPerson(fromPerson(speaker, QStringLiteral("speaker")));
    }
}

int SpeakerTimeline::personFor(const HydraParticipant &participant) {
    if (participant.userId.isEmpty())
        return -1;
    if (const auto found = m_byId.constFind(participant.userId); found != m_byId.constEnd())
        return *found;
    Participant person;
    person.periscopeId = participant.userId;
    person.displayName = participant.userName;
    person.role = QStringLiteral("speaker");
    return addPerson(person);
}

void SpeakerTimeline::readChunk(const QByteArray &bytes, const ChunkAudio &audio,
                                qint64 firstSample) {
    const int rate = audio.format.sampleRate();
    if (rate <= 0 || audio.tags.empty())
        return;
    addChunk(double(firstSample) / rate, m_reader.readChunk(bytes, audio));
}

void SpeakerTimeline::addChunk(double chunkStartSeconds, const std::vector<HydraSample> &samples) {
    for (const HydraSample &sample : samples)
        addSample(chunkStartSeconds + sample.offsetSeconds, sample);
}

void SpeakerTimeline::addSample(double t, const HydraSample &sample) {
    if (sample.ntpSeconds && m_clock.size() < std::size_t(limits::kMaxNtpStamps))
        m_clock.addStamp(*sample.ntpSeconds, t);
    if (sample.participants) {
        m_slots.assign(1, 0);
        for (const HydraParticipant &participant : *sample.participants)
            m_slots.push_back(personFor(participant));
    }
    if (sample.levels.empty() || (m_lastTick >= 0 && t < m_lastTick))
        return;  // no levels, or out of order: the hysteresis needs time to move forward

    if (m_lastTick >= 0 && t - m_lastTick > m_settings.maxTickGap) {
        // No ticks for a while (chunks without Hydra frames): what was said then is unknown.
        closeAll(m_lastTick + m_settings.tickSeconds);
        for (Track &track : m_tracks)
            track.hasRun = false;
    }
    m_lastTick = t;
    ++m_levelTicks;

    m_levels.assign(m_people.size(), 0.0f);
    for (std::size_t slot = 0; slot < sample.levels.size(); ++slot) {
        const int person = slot == 0 ? 0 : slot < m_slots.size() ? m_slots[slot] : -1;
        if (person >= 0)
            m_levels[std::size_t(person)] =
                std::max(m_levels[std::size_t(person)], sample.levels[slot]);
    }
    for (std::size_t person = 0; person < m_tracks.size(); ++person) {
        Track &track = m_tracks[person];
        const bool loud = m_levels[person] > m_settings.threshold;
        if (!track.hasRun || track.runLoud != loud) {
            track.hasRun = true;
            track.runLoud = loud;
            track.runStart = t;
        }
        const double run = t - track.runStart + m_settings.tickSlack;
        if (!track.speaking && loud && run >= m_settings.minOnSeconds) {
            track.speaking = true;
            track.turnStart = track.runStart;
        } else if (track.speaking && !loud && run >= m_settings.minOffSeconds) {
            closeTurn(int(person), track.runStart);
        }
    }
}

void SpeakerTimeline::closeTurn(int person, double end) {
    Track &track = m_tracks[std::size_t(person)];
    track.speaking = false;
    if (end <= track.turnStart || m_segments.size() >= std::size_t(limits::kMaxSpeakingSegments))
        return;
    const Participant &who = m_people[std::size_t(person)];
    SpeakingSegment segment;
    segment.start = track.turnStart;
    segment.end = end;
    segment.periscopeId = who.periscopeId;
    segment.screenName = who.screenName;
    segment.displayName = who.displayName;
    m_segments.push_back(segment);
}

void SpeakerTimeline::closeAll(double end) {
    for (std::size_t person = 0; person < m_tracks.size(); ++person) {
        const Track &track = m_tracks[person];
        if (!track.speaking)
            continue;
        // Still loud at the last tick: the turn lasts through it; in a short pause: it
        // ended where the pause began.
        closeTurn(int(person), track.runLoud ? end : track.runStart);
    }
}

void SpeakerTimeline::finish(double endSeconds) {
    if (m_lastTick < 0)
        return;
    double end = m_lastTick + m_settings.tickSeconds;
    if (endSeconds > 0)
        end = std::min(end, endSeconds);
    closeAll(end);
}

std::vector<SpeakingSegment> SpeakerTimeline::segments() const {
    std::vector<SpeakingSegment> sorted = m_segments;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const SpeakingSegment &a, const SpeakingSegment &b) { return a.start < b.start; });
    return sorted;
}

std::vector<Participant> SpeakerTimeline::participants() const {
    return m_people;
}

void SpeakerTimeline::fillExtras(SpaceExtras &extras) const {
    extras.participants = participants();
    extras.speaking = segments();
}

}  // namespace spacetape::extras
