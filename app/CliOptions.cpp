// SPDX-License-Identifier: MIT
#include "CliOptions.h"

#include "job/OutputPlacement.h"
#include "net/ProxyAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace spacetape {

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
            "system's proxy settings)."),
        QStringLiteral("PROXY"));
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
                       proxy, info, json, allowGaps, exists, wait, section});
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QCoreApplication::translate("CliOptions", "What to save."),
                                 QStringLiteral("INPUT..."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "spacetape-cli: " << parser.errorText() << '\n'
            << QCoreApplication::translate("CliOptions", "Try --help.") << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        out << "spacetape-cli " << SPACETAPE_VERSION << '\n';
        *exitCode = 0;
        return std::nullopt;
    }

    CliOptions options;
    options.inputs = parser.positionalArguments();
    options.outputDir = parser.isSet(outputDir) ? parser.value(outputDir) : QStringLiteral(".");
    options.nameTemplate = parser.value(nameTemplate);
    options.cookiesFile = parser.value(cookies);
    options.apiOrigin = parser.isSet(apiOrigin) ? parser.value(apiOrigin)
                                                : qEnvironmentVariable("SPACETAPE_API_ORIGIN");
    if (parser.isSet(proxy)) {
        options.proxy = parser.value(proxy).trimmed();
        if (options.proxy.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
            if (const auto proxy = parseProxyAddress(options.proxy); !proxy) {
                err << "spacetape-cli: --proxy: " << proxy.error() << '\n';
                *exitCode = 2;
                return std::nullopt;
            }
        }
    }
    options.infoOnly = parser.isSet(info);
    options.json = parser.isSet(json);
    options.allowGaps = parser.isSet(allowGaps);
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
                << '\n';
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
                << '\n';
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
            err << "spacetape-cli: --section: " << range.error() << '\n';
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
            << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    if (const auto policy = parseExistsPolicy(options.existsPolicy); !policy) {
        err << "spacetape-cli: --if-exists " << policy.error() << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    if (options.inputs.isEmpty() && !options.doctor) {
        err << "spacetape-cli: "
            << QCoreApplication::translate(
                   "CliOptions", "nothing to do: give a Space link, ID or playlist. Try --help.")
            << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    return options;
}

}  // namespace spacetape
