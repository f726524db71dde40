// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/// Logging categories of core, one per module, so a user or a test can turn one module's
/// messages on or off (QT_LOGGING_RULES="spacetape.x.info=true"). Messages never hold
/// secrets (cookies, tokens, bearer): see NetworkService.
namespace spacetape {
Q_DECLARE_LOGGING_CATEGORY(lcNet)    ///< spacetape.net: requests, TLS, proxies
Q_DECLARE_LOGGING_CATEGORY(lcX)      ///< spacetape.x: X's API (info off by default)
Q_DECLARE_LOGGING_CATEGORY(lcJob)    ///< spacetape.job: downloads and live recordings
Q_DECLARE_LOGGING_CATEGORY(lcQueue)  ///< spacetape.queue: the queue and its saved file
}  // namespace spacetape
