// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace spacetape {

/// How X's web bundle declares the AudioSpaceById operation.
struct OperationDeclaration {
    QString queryId;
    QStringList featureSwitches;
    QStringList fieldToggles;
};

/// One X web page that may carry the webpack chunk map, and whether to send the login with it.
struct DiscoveryPage {
    QUrl url;
    bool withLogin = false;

    bool operator==(const DiscoveryPage &o) const {
        return url == o.url && withLogin == o.withLogin;
    }
};

/**
 * @brief Finds the current AudioSpaceById queryId in X's web bundle (facts §4, §8).
 *
 * Pure text work, so it is testable without a network: the homepage's webpack
 * chunk map names the `modules.audio` chunk and its hash; that chunk's script
 * declares the operation with its feature switches. The same map names the
 * `ondemand.s` chunk that x-client-transaction-id needs.
 */
class BundleDiscovery {
public:
    /// The URL of the modules.audio script named by the homepage @p html.
    static std::optional<QUrl> audioModuleUrl(const QString &html);
    /// The URL of the ondemand.s script named by the homepage @p html.
    static std::optional<QUrl> onDemandUrl(const QString &html);
    /**
     * The content hash of the chunk @p chunkName in a page's webpack chunk map, in any
     * form seen 2024–26: `"name":"hash"`, or `<n>:"name"` in one object and `<n>:"hash"` in
     * the next (`{…}[e]||e)+"."+{…}`, the 2026-04 `({…})[e]||e)+"."+({…})`, keys bare or
     * quoted). Hashes of any case and length. Linear in the page: at most
     * limits::kMaxScanCandidates places naming the chunk are tried, each within
     * limits::kMaxScanWindowChars; @p candidatesExamined (when given) says how many were.
     */
    static std::optional<QString> chunkHash(const QString &html, const QString &chunkName,
                                            int *candidatesExamined = nullptr);
    /// `https://abs.twimg.com/responsive-web/client-web/<chunkName>.<hash>a.js`.
    static QUrl chunkUrl(const QString &chunkName, const QString &hash);
    /// The AudioSpaceById declaration in the script @p js (the first of at most
    /// limits::kMaxScanCandidates whose lists close within limits::kMaxScanWindowChars).
    static std::optional<OperationDeclaration> findAudioSpaceById(const QString &js);

    /**
     * The pages to look for the chunk map in, best first. Since 2026-07 the logged-out
     * `x.com` is an "x-web" shell without it, while the logged-in `/home` keeps it: so
     * `/home` with the login (when @p loggedIn), then the Space's `/i/spaces/<id>/peek`
     * page (when @p spaceId is given), then the bare homepage. With a login, every page
     * is fetched with it.
     */
    static QList<DiscoveryPage> pagesToTry(bool loggedIn, const QString &spaceId = {});
};

}  // namespace spacetape
