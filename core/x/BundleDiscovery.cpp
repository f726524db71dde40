// SPDX-License-Identifier: MIT
#include "x/BundleDiscovery.h"

#include "util/Limits.h"

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

/// The value of key @p id (bare or quoted) in @p text, when it looks like a hash.
std::optional<QString> hashForId(QStringView text, const QString &id) {
    const QRegularExpression entry(QStringLiteral("[{,]\\s*%1?%2%1?\\s*:\\s*%1%3%1")
                                       .arg(kQuote, QRegularExpression::escape(id), kHash));
    const auto match = entry.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}
}  // namespace

std::optional<QString> BundleDiscovery::chunkHash(const QString &html, const QString &chunkName,
                                                  int *candidatesExamined) {
    if (candidatesExamined)
        *candidatesExamined = 0;
    const QString name = QRegularExpression::escape(chunkName);

    // `"modules.audio":"a1b2c3d"`: one map from name to hash.
    const QRegularExpression direct(
        QStringLiteral("%1%2%1\\s*:\\s*%1%3%1").arg(kQuote, name, kHash));
    if (const auto match = direct.match(html); match.hasMatch())
        return match.captured(1);

    // Otherwise a numeric chunk id pairs the name in one object with the hash in another.
    const QRegularExpression named(
        QStringLiteral("[{,]\\s*%1?(\\d+)%1?\\s*:\\s*%1%2%1").arg(kQuote, name));
    // The hash object follows `[e]||e)+"."+` (2024–25: `+{…}`, 2026-04: `+({…})`). Never
    // `\\s*\\(?\\s*`: two runs of spaces around an optional character backtrack
    // quadratically over a page of spaces (100 s for 256 K of them).
    static const QRegularExpression separator(
        QStringLiteral("\\[\\s*\\w+\\s*\\]\\s*\\|\\|\\s*\\w+\\s*\\)\\s*\\+\\s*[\"']\\.[\"']\\s*\\+"
                       "\\s*(?:\\(\\s*)?\\{"));
    // Each candidate looks only at a bounded window after it, and only so many candidates
    // are tried: a hostile page repeating the name cannot make the scan quadratic.
    auto names = named.globalMatch(html);
    for (int examined = 1; examined <= limits::kMaxScanCandidates && names.hasNext(); ++examined) {
        if (candidatesExamined)
            *candidatesExamined = examined;
        const auto nameMatch = names.next();
        const QString id = nameMatch.captured(1);
        const QStringView window =
            QStringView(html).mid(nameMatch.capturedEnd(), limits::kMaxScanWindowChars);
        const auto sep = separator.match(window);
        if (sep.hasMatch()) {
            // Only inside that object, so a later map (CSS chunks, say) cannot answer.
            const qsizetype open = sep.capturedEnd() - 1;
            const qsizetype close = window.indexOf(QLatin1Char('}'), open);
            const QStringView object =
                close < 0 ? window.mid(open) : window.mid(open, close + 1 - open);
            if (auto hash = hashForId(object, id))
                return hash;
        }
        // SpaceWatcher-Go's reading (2026-03): the next `<n>:"<hash>"` after the name.
        if (auto hash = hashForId(window, id))
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
    // The head names the operation; the lists after it are read from a bounded window only,
    // so a script repeating the head without a closing `]` is not scanned to its end each time.
    static const QRegularExpression head(QStringLiteral(
        "queryId\\s*:\\s*\"([A-Za-z0-9_-]+)\"\\s*,\\s*operationName\\s*:\\s*\"AudioSpaceById\""
        "\\s*,\\s*operationType\\s*:\\s*\"query\"\\s*,\\s*metadata\\s*:\\s*\\{\\s*"
        "featureSwitches\\s*:\\s*\\["));
    static const QRegularExpression lists(
        QStringLiteral("([^\\]]*)\\]\\s*(?:,\\s*fieldToggles\\s*:\\s*\\[([^\\]]*)\\])?"));
    auto heads = head.globalMatch(js);
    for (int examined = 0; examined < limits::kMaxScanCandidates && heads.hasNext(); ++examined) {
        const auto headMatch = heads.next();
        const QStringView window =
            QStringView(js).mid(headMatch.capturedEnd(), limits::kMaxScanWindowChars);
        const auto match = lists.match(window, 0, QRegularExpression::NormalMatch,
                                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            continue;
        return OperationDeclaration{headMatch.captured(1), quotedStrings(match.captured(1)),
                                    quotedStrings(match.captured(2))};
    }
    return std::nullopt;
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
