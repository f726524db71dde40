// SPDX-License-Identifier: MIT
#pragma once

#include "support/CliProcess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace spacetape::test {

/// True when a Secret Service is already running on the session bus. Only a
/// running one counts: activating one could start a daemon that writes into the
/// real home's keyring.
bool secretServiceRunning();

/**
 * @brief The login entry in the real keychain, seen through libsecret's
 * secret-tool, so tests check what the app stored without trusting the app.
 *
 * Works under a keychain service name of its own (SPACETAPE_KEYCHAIN_SERVICE),
 * so test runs never collide with each other or with a user's login.
 */
class KeychainProbe {
public:
    /// Finds secret-tool and picks a fresh service name.
    KeychainProbe();

    /// secret-tool is installed and a Secret Service is running.
    bool available() const { return !m_secretTool.isEmpty() && secretServiceRunning(); }
    /// Picks a fresh service name, e.g. in init(), so no test sees another's entry.
    void renewService();
    QString service() const { return m_service; }
    /// cliEnvironment(@p home), pointed at this service.
    QProcessEnvironment cliEnvironment(const QString &home) const;

    /// Runs secret-tool with @p args and @p input on its stdin.
    ProcessRun secretTool(const QStringList &args, const QByteArray &input = {}) const;
    /// `secret-tool lookup` of the login entry; it prints the payload as base64.
    ProcessRun lookUpLogin() const;
    /// The stored login's JSON payload, or an empty object when there is none.
    QJsonObject storedLogin() const;
    /// Stores @p payload the way QtKeychain stores binary data (base64, type=base64).
    bool storeLogin(const QByteArray &payload) const;
    /// Removes every entry of the service (for cleanup()); a no-op without secret-tool.
    void clear() const;

private:
    QString m_secretTool;
    QString m_service;
};

}  // namespace spacetape::test

/// Skips a keychain test outside tests/run-tests.sh, and fails it inside, where a
/// private unlocked gnome-keyring must be running (so a broken set-up can't pass).
#define SPACETAPE_REQUIRE_KEYCHAIN(available)                                            \
    do {                                                                                 \
        if (!(available)) {                                                              \
            if (qEnvironmentVariableIsSet("SPACETAPE_IN_TEST_SESSION"))                  \
                QFAIL(                                                                   \
                    "run-tests.sh should have started an unlocked gnome-keyring and "    \
                    "secret-tool (libsecret-tools) should be installed, but one is "     \
                    "missing");                                                          \
            QSKIP(                                                                       \
                "No running Secret Service on the session bus (or no secret-tool): run " \
                "this test through tests/run-tests.sh, which starts a private unlocked " \
                "gnome-keyring");                                                        \
        }                                                                                \
    } while (false)
