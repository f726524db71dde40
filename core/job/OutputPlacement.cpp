// SPDX-License-Identifier: MIT
#include "job/OutputPlacement.h"

#include <QDir>
#include <QFileInfo>

namespace spacetape {

bool parseExistsPolicy(const QString &text, ExistsPolicy *policy) {
    if (text == QLatin1String("rename"))
        *policy = ExistsPolicy::Rename;
    else if (text == QLatin1String("overwrite"))
        *policy = ExistsPolicy::Overwrite;
    else if (text == QLatin1String("skip"))
        *policy = ExistsPolicy::Skip;
    else
        return false;
    return true;
}

QString placeOutput(const QString &outputDir, const QString &relativeName, ExistsPolicy policy,
                    const QString &extension) {
    const QString base = QDir(outputDir).filePath(relativeName);
    const QString first = base + extension;
    if (!QFileInfo::exists(first))
        return first;
    switch (policy) {
        case ExistsPolicy::Overwrite:
            return first;
        case ExistsPolicy::Skip:
            return {};
        case ExistsPolicy::Rename:
            break;
    }
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(extension);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

}  // namespace spacetape
