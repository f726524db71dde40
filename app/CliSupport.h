// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"
#include "CliStream.h"

#include "job/DownloadJob.h"

#include <QJsonObject>
#include <QString>

namespace spacetape {

class NetworkService;
class XApiClient;

/// One JSON object, compact, on its own line of stdout.
void printJsonLine(const QJsonObject &object);
/// Whether stderr is a terminal (lines that update in place only go there).
bool stderrIsTerminal();
/// "1 h 02 min 03 s", "4 min 05 s", "12 s" (negative: the same, of the absolute value).
QString humanDuration(qint64 seconds);
/// "1:02:03" or "4:05": a recorded time.
QString clockDuration(double seconds);

/// Download settings from the command line (-o, -t, -j, --allow-gaps, --if-exists).
DownloadSettings downloadSettingsFrom(const CliOptions &options);
/**
 * Applies --api-origin and --cookies to @p network and @p api, and reports an expired login
 * once. False, with the reason on stderr, when either is unusable.
 */
bool configureClient(const CliOptions &options, NetworkService &network, XApiClient &api);
/// The JSON line for a saved or skipped Space (event "done" or "skipped").
QJsonObject resultJson(const JobResult &result, const QString &input);

}  // namespace spacetape
