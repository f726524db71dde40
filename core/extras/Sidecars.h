// SPDX-License-Identifier: MIT
#pragma once

#include "extras/SpaceExtras.h"
#include "util/Expected.h"

#include <QString>

namespace spacetape::extras {

/// Where the sidecars of one saved audio file go: next to it, with its base name.
struct SidecarPaths {
    QString spaceJson;  ///< NAME.space.json
    QString vtt;        ///< NAME.vtt
};

/// The sidecar paths for @p audioPath ("dir/NAME.m4a" → "dir/NAME.space.json", "dir/NAME.vtt").
SidecarPaths sidecarPathsFor(const QString &audioPath);

/**
 * Writes NAME.space.json and NAME.vtt next to @p audioPath (see SpaceJson and webVtt()), each
 * atomically (QSaveFile): a reader sees the old file or the whole new one, never a part.
 * Times in @p extras must already be on the file's timeline (see rebased()).
 */
Expected<void> writeSidecars(const QString &audioPath, const SpaceExtras &extras);

}  // namespace spacetape::extras
