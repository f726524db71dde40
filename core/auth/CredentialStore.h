// SPDX-License-Identifier: MIT
#pragma once

#include "auth/XLogin.h"
#include "util/Expected.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace spacetape {

/**
 * @brief The user's X login in the OS keychain (QtKeychain), and nowhere else.
 *
 * One entry per app holds auth_token, ct0, the @handle when known and the date
 * saved. There is no plaintext fallback: without a keychain the app works in
 * guest mode or with per-run cookies, and says why. Every call is asynchronous
 * (a keychain may prompt the user); errors say what happened and what to do.
 */
class CredentialStore : public QObject {
    Q_OBJECT
public:
    /// @p service names the keychain entry's owner; empty: defaultService().
    explicit CredentialStore(QString service = {}, QObject *parent = nullptr);

    /// "Spacetape", or what setDefaultService() chose.
    static QString defaultService();
    /// Stores made afterwards without a service use @p service (empty: "Spacetape"). The app
    /// sets it from SPACETAPE_KEYCHAIN_SERVICE, so tests never touch a real login.
    static void setDefaultService(const QString &service);

    /// The key of the one entry under the service.
    static QString entryKey() { return QStringLiteral("x-login"); }

    using Done = std::function<void(Expected<void>)>;
    /// A stored login, nothing when none is stored, or why the keychain failed.
    using Loaded = std::function<void(Expected<std::optional<XLogin>>)>;

    void save(const XLogin &login, Done done);
    void load(Loaded done);
    void remove(Done done);

    QString service() const { return m_service; }

    /// The key of the throwaway entry checkWritable() writes, reads back and deletes.
    static QString probeEntryKey() { return QStringLiteral("doctor-probe"); }
    /// Whether the keychain can store an entry and give it back (the connection doctor):
    /// writes a random, non-secret value under probeEntryKey(), reads it, and deletes it.
    /// The login entry is never touched.
    void checkWritable(Done done);

    /// A manual proxy's user name and password (never in the settings file).
    struct ProxyCredentials {
        QString user;
        QString password;
    };
    /// The key of the proxy credentials entry under the service.
    static QString proxyEntryKey() { return QStringLiteral("proxy-credentials"); }
    /// Stores @p credentials; an empty user removes the entry.
    void saveProxyCredentials(const ProxyCredentials &credentials, Done done);
    /// The stored proxy credentials, nothing when none are stored, or why the keychain failed.
    void loadProxyCredentials(std::function<void(Expected<std::optional<ProxyCredentials>>)> done);

private:
    /// Answers @p done with "no keychain" on the next event loop turn.
    template <typename Callback>
    void failWithoutKeychain(Callback done);

    QString m_service;
};

}  // namespace spacetape
