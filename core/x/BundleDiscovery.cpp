// SPDX-License-Identifier: MIT
#include "x/BundleDiscovery.h"

#include <QRegularExpression>

namespace spacetape {

namespace {
QStringList quotedStrings(const QString &list) {
    QStringList out;
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    auto it = quoted.globalMatch(list);
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

// A content hash as webpack writes it: X has used lower-case hex of 7–8 characters, but
// nothing guarantees case or length. Never a dot or a slash, which chunk names have.
const QString kHash = QStringLiteral("([A-Za-z0-9_-]+)");
const QString kQuote = QStringLiteral("[\"']");

/// The value of key @p id (bare or quoted) in @p text from @p from on, when it looks like a hash.
std::optional<QString> hashForId(const QString &text, const QString &id, qsizetype from = 0,
                                 qsizetype to = -1) {
    const QRegularExpression entry(QStringLiteral("[{,]\\s*%1?%2%1?\\s*:\\s*%1%3%1")
                                       .arg(kQuote, QRegularExpression::escape(id), kHash));
    const QString scope = to < 0 ? text.mid(from) : text.mid(from, to - from);
    const auto match = entry.match(scope);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}
}  // namespace

std::optional<QString> BundleDiscovery::chunkHash(const QString &html, const QString &chunkName) {
    const QString name = QRegularExpression::escape(chunkName);

    // `"modules.audio":"a1b2c3d"`: one map from name to hash.
    const QRegularExpression direct(
        QStringLiteral("%1%2%1\\s*:\\s*%1%3%1").arg(kQuote, name, kHash));
    if (const auto match = direct.match(html); match.hasMatch())
        return match.captured(1);

    // Otherwise a numeric chunk id pairs the name in one object with the hash in another.
    const QRegularExpression named(
        QStringLiteral("[{,]\\s*%1?(\\d+)%1?\\s*:\\s*%1%2%1").arg(kQuote, name));
    // The hash object follows `[e]||e)+"."+` (2024–25: `+{…}`, 2026-04: `+({…})`).
    static const QRegularExpression separator(
        QStringLiteral("\\[\\s*\\w+\\s*\\]\\s*\\|\\|\\s*\\w+\\s*\\)\\s*\\+\\s*[\"']\\.[\"']\\s*\\+"
                       "\\s*\\(?\\s*\\{"));
    auto names = named.globalMatch(html);
    while (names.hasNext()) {
        const auto nameMatch = names.next();
        const QString id = nameMatch.captured(1);
        const auto sep = separator.match(html, nameMatch.capturedEnd());
        if (sep.hasMatch()) {
            // Only inside that object, so a later map (CSS chunks, say) cannot answer.
            const qsizetype open = sep.capturedEnd() - 1;
            const qsizetype close = html.indexOf(QLatin1Char('}'), open);
            if (auto hash = hashForId(html, id, open, close < 0 ? -1 : close + 1))
                return hash;
        }
        // SpaceWatcher-Go's reading (2026-03): the next `<n>:"<hash>"` after the name.
        if (auto hash = hashForId(html, id, nameMatch.capturedEnd()))
            return hash;
    }
    return std::nullopt;
}

QUrl BundleDiscovery::chunkUrl(const QString &chunkName, const QString &hash) {
    return QUrl(QStringLiteral("https://abs.twimg.com/responsive-web/client-web/%1.%2a.js")
                    .arg(chunkName, hash));
}

std::optional<QUrl> BundleDiscovery::audioModuleUrl(const QString &html) {
    const QString name = QStringLiteral("modules.audio");
    if (const auto hash = chunkHash(html, name))
        return chunkUrl(name, *hash);
    return std::nullopt;
}

std::optional<QUrl> BundleDiscovery::onDemandUrl(const QString &html) {
    const QString name = QStringLiteral("ondemand.s");
    if (const auto hash = chunkHash(html, name))
        return chunkUrl(name, *hash);
    return std::nullopt;
}

std::optional<OperationDeclaration> BundleDiscovery::findAudioSpaceById(const QString &js) {
    static const QRegularExpression declaration(QStringLiteral(
        "queryId\\s*:\\s*\"([A-Za-z0-9_-]+)\"\\s*,\\s*operationName\\s*:\\s*\"AudioSpaceById\""
        "\\s*,\\s*operationType\\s*:\\s*\"query\"\\s*,\\s*metadata\\s*:\\s*\\{\\s*"
        "featureSwitches\\s*:\\s*\\[([^\\]]*)\\]\\s*(?:,\\s*fieldToggles\\s*:\\s*\\[([^\\]]*)\\])"
        "?"));
    const auto match = declaration.match(js);
    if (!match.hasMatch())
        return std::nullopt;
    return OperationDeclaration{match.captured(1), quotedStrings(match.captured(2)),
                                quotedStrings(match.captured(3))};
}

QList<DiscoveryPage> BundleDiscovery::pagesToTry(bool loggedIn, const QString &spaceId) {
    QList<DiscoveryPage> pages;
    if (loggedIn)
        pages.append({QUrl(QStringLiteral("https://x.com/home")), true});
    // The Space's own public page is served by the full web app even to visitors.
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9]{13}$"));
    if (validId.match(spaceId).hasMatch())
        pages.append(
            {QUrl(QStringLiteral("https://x.com/i/spaces/%1/peek").arg(spaceId)), loggedIn});
    pages.append({QUrl(QStringLiteral("https://x.com/")), loggedIn});
    return pages;
}

}  // namespace spacetape
