// SPDX-License-Identifier: MIT
#pragma once

#include "extras/SpaceExtras.h"

namespace spacetape::extras {

/**
 * The part of @p extras inside [@p start, @p end) seconds, moved so that @p start becomes 0:
 * what a section's sidecar holds (and, with [0, duration), what a whole file's holds).
 *
 * Speaking segments are cut to the range; chat entries are kept when their position falls
 * inside it, entries never placed are dropped (they cannot be said to fall inside). All
 * participants are kept: they were on the Space. Chat availability is carried over.
 */
SpaceExtras rebased(const SpaceExtras &extras, double start, double end);

}  // namespace spacetape::extras
