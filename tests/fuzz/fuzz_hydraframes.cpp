// SPDX-License-Identifier: MIT
// HydraFrames + SpeakerTimeline: whatever a chunk's ID3 tags hold, reading them stays inside
// the bytes, arrays stay capped, and the timeline fed with them keeps its segments ordered
// and inside the time fed.
#include "FuzzCheck.h"
#include "extras/HydraFrames.h"
#include "extras/SpeakerTimeline.h"
#include "media/ChunkReader.h"
#include "util/Limits.h"

#include <cmath>

using namespace spacetape;
using namespace spacetape::extras;

namespace {

void checkSample(const HydraSample &sample) {
    FUZZ_CHECK(sample.hasData());
    FUZZ_CHECK(sample.levels.size() <= std::size_t(limits::kMaxHydraSlots));
    for (float level : sample.levels)
        FUZZ_CHECK(std::isfinite(level) && level >= 0);
    if (sample.ntpSeconds)
        FUZZ_CHECK(std::isfinite(*sample.ntpSeconds) && *sample.ntpSeconds > 0);
    if (sample.participants) {
        FUZZ_CHECK(sample.participants->size() <= std::size_t(limits::kMaxHydraSlots));
        for (const HydraParticipant &p : *sample.participants) {
            FUZZ_CHECK(p.userId.size() <= limits::kMaxHydraNameChars + 1);
            FUZZ_CHECK(p.userName.size() <= limits::kMaxHydraNameChars + 1);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = fuzzBytes(data, size);
    // The input as one tag.
    if (const auto sample = HydraFrames::parseTag(bytes))
        checkSample(*sample);

    // The input as a chunk, and its tags through a timeline.
    const auto audio = ChunkReader::read(bytes, QStringLiteral("chunk 1"));
    if (!audio)
        return 0;
    FUZZ_CHECK(audio->tags.size() <= std::size_t(limits::kMaxId3TagsPerChunk));
    for (const Id3TagRef &tag : audio->tags) {
        FUZZ_CHECK(tag.offset >= 0 && tag.size > 0 &&
                   qint64(tag.offset) + tag.size <= qint64(size));
        FUZZ_CHECK(tag.framesBefore >= 0 && std::size_t(tag.framesBefore) <= audio->frames.size());
    }
    if (audio->format.sampleRate() <= 0)
        return 0;
    const auto samples = HydraFrames::fromChunk(bytes, *audio);
    SpeakerTimeline timeline;
    const double chunkSeconds =
        double(audio->frames.size()) * kSamplesPerAacFrame / audio->format.sampleRate();
    for (int round = 0; round < 3; ++round)
        timeline.addChunk(round * chunkSeconds, samples);
    for (const HydraSample &sample : samples) {
        checkSample(sample);
        FUZZ_CHECK(sample.offsetSeconds >= 0 && sample.offsetSeconds <= chunkSeconds);
    }
    const double end = 3 * chunkSeconds;
    timeline.finish(end);
    double last = -1;
    for (const SpeakingSegment &segment : timeline.segments()) {
        FUZZ_CHECK(segment.start >= last);
        FUZZ_CHECK(segment.start >= 0 && segment.start < segment.end && segment.end <= end + 1e-9);
        last = segment.start;
    }
    return 0;
}
