// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QString>

namespace spacetape {

/// Checks on Space IDs and on the chunk-cache paths built from them.
namespace spaceid {

/// True for X's Space ID form: exactly 13 ASCII letters or digits (e.g. "1YqKDqWqdPLxV").
bool isValid(const QString &id);

/// True for a key a chunk cache folder may be named after: a valid Space ID, or the 16 hex
/// digits DownloadJob derives from a playlist URL.
bool isValidCacheKey(const QString &key);

/**
 * The cache folder for @p key under @p root, or a failure when @p key is not a valid cache
 * key or the folder would not lie strictly inside @p root (after resolving symlinks of the
 * parts that exist). Nothing may be written into or removed from a folder not built here.
 */
Expected<QString> cacheFolder(const QString &root, const QString &key);

}  // namespace spaceid
}  // namespace spacetape
