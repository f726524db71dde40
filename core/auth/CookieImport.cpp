// SPDX-License-Identifier: MIT
#include "auth/CookieImport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace spacetape {

namespace {

const QString kAuthToken = QStringLiteral("auth_token");
const QString kCt0 = QStringLiteral("ct0");
const QString kXSite = QStringLiteral("x.com");
const QString kTwitterSite = QStringLiteral("twitter.com");

/// What to do about a file without a usable login (translated when used, not at start-up).
QString exportAgain() {
    return CookieImport::tr("log in to x.com in your browser, then export its cookies again");
}

struct FoundCookie {
    QString domain;  ///< as the file wrote it, e.g. ".x.com"
    QString name;
    QString value;
    QDateTime expires;  ///< null for session cookies
};

/// "x.com" or "twitter.com" for cookies X reads; empty for every other site.
QString siteOf(const QString &domain) {
    QString host = domain.trimmed().toLower();
    while (host.startsWith(QLatin1Char('.'))) {
        host.remove(0, 1);
    }
    for (const QString &site : {kXSite, kTwitterSite}) {
        if (host == site || host.endsWith(QLatin1Char('.') + site)) {
            return site;
        }
    }
    return {};
}

/// Pasted values often keep the quotes or the "name=" the browser showed around them.
QString cleanValue(QString value, const QString &name = {}) {
    value = value.trimmed();
    if (!name.isEmpty() && value.startsWith(name + QLatin1Char('='))) {
        value.remove(0, name.size() + 1);
        value = value.trimmed();
    }
    if (value.size() >= 2 &&
        ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) ||
         (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        value = value.mid(1, value.size() - 2).trimmed();
    }
    return value;
}

QDateTime expiryFromSeconds(double seconds) {
    // 0 and negative values (-1 in Playwright files) mark session cookies.
    if (!std::isfinite(seconds) || seconds <= 0) {
        return {};
    }
    // Beyond year 9999 a date means "never expires"; converting more would overflow.
    constexpr double kLastSecond = 253402300799.0;
    return QDateTime::fromSecsSinceEpoch(
        static_cast<qint64>(std::llround(std::min(seconds, kLastSecond))), Qt::UTC);
}

/// The first unexpired cookie of that name, else the first expired one.
std::optional<FoundCookie> pick(const QList<FoundCookie> &cookies, const QString &name,
                                const QDateTime &now) {
    std::optional<FoundCookie> expired;
    for (const FoundCookie &cookie : cookies) {
        if (cookie.name != name) {
            continue;
        }
        if (!cookie.expires.isValid() || cookie.expires > now) {
            return cookie;
        }
        if (!expired) {
            expired = cookie;
        }
    }
    return expired;
}

Expected<XLogin> loginFrom(const FoundCookie &authToken, const FoundCookie &ct0,
                           const QDateTime &now) {
    for (const FoundCookie *cookie : {&authToken, &ct0}) {
        if (cookie->expires.isValid() && cookie->expires <= now) {
            return fail(
                CookieImport::tr("the %1 cookie in this file expired on %2: %3")
                    .arg(cookie->name, cookie->expires.toString(Qt::ISODate), exportAgain()));
        }
    }
    XLogin login;
    login.authToken = cleanValue(authToken.value);
    login.ct0 = cleanValue(ct0.value);
    if (const auto valid = XLogin::validate(login); !valid) {
        return fail(valid.error());
    }
    return login;
}

/// Chooses X's two cookies among everything a browser export holds.
Expected<XLogin> loginFromCookies(const QList<FoundCookie> &cookies) {
    if (cookies.isEmpty()) {
        return fail(CookieImport::tr("this file contains no cookies: %1").arg(exportAgain()));
    }
    QList<FoundCookie> bySite[2];  // [0] x.com, [1] twitter.com
    QString otherDomain;
    for (const FoundCookie &cookie : cookies) {
        const QString site = siteOf(cookie.domain);
        if (site == kXSite) {
            bySite[0].append(cookie);
        } else if (site == kTwitterSite) {
            bySite[1].append(cookie);
        } else if (otherDomain.isEmpty()) {
            otherDomain = cookie.domain.trimmed();
        }
    }
    if (bySite[0].isEmpty() && bySite[1].isEmpty()) {
        return fail(CookieImport::tr("this file has cookies only for other sites (e.g. %1): open "
                                     "x.com in your browser, log in, and export the cookies from "
                                     "that tab")
                        .arg(otherDomain.isEmpty() ? CookieImport::tr("no domain") : otherDomain));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Never mix the two sites: a twitter.com ct0 is not the x.com session's token.
    for (const QList<FoundCookie> &siteCookies : bySite) {
        const auto authToken = pick(siteCookies, kAuthToken, now);
        const auto ct0 = pick(siteCookies, kCt0, now);
        if (authToken && ct0) {
            return loginFrom(*authToken, *ct0, now);
        }
    }
    const bool useX = !bySite[0].isEmpty();
    const QList<FoundCookie> &siteCookies = useX ? bySite[0] : bySite[1];
    const QString missing = pick(siteCookies, kAuthToken, now) ? kCt0 : kAuthToken;
    return fail(CookieImport::tr("this file has no %1 cookie for %2: %3")
                    .arg(missing, useX ? kXSite : kTwitterSite, exportAgain()));
}

QByteArray withoutBom(const QByteArray &text) {
    return text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
}

QStringList linesOf(const QByteArray &text) {
    QStringList lines = QString::fromUtf8(withoutBom(text)).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
    }
    return lines;
}

/// A cookie line's fields; also accepts spaces where an editor replaced the tabs.
/// An empty list for comments and blank lines.
QStringList netscapeFields(QString line) {
    static const QString kHttpOnly = QStringLiteral("#HttpOnly_");
    if (line.startsWith(kHttpOnly)) {
        line.remove(0, kHttpOnly.size());
    } else if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty()) {
        return {};
    }
    QStringList fields = line.split(QLatin1Char('\t'));
    if (fields.size() < 6) {
        static const QRegularExpression kSpaces(QStringLiteral("\\s+"));
        fields = line.trimmed().split(kSpaces);
    }
    return fields;
}

