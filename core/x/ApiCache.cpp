// SPDX-License-Identifier: MIT
#include "x/ApiCache.h"

#include "util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace spacetape {

ApiCache::ApiCache(QString path) : m_path(std::move(path)) {
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                 QStringLiteral("/api-cache.json");
}

std::optional<WorkingOperation> ApiCache::load() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    WorkingOperation working;
    working.operation.queryId = o.value(QStringLiteral("queryId")).toString();
    for (const auto &v : o.value(QStringLiteral("featureSwitches")).toArray())
        working.operation.featureSwitches << v.toString();
    for (const auto &v : o.value(QStringLiteral("fieldToggles")).toArray())
        working.operation.fieldToggles << v.toString();
    working.verifiedAt =
        QDateTime::fromString(o.value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
    if (working.operation.queryId.isEmpty())
        return std::nullopt;
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
