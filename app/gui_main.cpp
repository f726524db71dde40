// SPDX-License-Identifier: MIT
// The desktop app's entry: the application object, the command line and the single instance;
// DesktopApp wires core, window and dialogs together.
#include "DarkPalette.h"
#include "DesktopApp.h"
#include "Environment.h"
#include "SingleInstance.h"
#include "UiResources.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QUrl>

#include <cstdio>

using namespace spacetape;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Spacetape"));
    QApplication::setOrganizationName(QStringLiteral("Spacetape"));
    QApplication::setApplicationVersion(QStringLiteral(SPACETAPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.spacetape.Spacetape"));
    ensureUiResources();
    installTranslations(app);  // the system language, before any window
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/spacetape.svg")));
    const Environment &environment = Environment::process();
    environment.configureKeychain();  // before the first CredentialStore
    if (environment.darkPalette())
        applyDarkPalette(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Save X Spaces as tagged audio files."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("links"),
        QCoreApplication::translate("main", "Space links to add to the queue."),
        QStringLiteral("[links...]"));
    // For demos, screenshots and tests against the local fake X server (as in spacetape-cli).
    QCommandLineOption apiOrigin(
        QStringLiteral("api-origin"),
        // not-translated: hidden from --help (a developer option), so never shown
        QStringLiteral("Send X API requests to URL instead of x.com (also SPACETAPE_API_ORIGIN)."),
        QStringLiteral("URL"));
    apiOrigin.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(apiOrigin);
    parser.process(app);
    const QStringList links = parser.positionalArguments();
    const Expected<QUrl> origin = environment.apiOrigin(
        parser.isSet(apiOrigin) ? std::optional<QString>(parser.value(apiOrigin)) : std::nullopt);

    // A second start hands its links to the running window and leaves.
    SingleInstance instance;
    if (!instance.tryBecomePrimary()) {
        if (SingleInstance::sendToPrimary(links))
            return 0;
        std::fprintf(stderr, "spacetape: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main",
                         "Spacetape is already running but does not answer. Close it (or end the "
                         "process) and start it again.")));
        return 1;
    }

    if (!origin) {
        std::fprintf(stderr, "spacetape: %s\n", qPrintable(origin.error()));
        return 2;
    }

    DesktopApp desktop(instance, *origin);
    desktop.start(links);
    return app.exec();
}
