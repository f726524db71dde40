// SPDX-License-Identifier: MIT
#pragma once

#include "x/ApiCache.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QString>

namespace spacetape::test {

/**
 * An XApiClient whose queryId cache is api-cache.json in @p folder — never the default in
 * the user's (or the test run's shared) data folder, so nothing one test learned about
 * X's churn helps or hurts another.
 */
class IsolatedXApiClient : public XApiClient {
public:
    IsolatedXApiClient(NetworkService &network, const QString &folder) : XApiClient(network) {
        setApiCache(ApiCache(QDir(folder).filePath(QStringLiteral("api-cache.json"))));
    }
};

}  // namespace spacetape::test
