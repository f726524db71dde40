// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QString>

class QFile;

namespace spacetape {

/**
 * @file
 * Opening a file a user or a saved state names, as untrusted input: only a regular file is
 * opened at all (a FIFO would block the open for ever, a device such as /dev/zero would never
 * end), and a whole-file read stops at a limit instead of growing with the file.
 */

/// Opens @p path read-only into @p file when it is a regular file (following symbolic links);
/// never blocks on a FIFO. The message names the file.
Expected<void> openRegularFile(QFile &file, const QString &path);

/// The whole of @p path when it is a regular file of at most @p maxBytes; reads at most
/// @p maxBytes + 1 bytes whatever the file claims or becomes meanwhile.
Expected<QByteArray> readRegularFile(const QString &path, qint64 maxBytes);

}  // namespace spacetape
