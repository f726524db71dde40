// SPDX-License-Identifier: MIT
#pragma once

/// Defaults and ranges shared by the app, the CLI and core: one definition each.
namespace spacetape::defaults {

/// Chunks fetched at once per Space unless the user says otherwise (-j, Settings). 16
/// reaches within ~1.2x of the round-trip floor on X's CDN (tests/bench/README.md).
constexpr int kChunksInFlight = 16;
/// The most chunks in flight anyone may ask for: beyond it the CDN starts refusing.
constexpr int kMaxChunksInFlight = 64;
/// The fewest: one chunk at a time, as ffmpeg does.
constexpr int kMinChunksInFlight = 1;

}  // namespace spacetape::defaults
