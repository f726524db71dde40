// SPDX-License-Identifier: MIT
#include "net/ProxyAddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace spacetape {

namespace {
QUrl proxyUrl(const QString &trimmed) {
    return QUrl::fromUserInput(
        trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed);
}
}  // namespace

Expected<QNetworkProxy> parseProxyAddress(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate(
            "ProxyAddress", "Enter the proxy as host:port, e.g. proxy.example.org:3128."));
    const QUrl url = proxyUrl(trimmed);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("socks5"))
        return fail(QCoreApplication::translate(
            "ProxyAddress", "Only http:// and socks5:// proxies are supported."));
    if (!url.isValid() || url.host().isEmpty())
        return fail(
            QCoreApplication::translate("ProxyAddress", "“%1” is not a host:port proxy address.")
                .arg(trimmed));
    if (url.port() < 1)
        return fail(
            QCoreApplication::translate(
                "ProxyAddress", "The proxy needs a port: write it as host:port, e.g. %1:3128.")
                .arg(url.host()));
    const auto type =
        scheme == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
}

}  // namespace spacetape
