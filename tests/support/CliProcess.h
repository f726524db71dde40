// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace spacetape::test {

/// What one spacetape-cli run printed and returned.
struct CliRun {
    int exitCode = -1;  ///< -1 when it crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// The environment for a CLI run whose settings, caches and data live under @p home.
QProcessEnvironment cliEnvironment(const QString &home);

/**
 * Runs spacetape-cli with @p args to the end while this process's event loop
 * keeps running (so in-process fake servers answer it).
 */
CliRun runCli(const QStringList &args, const QProcessEnvironment &environment,
              int timeoutMs = 120000);

}  // namespace spacetape::test
