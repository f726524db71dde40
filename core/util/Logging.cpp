// SPDX-License-Identifier: MIT
#include "util/Logging.h"

namespace spacetape {
Q_LOGGING_CATEGORY(lcNet, "spacetape.net")
// X's API says much at info level (each retry, the transaction-id inputs): off unless asked.
Q_LOGGING_CATEGORY(lcX, "spacetape.x", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJob, "spacetape.job")
Q_LOGGING_CATEGORY(lcQueue, "spacetape.queue")
}  // namespace spacetape
