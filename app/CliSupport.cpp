// SPDX-License-Identifier: MIT
#include "CliSupport.h"

#include "Environment.h"
#include "net/ProxyAddress.h"

#include "auth/CookieImport.h"
#include "net/NetworkService.h"
#include "x/XApiClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QUrl>

#include <cmath>

namespace spacetape {

void printJsonLine(const QJsonObject &object) {
    cliOut().writeJsonLine(object);
}

bool stderrIsTerminal() {
    return cliErr().isTerminal();
}

QString humanDuration(qint64 seconds) {
    seconds = std::abs(seconds);
    if (seconds >= 3600)
        return QCoreApplication::translate("CliSupport", "%1 h %2 min %3 s")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return QCoreApplication::translate("CliSupport", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("CliSupport", "%1 s").arg(seconds);
}

QString clockDuration(double seconds) {
    const qint64 s = qint64(std::max(0.0, seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

DownloadSettings downloadSettingsFrom(const CliOptions &options) {
    DownloadSettings settings;
    settings.outputDir = options.outputDir;
    settings.nameTemplate = options.nameTemplate;
    settings.concurrency = options.concurrency;
    settings.allowGaps = options.allowGaps;
    settings.saveExtras = options.saveExtras;
    // CliOptions refused any other word, so this always parses.
    if (const auto policy = parseExistsPolicy(options.existsPolicy))
        settings.existsPolicy = *policy;
    settings.live = Environment::process().liveTiming(options.apiOrigin, settings.live);
    return settings;
}

bool configureClient(const CliOptions &options, NetworkService &network, XApiClient &api) {
    // CliOptions checked the address; "none" is a direct connection.
    if (options.proxy.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        network.setProxyMode(ProxyMode::None);
    else if (auto proxy = parseProxyAddress(options.proxy); !options.proxy.isEmpty() && proxy) {
        if (!options.proxyPassword.isEmpty())
            proxy->setPassword(options.proxyPassword);  // --proxy-password-file
        network.setProxyMode(ProxyMode::Manual, *proxy);
    }
    // CliOptions checked the origin (Environment::apiOrigin); the door's test CA, if any.
    network.setApiOrigin(options.apiOrigin);
    Environment::process().configure(network);
    if (!options.cookiesFile.isEmpty()) {
        QFile file(options.cookiesFile);
        if (!file.open(QIODevice::ReadOnly)) {
            cliErr() << "spacetape-cli: "
                     << QCoreApplication::translate("CliSupport",
                                                    "cannot read the cookies file %1: %2")
                            .arg(options.cookiesFile, file.errorString())
                     << Qt::endl;
            return false;
        }
        auto login = CookieImport::fromAnyFile(file.readAll());
        if (!login) {
            cliErr() << "spacetape-cli: " << options.cookiesFile << ": " << login.error()
                     << Qt::endl;
            return false;
        }
        api.setLogin(*login);
    }
    QObject::connect(&api, &XApiClient::loginExpired, &api, [] {
        cliErr() << "spacetape-cli: "
                 << QCoreApplication::translate(
                        "CliSupport",
                        "X refused your login cookies (expired or logged out); continuing as a "
                        "guest. Export fresh cookies to log in again.")
                 << Qt::endl;
    });
    return true;
}

QJsonObject resultJson(const JobResult &result, const QString &input) {
    QJsonArray gaps;
    for (qint64 seq : result.missing)
        gaps.append(seq);
    return {{QStringLiteral("event"), jobStateName(result.state)},
            {QStringLiteral("input"), input},
            {QStringLiteral("path"), result.outputPath},
            {QStringLiteral("duration_seconds"), result.report.durationSeconds},
            {QStringLiteral("frames"), result.report.frames},
            {QStringLiteral("chunks"), result.report.chunks},
            {QStringLiteral("junk_bytes_skipped"), result.report.junkBytesSkipped},
            {QStringLiteral("missing"), gaps}};
}

}  // namespace spacetape
