// SPDX-License-Identifier: MIT
#pragma once

#include "extras/SpaceExtras.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace spacetape::extras {

/**
 * @brief NAME.space.json, the speakers and chat saved next to a Space's audio (the contract in
 * design.md, read by outside scripts):
 *
 *     {"participants": [{"periscope_id", "screen_name", "display_name", "role"}],
 *      "speaking": [{"start", "end", "screen_name"}],
 *      "chat": [{"at", "screen_name", "display_name", "kind", "text"}]}
 *
 * Times are seconds (numbers, to the millisecond) from the start of the saved file. kind is
 * chat, reaction, caption, join or speaker.
 */
class SpaceJson {
    Q_DECLARE_TR_FUNCTIONS(SpaceJson)
public:
    /// The document for @p extras; chat entries without a position are left out.
    static QJsonObject toJson(const SpaceExtras &extras);
    /// toJson() as the file's bytes (UTF-8, indented).
    static QByteArray toBytes(const SpaceExtras &extras);

    /**
     * Reads a NAME.space.json back (it may have been edited or made by anyone): entries of
     * the wrong shape, unknown kinds and non-finite times are skipped, text is cleaned of
     * control characters and cut, counts are capped (limits::kMaxSpaceJsonEntries). Speaking
     * segments get periscope ID and display name from the participant with their handle.
     * Fails only when it is not a JSON object.
     */
    static Expected<SpaceExtras> parse(const QByteArray &bytes);
    /// parse() of the file at @p path, refused above limits::kMaxSpaceJsonBytes.
    static Expected<SpaceExtras> read(const QString &path);
};

}  // namespace spacetape::extras
