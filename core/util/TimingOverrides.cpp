// SPDX-License-Identifier: MIT
#include "util/TimingOverrides.h"

namespace spacetape {

QHash<QString, int> timingOverridesFromEnvironment(const char *variable) {
    QHash<QString, int> overrides;
    const QString spec = qEnvironmentVariable(variable);
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int value = item.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        if (ok && value >= 1)
            overrides.insert(name, value);
    }
    return overrides;
}

}  // namespace spacetape
