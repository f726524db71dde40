// SPDX-License-Identifier: MIT
#include "watch/WatchEnvironment.h"

#include <QtGlobal>

namespace spacetape {

namespace {
int positiveEnv(const char *name) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : 0;
}
}  // namespace

ScheduleTiming scheduleTimingFromEnvironment(ScheduleTiming timing) {
    if (const int ms = positiveEnv("SPACETAPE_SCHEDULE_POLL_MS")) {
        timing.farPollMs = ms;
        timing.nearPollMs = ms;
    }
    return timing;
}

WatchTiming watchTimingFromEnvironment(WatchTiming timing) {
    if (const int ms = positiveEnv("SPACETAPE_WATCH_POLL_MS")) {
        timing.minPollMs = ms;
        timing.jitterMs = ms / 10;
        timing.maxBackoffMs = ms * 10;
    }
    return timing;
}

}  // namespace spacetape
