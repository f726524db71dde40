// SPDX-License-Identifier: MIT
#include "support/CliProcess.h"

#include "support/TestPaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

namespace spacetape::test {

QProcessEnvironment cliEnvironment(const QString &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &environment, int timeoutMs) {
    QProcess cli;
    cli.setProcessEnvironment(environment);
    QSignalSpy done(&cli, &QProcess::finished);
    cli.start(cliPath(), args);
    CliRun run;
    if (!done.wait(timeoutMs)) {
        cli.kill();
        cli.waitForFinished();
        return run;
    }
    if (cli.exitStatus() == QProcess::NormalExit)
        run.exitCode = cli.exitCode();
    run.out = cli.readAllStandardOutput();
    run.err = cli.readAllStandardError();
    return run;
}

ProcessRun runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &environment, const QByteArray &input,
                      int timeoutMs) {
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    ProcessRun run;
    if (!process.waitForStarted(timeoutMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

}  // namespace spacetape::test
