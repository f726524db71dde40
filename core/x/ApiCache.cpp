// SPDX-License-Identifier: MIT
#include "x/ApiCache.h"

#include "util/Limits.h"
#include "util/PrivateFile.h"
#include "util/RegularFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace spacetape {

namespace {
/// Feature switches or field toggles in one cached declaration (X's list has ~40).
constexpr int kMaxNames = 500;
}  // namespace

ApiCache::ApiCache(QString path) : m_path(std::move(path)) {
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                 QStringLiteral("/api-cache.json");
}

std::optional<WorkingOperation> ApiCache::load() const {
    // Read like an answer of X's: a capped read of a regular file, every value checked. The
    // queryId becomes part of a request path, the switches part of its query.
    const auto bytes = readRegularFile(m_path, limits::kMaxCacheFileBytes);
    if (!bytes)
        return std::nullopt;  // absent or refused: a cache, relearnt with a few requests
    static const QRegularExpression queryId(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_]{1,128}$"));
    const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
    WorkingOperation working;
    working.operation.queryId = o.value(QStringLiteral("queryId")).toString();
    if (!queryId.match(working.operation.queryId).hasMatch())
        return std::nullopt;
    const auto names = [&](const QString &key, QStringList &out) {
        const QJsonArray array = o.value(key).toArray();
        if (array.size() > kMaxNames)
            return false;
        for (const auto &v : array) {
            if (!name.match(v.toString()).hasMatch())
                return false;
            out << v.toString();
        }
        return true;
    };
    if (!names(QStringLiteral("featureSwitches"), working.operation.featureSwitches) ||
        !names(QStringLiteral("fieldToggles"), working.operation.fieldToggles))
        return std::nullopt;
    working.verifiedAt =
        QDateTime::fromString(o.value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
    return working;
}

void ApiCache::save(const WorkingOperation &working) const {
    const QJsonObject o{
        {QStringLiteral("queryId"), working.operation.queryId},
        {QStringLiteral("featureSwitches"),
         QJsonArray::fromStringList(working.operation.featureSwitches)},
        {QStringLiteral("fieldToggles"),
         QJsonArray::fromStringList(working.operation.fieldToggles)},
        {QStringLiteral("verifiedAt"), working.verifiedAt.toUTC().toString(Qt::ISODate)}};
    // A cache: losing it only costs a few requests next launch.
    (void)writePrivateFile(m_path, QJsonDocument(o).toJson());
}

}  // namespace spacetape
