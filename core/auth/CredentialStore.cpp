// SPDX-License-Identifier: MIT
#include "auth/CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define SPACETAPE_KEYCHAIN_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace spacetape {

namespace {

/// A keychain failure in words the user can act on.
QString describe(QKeychain::Error error, const QString &detail) {
    switch (error) {
        case QKeychain::NoBackendAvailable:
            return CredentialStore::tr(
                "No keychain is available (on Linux: no Secret Service such as GNOME Keyring or "
                "KWallet is running). Spacetape keeps working as a guest; to log in, start a "
                "keychain service, or pass --cookies for a single run.");
        case QKeychain::AccessDeniedByUser:
            return CredentialStore::tr(
                "Access to the keychain was denied. Allow Spacetape in the "
                "keychain prompt to use your login.");
        case QKeychain::AccessDenied:
            return CredentialStore::tr(
                       "The keychain refused access (it may be locked): unlock it and "
                       "try again. (%1)")
                .arg(detail);
        case QKeychain::CouldNotDeleteEntry:
            return CredentialStore::tr("The keychain could not delete the stored login: %1")
                .arg(detail);
        default:
            return CredentialStore::tr("The keychain failed: %1").arg(detail);
    }
}

/// Whether a keychain can be asked at all. Without a session bus, or with one that has no
/// Secret Service or KWallet to offer, QtKeychain reports only a generic D-Bus failure
/// ("Could not connect", "org.freedesktop.secrets was not provided by any .service files"),
/// which hides the real cause from the user.
bool keychainReachable() {
#ifdef SPACETAPE_KEYCHAIN_OVER_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QDBusConnectionInterface *daemon = bus.interface();
    if (!daemon)
        return true;  // cannot tell: let QtKeychain try
    static const QStringList kKeychainServices = {
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
        QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
    for (const QString &name : kKeychainServices) {
        if (daemon->isServiceRegistered(name).value())
            return true;
    }
    const QDBusReply<QStringList> activatable = daemon->activatableServiceNames();
    if (!activatable.isValid())
        return true;  // cannot tell: let QtKeychain try
    for (const QString &name : kKeychainServices) {
        if (activatable.value().contains(name))
            return true;
    }
    return false;
#else
    return true;
#endif
}

QByteArray serialize(const XLogin &login) {
    const QJsonObject o{{QStringLiteral("auth_token"), login.authToken},
                        {QStringLiteral("ct0"), login.ct0},
                        {QStringLiteral("handle"), login.handle},
                        {QStringLiteral("saved_at"), login.savedAt.toUTC().toString(Qt::ISODate)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<XLogin> deserialize(const QByteArray &data) {
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    XLogin login;
    login.authToken = o.value(QStringLiteral("auth_token")).toString();
    login.ct0 = o.value(QStringLiteral("ct0")).toString();
    login.handle = o.value(QStringLiteral("handle")).toString();
    login.savedAt =
        QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    // A login that could not have been saved (bad shapes) is as unusable as garbage.
    if (!XLogin::validate(login))
        return std::nullopt;
    return login;
}

}  // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent), m_service(service.isEmpty() ? defaultService() : std::move(service)) {}

template <typename Callback>
void CredentialStore::failWithoutKeychain(Callback done) {
    // Asynchronous like a real keychain answer, so callers see one behaviour.
    QTimer::singleShot(0, this,
                       [done] { done(fail(describe(QKeychain::NoBackendAvailable, QString()))); });
}

namespace {
/// Set once at the app's door, before any store exists; read by every store made after.
QString &defaultServiceOverride() {
    static QString service;
    return service;
}
}  // namespace

QString CredentialStore::defaultService() {
    const QString &overridden = defaultServiceOverride();
    return overridden.isEmpty() ? QStringLiteral("Spacetape") : overridden;
}

void CredentialStore::setDefaultService(const QString &service) {
    defaultServiceOverride() = service;
}

void CredentialStore::save(const XLogin &login, Done done) {
    if (const auto valid = XLogin::validate(login); !valid) {
        done(fail(tr("Cannot store this login: %1").arg(valid.error())));
        return;
    }
    if (!keychainReachable()) {
        failWithoutKeychain(done);
        return;
    }
    XLogin stamped = login;
    if (!stamped.savedAt.isValid())
        stamped.savedAt = QDateTime::currentDateTimeUtc();
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);  // never a plaintext copy
    job->setKey(entryKey());
    job->setBinaryData(serialize(stamped));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(fail(describe(finished->error(), finished->errorString())));
        else
            done({});
    });
    job->start();
}

void CredentialStore::load(Loaded done) {
    if (!keychainReachable()) {
        failWithoutKeychain(done);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryKey());
    connect(job, &QKeychain::Job::finished, this, [done, job](QKeychain::Job *) {
        if (job->error() == QKeychain::EntryNotFound) {
            done(std::optional<XLogin>());
            return;
        }
        if (job->error() != QKeychain::NoError) {
            done(fail(describe(job->error(), job->errorString())));
            return;
        }
        const auto login = deserialize(job->binaryData());
        if (!login) {
            done(
                fail(tr("The login stored in the keychain is damaged; log in "
                        "again to replace it.")));
            return;
        }
        done(login);
    });
    job->start();
}

void CredentialStore::remove(Done done) {
    if (!keychainReachable()) {
        failWithoutKeychain(done);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryKey());
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        // Logging out twice is not an error.
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            done(fail(describe(finished->error(), finished->errorString())));
        else
            done({});
    });
    job->start();
}

