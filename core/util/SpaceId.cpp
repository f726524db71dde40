// SPDX-License-Identifier: MIT
#include "util/SpaceId.h"

#include "x/SpaceLink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace spacetape::spaceid {

namespace {
bool allOf(const QString &text, int size, bool (*accept)(char16_t)) {
    if (text.size() != size)
        return false;
    for (const QChar ch : text) {
        if (!accept(ch.unicode()))
            return false;
    }
    return true;
}

bool isLowerHex(char16_t c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

/// @p path with symlinks of its longest existing prefix resolved.
QString resolvedPath(const QString &path) {
    QString existing = QDir::cleanPath(QDir(path).absolutePath());
    QString rest;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const int slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return QDir::cleanPath(path);
        rest = existing.mid(slash) + rest;
        existing = existing.left(slash);
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return QDir::cleanPath((canonical.isEmpty() ? existing : canonical) + rest);
}
}  // namespace

bool isValid(const QString &id) {
    return SpaceLink::isValidId(id);
}

bool isValidCacheKey(const QString &key) {
    return isValid(key) || allOf(key, 16, isLowerHex);
}

Expected<QString> cacheFolder(const QString &root, const QString &key) {
    if (!isValidCacheKey(key)) {
        return fail(QCoreApplication::translate("SpaceId",
                                                "“%1” is not a Space ID (13 letters and digits), "
                                                "so no chunk folder is made or removed for it.")
                        .arg(key.left(40)));
    }
    if (root.isEmpty())
        return fail(QCoreApplication::translate("SpaceId", "No chunk cache folder is set."));
    const QString cleanRoot = resolvedPath(root);
    const QString folder = resolvedPath(cleanRoot + QLatin1Char('/') + key);
    if (!folder.startsWith(cleanRoot + QLatin1Char('/')) || folder.size() <= cleanRoot.size() + 1)
        return fail(QCoreApplication::translate("SpaceId",
                                                "The chunk folder of %1 would lie outside the "
                                                "cache folder %2; nothing is written or removed "
                                                "there.")
                        .arg(key, QDir::toNativeSeparators(root)));
    return folder;
}

}  // namespace spacetape::spaceid
