// SPDX-License-Identifier: MIT
// The fake X server and CDN as a standalone program (benchmarks, CLI tests).
#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    return 0;
}
