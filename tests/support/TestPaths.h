// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace spacetape::test {

/// Paths of the tools and programs tests drive, fixed at configure time.
inline QString ffmpegPath() {
    return QStringLiteral(SPACETAPE_FFMPEG);
}
inline QString ffprobePath() {
    return QStringLiteral(SPACETAPE_FFPROBE);
}
inline QString cliPath() {
    return QStringLiteral(SPACETAPE_CLI);
}
/// The desktop app, for tests that start (and kill) it as a separate process.
inline QString appPath() {
    return QStringLiteral(SPACETAPE_APP);
}
inline QString fakeServerPath() {
    return QStringLiteral(SPACETAPE_FAKE_SERVER);
}

}  // namespace spacetape::test
