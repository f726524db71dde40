// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QDebug;

namespace spacetape {

/**
 * @brief A user's X login: the two browser cookies that authenticate API calls.
 *
 * The values are secrets. Nothing in Spacetape may log them: the QDebug
 * operator below prints only their lengths.
 */
struct XLogin {
    Q_DECLARE_TR_FUNCTIONS(XLogin)

public:
    QString authToken;  ///< the `auth_token` cookie (40 hex characters)
    QString ct0;        ///< the `ct0` cookie, also sent as the x-csrf-token header
    QString handle;     ///< screen name without @, when known (cookies do not tell it)
    QDateTime savedAt;  ///< when the login was stored; null until then

    /// Both cookies are present (not necessarily well formed: see validate()).
    bool isComplete() const { return !authToken.isEmpty() && !ct0.isEmpty(); }
    /// The Cookie header value for X's API: "auth_token=…; ct0=…".
    QString cookieHeader() const;

    /// Checks the shape of both cookies: auth_token is exactly 40 hex characters, ct0 is
    /// 32 to 160 hex characters. The failure names the cookie and what is wrong with it, in
    /// lower case so callers can prefix it (e.g. "Cannot use these cookies: " + message).
    static Expected<void> validate(const XLogin &login);
};

/// Prints e.g. "XLogin(auth_token=<redacted 40 chars>, ct0=<redacted 160 chars>, handle=@x)".
QDebug operator<<(QDebug debug, const XLogin &login);

}  // namespace spacetape
