// SPDX-License-Identifier: MIT
// CredentialStore against a real Secret Service (gnome-keyring started by
// tests/run-tests.sh), cross-checked with libsecret's secret-tool; and the
// paths without any keychain, in child processes with no usable session bus.
#include "auth/CredentialStore.h"
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "support/ChunkFixture.h"
#include "support/KeychainSupport.h"
#include "support/MediaTools.h"
#include "support/TestPaths.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789fedcba98");
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
const char kCdnPrefix[] =
    "/Transcoding/v1/hls/t0k3n/non_transcode/us-east-1/"
    "periscope-replay-direct-prod-us-east-1-public/audio-space/";
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

struct ProcessRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out, err;
    qint64 elapsedMs = 0;
};

ProcessRun runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env, const QByteArray &input = {},
                      int timeoutMs = 60000) {
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    ProcessRun run;
    if (!process.waitForStarted(timeoutMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
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

QByteArray netscapeCookies(const QString &authToken, const QString &ct0) {
    return QStringLiteral(
               "# Netscape HTTP Cookie File\n"
               "#HttpOnly_.x.com\tTRUE\t/\tTRUE\t2000000000\tauth_token\t%1\n"
               ".x.com\tTRUE\t/\tTRUE\t2000000000\tct0\t%2\n")
        .arg(authToken, ct0)
        .toLatin1();
}
}  // namespace

/// Keychain tests skip outside run-tests.sh, but must never skip inside it.

class TestCredentialStore : public QObject {
    Q_OBJECT

    bool m_keychain = false;
    QString m_secretTool;
    QString m_service;  ///< unique per test function, so nothing collides
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

    ProcessRun secretTool(const QStringList &args, const QByteArray &input = {}) {
        return runProcess(m_secretTool, args, QProcessEnvironment::systemEnvironment(), input);
    }
    /// What libsecret holds under our service and key, by QtKeychain's attributes.
    ProcessRun lookUpEntry() {
        return secretTool({QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                           QStringLiteral("user"), CredentialStore::entryKey()});
    }
    /// Stores @p secret the way QtKeychain stores binary data (base64, type=base64).
    bool storeEntryWithSecretTool(const QByteArray &payload) {
        const ProcessRun run = secretTool(
            {QStringLiteral("store"), QStringLiteral("--label=%1").arg(m_service),
             QStringLiteral("server"), m_service, QStringLiteral("user"),
             CredentialStore::entryKey(), QStringLiteral("type"), QStringLiteral("base64")},
            payload.toBase64());
        return run.finished && run.exitCode == 0;
    }

    QProcessEnvironment childEnvironment(const QString &home) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("SPACETAPE_KEYCHAIN_SERVICE"), m_service);
        return env;
    }

    /// Runs spacetape-cli where no keychain can be reached: no session bus at all, or (with
    /// @p busWithoutSecrets) a private bus that offers no Secret Service.
    ProcessRun runCliWithoutKeychain(const QStringList &args, const QString &home,
                                     bool busWithoutSecrets) {
        QProcessEnvironment env = childEnvironment(home);
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

    struct Rig {
        FakeHttpServer http;
        FakeXServer x{http};
        explicit Rig(const ChunkFixture &fixture, bool needsLogin) {
            http.listen();
            http.serveDirectory(kCdnPrefix, fixture.dir);
            FakeSpace space;
            space.id = kSpaceId;
            space.mediaKey = QStringLiteral("28_1976000000000000000");
            space.needsLogin = needsLogin;
            space.playlistUrl = http.url(QString::fromLatin1(kCdnPrefix) + fixture.playlistName +
                                         QStringLiteral("?type=replay"))
                                    .toString();
            x.addSpace(space);
            x.setValidLogin(kAuthToken, kCt0);
        }
    };

private Q_SLOTS:
    void initTestCase() {
        m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        m_keychain = !m_secretTool.isEmpty() && secretServiceRunning();
    }

    void init() {
        m_service = QStringLiteral("spacetape-test-%1")
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void cleanup() {
        if (m_keychain)
            secretTool({QStringLiteral("clear"), QStringLiteral("server"), m_service});
    }

    void savedLoginIsReadableBySecretTool() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain);
        CredentialStore store(m_service);
        const auto saved =
            await<Expected<void>>([&](auto done) { store.save(sampleLogin(), done); });
        QVERIFY(saved);
        QVERIFY2(saved->ok(), qPrintable(saved->error()));

        const ProcessRun found = lookUpEntry();
        QVERIFY2(found.finished && found.exitCode == 0, found.err.constData());
        // QtKeychain keeps binary data base64-encoded (attribute type=base64).
        const QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(found.out.trimmed())).object();
        QCOMPARE(payload.value(QStringLiteral("auth_token")).toString(), kAuthToken);
        QCOMPARE(payload.value(QStringLiteral("ct0")).toString(), kCt0);
        QCOMPARE(payload.value(QStringLiteral("handle")).toString(), QStringLiteral("ada"));
        QCOMPARE(payload.value(QStringLiteral("saved_at")).toString(),
                 QStringLiteral("2026-03-04T05:06:07Z"));

        const ProcessRun listed = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                              QStringLiteral("server"), m_service});
        QVERIFY(listed.out.contains("attribute.type = base64") ||
                listed.err.contains("attribute.type = base64"));
    }

    void saveWithoutDateStampsNow() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain);
        CredentialStore store(m_service);
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
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain);
        const QJsonObject payload{
            {QStringLiteral("auth_token"), kAuthToken},
            {QStringLiteral("ct0"), kCt0},
            {QStringLiteral("handle"), QStringLiteral("grace")},
            {QStringLiteral("saved_at"), QStringLiteral("2025-12-24T18:00:00Z")}};
        QVERIFY(storeEntryWithSecretTool(QJsonDocument(payload).toJson(QJsonDocument::Compact)));

        CredentialStore store(m_service);
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
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain);
        CredentialStore store(m_service);
        QVERIFY(await<Expected<void>>([&](auto done) { store.save(sampleLogin(), done); })->ok());
        XLogin second = sampleLogin();
        second.authToken = QStringLiteral("fedcba9876543210fedcba9876543210fedcba98");
        second.handle = QStringLiteral("bob");
        QVERIFY(await<Expected<void>>([&](auto done) { store.save(second, done); })->ok());

        const ProcessRun listed = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                              QStringLiteral("server"), m_service});
        QCOMPARE((listed.out + listed.err).count("attribute.server = "), 1);
        const auto loaded =
            await<Expected<std::optional<XLogin>>>([&](auto done) { store.load(done); });
        QVERIFY(loaded && loaded->ok() && loaded->value().has_value());
        QCOMPARE(loaded->value()->authToken, second.authToken);
        QCOMPARE(loaded->value()->handle, QStringLiteral("bob"));
    }

    void removeDeletesTheEntry() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain);
        CredentialStore store(m_service);
        QVERIFY(await<Expected<void>>([&](auto done) { store.save(sampleLogin(), done); })->ok());
        QCOMPARE(lookUpEntry().exitCode, 0);

        const auto removed = await<Expected<void>>([&](auto done) { store.remove(done); });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->error()));
        const ProcessRun gone = lookUpEntry();
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
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain);
        CredentialStore store(m_service);
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
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain);
        QFETCH(QByteArray, payload);
        QVERIFY(storeEntryWithSecretTool(payload));
        CredentialStore store(m_service);
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
        CredentialStore store(m_service);
        const auto saved = await<Expected<void>>([&](auto done) { store.save(login, done); });
        QVERIFY(saved);
        QVERIFY(!saved->ok());
        QVERIFY2(saved->error().startsWith(QStringLiteral("Cannot store this login: ")),
                 qPrintable(saved->error()));
        QVERIFY2(saved->error().contains(expected), qPrintable(saved->error()));
        // A keychain failure would say so; the shape was refused first.
        QVERIFY(!saved->error().contains(QStringLiteral("keychain")));
        if (m_keychain) {
            const ProcessRun found = lookUpEntry();
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
        QFile cookies(home.filePath(QStringLiteral("cookies.txt")));
        QVERIFY(cookies.open(QIODevice::WriteOnly));
        cookies.write(netscapeCookies(kAuthToken, kCt0));
        cookies.close();
        for (QString &arg : args) {
            if (arg == QLatin1String("cookies.txt"))
                arg = cookies.fileName();
        }
        const ProcessRun run = runCliWithoutKeychain(args, home.path(), busWithoutSecrets);
        QVERIFY2(run.finished, "spacetape-cli hung without a keychain");
        QVERIFY2(run.elapsedMs < 20000, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QVERIFY2(run.err.contains("No keychain is available"), run.err.constData());
        QVERIFY(run.err.contains("--cookies for a single run"));
        // No plaintext fallback: the only copy of the secret is the file we wrote.
        QCOMPARE(filesContaining(home.path(), kAuthToken.toLatin1()),
                 QStringList{cookies.fileName()});
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
            const QString adts = m_media.filePath(QStringLiteral("clean.aac"));
            QCOMPARE(encodeAdts(adts, 48000, 2, 12.0), QString());
            QString error;
            m_fixture = makeChunkFixture(adts, m_media.filePath(QStringLiteral("cdn")),
                                         ChunkFixtureOptions{}, &error);
            QVERIFY2(m_fixture, qPrintable(error));
        }
        // A Space that needs login proves the cookies were used; guests get a public one.
        Rig rig(*m_fixture, withCookies);
        QTemporaryDir home;
        QStringList args{QStringLiteral("--api-origin"), rig.http.baseUrl().toString(), kSpaceId,
                         QStringLiteral("-o"), home.filePath(QStringLiteral("out"))};
        if (withCookies) {
            QFile cookies(home.filePath(QStringLiteral("cookies.txt")));
            QVERIFY(cookies.open(QIODevice::WriteOnly));
            cookies.write(netscapeCookies(kAuthToken, kCt0));
            args << QStringLiteral("--cookies") << cookies.fileName();
        }
        // The fake server lives in this process: wait for the child without blocking it.
        QProcess cli;
        QProcessEnvironment env = childEnvironment(home.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), kNoBus);
        cli.setProcessEnvironment(env);
        cli.start(cliPath(), args);
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 120000);
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, err.constData());
        QCOMPARE(
            QDir(home.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.m4a")}).size(),
            1);
        QVERIFY(!rig.x.audioSpaceCalls().isEmpty());
        QCOMPARE(rig.x.audioSpaceCalls().last(),
                 withCookies ? QStringLiteral("cookies") : QStringLiteral("guest"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
