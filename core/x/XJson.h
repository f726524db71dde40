// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QJsonObject>

namespace spacetape {

/**
 * The top-level object of a JSON answer from X. On failure the message is only
 * the reason ("<parser's reason> at byte N" or "not a JSON object"), meant to
 * go inside the caller's sentence, which knows what the answer was about.
 */
Expected<QJsonObject> parseJsonObject(const QByteArray &json);

/// Whether X's JSON answer @p body lists error @p code in its `errors` array (239: guest
/// token refused, 336: a declared feature switch is missing).
bool hasXErrorCode(const QByteArray &body, int code);

}  // namespace spacetape
