// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <algorithm>

namespace spacetape::test {

/**
 * Pages an attacker can serve in place of X's web app, each about @p kilobytes long, built to
 * make a scan that looks from every candidate to the page's end quadratic: many candidates,
 * none of them ever completed. Shared by tst_bundlediscovery, tst_clienttransaction and
 * bench_pagescan.
 */
namespace hostilepages {

/// @p fragment repeated until the page is @p kilobytes long.
inline QString repeated(const QString &fragment, int kilobytes) {
    QString page;
    const qsizetype size = qsizetype(kilobytes) * 1024;
    page.reserve(size + fragment.size());
    while (page.size() < size)
        page += fragment;
    return page;
}

/// Chunk-map name entries for modules.audio and ondemand.s, never followed by a hash object.
inline QString chunkMapNames(int kilobytes) {
    return repeated(QStringLiteral("{93:\"modules.audio\",101:\"ondemand.s\"}[e]||e)+"), kilobytes);
}

/// AudioSpaceById declarations whose featureSwitches list never closes.
inline QString openDeclarations(int kilobytes) {
    return repeated(QStringLiteral("queryId:\"q1\",operationName:\"AudioSpaceById\","
                                   "operationType:\"query\",metadata:{featureSwitches:[\"a\","),
                    kilobytes);
}

/// `<meta name="x" content="y"` tags that never close.
inline QString unclosedMetas(int kilobytes) {
    return repeated(QStringLiteral("<meta name=\"twitter-site-verification\" content=\"QUFB"),
                    kilobytes);
}

/// A loading-x-anim-0 SVG whose `<path` tags never close.
inline QString unclosedPaths(int kilobytes) {
    return QStringLiteral("<svg id=\"loading-x-anim-0\">") +
           repeated(QStringLiteral("<path d=\"M 10,30 C 1 2 3 4 5 6 7 8 9 10 11 "), kilobytes);
}

/// All of the above in one page of about @p kilobytes.
inline QString mixed(int kilobytes) {
    const int quarter = std::max(1, kilobytes / 4);
    return chunkMapNames(quarter) + openDeclarations(quarter) + unclosedMetas(quarter) +
           unclosedPaths(quarter);
}

}  // namespace hostilepages
}  // namespace spacetape::test
