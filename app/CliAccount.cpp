// SPDX-License-Identifier: MIT
#include "CliAccount.h"

#include "CliStream.h"

#include "auth/CookieImport.h"
#include "auth/CredentialStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

namespace spacetape {

namespace {
CliStream &out() {
    return cliOut();
}
CliStream &err() {
    return cliErr();
}

/// Runs one asynchronous keychain call to completion.
template <typename Result, typename Call>
Result await(Call call) {
    QEventLoop loop;
    std::optional<Result> result;
    call([&](Result r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
}  // namespace

bool isAccountCommand(const QStringList &arguments) {
    return arguments.size() > 1 && (arguments.at(1) == QLatin1String("login") ||
                                    arguments.at(1) == QLatin1String("logout"));
}

int runAccountCommand(const QStringList &arguments) {
    const bool login = arguments.at(1) == QLatin1String("login");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        login ? QCoreApplication::translate(
                    "CliAccount", "Store your X login (cookies) in the OS keychain, or show it.")
              : QCoreApplication::translate("CliAccount",
                                            "Remove your X login from the OS keychain."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CliAccount", "Show this help and exit."));
    const QCommandLineOption cookies(
        QStringLiteral("cookies"),
        QCoreApplication::translate(
            "CliAccount",
            "Import the login from FILE: cookies.txt, Cookie-Editor JSON, or a "
            "Cookie: header."),
        QStringLiteral("FILE"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QCoreApplication::translate("CliAccount", "Say whether a login is stored."));
    parser.addOption(help);
    if (login)
        parser.addOptions({cookies, status});
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args)) {
        err() << "spacetape-cli: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out().writeText(parser.helpText());
        return 0;
    }

    CredentialStore store;
    if (!login) {
        const auto removed = await<Expected<void>>([&](auto done) { store.remove(done); });
        if (!removed) {
            err() << "spacetape-cli: logout: " << removed.error() << Qt::endl;
            return 1;
        }
        out() << QCoreApplication::translate(
                     "CliAccount", "Logged out: the X login was removed from the keychain.")
              << Qt::endl;
        return 0;
    }
    if (parser.isSet(status) || !parser.isSet(cookies)) {
        if (!parser.isSet(status)) {
            err() << "spacetape-cli: "
                  << QCoreApplication::translate("CliAccount",
                                                 "login needs --cookies FILE (or --status).")
                  << Qt::endl;
            return 2;
        }
        const auto loaded =
            await<Expected<std::optional<XLogin>>>([&](auto done) { store.load(done); });
        if (!loaded) {
            err() << "spacetape-cli: login: " << loaded.error() << Qt::endl;
            return 1;
        }
        if (!loaded->has_value()) {
            out() << QCoreApplication::translate("CliAccount",
                                                 "Not logged in: Spacetape uses guest access.")
                  << Qt::endl;
            return 0;
        }
        const XLogin &stored = **loaded;
        const QString savedAt = stored.savedAt.toLocalTime().toString(Qt::ISODate);
        out() << (stored.handle.isEmpty()
                      ? QCoreApplication::translate("CliAccount", "Logged in (saved %1).")
                            .arg(savedAt)
                      : QCoreApplication::translate("CliAccount", "Logged in as @%1 (saved %2).")
                            .arg(stored.handle, savedAt))
              << Qt::endl;
        return 0;
    }
    QFile file(parser.value(cookies));
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "spacetape-cli: login: "
              << QCoreApplication::translate("CliAccount", "cannot read %1: %2")
                     .arg(file.fileName(), file.errorString())
              << Qt::endl;
        return 1;
    }
    const auto imported = CookieImport::fromAnyFile(file.readAll());
    if (!imported) {
        err() << "spacetape-cli: login: " << file.fileName() << ": " << imported.error()
              << Qt::endl;
        return 1;
    }
    const auto saved = await<Expected<void>>([&](auto done) { store.save(*imported, done); });
    if (!saved) {
        err() << "spacetape-cli: login: " << saved.error() << Qt::endl;
        return 1;
    }
    out() << QCoreApplication::translate(
                 "CliAccount",
                 "Logged in: the X login is stored in the keychain (not in any file).")
          << Qt::endl;
    return 0;
}

}  // namespace spacetape
