// SPDX-License-Identifier: MIT
#pragma once

#include "section/SectionRange.h"
#include "util/Defaults.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace spacetape {

/// What the user asked spacetape-cli to do, parsed from the command line.
struct CliOptions {
    QStringList inputs;    ///< Space links, bare IDs, playlist URLs or local .m3u8 files
    QString outputDir;     ///< where finished files go (default: current directory)
    QString nameTemplate;  ///< file name template, empty for the default
    int concurrency = defaults::kChunksInFlight;  ///< chunks in flight
    QString cookiesFile;                          ///< per-run login, never stored
    QString proxy;           ///< --proxy: an address, "none", or empty for the system's settings
    QUrl apiOrigin;          ///< redirect every X host here (tests, mirrors); empty: x.com
    bool infoOnly = false;   ///< print metadata as JSON and exit
    bool json = false;       ///< progress and results as JSON lines
    bool saveExtras = true;  ///< chapters and NAME.space.json / NAME.vtt (off: --no-extras)
    bool allowGaps = false;  ///< write the file even when chunks stay missing
    QString existsPolicy;    ///< rename | overwrite | skip
    bool wait = false;       ///< wait for scheduled Spaces to start, then record them
    bool watch = false;      ///< `watch HANDLE...`: inputs are hosts to watch until a signal
    bool doctor = false;     ///< `doctor [LINK]`: check each step against X; inputs: the Space
    bool chat = false;       ///< `chat LINK`: print the Space's chat; inputs: the Space
    QList<SectionRange> sections;  ///< --section: only these parts, one file each
    /// From --proxy-password-file: the password for --proxy's user (kept off the command line,
    /// which every user of the machine can read); empty when not given.
    QString proxyPassword;
};

/**
 * Parses @p arguments (argv including the program name). Prints help or the
 * version and returns nothing with @p exitCode set when the run should end
 * here; reports bad usage on stderr with exit code 2.
 */
std::optional<CliOptions> parseCliOptions(const QStringList &arguments, int *exitCode);

}  // namespace spacetape
