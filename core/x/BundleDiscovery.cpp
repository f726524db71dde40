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
}  // namespace

std::optional<QUrl> BundleDiscovery::audioModuleUrl(const QString &html) {
    // The chunk map pairs a numeric chunk id with its name in one object and
    // with its content hash in another: `123:"modules.audio"` … `123:"a1b2c3d"`.
    static const QRegularExpression name(
        QStringLiteral("[{,]\\s*(\\d+)\\s*:\\s*\"modules\\.audio\""));
    const auto nameMatch = name.match(html);
    if (!nameMatch.hasMatch())
        return std::nullopt;
    const QString chunkId = nameMatch.captured(1);
    const QRegularExpression hash(QStringLiteral("[{,]\\s*%1\\s*:\\s*\"([0-9a-f]{6,})\"")
                                      .arg(QRegularExpression::escape(chunkId)));
    const auto hashMatch = hash.match(html);
    if (!hashMatch.hasMatch())
        return std::nullopt;
    return QUrl(
        QStringLiteral("https://abs.twimg.com/responsive-web/client-web/modules.audio.%1a.js")
            .arg(hashMatch.captured(1)));
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

}  // namespace spacetape
