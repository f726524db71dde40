// SPDX-License-Identifier: MIT
#include "extras/SpeakerTimeline.h"
#include "support/TestData.h"
#include "util/Limits.h"
#include "x/SpaceMetadata.h"

#include <QTest>

#include <cmath>

using namespace spacetape;
using namespace spacetape::extras;

namespace {

constexpr double kNtp0 = 3894606003.284;

/// A tick at roughly @p i seconds: X's ticks sit on AAC frame boundaries, ±20 ms apart.
double tickTime(int i) {
    return 0.3 + i + 0.02 * std::sin(i * 1.7);
}

HydraSample levels(std::vector<float> values) {
    HydraSample sample;
    sample.levels = std::move(values);
    return sample;
}

HydraParticipant participant(const QString &id, const QString &name) {
    HydraParticipant p;
    p.userId = id;
    p.userName = name;
    return p;
}

/// Host levels: loud on the ticks listed in @p loud, silent elsewhere, for @p count ticks.
SpeakerTimeline hostTimeline(const QList<int> &loud, int count) {
    SpeakerTimeline timeline;
    for (int i = 0; i < count; ++i)
        timeline.addSample(tickTime(i), levels({loud.contains(i) ? 40.0f : 1.0f}));
    timeline.finish(count + 5.0);
    return timeline;
}

QList<int> range(int from, int to) {
    QList<int> list;
    for (int i = from; i < to; ++i)
        list << i;
    return list;
}

}  // namespace

class TestSpeakerTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void turnStartsAndEndsWithHysteresis() {
        // Loud 5–14 with one silent tick at 10 (a breath), one loud tick at 20 (a click),
        // loud again 25–30.
        QList<int> loud = range(5, 15) + QList<int>{20} + range(25, 31);
        loud.removeAll(10);
        const auto segments = hostTimeline(loud, 40).segments();
        QCOMPARE(segments.size(), std::size_t(2));
        QCOMPARE(segments[0].start, tickTime(5));
        QCOMPARE(segments[0].end, tickTime(15));  // the first tick of the lasting silence
        QCOMPARE(segments[1].start, tickTime(25));
        QCOMPARE(segments[1].end, tickTime(31));
    }

    void levelAtThresholdIsSilence() {
        SpeakerTimeline timeline;
        for (int i = 0; i < 10; ++i)
            timeline.addSample(tickTime(i), levels({8.0f}));
        timeline.finish(20);
        QVERIFY(timeline.segments().empty());
    }

    void openTurnClosedByFinish() {
        const auto segments = hostTimeline(range(3, 10), 10).segments();
        QCOMPARE(segments.size(), std::size_t(1));
        QCOMPARE(segments[0].start, tickTime(3));
        QCOMPARE(segments[0].end, tickTime(9) + 1.0);  // one tick after the last
        // Capped by the file's end.
        SpeakerTimeline capped;
        for (int i = 0; i < 10; ++i)
            capped.addSample(tickTime(i), levels({i >= 3 ? 40.0f : 0.0f}));
        capped.finish(9.5);
        QCOMPARE(capped.segments().at(0).end, 9.5);
    }

    void gapInTicksEndsTurn() {
        SpeakerTimeline timeline;
        for (int i = 0; i < 6; ++i)
            timeline.addSample(tickTime(i), levels({40.0f}));
        // 20 s of chunks without Hydra frames, then loud again.
        for (int i = 26; i < 30; ++i)
            timeline.addSample(tickTime(i), levels({40.0f}));
        timeline.finish(100);
        const auto segments = timeline.segments();
        QCOMPARE(segments.size(), std::size_t(2));
        QCOMPARE(segments[0].end, tickTime(5) + 1.0);
        QCOMPARE(segments[1].start, tickTime(26));
    }

    void clockFromTicks() {
        SpeakerTimeline timeline;
        // Chunks of ~3 s, the tag of each tick placed by the frames before it.
        HydraSample a;
        a.ntpSeconds = kNtp0 + 10.0;
        a.offsetSeconds = 0.0;
        HydraSample b;
        b.ntpSeconds = kNtp0 + 11.0;
        b.offsetSeconds = 1.0027;
        timeline.addChunk(6.0, {a, b});
        HydraSample back;  // NTP going backwards is ignored
        back.ntpSeconds = kNtp0;
        back.offsetSeconds = 0.5;
        timeline.addChunk(9.0, {back});
        const NtpClock &clock = timeline.clock();
        QCOMPARE(clock.size(), std::size_t(2));
        QCOMPARE(*clock.mediaTime(kNtp0 + 10.0), 6.0);
        QCOMPARE(*clock.mediaTime(kNtp0 + 10.5), 6.0 + 0.5 * 1.0027);
        QCOMPARE(*clock.mediaTime(kNtp0 + 13.0), 7.0027 + 2.0);
        QCOMPARE(*clock.mediaTime(kNtp0 + 9.0), 5.0);
        QCOMPARE(timeline.levelTicks(), 0);
    }

    void mapsSlotsToPeople() {
        const auto metadata =
            SpaceMetadata::fromAudioSpaceById(test::unitTestData("audiospace_ended_2025.json"));
        QVERIFY(metadata);
        SpeakerTimeline timeline;
        timeline.setPeople(*metadata);

        // Grace (a speaker in the metadata) and someone the metadata does not know.
        HydraSample first = levels({0, 30, 0});
        first.participants = std::vector<HydraParticipant>{
            participant(QStringLiteral("1mnxeRqWoaPxO"), QStringLiteral("grace")),
            participant(QStringLiteral("1newGuestXyz"), QStringLiteral("Guest Name"))};
        timeline.addSample(0.0, first);
        for (int i = 1; i < 5; ++i)
            timeline.addSample(i, levels({0, 30, 0}));
        // The stage changes: the guest is now slot 1, Grace slot 2; Grace keeps talking.
        HydraSample swapped = levels({50, 0, 30});
        swapped.participants = std::vector<HydraParticipant>{
            participant(QStringLiteral("1newGuestXyz"), QStringLiteral("Guest Name")),
            participant(QStringLiteral("1mnxeRqWoaPxO"), QStringLiteral("grace"))};
        timeline.addSample(5.0, swapped);
        for (int i = 6; i < 10; ++i)
            timeline.addSample(i, levels({50, 0, 30}));
        timeline.finish(20);

        const auto segments = timeline.segments();
        QCOMPARE(segments.size(), std::size_t(2));
        QCOMPARE(segments[0].screenName, QStringLiteral("grace_h"));
        QCOMPARE(segments[0].displayName, QStringLiteral("Grace Hopper"));
        QCOMPARE(segments[0].periscopeId, QStringLiteral("1mnxeRqWoaPxO"));
        QCOMPARE(segments[0].start, 0.0);
        QCOMPARE(segments[0].end, 10.0);  // one turn across the slot change
        QCOMPARE(segments[1].screenName, QStringLiteral("ada_codes"));  // slot 0 = host
        QCOMPARE(segments[1].periscopeId, QStringLiteral("1eaKbrPZvnkxX"));
        QCOMPARE(segments[1].start, 5.0);

        const auto people = timeline.participants();
        QCOMPARE(people.size(), std::size_t(6));  // host, 1 other admin, 3 speakers, the guest
        QCOMPARE(people[0].role, QStringLiteral("host"));
        QCOMPARE(people[0].screenName, QStringLiteral("ada_codes"));
        QCOMPARE(people[0].periscopeId, QStringLiteral("1eaKbrPZvnkxX"));
        QCOMPARE(people[1].role, QStringLiteral("cohost"));
        QCOMPARE(people[1].screenName, QStringLiteral("cbabbage"));
        QCOMPARE(people[2].role, QStringLiteral("speaker"));
        QCOMPARE(people[5].periscopeId, QStringLiteral("1newGuestXyz"));
        QCOMPARE(people[5].displayName, QStringLiteral("Guest Name"));
        QVERIFY(people[5].screenName.isEmpty());

        SpaceExtras extras;
        timeline.fillExtras(extras);
        QCOMPARE(extras.participants.size(), people.size());
        QCOMPARE(extras.speaking.size(), segments.size());
    }

    void levelsWithoutParticipantsOnlyHost() {
        SpeakerTimeline timeline;
        // Slots 1 and 2 are loud but no HydraParticipants ever named them: nobody to credit.
        for (int i = 0; i < 5; ++i)
            timeline.addSample(i, levels({0, 40, 40}));
        timeline.finish(10);
        QVERIFY(timeline.segments().empty());
    }

    void peopleAreCapped() {
        SpeakerTimeline timeline;
        for (int i = 0; i < limits::kMaxTimelinePeople + 50; ++i) {
            HydraSample sample = levels({0, 40});
            sample.participants = std::vector<HydraParticipant>{
                participant(QStringLiteral("id%1").arg(i), QStringLiteral("n"))};
            timeline.addSample(i * 0.01, sample);
        }
        QCOMPARE(timeline.participants().size(), std::size_t(limits::kMaxTimelinePeople));
    }

    void twoHourSpaceStaysSmall() {
        // 7,200 ticks, host + 13 slots, everyone taking 40 s turns in rotation.
        SpeakerTimeline timeline;
        std::vector<HydraParticipant> stage;
        for (int s = 0; s < 13; ++s)
            stage.push_back(participant(QStringLiteral("p%1").arg(s), QStringLiteral("n")));
        for (int i = 0; i < 7200; ++i) {
            std::vector<float> values(14, 0.0f);
            values[std::size_t((i / 40) % 14)] = 30.0f;
            HydraSample sample = levels(values);
            sample.ntpSeconds = kNtp0 + i;
            if (i % 60 == 0)
                sample.participants = stage;
            timeline.addSample(tickTime(i), sample);
        }
        timeline.finish(7300);
        QCOMPARE(timeline.segments().size(), std::size_t(180));
        QCOMPARE(timeline.clock().size(), std::size_t(7200));
        QCOMPARE(timeline.levelTicks(), 7200);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerTimeline)
#include "tst_speakertimeline.moc"
