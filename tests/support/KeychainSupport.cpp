// SPDX-License-Identifier: MIT
#include "support/KeychainSupport.h"

#include "auth/CredentialStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

namespace spacetape::test {

bool secretServiceRunning() {
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value();
}

KeychainProbe::KeychainProbe()
    : m_secretTool(QStandardPaths::findExecutable(QStringLiteral("secret-tool"))) {
    renewService();
}

void KeychainProbe::renewService() {
    m_service =
        QStringLiteral("spacetape-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QProcessEnvironment KeychainProbe::cliEnvironment(const QString &home) const {
    QProcessEnvironment env = test::cliEnvironment(home);
    env.insert(QStringLiteral("SPACETAPE_KEYCHAIN_SERVICE"), m_service);
    return env;
}

ProcessRun KeychainProbe::secretTool(const QStringList &args, const QByteArray &input) const {
    return runProcess(m_secretTool, args, QProcessEnvironment::systemEnvironment(), input);
}

ProcessRun KeychainProbe::lookUpLogin() const {
    // QtKeychain's attributes: server = service, user = key.
    return secretTool({QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                       QStringLiteral("user"), CredentialStore::entryKey()});
}

QJsonObject KeychainProbe::storedLogin() const {
    const ProcessRun run = lookUpLogin();
    if (!run.finished || run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(run.out.trimmed())).object();
}

bool KeychainProbe::storeLogin(const QByteArray &payload) const {
    const ProcessRun run =
        secretTool({QStringLiteral("store"), QStringLiteral("--label=%1").arg(m_service),
                    QStringLiteral("server"), m_service, QStringLiteral("user"),
                    CredentialStore::entryKey(), QStringLiteral("type"), QStringLiteral("base64")},
                   payload.toBase64());
    return run.finished && run.exitCode == 0;
}

void KeychainProbe::clear() const {
    if (!m_secretTool.isEmpty())
        secretTool({QStringLiteral("clear"), QStringLiteral("server"), m_service});
}

}  // namespace spacetape::test
