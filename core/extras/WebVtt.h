// SPDX-License-Identifier: MIT
#pragma once

#include "extras/SpaceExtras.h"

#include <QByteArray>
#include <QString>

namespace spacetape::extras {

/// How long a cue stays on screen when the next one does not end it sooner.
constexpr double kVttCueSeconds = 5.0;

/**
 * NAME.vtt: the Space's chat lines and final captions as WebVTT, one cue per entry,
 * `<v Display Name>text` (the handle when there is no display name).
 *
 * A cue ends where the next later cue starts, at most kVttCueSeconds after its own start.
 * Text and names are cleaned of control characters and line breaks (a blank line would end
 * the cue) and `&`, `<` and `>` are escaped, so a `-->` in a message cannot start a cue of
 * its own. Entries without a position are left out; negative positions start at 0.
 */
QByteArray webVtt(const SpaceExtras &extras);

/// @p seconds as a WebVTT timestamp, hh:mm:ss.ttt (hours grow past two digits if need be).
QString vttTimestamp(double seconds);

}  // namespace spacetape::extras
