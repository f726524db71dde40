// SPDX-License-Identifier: MIT
// spacetape-cli login / login --status / logout against a real Secret Service
// (tests/run-tests.sh), checked with secret-tool, and a download that needs a
// login picking up the stored one without --cookies.
#include "fake/FakeSpaceRig.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/KeychainSupport.h"
#include "support/TestData.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789fedcba98");

/// A browser export with more than the login in it: comments, other cookies, other sites.
QByteArray browserCookies() {
    return QStringLiteral(
               "# Netscape HTTP Cookie File\n"
               "# https://curl.se/docs/http-cookies.html\n"
               ".x.com\tTRUE\t/\tTRUE\t%3\tguest_id\tv1%4A170000000000000000\n"
               "#HttpOnly_.x.com\tTRUE\t/\tTRUE\t%3\tauth_token\t%1\n"
               ".x.com\tTRUE\t/\tTRUE\t%3\tct0\t%2\n"
               ".example.com\tTRUE\t/\tFALSE\t0\tsession\tabc\n")
        .arg(kAuthToken, kCt0, cookieExpiry(), QStringLiteral("%3"))
        .toLatin1();
}

QByteArray cookieEditorJson() {
    return QStringLiteral(
               "[{\"domain\":\".x.com\",\"expirationDate\":%3,"
               "\"hostOnly\":false,\"httpOnly\":true,\"name\":\"auth_token\","
               "\"path\":\"/\",\"secure\":true,\"session\":false,\"value\":\"%1\"},"
               "{\"domain\":\".x.com\",\"expirationDate\":%3,"
               "\"hostOnly\":false,\"httpOnly\":false,\"name\":\"ct0\",\"path\":\"/\","
               "\"secure\":true,\"session\":false,\"value\":\"%2\"}]\n")
        .arg(kAuthToken, kCt0, cookieExpiry())
        .toLatin1();
}
}  // namespace

class TestCliLogin : public QObject {
    Q_OBJECT

    KeychainProbe m_keychain;  ///< a service of its own per test function, so runs never collide
    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    /// The fake X API and CDN with one Space that only a logged-in user may fetch.
    struct Rig : FakeSpaceRig {
        explicit Rig(const ChunkFixture &fixture) : FakeSpaceRig(fixture) {
            FakeSpace space = makeSpace(kSpaceId);
            space.needsLogin = true;
            x().addSpace(space);
            x().setValidLogin(kAuthToken, kCt0);
        }
    };

    /// Runs spacetape-cli without blocking this thread, which serves the fake X API.
    CliRun runCli(const QStringList &args, const QString &home) {
        return test::runCli(args, m_keychain.cliEnvironment(home));
    }

    /// Stores the test login through the CLI, as a user would.
    bool logIn(const QString &home) {
        QTemporaryDir files;
        const QString cookies =
            writeFile(files.filePath(QStringLiteral("cookies.txt")), browserCookies());
        const CliRun run =
            runCli({QStringLiteral("login"), QStringLiteral("--cookies"), cookies}, home);
        return run.exitCode == 0;
    }

    QStringList downloadArgs(const Rig &rig, const QString &home) const {
        return {QStringLiteral("--api-origin"), rig.apiOrigin().toString(), kSpaceId,
                QStringLiteral("-o"), home + QStringLiteral("/out")};
    }

    void ensureFixture() {
        if (m_fixture)
            return;
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 12.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

private Q_SLOTS:
    void init() { m_keychain.renewService(); }
    void cleanup() { m_keychain.clear(); }

    void loginStoresTheCookies_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("cookies.txt with #HttpOnly_") << browserCookies();
        QTest::newRow("Cookie-Editor JSON") << cookieEditorJson();
        QTest::newRow("Cookie header")
            << QStringLiteral("Cookie: lang=en; auth_token=%1; ct0=%2; twid=u%3D1\n")
                   .arg(kAuthToken, kCt0)
                   .toLatin1();
    }
    void loginStoresTheCookies() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        QFETCH(QByteArray, content);
        QTemporaryDir home;
        QTemporaryDir files;
        const QString path = writeFile(files.filePath(QStringLiteral("export")), content);
        QVERIFY(m_keychain.storedLogin().isEmpty());