bool isNetscapeCookieLine(const QStringList &fields) {
    if (fields.size() != 6 && fields.size() != 7) {
        return false;
    }
    const QString flag = fields.at(1).trimmed().toUpper();
    return flag == QLatin1String("TRUE") || flag == QLatin1String("FALSE");
}

}  // namespace

Expected<XLogin> CookieImport::fromNetscapeFile(const QByteArray &text) {
    QList<FoundCookie> cookies;
    int lineNumber = 0;
    for (const QString &line : linesOf(text)) {
        ++lineNumber;
        const QStringList fields = netscapeFields(line);
        if (fields.isEmpty()) {
            continue;
        }
        if (!isNetscapeCookieLine(fields)) {
            return fail(tr("this is not a cookies.txt file: line %1 has %2 fields "
                           "where 7 tab-separated fields are expected")
                            .arg(lineNumber)
                            .arg(fields.size()));
        }
        FoundCookie cookie;
        cookie.domain = fields.at(0).trimmed();
        cookie.name = fields.at(5).trimmed();
        // Some exporters drop the tab before an empty value.
        cookie.value = fields.size() > 6 ? fields.at(6) : QString();
        cookie.expires = expiryFromSeconds(fields.at(4).trimmed().toDouble());
        cookies.append(cookie);
    }
    return loginFromCookies(cookies);
}

Expected<XLogin> CookieImport::fromCookieEditorJson(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(withoutBom(json), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("this file looks like JSON but cannot be read (%1 at byte %2): "
                       "export the cookies again")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    // Cookie-Editor and EditThisCookie write an array; Playwright-style
    // storage files wrap it in {"cookies": […]}.
    const QJsonArray array = document.isArray()
                                 ? document.array()
                                 : document.object().value(QLatin1String("cookies")).toArray();
    if (array.isEmpty() &&
        !(document.isArray() || document.object().value(QLatin1String("cookies")).isArray())) {
        return fail(
            tr("not a cookies.txt or Cookie-Editor JSON file: this JSON has "
               "no list of cookies"));
    }
    QList<FoundCookie> cookies;
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        if (!object.contains(QLatin1String("name")) || !object.contains(QLatin1String("value"))) {
            return fail(
                tr("not a cookies.txt or Cookie-Editor JSON file: an entry "
                   "has no \"name\" and \"value\""));
        }
        FoundCookie cookie;
        cookie.name = object.value(QLatin1String("name")).toString().trimmed();
        cookie.value = object.value(QLatin1String("value")).toString();
        // A hand-written list without domains can only be meant for X.
        cookie.domain = object.value(QLatin1String("domain")).toString(kXSite);
        const QJsonValue expiry = object.contains(QLatin1String("expirationDate"))
                                      ? object.value(QLatin1String("expirationDate"))
                                      : object.value(QLatin1String("expires"));
        if (!object.value(QLatin1String("session")).toBool()) {
            cookie.expires = expiryFromSeconds(expiry.toDouble());
        }
        cookies.append(cookie);
    }
    return loginFromCookies(cookies);
}

Expected<XLogin> CookieImport::fromCookieHeader(const QString &header) {
    QString text = header.trimmed();
    static const QString kPrefix = QStringLiteral("cookie:");
    if (text.startsWith(kPrefix, Qt::CaseInsensitive)) {
        text.remove(0, kPrefix.size());
    }
    QString authToken, ct0;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            continue;
        }
        const QString name = part.left(equals).trimmed();
        if (name == kAuthToken) {
            authToken = part.mid(equals + 1);
        } else if (name == kCt0) {
            ct0 = part.mid(equals + 1);
        }
    }
    if (authToken.isEmpty() || ct0.isEmpty()) {
        return fail(tr("this Cookie header has no %1 cookie: copy the whole Cookie "
                       "header of a request to x.com made while logged in")
                        .arg(authToken.isEmpty() ? kAuthToken : kCt0));
    }
    return fromValues(authToken, ct0);
}

Expected<XLogin> CookieImport::fromValues(const QString &authToken, const QString &ct0) {
    XLogin login;
    login.authToken = cleanValue(authToken, kAuthToken);
    login.ct0 = cleanValue(ct0, kCt0);
    if (const auto valid = XLogin::validate(login); !valid) {
        return fail(valid.error());
    }
    return login;
}

Expected<XLogin> CookieImport::fromAnyFile(const QByteArray &content) {
    const QByteArray text = withoutBom(content).trimmed();
    if (text.isEmpty()) {
        return fail(tr("the file is empty: export the cookies of x.com again"));
    }
    if (text.startsWith('[') || text.startsWith('{')) {
        return fromCookieEditorJson(text);
    }
    const QStringList lines = linesOf(text);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("# Netscape HTTP Cookie File")) ||
            line.startsWith(QLatin1String("# HTTP Cookie File")) ||
            isNetscapeCookieLine(netscapeFields(line))) {
            return fromNetscapeFile(text);
        }
    }
    if (lines.size() == 1 && text.contains("auth_token=")) {
        return fromCookieHeader(QString::fromUtf8(text));
    }
    return fail(
        tr("not a cookies.txt or Cookie-Editor JSON file: export the "
           "cookies of x.com with a browser extension such as \"Get "
           "cookies.txt LOCALLY\" or \"Cookie-Editor\""));
}

}  // namespace spacetape
