// SPDX-License-Identifier: MIT
#include "support/KeychainSupport.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

namespace spacetape::test {

bool secretServiceRunning() {
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value();
}

}  // namespace spacetape::test
