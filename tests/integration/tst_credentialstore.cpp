// SPDX-License-Identifier: MIT
// CredentialStore against a real Secret Service (gnome-keyring started by
// tests/run-tests.sh), cross-checked with libsecret's secret-tool; and the
// paths without any keychain, in child processes with no usable session bus.
#include "auth/CredentialStore.h"
#include "fake/FakeSpaceRig.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/KeychainSupport.h"
#include "support/TestData.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789fedcba98");
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
// Where the no-bus children look for a session bus: nothing listens there.
const QString kNoBus = QStringLiteral("unix:path=/nonexistent/spacetape-no-bus");

/// Runs one asynchronous store call to completion (or 30 s).
template <typename Result, typename Call>
std::optional<Result> await(Call call) {
    std::optional<Result> result;
    QEventLoop loop;
    call([&](Result r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

/// Files under @p root whose bytes contain @p secret.
QStringList filesContaining(const QString &root, const QByteArray &secret) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            hits << file.fileName();
    }
    return hits;
}
}  // namespace

/// Keychain tests skip outside run-tests.sh, but must never skip inside it.

class TestCredentialStore : public QObject {
    Q_OBJECT

    KeychainProbe m_keychain;  ///< a service of its own per test function, so nothing collides
    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    XLogin sampleLogin() const {
        XLogin login;
        login.authToken = kAuthToken;
        login.ct0 = kCt0;
        login.handle = QStringLiteral("ada");
        login.savedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        return login;
    }

    /// Runs spacetape-cli where no keychain can be reached: no session bus at all, or (with
    /// @p busWithoutSecrets) a private bus that offers no Secret Service.
    ProcessRun runCliWithoutKeychain(const QStringList &args, const QString &home,
                                     bool busWithoutSecrets) {
        QProcessEnvironment env = m_keychain.cliEnvironment(home);
        if (!busWithoutSecrets) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), kNoBus);
            return runProcess(cliPath(), args, env);
        }
        // A bus with no service directories: org.freedesktop.secrets cannot be activated.
        const QString config = home + QStringLiteral("/bus.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            QStringLiteral("<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus "
                           "Configuration 1.0//EN' "
                           "'http://www.freedesktop.org/standards/dbus/1.0/"
                           "busconfig.dtd'>\n"
                           "<busconfig><type>session</type>"
                           "<listen>unix:tmpdir=%1</listen><auth>EXTERNAL</auth>"
                           "<policy context='default'><allow send_destination='*'/>"
                           "<allow receive_sender='*'/><allow own='*'/></policy></busconfig>\n")
                .arg(home)
                .toUtf8());
        file.close();
        return runProcess(QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")),
                          QStringList{QStringLiteral("--config-file=%1").arg(config),
                                      QStringLiteral("--"), cliPath()} +
                              args,
                          env);
    }

