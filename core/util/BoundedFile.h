// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QString>

namespace spacetape {

/**
 * The bytes of the file at @p path when it is a regular file of at most @p maxBytes, read with
 * that cap; otherwise why not. A file of ours can be replaced by anything between two runs: a
 * FIFO would block for ever, a device (/dev/zero) never end, a huge file fill the memory.
 */
Expected<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes);

}  // namespace spacetape
