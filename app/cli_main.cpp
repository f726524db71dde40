// SPDX-License-Identifier: MIT
#include "CliAccount.h"
#include "CliOptions.h"
#include "CliRunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Spacetape"));
    QCoreApplication::setOrganizationName(QStringLiteral("Spacetape"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPACETAPE_VERSION));

    if (spacetape::isAccountCommand(QCoreApplication::arguments()))
        return spacetape::runAccountCommand(QCoreApplication::arguments());

    int exitCode = 0;
    auto options = spacetape::parseCliOptions(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;

    spacetape::CliRunner runner(std::move(*options));
    QObject::connect(&runner, &spacetape::CliRunner::finished, &app, &QCoreApplication::exit);
    runner.start();
    return app.exec();
}