void CredentialStore::saveProxyCredentials(const ProxyCredentials &credentials, Done done) {
    if (!keychainReachable()) {
        failWithoutKeychain(done);
        return;
    }
    const auto report = [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            done(fail(describe(finished->error(), finished->errorString())));
        else
            done({});
    };
    if (credentials.user.isEmpty()) {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        job->setInsecureFallback(false);
        job->setKey(proxyEntryKey());
        connect(job, &QKeychain::Job::finished, this, report);
        job->start();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);  // never a plaintext copy
    job->setKey(proxyEntryKey());
    job->setBinaryData(
        QJsonDocument(QJsonObject{{QStringLiteral("user"), credentials.user},
                                  {QStringLiteral("password"), credentials.password}})
            .toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, report);
    job->start();
}

void CredentialStore::loadProxyCredentials(
    std::function<void(Expected<std::optional<ProxyCredentials>>)> done) {
    if (!keychainReachable()) {
        failWithoutKeychain(done);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(proxyEntryKey());
    connect(job, &QKeychain::Job::finished, this, [done, job](QKeychain::Job *) {
        if (job->error() == QKeychain::EntryNotFound) {
            done(std::optional<ProxyCredentials>());
            return;
        }
        if (job->error() != QKeychain::NoError) {
            done(fail(describe(job->error(), job->errorString())));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(job->binaryData()).object();
        ProxyCredentials credentials{o.value(QStringLiteral("user")).toString(),
                                     o.value(QStringLiteral("password")).toString()};
        if (credentials.user.isEmpty())
            done(std::optional<ProxyCredentials>());
        else
            done(std::optional<ProxyCredentials>(credentials));
    });
    job->start();
}

void CredentialStore::checkWritable(Done done) {
    if (!keychainReachable()) {
        failWithoutKeychain(done);
        return;
    }
    // Random so a stale entry from an interrupted check cannot pass for a working read.
    const QByteArray value = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    auto *write = new QKeychain::WritePasswordJob(m_service, this);
    write->setInsecureFallback(false);
    write->setKey(probeEntryKey());
    write->setBinaryData(value);
    connect(write, &QKeychain::Job::finished, this, [this, done, value](QKeychain::Job *written) {
        if (written->error() != QKeychain::NoError) {
            done(fail(describe(written->error(), written->errorString())));
            return;
        }
        auto *read = new QKeychain::ReadPasswordJob(m_service, this);
        read->setInsecureFallback(false);
        read->setKey(probeEntryKey());
        connect(read, &QKeychain::Job::finished, this, [this, done, value, read](QKeychain::Job *) {
            Expected<void> result;
            if (read->error() != QKeychain::NoError)
                result = fail(describe(read->error(), read->errorString()));
            else if (read->binaryData() != value)
                result =
                    fail(tr("The keychain gave back something other than what "
                            "was just stored in it."));
            auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
            remove->setInsecureFallback(false);
            remove->setKey(probeEntryKey());
            connect(remove, &QKeychain::Job::finished, this,
                    [done, result](QKeychain::Job *removed) {
                        if (result && removed->error() != QKeychain::NoError)
                            done(fail(tr("The keychain could not delete its test "
                                         "entry \"%1\": %2")
                                          .arg(probeEntryKey(), removed->errorString())));
                        else
                            done(result);
                    });
            remove->start();
        });
        read->start();
    });
    write->start();
}

}  // namespace spacetape
