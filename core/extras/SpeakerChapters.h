// SPDX-License-Identifier: MIT
#pragma once

#include "extras/SpaceExtras.h"
#include "media/Chapters.h"

#include <vector>

namespace spacetape::extras {

/// A turn shorter than this does not get a chapter of its own.
constexpr double kMinChapterSeconds = 30.0;

/**
 * Chapters for a saved Space from who spoke when: one per speaker turn of at least
 * kMinChapterSeconds, titled with the speaker's display name (else @handle).
 *
 * Consecutive segments of the same person make one turn; shorter turns (a question, a
 * laugh) fold into the chapter around them, and when that leaves two chapters of the same
 * person next to each other they become one. The first chapter starts at 0. Segments outside
 * [0, @p durationSeconds) are ignored. At most chapters::kMaxChapters: beyond that the
 * shortest chapters fold into the one before. No turn long enough: no chapters.
 */
std::vector<Chapter> chaptersFromSpeaking(const std::vector<SpeakingSegment> &segments,
                                          double durationSeconds);

}  // namespace spacetape::extras
