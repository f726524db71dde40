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

/// What one blocking run of a helper program printed and returned.
struct ProcessRun {
    bool finished = false;  ///< false when it did not start or timed out (and was killed)
    int exitCode = -1;      ///< -1 when it crashed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

/**
 * Runs @p program with @p input on its stdin, blocking this thread: only for
 * programs that need nothing from this process's event loop (secret-tool, or
 * spacetape-cli when no in-process fake server is involved).
 */
ProcessRun runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &environment, const QByteArray &input = {},
                      int timeoutMs = 60000);

}  // namespace spacetape::test
