// SPDX-License-Identifier: MIT
// Wall time of reading a hostile X web app page (issue 23, finding 3): the chunk-map,
// queryId and transaction-key scans on pages of many never-completed candidates.
//
//   cmake --build build --target bench_pagescan
//   ./build/tests/bench/bench_pagescan [KIND=mixed] [KB=600]
//
// KIND: names (chunk map names), declarations (AudioSpaceById), metas (<meta>), paths
// (loading-x-anim <path>), mixed (all four, a quarter each). Every scan the app runs on a
// page is run once: BundleDiscovery::onDemandUrl, audioModuleUrl, findAudioSpaceById and
// ClientTransaction::fromPages. None may find anything (the pages have nothing to find),
// or it exits 1.
#include "support/HostilePages.h"
#include "x/BundleDiscovery.h"
#include "x/ClientTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstring>

using namespace spacetape;
using namespace spacetape::test;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const char *kind = argc > 1 ? argv[1] : "mixed";
    const int kilobytes = argc > 2 ? std::max(1, atoi(argv[2])) : 600;
    QString page;
    if (!std::strcmp(kind, "names"))
        page = hostilepages::chunkMapNames(kilobytes);
    else if (!std::strcmp(kind, "declarations"))
        page = hostilepages::openDeclarations(kilobytes);
    else if (!std::strcmp(kind, "metas"))
        page = hostilepages::unclosedMetas(kilobytes);
    else if (!std::strcmp(kind, "paths"))
        page = hostilepages::unclosedPaths(kilobytes);
    else
        page = hostilepages::mixed(kilobytes);

    QElapsedTimer timer;
    timer.start();
    const bool found =
        BundleDiscovery::onDemandUrl(page) || BundleDiscovery::audioModuleUrl(page) ||
        BundleDiscovery::findAudioSpaceById(page) || ClientTransaction::fromPages(page, page);
    const qint64 ms = timer.elapsed();
    if (found) {
        std::fprintf(stderr, "bench_pagescan: a hostile page yielded a result\n");
        return 1;
    }
    std::printf("%s %d KB (%lld chars): %lld ms\n", kind, kilobytes, qlonglong(page.size()),
                qlonglong(ms));
    return 0;
}
