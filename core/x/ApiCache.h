// SPDX-License-Identifier: MIT
#pragma once

#include "x/BundleDiscovery.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace spacetape {

/// The AudioSpaceById declaration that last worked, with when it did.
struct WorkingOperation {
    OperationDeclaration operation;
    QDateTime verifiedAt;
};

/**
 * @brief Remembers, across launches, which queryId and feature switches worked,
 * so the next launch starts with them instead of walking the fallback chain.
 *
 * A small JSON file written atomically; it holds no secrets.
 */
class ApiCache {
public:
    /// @p path empty: `api-cache.json` in the app's local data folder.
    explicit ApiCache(QString path = {});
    std::optional<WorkingOperation> load() const;
    void save(const WorkingOperation &working) const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

}  // namespace spacetape
