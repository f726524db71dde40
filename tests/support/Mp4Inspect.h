// SPDX-License-Identifier: MIT
// Looking into a saved .m4a from outside, for tests and benchmarks that check tagging left
// the audio where it was.
#pragma once

#include <QByteArray>
#include <QString>

namespace spacetape::test {

/// Where the top-level mdat box of @p path starts, or -1.
qint64 mdatOffset(const QString &path);

/// MD5 (hex) of everything in @p path from @p offset to its end, or empty if unreadable.
QByteArray md5From(const QString &path, qint64 offset);

}  // namespace spacetape::test
