// SPDX-License-Identifier: MIT
#pragma once

#include "auth/XLogin.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace spacetape {

/**
 * @brief Turns cookies the user exported from a browser into an XLogin.
 *
 * Accepts what the common browser extensions and tools write: Netscape
 * cookies.txt (yt-dlp, curl, "Get cookies.txt"), Cookie-Editor / EditThisCookie
 * JSON arrays (and `{"cookies":[…]}` objects), a Cookie request header copied
 * from the browser's developer tools, or the two values typed in.
 *
 * Only x.com and twitter.com cookies count (x.com preferred when both are
 * there). Failures are lower-case phrases naming the file's problem, so callers
 * can prefix them (e.g. "Cannot use cookies.txt: " + message). The resulting
 * login has no handle (cookies do not say it) and no savedAt.
 */
class CookieImport {
    Q_DECLARE_TR_FUNCTIONS(CookieImport)

public:
    CookieImport() = delete;

    /// Netscape cookies.txt: 7 tab-separated fields a line, `#HttpOnly_` lines are cookies.
    static Expected<XLogin> fromNetscapeFile(const QByteArray &text);
    /// Cookie-Editor JSON: an array of {domain, name, value, expirationDate, …} objects.
    static Expected<XLogin> fromCookieEditorJson(const QByteArray &json);
    /// "Cookie: a=b; c=d", with or without the "Cookie:" prefix.
    static Expected<XLogin> fromCookieHeader(const QString &header);
    /// The two values as typed or pasted (surrounding spaces and quotes are ignored).
    static Expected<XLogin> fromValues(const QString &authToken, const QString &ct0);
    /// Detects which of the formats above the content is in, then reads it.
    static Expected<XLogin> fromAnyFile(const QByteArray &content);
};

}  // namespace spacetape
