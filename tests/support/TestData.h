// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace spacetape::test {

/// The bytes of tests/unit/data/@p name; aborts the test run when it is missing.
QByteArray unitTestData(const QString &name);

/**
 * JSON written with single quotes, turned into real JSON: readable in C++, and
 * safe from moc, which misreads raw string literals holding an odd number of
 * double quotes (and then drops the slots after them).
 */
QByteArray singleQuotedJson(const char *json);
QByteArray singleQuotedJson(const QString &json);

/// A cookie expiry a year from now (seconds since the epoch), so fixtures never expire.
QString cookieExpiry();
/// A minimal browser cookies.txt export holding an X login.
QByteArray netscapeCookies(const QString &authToken, const QString &ct0);

/// Writes @p content to @p path. Returns the path, or an empty string when it cannot be written.
QString writeFile(const QString &path, const QByteArray &content);

}  // namespace spacetape::test
