// SPDX-License-Identifier: MIT
#include "auth/XLogin.h"

#include <QDebug>

namespace spacetape {

namespace {

constexpr int kAuthTokenLength = 40;
// 32 is the old ct0; logged-in sessions since 2020 carry 160.
constexpr int kCt0MinLength = 32;
constexpr int kCt0MaxLength = 160;

bool isHexDigit(QChar c) {
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

/// The first character that is not a hex digit, or a null QChar.
QChar firstNonHex(const QString &value) {
    for (const QChar c : value) {
        if (!isHexDigit(c)) {
            return c;
        }
    }
    return {};
}

QString describeChar(QChar c) {
    if (c.isSpace()) {
        return XLogin::tr("a space");
    }
    if (!c.isPrint()) {
        // Only the code is upper-cased: the words around it may be in any language.
        return XLogin::tr("an invisible character (U+%1)")
            .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
    }
    return XLogin::tr("'%1'").arg(c);
}

QString redacted(const QString &secret) {
    if (secret.isEmpty()) {
        return QStringLiteral("<empty>");
    }
    return QStringLiteral("<redacted %1 chars>").arg(secret.size());
}

}  // namespace

QString XLogin::cookieHeader() const {
    return QStringLiteral("auth_token=%1; ct0=%2").arg(authToken, ct0);
}

Expected<void> XLogin::validate(const XLogin &login) {
    // The problem, then where to get a good value.
    const auto refuse = [](const QString &problem) {
        return fail(tr("%1 (copy it again from your browser's cookies for x.com, while logged in)")
                        .arg(problem));
    };
    if (login.authToken.isEmpty()) {
        return refuse(tr("the auth_token cookie is missing"));
    }
    if (login.authToken.size() != kAuthTokenLength) {
        return refuse(tr("the auth_token cookie must be %1 hexadecimal characters; "
                         "this one has %2")
                          .arg(kAuthTokenLength)
                          .arg(login.authToken.size()));
    }
    if (const QChar bad = firstNonHex(login.authToken); !bad.isNull()) {
        return refuse(tr("the auth_token cookie must be %1 hexadecimal characters; "
                         "this one contains %2")
                          .arg(kAuthTokenLength)
                          .arg(describeChar(bad)));
    }
    if (login.ct0.isEmpty()) {
        return refuse(tr("the ct0 cookie is missing"));
    }
    if (login.ct0.size() < kCt0MinLength || login.ct0.size() > kCt0MaxLength) {
        return refuse(tr("the ct0 cookie must be %1 to %2 hexadecimal characters; "
                         "this one has %3")
                          .arg(kCt0MinLength)
                          .arg(kCt0MaxLength)
                          .arg(login.ct0.size()));
    }
    if (const QChar bad = firstNonHex(login.ct0); !bad.isNull()) {
        return refuse(tr("the ct0 cookie must be %1 to %2 hexadecimal characters; "
                         "this one contains %3")
                          .arg(kCt0MinLength)
                          .arg(kCt0MaxLength)
                          .arg(describeChar(bad)));
    }
    return {};
}

QDebug operator<<(QDebug debug, const XLogin &login) {
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "XLogin(auth_token=" << redacted(login.authToken)
                              << ", ct0=" << redacted(login.ct0) << ", handle="
                              << (login.handle.isEmpty() ? QStringLiteral("<unknown>")
                                                         : QLatin1Char('@') + login.handle)
                              << ", savedAt="
                              << (login.savedAt.isValid()
                                      ? login.savedAt.toUTC().toString(Qt::ISODate)
                                      : QStringLiteral("<never>"))
                              << ')';
    return debug;
}

}  // namespace spacetape