        const CliRun stored =
            runCli({QStringLiteral("login"), QStringLiteral("--cookies"), path}, home.path());
        QVERIFY2(stored.exitCode == 0, stored.err.constData());
        QVERIFY(stored.out.startsWith("Logged in: the X login is stored in the keychain"));

        const QJsonObject entry = m_keychain.storedLogin();
        QCOMPARE(entry.value(QStringLiteral("auth_token")).toString(), kAuthToken);
        QCOMPARE(entry.value(QStringLiteral("ct0")).toString(), kCt0);
        QVERIFY(
            QDateTime::fromString(entry.value(QStringLiteral("saved_at")).toString(), Qt::ISODate)
                .isValid());

        const CliRun status =
            runCli({QStringLiteral("login"), QStringLiteral("--status")}, home.path());
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.startsWith("Logged in (saved "), status.out.constData());
        QVERIFY(!status.out.contains(kAuthToken.toLatin1()));
    }

    void statusNamesTheHandleWhenKnown() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        // The GUI learns the handle; the CLI shows it from the shared entry.
        QVERIFY(m_keychain.storeLogin(
            QJsonDocument(
                QJsonObject{{QStringLiteral("auth_token"), kAuthToken},
                            {QStringLiteral("ct0"), kCt0},
                            {QStringLiteral("handle"), QStringLiteral("ada")},
                            {QStringLiteral("saved_at"), QStringLiteral("2026-01-02T03:04:05Z")}})
                .toJson(QJsonDocument::Compact)));
        QTemporaryDir home;
        const CliRun status =
            runCli({QStringLiteral("login"), QStringLiteral("--status")}, home.path());
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.startsWith("Logged in as @ada (saved 2026-01-0"),
                 status.out.constData());
    }

    void storedLoginIsUsedForDownloads() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        ensureFixture();
        QTemporaryDir home;
        QVERIFY(logIn(home.path()));
        Rig rig(*m_fixture);
        const CliRun run = runCli(downloadArgs(rig, home.path()), home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!rig.x().audioSpaceCalls().isEmpty());
        QCOMPARE(rig.x().audioSpaceCalls().last(), QStringLiteral("cookies"));
        QCOMPARE(
            QDir(home.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.m4a")}).size(),
            1);
        for (const FakeRequest &request : rig.cdnRequests())
            QVERIFY(!request.headers.contains("cookie"));
    }

    void logoutRemovesTheLogin() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        ensureFixture();
        QTemporaryDir home;
        QVERIFY(logIn(home.path()));
        QVERIFY(!m_keychain.storedLogin().isEmpty());

        const CliRun out = runCli({QStringLiteral("logout")}, home.path());
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QVERIFY(out.out.startsWith("Logged out"));
        QVERIFY(m_keychain.storedLogin().isEmpty());
        const CliRun status =
            runCli({QStringLiteral("login"), QStringLiteral("--status")}, home.path());
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.startsWith("Not logged in"), status.out.constData());
        // Logging out twice is fine.
        QCOMPARE(runCli({QStringLiteral("logout")}, home.path()).exitCode, 0);

        // A Space that needs login is out of reach again: the run is a guest's.
        Rig rig(*m_fixture);
        const CliRun run = runCli(downloadArgs(rig, home.path()), home.path());
        QVERIFY(run.exitCode != 0);
        QVERIFY(!rig.x().audioSpaceCalls().isEmpty());
        QCOMPARE(rig.x().audioSpaceCalls().last(), QStringLiteral("guest"));
    }

    void malformedCookieFilesAreRefusedPrecisely_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QString auth =
            QStringLiteral("#HttpOnly_.x.com\tTRUE\t/\tTRUE\t%2\tauth_token\t%1\n")
                .arg(QStringLiteral("%1"), cookieExpiry());
        const QString ct0 = QStringLiteral(".x.com\tTRUE\t/\tTRUE\t%2\tct0\t%1\n")
                                .arg(QStringLiteral("%1"), cookieExpiry());
        QTest::newRow("no ct0")
            << auth.arg(kAuthToken).toLatin1()
            << QStringLiteral(
                   "this file has no ct0 cookie for x.com: log in to x.com in your "
                   "browser, then export its cookies again");
        QTest::newRow("no auth_token for twitter.com")
            << QStringLiteral(".twitter.com\tTRUE\t/\tTRUE\t%2\tct0\t%1\n")
                   .arg(kCt0, cookieExpiry())
                   .toLatin1()
            << QStringLiteral("this file has no auth_token cookie for twitter.com");
        QTest::newRow("other sites only")
            << QByteArray(".example.com\tTRUE\t/\tFALSE\t0\tauth_token\tabc\n")
            << QStringLiteral("this file has cookies only for other sites (e.g. .example.com)");
        QTest::newRow("short auth_token")
            << (auth.arg(kAuthToken.left(39)) + ct0.arg(kCt0)).toLatin1()
            << QStringLiteral(
                   "the auth_token cookie must be 40 hexadecimal characters; this "
                   "one has 39");
        QTest::newRow("ct0 not hex")
            << (auth.arg(kAuthToken) + ct0.arg(kCt0.left(39) + QLatin1Char('x'))).toLatin1()
            << QStringLiteral(
                   "the ct0 cookie must be 32 to 160 hexadecimal characters; this "
                   "one contains 'x'");
        QTest::newRow("expired ct0")
            << (auth.arg(kAuthToken) +
                QStringLiteral(".x.com\tTRUE\t/\tTRUE\t1500000000\tct0\t%1\n").arg(kCt0))
                   .toLatin1()
            << QStringLiteral("the ct0 cookie in this file expired on 2017-07-14T02:40:00Z");
        QTest::newRow("broken line")
            << QByteArray("# Netscape HTTP Cookie File\n.x.com TRUE / auth_token\n")
            << QStringLiteral("this is not a cookies.txt file: line 2 has 4 fields");
        QTest::newRow("empty") << QByteArray("\n  \n")
                               << QStringLiteral(
                                      "the file is empty: export the cookies of "
                                      "x.com again");
        QTest::newRow("broken JSON")
            << QByteArray("[{\"name\":\"auth_token\",")
            << QStringLiteral("this file looks like JSON but cannot be read");
        QTest::newRow("header without ct0")
            << QStringLiteral("Cookie: auth_token=%1; lang=en").arg(kAuthToken).toLatin1()
            << QStringLiteral("this Cookie header has no ct0 cookie");
        QTest::newRow("prose") << QByteArray("my token is secret\nand so on\n")
                               << QStringLiteral("not a cookies.txt or Cookie-Editor JSON file");
    }
    void malformedCookieFilesAreRefusedPrecisely() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir home;
        QTemporaryDir files;
        const QString path = writeFile(files.filePath(QStringLiteral("cookies.txt")), content);
        const CliRun run =
            runCli({QStringLiteral("login"), QStringLiteral("--cookies"), path}, home.path());
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QStringLiteral("spacetape-cli: login: %1: ").arg(path)),
                 qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(m_keychain.storedLogin().isEmpty());
    }

    void failedImportKeepsTheStoredLogin() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        QTemporaryDir home;
        QVERIFY(logIn(home.path()));
        QTemporaryDir files;
        const QString broken = writeFile(files.filePath(QStringLiteral("broken.txt")), "[oops");
        QCOMPARE(runCli({QStringLiteral("login"), QStringLiteral("--cookies"), broken}, home.path())
                     .exitCode,
                 1);
        QCOMPARE(m_keychain.storedLogin().value(QStringLiteral("auth_token")).toString(),
                 kAuthToken);
    }

    void unreadableFileIsNamed() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        QTemporaryDir home;
        const QString missing = home.filePath(QStringLiteral("nowhere/cookies.txt"));
        const CliRun run =
            runCli({QStringLiteral("login"), QStringLiteral("--cookies"), missing}, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.startsWith(
                QStringLiteral("spacetape-cli: login: cannot read %1: ").arg(missing).toUtf8()),
            run.err.constData());
    }

    void loginWithoutFileIsAUsageError() {
        QTemporaryDir home;
        const CliRun run = runCli({QStringLiteral("login")}, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("login needs --cookies FILE (or --status)"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
