// SPDX-License-Identifier: MIT
#include "x/XJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace spacetape {

Expected<QJsonObject> parseJsonObject(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("XJson", "%1 at byte %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return fail(QCoreApplication::translate("XJson", "not a JSON object"));
    }
    return document.object();
}

}  // namespace spacetape
