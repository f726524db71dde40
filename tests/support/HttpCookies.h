// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace spacetape::test {

/**
 * A request's Cookie header as name → value, parsed exactly (RFC 6265 §4.2.1:
 * "name=value" pairs separated by "; "), so a server can check one cookie's exact value
 * instead of searching the header for a substring ("xauth_token=…" or "auth_token=…0" must
 * not pass for auth_token). Nothing when a pair is malformed or a name repeats.
 */
inline std::optional<QHash<QByteArray, QByteArray>> parseCookieHeader(const QByteArray &header) {
    QHash<QByteArray, QByteArray> cookies;
    if (header.trimmed().isEmpty())
        return cookies;
    for (const QByteArray &pair : header.split(';')) {
        const QByteArray trimmed = pair.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray name = trimmed.left(equals);
        if (cookies.contains(name))
            return std::nullopt;
        cookies.insert(name, trimmed.mid(equals + 1));
    }
    return cookies;
}

/// True when @p header carries cookie @p name with exactly @p value.
inline bool hasExactCookie(const QByteArray &header, const QByteArray &name,
                           const QByteArray &value) {
    const auto cookies = parseCookieHeader(header);
    return cookies && cookies->contains(name) && cookies->value(name) == value;
}

}  // namespace spacetape::test
