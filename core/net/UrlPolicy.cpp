// SPDX-License-Identifier: MIT
#include "net/UrlPolicy.h"

#include "util/SafeText.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace spacetape::urlpolicy {

namespace {
bool isOrUnder(const QString &host, QLatin1String domain) {
    return host == domain ||
           (host.endsWith(domain) && host.at(host.size() - domain.size() - 1) == QLatin1Char('.'));
}
}  // namespace

bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isWebUrl(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

Expected<void> mayFollow(const QUrl &playlistUrl, const QUrl &resolved, UriKind kind) {
    if (isWebUrl(resolved))
        return {};
    if (playlistUrl.isLocalFile() && resolved.isLocalFile())
        return {};
    const QString address = printable(resolved.toDisplayString(), 120);
    switch (kind) {
        case UriKind::Variant:
            return fail(QCoreApplication::translate(
                            "UrlPolicy",
                            "The playlist names a variant at “%1”, which is not an http(s) "
                            "address; a playlist from the network may only name web "
                            "addresses, so it is refused.")
                            .arg(address));
        case UriKind::Chunk:
            return fail(QCoreApplication::translate(
                            "UrlPolicy",
                            "The playlist names a chunk at “%1”, which is not an http(s) "
                            "address; a playlist from the network may only name web "
                            "addresses, so it is refused.")
                            .arg(address));
        case UriKind::Key:
            break;
    }
    return fail(
        QCoreApplication::translate("UrlPolicy",
                                    "The playlist names a key at “%1”, which is not an http(s) "
                                    "address; a playlist from the network may only name web "
                                    "addresses, so it is refused.")
            .arg(address));
}

bool isXOrPeriscopeHost(const QString &rawHost) {
    const QString host = rawHost.toLower();
    if (host.isEmpty())
        return false;
    if (isOrUnder(host, QLatin1String("video.pscp.tv")) ||
        isOrUnder(host, QLatin1String("video.periscope.tv")))
        return false;  // the audio CDN
    return isOrUnder(host, QLatin1String("x.com")) ||
           isOrUnder(host, QLatin1String("twitter.com")) ||
           isOrUnder(host, QLatin1String("periscope.tv")) ||
           isOrUnder(host, QLatin1String("pscp.tv"));
}

bool keyMayCarryLogin(const QString &namedUri) {
    const QUrl url(namedUri, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() &&
           url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
           url.userInfo().isEmpty() && isXOrPeriscopeHost(url.host());
}

bool isAllowedChatEndpoint(const QUrl &endpoint) {
    if (!isWebUrl(endpoint) || !endpoint.userInfo().isEmpty())
        return false;
    if (endpoint.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return true;
    const QString host = endpoint.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedImageUrl(const QUrl &url) {
    return isWebUrl(url);
}

}  // namespace spacetape::urlpolicy
