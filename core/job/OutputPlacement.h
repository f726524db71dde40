// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QString>

#include <memory>

class QLockFile;

namespace spacetape {

/// What to do when the file a download would create already exists.
enum class ExistsPolicy {
    Rename,     ///< save as "name (2).m4a", "name (3).m4a", ...
    Overwrite,  ///< replace it (atomically: the old file stays until the new one is complete)
    Skip,       ///< keep the existing file and do not download
};

/// The word for @p policy in the settings file and on the command line: "rename",
/// "overwrite" or "skip" (the one table of them).
QString existsPolicyWord(ExistsPolicy policy);
/// Parses those words (any case); a failure names the three.
Expected<ExistsPolicy> parseExistsPolicy(const QString &text);

/**
 * @brief The name a download will be saved under, held from the job's start until its end.
 *
 * A job chooses its name when it starts but its file appears only when it is muxed, minutes
 * later: without a hold, two jobs rendering the same name (or two `spacetape-cli` processes)
 * would both choose "name.m4a" and the second would overwrite the first. The hold is a lock
 * file beside the future file, `name.m4a.spacetape-reserved` (QLockFile: created exclusively,
 * so exactly one job in any process gets it; one left by a crashed process is stale and taken
 * over). Other jobs treat the name as taken. The marker goes when the reservation is released
 * or destroyed.
 */
class OutputReservation {
public:
    /// The suffix of the marker files (a name someone finds in a folder explains itself).
    static QString markerSuffix();

    OutputReservation();
    OutputReservation(QString path, std::unique_ptr<QLockFile> marker);
    ~OutputReservation();
    OutputReservation(OutputReservation &&other) noexcept;
    OutputReservation &operator=(OutputReservation &&other) noexcept;
    OutputReservation(const OutputReservation &) = delete;
    OutputReservation &operator=(const OutputReservation &) = delete;

    /// The path to write; empty when the policy is Skip and the file exists.
    QString path() const { return m_path; }
    /// Removes the marker (the file is in place, or will never be).
    void release();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_marker;  ///< none for Overwrite of an existing file, or Skip
};

/**
 * @brief Chooses and holds the final path of a download in the output folder.
 *
 * @p relativeName is a template result ('/'-separated, already sanitised) without the
 * extension. The folders are created here, at the start, so that a folder that cannot be
 * made fails the job before anything is downloaded. A name is taken when its file exists or
 * another job holds it.
 */
Expected<OutputReservation> reserveOutput(const QString &outputDir, const QString &relativeName,
                                          ExistsPolicy policy,
                                          const QString &extension = QStringLiteral(".m4a"));

}  // namespace spacetape
