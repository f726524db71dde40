// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QNetworkReply;

namespace spacetape::replyguard {

/**
 * Bounds @p reply in time and in memory: Qt stops reading from the socket once
 * readBufferFor(@p maxBytes) wait unread, and the reply is aborted as soon as its body (announced
 * or received) passes @p maxBytes, or when it is still running after @p deadlineMs (a body that
 * trickles in). @p what names the body in the message ("playlist", "JSON answer", …);
 * @p limitName names the limit (see util/Limits.h) in the log only, never to the user. Call
 * right after the request is started, before the event loop runs.
 */
void bound(QNetworkReply *reply, qint64 maxBytes, int deadlineMs, const QString &what,
           const char *limitName);

/// Why bound() aborted @p reply, for the user; empty when it did not.
QString failure(const QNetworkReply *reply);

/// The read buffer bound() gives a reply limited to @p maxBytes: a little more, so that a
/// body past the limit becomes visible (and is aborted) instead of stalling at it.
qint64 readBufferFor(qint64 maxBytes);

}  // namespace spacetape::replyguard
