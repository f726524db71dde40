// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QString>

namespace spacetape {

/**
 * @brief Writes a state file that only its owner may read (0600), atomically.
 *
 * The queue, the watch list, the live capture's chunk list and X's API caches name the
 * Spaces a user follows and hold stream URLs: no other user of the machine should read them.
 * QSaveFile alone creates a new file world-readable (umask) and copies an existing file's
 * mode, so the mode is set on the temporary file before it replaces the old one: the file is
 * never visible with wider rights, and an old world-readable file is narrowed on its next
 * save. A crash leaves the old file or the new one. Creates the parent folder if needed.
 * Thread-safe (no shared state): the queue writes from a thread of its own.
 *
 * Every state file goes through this, so a new one cannot forget the mode.
 */
Expected<void> writePrivateFile(const QString &path, const QByteArray &bytes);

}  // namespace spacetape
