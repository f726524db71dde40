// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace spacetape::xapi {

/// The public web-client bearer that working tools send (facts §3); shipped as default.
QByteArray defaultBearer();
/// The bearer from the original endpoint reference; tried when the default gets a 401.
QByteArray fallbackBearer();

/// AudioSpaceById queryIds seen in X's web bundle, newest first (facts §4, §8).
QStringList knownQueryIds();
/// The feature switches AudioSpaceById has declared; sent (all false) when no
/// discovered declaration is cached. Values matter less than names.
QStringList defaultFeatureSwitches();

/// The operation's name in GraphQL URLs and bundle declarations.
inline constexpr char kAudioSpaceById[] = "AudioSpaceById";

}  // namespace spacetape::xapi
