// SPDX-License-Identifier: MIT
#pragma once

#include "watch/HostWatcher.h"
#include "watch/ScheduledSpaceWaiter.h"

namespace spacetape {

/**
 * The waiting and watching rhythms, shortened for tests through the environment — the one
 * place the app reads these variables. Not a user setting:
 * - `SPACETAPE_SCHEDULE_POLL_MS=N`: a scheduled Space is asked about every N ms, near or far.
 * - `SPACETAPE_WATCH_POLL_MS=N`: watched hosts are checked every N ms (jitter N/10, backoff
 *   up to 10 N). X's refresh_delay_secs still applies when it asks for longer.
 * Unset or not a positive number: the defaults.
 */
ScheduleTiming scheduleTimingFromEnvironment(ScheduleTiming timing = {});
WatchTiming watchTimingFromEnvironment(WatchTiming timing = {});

}  // namespace spacetape
