// SPDX-License-Identifier: MIT
#include "CliAccount.h"
#include "CliChat.h"
#include "CliDoctor.h"
#include "CliOptions.h"
#include "CliRunner.h"
#include "CliWatch.h"
#include "Environment.h"
#include "UnixSignals.h"
#include "util/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Spacetape"));
    QCoreApplication::setOrganizationName(QStringLiteral("Spacetape"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPACETAPE_VERSION));
    // Messages and --help in the user's language; scripts parsing them set LC_ALL=C.
    spacetape::installTranslations(app);
    // The SPACETAPE_* variables are read at this door only; the keychain name before any store.
    spacetape::Environment::process().configureKeychain();

    if (spacetape::isAccountCommand(QCoreApplication::arguments()))
        return spacetape::runAccountCommand(QCoreApplication::arguments());

    int exitCode = 0;
    auto options = spacetape::parseCliOptions(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;

    if (options->watch) {
        // Runs until SIGINT/SIGTERM; recordings then stop keeping their chunks, exit 0.
        spacetape::CliWatch watch(std::move(*options));
        spacetape::UnixSignals signals;
        QObject::connect(&signals, &spacetape::UnixSignals::received, &watch,
                         &spacetape::CliWatch::stop);
        QObject::connect(&watch, &spacetape::CliWatch::finished, &app, &QCoreApplication::exit);
        watch.start();
        return app.exec();
    }

    if (options->doctor) {
        spacetape::CliDoctor doctor(std::move(*options));
        QObject::connect(&doctor, &spacetape::CliDoctor::finished, &app, &QCoreApplication::exit);
        doctor.start();
        return app.exec();
    }

    if (options->chat) {
        spacetape::CliChat chat(std::move(*options));
        QObject::connect(&chat, &spacetape::CliChat::finished, &app, &QCoreApplication::exit);
        chat.start();
        return app.exec();
    }

    spacetape::CliRunner runner(std::move(*options));
    QObject::connect(&runner, &spacetape::CliRunner::finished, &app, &QCoreApplication::exit);
    runner.start();
    return app.exec();
}
