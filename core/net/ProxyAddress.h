// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QNetworkProxy>
#include <QString>

namespace spacetape {

/// Reads a proxy address "host:port" (optionally "http://" or "socks5://" first, and
/// "user:password@" before the host): the proxy, or a sentence saying what is wrong.
/// Shared by the settings dialog, the desktop app and `spacetape-cli --proxy`.
Expected<QNetworkProxy> parseProxyAddress(const QString &text);

}  // namespace spacetape
