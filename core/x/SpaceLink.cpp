// SPDX-License-Identifier: MIT
#include "x/SpaceLink.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace spacetape {

namespace {

const QString kExampleId = QStringLiteral("1YqKDqWqdPLxV");

enum class Problem { None, NotALink, ForeignHost, NotASpacePath, PostLink, BadId, Suspicious };

struct Classified {
    std::optional<QString> id;
    Problem problem = Problem::NotALink;
    QString host;
    QString badId;
};

bool isAsciiAlnum(QChar c) {
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool mixesLettersAndDigits(const QString &token) {
    const bool digit = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
    const bool letter =
        std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); });
    return digit && letter;
}

bool isSpaceHost(const QString &host) {
    static const QSet<QString> hosts = {
        QStringLiteral("x.com"),        QStringLiteral("twitter.com"),
        QStringLiteral("www.x.com"),    QStringLiteral("www.twitter.com"),
        QStringLiteral("mobile.x.com"), QStringLiteral("mobile.twitter.com"),
        QStringLiteral("m.x.com"),      QStringLiteral("m.twitter.com"),
    };
    return hosts.contains(host.toLower());
}

/// Decides whether one link (with or without scheme) is a Space link.
Classified classifyLink(const QString &link) {
    Classified result;
    const QString withScheme =
        link.contains(QLatin1String("://")) ? link : QStringLiteral("https://") + link;
    const QUrl url(withScheme);
    if (!url.isValid() || url.host().isEmpty()) {
        return result;
    }
    result.host = url.host().toLower();
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        result.problem = Problem::Suspicious;
        return result;
    }
    if (!isSpaceHost(result.host)) {
        result.problem = Problem::ForeignHost;
        return result;
    }
    // user@host and odd ports are how look-alike links hide where they really go.
    if (!url.userInfo().isEmpty() || (url.port() != -1 && url.port() != 80 && url.port() != 443)) {
        result.problem = Problem::Suspicious;
        return result;
    }
    static const QRegularExpression spacePath(QStringLiteral("^/i/spaces/([^/]*)(?:/peek)?/*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString path = url.path();
    const QRegularExpressionMatch match = spacePath.match(path);
    if (!match.hasMatch()) {
        static const QRegularExpression postPath(QStringLiteral("/status(?:es)?/\\d+"));
        result.problem =
            postPath.match(path).hasMatch() ? Problem::PostLink : Problem::NotASpacePath;
        return result;
    }
    const QString id = match.captured(1);
    if (!SpaceLink::isValidId(id)) {
        result.problem = Problem::BadId;
        result.badId = id;
        return result;
    }
    result.problem = Problem::None;
    result.id = id;
    return result;
}

/// A host-like token (optionally with scheme, user info, port, path, query,
/// fragment). The look-behind keeps it from starting inside a longer token,
/// so "evil_x.com/…" is never read as "x.com/…". Path characters are the
/// ASCII URL set without brackets and quotes, so prose punctuation and
/// non-Latin text right after a link end it.
const QRegularExpression &linkPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("(?<![A-Za-z0-9_.@/\\-])"
                       "(?:[A-Za-z][A-Za-z0-9+.\\-]{0,15}://(?:[^\\s/@<>\"'“”]+@)?)?"
                       "(?:[A-Za-z0-9\\-]+\\.)+[A-Za-z]{2,}(?![A-Za-z0-9\\-])"
                       "(?::\\d+)?"
                       "(?:[/?#][A-Za-z0-9\\-._~:/?#@!$&*+,;=%]*)?"));
    return pattern;
}

/// A standalone 13-character token that starts with '1' (see the class comment).
const QRegularExpression &bareIdPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("(?<![A-Za-z0-9_.@#/\\-])1[A-Za-z0-9]{12}(?![A-Za-z0-9_@\\-])"));
    return pattern;
}

QString stripTrailingPunctuation(QString token) {
    while (!token.isEmpty() && QStringLiteral(".,;:!?*'").contains(token.back())) {
        token.chop(1);
    }
    return token;
}

struct Found {
    qsizetype position;
    QString id;
};

}  // namespace

bool SpaceLink::isValidId(const QString &id) {
    return id.size() == 13 && std::all_of(id.begin(), id.end(), isAsciiAlnum);
}

