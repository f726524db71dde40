// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkProxy>
#include <QString>

namespace spacetape {

/// Checks a proxy address "host:port" (optionally "http://" or "socks5://" first, and
/// "user:password@" before the host); empty when fine, else a sentence saying what is wrong.
/// Shared by the settings dialog and `spacetape-cli --proxy`.
QString validateManualProxy(const QString &text);
/// The proxy a valid address names (HTTP unless the text starts with "socks5://").
QNetworkProxy manualProxyFromText(const QString &text);

}  // namespace spacetape