private Q_SLOTS:
    void init() { m_keychain.renewService(); }
    void cleanup() { m_keychain.clear(); }

    void savedLoginIsReadableBySecretTool() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        CredentialStore store(m_keychain.service());
        const auto saved =
            await<Expected<void>>([&](auto done) { store.save(sampleLogin(), done); });
        QVERIFY(saved);
        QVERIFY2(saved->ok(), qPrintable(saved->error()));

        const ProcessRun found = m_keychain.lookUpLogin();
        QVERIFY2(found.finished && found.exitCode == 0, found.err.constData());
        // QtKeychain keeps binary data base64-encoded (attribute type=base64).
        const QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(found.out.trimmed())).object();
        QCOMPARE(payload.value(QStringLiteral("auth_token")).toString(), kAuthToken);
        QCOMPARE(payload.value(QStringLiteral("ct0")).toString(), kCt0);
        QCOMPARE(payload.value(QStringLiteral("handle")).toString(), QStringLiteral("ada"));
        QCOMPARE(payload.value(QStringLiteral("saved_at")).toString(),
                 QStringLiteral("2026-03-04T05:06:07Z"));

        const ProcessRun listed =
            m_keychain.secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                   QStringLiteral("server"), m_keychain.service()});
        QVERIFY(listed.out.contains("attribute.type = base64") ||
                listed.err.contains("attribute.type = base64"));
    }

    void saveWithoutDateStampsNow() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        CredentialStore store(m_keychain.service());
        XLogin login = sampleLogin();
        login.savedAt = {};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto saved = await<Expected<void>>([&](auto done) { store.save(login, done); });
        QVERIFY(saved && saved->ok());
        const auto loaded =
            await<Expected<std::optional<XLogin>>>([&](auto done) { store.load(done); });
        QVERIFY(loaded && loaded->ok() && loaded->value().has_value());
        QVERIFY(loaded->value()->savedAt >= before);
        QVERIFY(loaded->value()->savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void loginStoredBySecretToolIsLoaded() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        const QJsonObject payload{
            {QStringLiteral("auth_token"), kAuthToken},
            {QStringLiteral("ct0"), kCt0},
            {QStringLiteral("handle"), QStringLiteral("grace")},
            {QStringLiteral("saved_at"), QStringLiteral("2025-12-24T18:00:00Z")}};
        QVERIFY(m_keychain.storeLogin(QJsonDocument(payload).toJson(QJsonDocument::Compact)));

        CredentialStore store(m_keychain.service());
        const auto loaded =
            await<Expected<std::optional<XLogin>>>([&](auto done) { store.load(done); });
        QVERIFY(loaded);
        QVERIFY2(loaded->ok(), qPrintable(loaded->error()));
        QVERIFY(loaded->value().has_value());
        const XLogin &login = *loaded->value();
        QCOMPARE(login.authToken, kAuthToken);
        QCOMPARE(login.ct0, kCt0);
        QCOMPARE(login.handle, QStringLiteral("grace"));
        QCOMPARE(login.savedAt, QDateTime(QDate(2025, 12, 24), QTime(18, 0), Qt::UTC));
    }

    void saveReplacesTheEarlierLogin() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        CredentialStore store(m_keychain.service());
        QVERIFY(await<Expected<void>>([&](auto done) { store.save(sampleLogin(), done); })->ok());
        XLogin second = sampleLogin();
        second.authToken = QStringLiteral("fedcba9876543210fedcba9876543210fedcba98");
        second.handle = QStringLiteral("bob");
        QVERIFY(await<Expected<void>>([&](auto done) { store.save(second, done); })->ok());

        const ProcessRun listed =
            m_keychain.secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                   QStringLiteral("server"), m_keychain.service()});
        QCOMPARE((listed.out + listed.err).count("attribute.server = "), 1);
        const auto loaded =
            await<Expected<std::optional<XLogin>>>([&](auto done) { store.load(done); });
        QVERIFY(loaded && loaded->ok() && loaded->value().has_value());
        QCOMPARE(loaded->value()->authToken, second.authToken);
        QCOMPARE(loaded->value()->handle, QStringLiteral("bob"));
    }

    void removeDeletesTheEntry() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        CredentialStore store(m_keychain.service());
        QVERIFY(await<Expected<void>>([&](auto done) { store.save(sampleLogin(), done); })->ok());
        QCOMPARE(m_keychain.lookUpLogin().exitCode, 0);

        const auto removed = await<Expected<void>>([&](auto done) { store.remove(done); });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->error()));
        const ProcessRun gone = m_keychain.lookUpLogin();
        QVERIFY(gone.finished);
        QVERIFY(gone.exitCode != 0 || gone.out.isEmpty());
        const auto loaded =
            await<Expected<std::optional<XLogin>>>([&](auto done) { store.load(done); });
        QVERIFY(loaded && loaded->ok());
        QVERIFY(!loaded->value().has_value());
        // Logging out twice is not an error.
        QVERIFY(await<Expected<void>>([&](auto done) { store.remove(done); })->ok());
    }

    void loadWithNothingStoredIsEmpty() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        CredentialStore store(m_keychain.service());
        const auto loaded =
            await<Expected<std::optional<XLogin>>>([&](auto done) { store.load(done); });
        QVERIFY(loaded);
        QVERIFY2(loaded->ok(), qPrintable(loaded->error()));
        QVERIFY(!loaded->value().has_value());
    }

    void damagedPayloadIsAClearError_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not json") << QByteArray("\x01\x02garbage");
        QTest::newRow("json array") << QByteArray("[1,2,3]");
        QTest::newRow("no ct0")
            << QStringLiteral("{\"auth_token\":\"%1\"}").arg(kAuthToken).toUtf8();
        QTest::newRow("token not hex") << QStringLiteral("{\"auth_token\":\"%1\",\"ct0\":\"%2\"}")
                                              .arg(QString(40, QLatin1Char('z')), kCt0)
                                              .toUtf8();
        QTest::newRow("values not strings") << QByteArray("{\"auth_token\":12345,\"ct0\":true}");
    }
    void damagedPayloadIsAClearError() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        QFETCH(QByteArray, payload);
        QVERIFY(m_keychain.storeLogin(payload));
        CredentialStore store(m_keychain.service());
        const auto loaded =
            await<Expected<std::optional<XLogin>>>([&](auto done) { store.load(done); });
        QVERIFY(loaded);
        QVERIFY(!loaded->ok());
        QVERIFY2(loaded->error().contains(QStringLiteral("damaged")), qPrintable(loaded->error()));
        QVERIFY2(loaded->error().contains(QStringLiteral("log in again")),
                 qPrintable(loaded->error()));
    }

    void validationRefusesBadShapesBeforeTheKeychain_data() {
        QTest::addColumn<QString>("authToken");
        QTest::addColumn<QString>("ct0");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no auth_token")
            << QString() << kCt0 << QStringLiteral("auth_token cookie is missing");
        QTest::newRow("short auth_token")
            << kAuthToken.left(39) << kCt0 << QStringLiteral("this one has 39");
        QTest::newRow("auth_token with space")
            << (kAuthToken.left(20) + QLatin1Char(' ') + kAuthToken.mid(21)) << kCt0
            << QStringLiteral("contains a space");
        QTest::newRow("no ct0") << kAuthToken << QString()
                                << QStringLiteral("ct0 cookie is missing");
        QTest::newRow("ct0 not hex")
            << kAuthToken << (kCt0.left(31) + QLatin1Char('g')) << QStringLiteral("contains 'g'");
    }
    void validationRefusesBadShapesBeforeTheKeychain() {
        QFETCH(QString, authToken);
        QFETCH(QString, ct0);
        QFETCH(QString, expected);
        XLogin login = sampleLogin();
        login.authToken = authToken;
        login.ct0 = ct0;
        CredentialStore store(m_keychain.service());
        const auto saved = await<Expected<void>>([&](auto done) { store.save(login, done); });
        QVERIFY(saved);
        QVERIFY(!saved->ok());
        QVERIFY2(saved->error().startsWith(QStringLiteral("Cannot store this login: ")),
                 qPrintable(saved->error()));
        QVERIFY2(saved->error().contains(expected), qPrintable(saved->error()));
        // A keychain failure would say so; the shape was refused first.
        QVERIFY(!saved->error().contains(QStringLiteral("keychain")));
        if (m_keychain.available()) {
            const ProcessRun found = m_keychain.lookUpLogin();
            QVERIFY(found.finished);
            QVERIFY(found.exitCode != 0 || found.out.isEmpty());
        }
    }

    void withoutKeychainLoginFailsFast_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("busWithoutSecrets");
        const QStringList store{QStringLiteral("login"), QStringLiteral("--cookies"),
                                QStringLiteral("cookies.txt")};
        const QStringList status{QStringLiteral("login"), QStringLiteral("--status")};
        const QStringList logout{QStringLiteral("logout")};
        QTest::newRow("no bus: login --cookies") << store << false;
        QTest::newRow("no bus: login --status") << status << false;
        QTest::newRow("no bus: logout") << logout << false;
        QTest::newRow("no Secret Service: login --cookies") << store << true;
        QTest::newRow("no Secret Service: login --status") << status << true;
    }
    void withoutKeychainLoginFailsFast() {
        QFETCH(QStringList, args);
        QFETCH(bool, busWithoutSecrets);
        if (busWithoutSecrets &&
            QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty())
            QSKIP("dbus-run-session (package dbus) is needed to start a bus without secrets");
        QTemporaryDir home;
        const QString cookies = writeFile(home.filePath(QStringLiteral("cookies.txt")),
                                          netscapeCookies(kAuthToken, kCt0));
        QVERIFY(!cookies.isEmpty());
        for (QString &arg : args) {
            if (arg == QLatin1String("cookies.txt"))
                arg = cookies;
        }
        const ProcessRun run = runCliWithoutKeychain(args, home.path(), busWithoutSecrets);
        QVERIFY2(run.finished, "spacetape-cli hung without a keychain");
        QVERIFY2(run.elapsedMs < 20000, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QVERIFY2(run.err.contains("No keychain is available"), run.err.constData());
        QVERIFY(run.err.contains("--cookies for a single run"));
        // No plaintext fallback: the only copy of the secret is the file we wrote.
        QCOMPARE(filesContaining(home.path(), kAuthToken.toLatin1()), QStringList{cookies});
        QVERIFY(!run.out.contains(kAuthToken.toLatin1()) &&
                !run.err.contains(kAuthToken.toLatin1()));
    }

    void withoutKeychainDownloadsStillWork_data() {
        QTest::addColumn<bool>("withCookies");
        QTest::newRow("as a guest") << false;
        QTest::newRow("with per-run --cookies") << true;
    }
    void withoutKeychainDownloadsStillWork() {
        QFETCH(bool, withCookies);
        if (!m_fixture) {
            QString error;
            m_fixture = makeEncodedChunkFixture(m_media.path(), 12.0, &error);
            QVERIFY2(m_fixture, qPrintable(error));
        }
        // A Space that needs login proves the cookies were used; guests get a public one.
        FakeSpaceRig rig(*m_fixture);
        FakeSpace space = rig.makeSpace(kSpaceId);
        space.needsLogin = withCookies;
        rig.x().addSpace(space);
        rig.x().setValidLogin(kAuthToken, kCt0);
        QTemporaryDir home;
        QStringList args{QStringLiteral("--api-origin"), rig.apiOrigin().toString(), kSpaceId,
                         QStringLiteral("-o"), home.filePath(QStringLiteral("out"))};
        if (withCookies) {
            const QString cookies = writeFile(home.filePath(QStringLiteral("cookies.txt")),
                                              netscapeCookies(kAuthToken, kCt0));
            QVERIFY(!cookies.isEmpty());
            args << QStringLiteral("--cookies") << cookies;
        }
        QProcessEnvironment env = m_keychain.cliEnvironment(home.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), kNoBus);
        // The fake server lives in this process: runCli waits without blocking it.
        const CliRun run = runCli(args, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(
            QDir(home.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.m4a")}).size(),
            1);
        QVERIFY(!rig.x().audioSpaceCalls().isEmpty());
        QCOMPARE(rig.x().audioSpaceCalls().last(),
                 withCookies ? QStringLiteral("cookies") : QStringLiteral("guest"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