QUrl SpaceLink::canonicalUrl(const QString &id) {
    if (!isValidId(id)) {
        return QUrl();
    }
    return QUrl(QStringLiteral("https://x.com/i/spaces/") + id);
}

LinkScan SpaceLink::scan(const QString &pastedText) {
    QList<Found> found;
    QList<QPair<qsizetype, qsizetype>> linkSpans;
    LinkScan scan;

    QRegularExpressionMatchIterator links = linkPattern().globalMatch(pastedText);
    while (links.hasNext()) {
        const QRegularExpressionMatch match = links.next();
        linkSpans.append({match.capturedStart(), match.capturedEnd()});
        const QString token = stripTrailingPunctuation(match.captured());
        const Classified verdict = classifyLink(token);
        if (verdict.id) {
            found.append({match.capturedStart(), *verdict.id});
            continue;
        }
        // Plain host names ("example.com", "Node.js") in prose are not links anyone pasted.
        const bool linkLike = token.contains(QLatin1String("://")) || token.contains('/') ||
                              token.contains('?') ||
                              token.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
        if (linkLike && !scan.rejected.contains(token)) {
            scan.rejected.append(token);
        }
    }

    QRegularExpressionMatchIterator bare = bareIdPattern().globalMatch(pastedText);
    while (bare.hasNext()) {
        const QRegularExpressionMatch match = bare.next();
        const bool insideLink =
            std::any_of(linkSpans.begin(), linkSpans.end(), [&](const auto &span) {
                return match.capturedStart() >= span.first && match.capturedStart() < span.second;
            });
        if (!insideLink && mixesLettersAndDigits(match.captured())) {
            found.append({match.capturedStart(), match.captured()});
        }
    }

    std::stable_sort(found.begin(), found.end(),
                     [](const Found &a, const Found &b) { return a.position < b.position; });
    for (const Found &item : found) {
        if (!scan.ids.contains(item.id)) {
            scan.ids.append(item.id);
        }
    }
    return scan;
}

std::optional<QString> SpaceLink::parseId(const QString &text) {
    const QString trimmed = text.trimmed();
    if (isValidId(trimmed) && mixesLettersAndDigits(trimmed)) {
        return trimmed;
    }
    const LinkScan found = scan(trimmed);
    if (found.ids.isEmpty()) {
        return std::nullopt;
    }
    return found.ids.first();
}

QString SpaceLink::rejectionMessage(const QString &input) {
    QString shown = input.simplified();
    if (shown.size() > 80) {
        shown = shown.left(79) + QStringLiteral("…");
    }
    const QString looksLike = tr("A Space link looks like https://x.com/i/spaces/%1 (the "
                                 "13-character ID alone, such as %1, also works).")
                                  .arg(kExampleId);

    // Only a link-like token earns a specific hint; plain words get the general one.
    // One pass of arg() for all values: the input must not be read for placeholders.
    const LinkScan found = scan(input);
    if (found.rejected.isEmpty()) {
        return tr("not a Space link: “%1”. %2").arg(shown, looksLike);
    }
    const Classified verdict = classifyLink(found.rejected.first());
    switch (verdict.problem) {
        case Problem::PostLink:
            return tr("not a Space link: “%1”. This links to a post, not to a Space: open the "
                      "post and copy the Space's own link (…/i/spaces/…). %2")
                .arg(shown, looksLike);
        case Problem::BadId:
            return tr("not a Space link: “%1”. A Space ID has exactly 13 letters and digits; "
                      "this one has %2. Check that the whole link was copied. %3")
                .arg(shown, QString::number(verdict.badId.size()), looksLike);
        case Problem::ForeignHost:
            return tr("not a Space link: “%1”. Only x.com and twitter.com links are accepted; "
                      "this one points to %2. %3")
                .arg(shown, verdict.host, looksLike);
        case Problem::Suspicious:
            return tr("not a Space link: “%1”. The link hides its destination (user name, port "
                      "or unusual scheme), so it is not trusted. %2")
                .arg(shown, looksLike);
        case Problem::None:
        case Problem::NotALink:
        case Problem::NotASpacePath:
            break;
    }
    return tr("not a Space link: “%1”. %2").arg(shown, looksLike);
}

}  // namespace spacetape
