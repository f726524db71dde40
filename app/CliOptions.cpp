// SPDX-License-Identifier: MIT
#include "CliOptions.h"

#include "CliStream.h"
#include "Environment.h"

#include "job/OutputPlacement.h"
#include "net/ProxyAddress.h"
#include "util/Limits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace spacetape {

namespace {
/// The first line of @p path, which must be a regular file of at most kMaxSecretFileBytes
/// (a FIFO would block the run, a device would never end).
Expected<QString> readProxyPassword(const QString &path) {
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || info.size() > limits::kMaxSecretFileBytes)
        return fail(
            QCoreApplication::translate("CliOptions", "%1 is not a file of at most %2 bytes.")
                .arg(path)
                .arg(limits::kMaxSecretFileBytes));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("CliOptions", "cannot read %1: %2")
                        .arg(path, file.errorString()));
    const QByteArray text = file.read(limits::kMaxSecretFileBytes);
    QString password =
        QString::fromUtf8(text.left(text.indexOf('\n') < 0 ? text.size() : text.indexOf('\n')));
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty())
        return fail(
            QCoreApplication::translate("CliOptions", "%1 holds no password on its first line.")
                .arg(path));
    return password;
}
}  // namespace

std::optional<CliOptions> parseCliOptions(const QStringList &arguments, int *exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CliOptions",
        "Save X Spaces as tagged .m4a audio files.\n"
        "INPUT is a Space link, a bare Space ID, an HLS playlist URL or a local .m3u8 file.\n"
        "A live Space is recorded from its start to its end. A scheduled one is refused\n"
        "unless --wait is given.\n\n"
        "spacetape-cli [options] watch HANDLE...\n"
        "  Watches hosts (@name, name, or x.com/name) and records every Space they go live\n"
        "  with, until Ctrl+C or SIGTERM (exit 0; interrupted recordings keep their chunks and\n"
        "  resume on the next run). Needs an X login: --cookies FILE or spacetape-cli login.\n\n"
        "spacetape-cli [options] doctor [LINK]\n"
        "  Checks each step against X, one line each: keychain, guest token, login,\n"
        "  AudioSpaceById, queryId discovery, stream status, CDN (a playlist and one chunk).\n"
        "  The Space steps need LINK (a Space link or ID); without it they are skipped.\n"
        "  Exit 0 when no check failed, 1 when one did, 2 on bad usage. With --json: one\n"
        "  {\"event\":\"check\"} line per step, then {\"event\":\"doctor\"}.\n\n"
        "spacetape-cli [options] chat LINK\n"
        "  Prints the Space's chat, one line per entry: its position from the Space's start,\n"
        "  its kind (chat, reaction, caption, join, speaker), the name and the text. No audio\n"
        "  is downloaded. With --json: one object per line. Exit 0 when the chat was read,\n"
        "  1 when it could not be (the reason on stderr)."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CliOptions", "Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("V"), QStringLiteral("version")},
        QCoreApplication::translate("CliOptions", "Show the version and exit."));
    const QCommandLineOption outputDir(
        {QStringLiteral("o"), QStringLiteral("output-dir")},
        QCoreApplication::translate("CliOptions", "Save files into DIR (default: .)."),
        QStringLiteral("DIR"));
    const QCommandLineOption nameTemplate(
        {QStringLiteral("t"), QStringLiteral("template")},
        QCoreApplication::translate("CliOptions",
                                    "File name template, e.g. \"{date} {host} - {title} [{id}]\"."),
        QStringLiteral("TEMPLATE"));
    const QCommandLineOption concurrency(
        {QStringLiteral("j"), QStringLiteral("concurrency")},
        QCoreApplication::translate("CliOptions", "Chunks in flight, %1-%2 (default %3).")
            .arg(defaults::kMinChunksInFlight)
            .arg(defaults::kMaxChunksInFlight)
            .arg(defaults::kChunksInFlight),
        QStringLiteral("N"), QString::number(defaults::kChunksInFlight));
    const QCommandLineOption cookies(
        QStringLiteral("cookies"),
        QCoreApplication::translate(
            "CliOptions", "Log in with cookies from FILE (cookies.txt or JSON) for this run only."),
        QStringLiteral("FILE"));
    const QCommandLineOption apiOrigin(
        QStringLiteral("api-origin"),
        QCoreApplication::translate("CliOptions",
                                    "Send every X/Twitter API request to URL instead "
                                    "(also SPACETAPE_API_ORIGIN)."),
        QStringLiteral("URL"));
    const QCommandLineOption proxy(
        QStringLiteral("proxy"),
        QCoreApplication::translate(
            "CliOptions",
            "Connect through this proxy: host:port, http://host:port or "
            "socks5://host:port; \"none\" for a direct connection (default: the "
            "system's proxy settings). A password written here (user:password@host) is "
            "visible to every user of this computer in the process list: give the user "
            "here and the password with --proxy-password-file."),
        QStringLiteral("PROXY"));
    const QCommandLineOption proxyPasswordFile(
        QStringLiteral("proxy-password-file"),
        QCoreApplication::translate(
            "CliOptions",
            "Read the password for the user named in --proxy (user@host:port) from the first "
            "line of FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption info(
        QStringLiteral("info"),
        QCoreApplication::translate("CliOptions", "Print the Space's metadata as JSON and exit."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("CliOptions", "Print progress and results as JSON lines."));
    const QCommandLineOption allowGaps(
        QStringLiteral("allow-gaps"),
        QCoreApplication::translate(
            "CliOptions", "Save the file even when some chunks stay missing (they are listed)."));
    const QCommandLineOption noExtras(
        QStringLiteral("no-extras"),
        QCoreApplication::translate("CliOptions",
                                    "Keep only the audio: no chapters, no NAME.space.json and "
                                    "NAME.vtt with the speakers and chat."));
    const QCommandLineOption exists(
        QStringLiteral("if-exists"),
        QCoreApplication::translate("CliOptions",
                                    "When the file exists: rename (default), overwrite or skip."),
        QStringLiteral("POLICY"), existsPolicyWord(ExistsPolicy::Rename));
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        QCoreApplication::translate(
            "CliOptions",
            "Wait for a scheduled Space to start, then record it (a countdown shows "
            "meanwhile)."));
    const QCommandLineOption section(
        QStringLiteral("section"),
        QCoreApplication::translate(
            "CliOptions",
            "Save only START-END (e.g. 1:02:03-1:10:00, 45:00-50:00, 90s-120s, "
            "10:00-end), cut sample-exact; fetches only the chunks it needs. "
            "Repeatable: one file per section. INPUT may also be a finished .m4a."),
        QStringLiteral("START-END"));
    parser.addOptions({help, version, outputDir, nameTemplate, concurrency, cookies, apiOrigin,
                       proxy, proxyPasswordFile, info, json, allowGaps, noExtras, exists, wait,
                       section});
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QCoreApplication::translate("CliOptions", "What to save."),
                                 QStringLiteral("INPUT..."));

    CliStream &out = cliOut();
    CliStream &err = cliErr();
    if (!parser.parse(arguments)) {
        err << "spacetape-cli: " << parser.errorText() << Qt::endl
            << QCoreApplication::translate("CliOptions", "Try --help.") << Qt::endl;
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        out.writeText(parser.helpText());
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        out << "spacetape-cli " << SPACETAPE_VERSION << Qt::endl;
        *exitCode = 0;
        return std::nullopt;
    }

    CliOptions options;
    options.inputs = parser.positionalArguments();
    options.outputDir = parser.isSet(outputDir) ? parser.value(outputDir) : QStringLiteral(".");
    options.nameTemplate = parser.value(nameTemplate);
    options.cookiesFile = parser.value(cookies);
    // The flag, else SPACETAPE_API_ORIGIN; refused here when the login could leak over it.
    const Expected<QUrl> origin = Environment::process().apiOrigin(
        parser.isSet(apiOrigin) ? std::optional<QString>(parser.value(apiOrigin)) : std::nullopt);
    if (!origin) {
        err << "spacetape-cli: " << origin.error() << Qt::endl;
        *exitCode = 2;
        return std::nullopt;
    }
    options.apiOrigin = *origin;
    std::optional<QNetworkProxy> manualProxy;
    if (parser.isSet(proxy)) {
        options.proxy = parser.value(proxy).trimmed();
        if (options.proxy.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
            const auto parsed = parseProxyAddress(options.proxy);
            if (!parsed) {
                err << "spacetape-cli: --proxy: " << parsed.error() << Qt::endl;
                *exitCode = 2;
                return std::nullopt;
            }
            manualProxy = *parsed;
        }
    }
    if (parser.isSet(proxyPasswordFile)) {
        QString problem;
        if (!manualProxy || manualProxy->user().isEmpty())
            problem = QCoreApplication::translate(
                "CliOptions", "it needs --proxy with a user name: --proxy user@host:port.");
        else if (!manualProxy->password().isEmpty())
            problem = QCoreApplication::translate(
                "CliOptions", "--proxy already has a password; give it in one place only.");
        if (problem.isEmpty()) {
            auto password = readProxyPassword(parser.value(proxyPasswordFile));
            if (password)
                options.proxyPassword = *password;
            else
                problem = password.error();
        }
        if (!problem.isEmpty()) {
            err << "spacetape-cli: --proxy-password-file: " << problem << Qt::endl;
            *exitCode = 2;
            return std::nullopt;
        }
    }
    options.infoOnly = parser.isSet(info);
    options.json = parser.isSet(json);
    options.allowGaps = parser.isSet(allowGaps);
    options.saveExtras = !parser.isSet(noExtras);
    options.existsPolicy = parser.value(exists);
    options.wait = parser.isSet(wait);
    // `watch` is a command, not an input: a file of that name can be given as ./watch.
    if (!options.inputs.isEmpty() && options.inputs.first() == QLatin1String("watch")) {
        options.watch = true;
        options.inputs.removeFirst();
        if (options.inputs.isEmpty()) {
            err << "spacetape-cli: "
                << QCoreApplication::translate(
                       "CliOptions", "watch needs at least one host: spacetape-cli watch @name")
                << Qt::endl;
            *exitCode = 2;
            return std::nullopt;
        }
    }

    // `doctor` is a command too; its one optional input is the Space to check.
    if (!options.watch && !options.inputs.isEmpty() &&
        options.inputs.first() == QLatin1String("doctor")) {
        options.doctor = true;
        options.inputs.removeFirst();
        if (options.inputs.size() > 1) {
            err << "spacetape-cli: "
                << QCoreApplication::translate(
                       "CliOptions", "doctor checks one Space at most: spacetape-cli doctor [LINK]")
                << Qt::endl;
            *exitCode = 2;
            return std::nullopt;
        }
    }

    // `chat` too: exactly one Space.
    if (!options.watch && !options.doctor && !options.inputs.isEmpty() &&
        options.inputs.first() == QLatin1String("chat")) {
        options.chat = true;
        options.inputs.removeFirst();
        if (options.inputs.size() != 1) {
            err << "spacetape-cli: "
                << QCoreApplication::translate("CliOptions",
                                               "chat reads one Space: spacetape-cli chat LINK")
                << '\n';
            *exitCode = 2;
            return std::nullopt;
        }
    }

    for (const QString &text : parser.values(section)) {
        const auto range = SectionRange::parse(text);
        if (!range) {
            err << "spacetape-cli: --section: " << range.error() << Qt::endl;
            *exitCode = 2;
            return std::nullopt;
        }
        options.sections << *range;
    }

    bool numeric = false;
    options.concurrency = parser.value(concurrency).toInt(&numeric);
    if (!numeric || options.concurrency < defaults::kMinChunksInFlight ||
        options.concurrency > defaults::kMaxChunksInFlight) {
        err << "spacetape-cli: "
            << QCoreApplication::translate("CliOptions",
                                           "--concurrency must be a number from %1 to %2, not "
                                           "\"%3\".")
                   .arg(defaults::kMinChunksInFlight)
                   .arg(defaults::kMaxChunksInFlight)
                   .arg(parser.value(concurrency))
            << Qt::endl;
        *exitCode = 2;
        return std::nullopt;
    }
    if (const auto policy = parseExistsPolicy(options.existsPolicy); !policy) {
        err << "spacetape-cli: --if-exists " << policy.error() << Qt::endl;
        *exitCode = 2;
        return std::nullopt;
    }
    if (options.inputs.isEmpty() && !options.doctor) {
        err << "spacetape-cli: "
            << QCoreApplication::translate(
                   "CliOptions", "nothing to do: give a Space link, ID or playlist. Try --help.")
            << Qt::endl;
        *exitCode = 2;
        return std::nullopt;
    }
    return options;
}

}  // namespace spacetape
