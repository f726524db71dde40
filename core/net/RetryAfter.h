// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

class QNetworkReply;

/**
 * @file
 * Reading a server's `Retry-After` (RFC 9110 §10.2.3), so every fetcher that retries a 429 or
 * 503 waits as long as the server asked, and reads the header the same way.
 */
namespace spacetape::retryafter {

/**
 * An HTTP-date (RFC 9110 §5.6.7), always in UTC: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT",
 * what servers send) or the obsolete asctime form ("Sun Nov  6 08:49:37 1994"); invalid when
 * @p value is neither.
 */
QDateTime parseHttpDate(const QByteArray &value);

/**
 * The wait, in milliseconds from @p nowUtc, that the Retry-After value @p value asks for:
 * delta-seconds or an HTTP-date, cut to limits::kMaxRetryAfterMs. 0 when @p value is empty,
 * unreadable or in the past.
 */
int delayMs(const QByteArray &value, const QDateTime &nowUtc);

/// delayMs() of @p reply's Retry-After header, from now.
int delayMs(const QNetworkReply *reply);

}  // namespace spacetape::retryafter
