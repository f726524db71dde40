// SPDX-License-Identifier: MIT
#include "extras/SpeakerChapters.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace spacetape::extras {

namespace {

/// One person's stretch of talk, possibly made of several segments.
struct Turn {
    double start = 0;
    double end = 0;
    QString person;  // who, for "same person" comparisons
    QString displayName;
    QString screenName;
};

QString personKey(const SpeakingSegment &segment) {
    if (!segment.periscopeId.isEmpty())
        return segment.periscopeId;
    if (!segment.screenName.isEmpty())
        return QLatin1Char('@') + segment.screenName;
    return segment.displayName;
}

/// Joins neighbours of the same person into one turn.
std::vector<Turn> mergeSamePerson(const std::vector<Turn> &turns) {
    std::vector<Turn> merged;
    for (const Turn &turn : turns) {
        if (!merged.empty() && merged.back().person == turn.person) {
            Turn &last = merged.back();
            last.end = std::max(last.end, turn.end);
            if (last.displayName.isEmpty())
                last.displayName = turn.displayName;
            if (last.screenName.isEmpty())
                last.screenName = turn.screenName;
        } else {
            merged.push_back(turn);
        }
    }
    return merged;
}

QString titleOf(const Turn &turn) {
    if (!turn.displayName.trimmed().isEmpty())
        return turn.displayName.trimmed();
    if (!turn.screenName.isEmpty())
        return QLatin1Char('@') + turn.screenName;
    return QCoreApplication::translate("SpeakerChapters", "Unknown speaker");
}

}  // namespace

std::vector<Chapter> chaptersFromSpeaking(const std::vector<SpeakingSegment> &segments,
                                          double durationSeconds) {
    if (!std::isfinite(durationSeconds) || durationSeconds <= 0)
        return {};
    std::vector<Turn> turns;
    turns.reserve(segments.size());
    for (const SpeakingSegment &segment : segments) {
        if (!std::isfinite(segment.start) || !std::isfinite(segment.end))
            continue;
        const double start = std::max(0.0, segment.start);
        const double end = std::min(durationSeconds, segment.end);
        if (end <= start)
            continue;
        turns.push_back({start, end, personKey(segment), segment.displayName, segment.screenName});
    }
    std::stable_sort(turns.begin(), turns.end(),
                     [](const Turn &a, const Turn &b) { return a.start < b.start; });

    std::vector<Turn> longTurns;
    for (const Turn &turn : mergeSamePerson(turns)) {
        if (turn.end - turn.start >= kMinChapterSeconds)
            longTurns.push_back(turn);
    }
    // Two people starting a long turn at the same moment (cross-talk) get one chapter, the
    // first's: every chapter starts after the one before.
    std::vector<Turn> kept;
    for (const Turn &turn : mergeSamePerson(longTurns)) {
        if (kept.empty() || turn.start > kept.back().start)
            kept.push_back(turn);
    }
    kept = mergeSamePerson(kept);

    // Nero's list holds 255: fold the shortest chapter into the one before until they fit
    // (only a Space of over two hours of 30-second turns gets here).
    const auto spanOf = [&](size_t i) {
        return (i + 1 < kept.size() ? kept[i + 1].start : durationSeconds) - kept[i].start;
    };
    while (kept.size() > size_t(chapters::kMaxChapters)) {
        size_t shortest = 1;
        for (size_t i = 2; i < kept.size(); ++i) {
            if (spanOf(i) < spanOf(shortest))
                shortest = i;
        }
        kept.erase(kept.begin() + qsizetype(shortest));
        kept = mergeSamePerson(kept);
    }

    std::vector<Chapter> out;
    out.reserve(kept.size());
    for (const Turn &turn : kept)
        out.push_back({out.empty() ? 0.0 : turn.start, titleOf(turn)});
    return out;
}

}  // namespace spacetape::extras
