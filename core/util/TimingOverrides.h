// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace spacetape {

/**
 * Reads a test-only timing override such as SPACETAPE_LIVE_TIMING="dynamicPollMs=50,
 * metadataPollMs=200" from the environment variable @p variable: name → positive integer.
 * Items that are not "name=N" with N ≥ 1 are ignored, so a typo never makes a wait zero.
 */
QHash<QString, int> timingOverridesFromEnvironment(const char *variable);

/// Sets @p field to the override named @p name when there is one.
inline void applyTimingOverride(const QHash<QString, int> &overrides, const char *name,
                                int &field) {
    const auto found = overrides.constFind(QLatin1String(name));
    if (found != overrides.constEnd())
        field = *found;
}

}  // namespace spacetape
