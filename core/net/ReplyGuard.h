// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QNetworkReply;

namespace spacetape::replyguard {

/**
 * Bounds @p reply: it is aborted as soon as its body (announced or received) passes
 * @p maxBytes, or when it is still running after @p deadlineMs (a body that trickles in).
 * @p what names the body in the message ("playlist", "JSON answer", …); @p limitName names
 * the limit (see util/Limits.h). Call right after the request is started.
 */
void bound(QNetworkReply *reply, qint64 maxBytes, int deadlineMs, const QString &what,
           const char *limitName);

/// Why bound() aborted @p reply, for the user; empty when it did not.
QString failure(const QNetworkReply *reply);

}  // namespace spacetape::replyguard
