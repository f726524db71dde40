// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace spacetape {

/// What to do when the file a download would create already exists.
enum class ExistsPolicy {
    Rename,     ///< save as "name (2).m4a", "name (3).m4a", ...
    Overwrite,  ///< replace it (atomically: the old file stays until the new one is complete)
    Skip,       ///< keep the existing file and do not download
};

/// Parses "rename" / "overwrite" / "skip"; false for anything else.
bool parseExistsPolicy(const QString &text, ExistsPolicy *policy);

/**
 * @brief Chooses the final path of a download in the output folder.
 *
 * @p relativeName is a template result ('/'-separated, already sanitised) without
 * the extension. Returns the path to write, or an empty string when the policy
 * is Skip and the file exists.
 */
QString placeOutput(const QString &outputDir, const QString &relativeName, ExistsPolicy policy,
                    const QString &extension = QStringLiteral(".m4a"));

}  // namespace spacetape
