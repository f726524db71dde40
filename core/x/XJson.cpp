// SPDX-License-Identifier: MIT
#include "x/XJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

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

bool hasXErrorCode(const QByteArray &body, int code) {
    const QJsonArray errors =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("errors")).toArray();
    return std::any_of(errors.begin(), errors.end(), [code](const QJsonValue &e) {
        return e.toObject().value(QStringLiteral("code")).toInt() == code;
    });
}

}  // namespace spacetape
