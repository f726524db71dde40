// SPDX-License-Identifier: MIT
// A full download through spacetape-cli with a login and every debug message
// switched on: the cookie values must show up nowhere — not on stdout or
// stderr, not in any file under the run's home (settings, caches,
// api-cache.json, the output folder), not in any CDN request.
#include "fake/FakeSpaceRig.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/KeychainSupport.h"
#include "support/TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
// Distinctive values, so a hit can only be a leak of these cookies.
const QByteArray kAuthToken("7e3a91c0d54b28f6a1e09b7c3d5f8a2e4b6c0d19");
const QByteArray kCt0("c0ffee5a1ad0b5e55ed1ab0ca7f00d9d3e2a41b7c8e6f05d9a7b3c1e2f4a6b8d");
// A well-formed login X does not accept (expired on X's side).
const QByteArray kStaleAuthToken("5b8d2f0e6c4a1937b2e8d0f6a4c2e19b7d5f3a01");
const QByteArray kStaleCt0("d15ea5ed0ddba11fee1dead0beefcafe7a55c0de");

/// Where @p haystack holds one of @p secrets (any letter case), as "where: name" lines.
QStringList leaksIn(const QString &where, const QByteArray &haystack,
                    const QList<QByteArray> &secrets) {
    QStringList found;
    const QByteArray lower = haystack.toLower();
    for (const QByteArray &secret : secrets) {
        if (lower.contains(secret.toLower()))
            found << QStringLiteral("%1 contains %2…")
                         .arg(where, QString::fromLatin1(secret.left(6)));
    }
    return found;
}

QStringList filesUnder(const QString &root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QStringList leaksInFiles(const QStringList &files, const QList<QByteArray> &secrets) {
    QStringList found;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << QStringLiteral("%1 cannot be read to check it").arg(file.fileName());
            continue;
        }
        found << leaksIn(file.fileName(), file.readAll(), secrets);
    }
    return found;
}

/// All of a request as it reached the server: a leak anywhere in it counts.
QByteArray wholeRequest(const FakeRequest &request) {
    QByteArray all = request.method + ' ' + request.path + '?' + request.query + '\n';
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        all += it.key() + ": " + it.value() + '\n';
    return all + '\n' + request.body;
}
}  // namespace

class TestSecretLeaks : public QObject {
    Q_OBJECT

    KeychainProbe m_keychain;
    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    /// spacetape-cli with all debug output on, its XDG dirs under @p home.
    CliRun runCli(const QStringList &args, const QString &home) {
        QProcessEnvironment env = m_keychain.cliEnvironment(home);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        return test::runCli(args, env);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 12.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void cleanup() { m_keychain.clear(); }

    /// The scanner itself: a planted value is found in a hidden, nested file and in upper case.
    void scannerFindsPlantedSecrets() {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".config/Spacetape")));
        QFile planted(home.filePath(QStringLiteral(".config/Spacetape/.settings.ini")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("[login]\nct0=" + kCt0.toUpper() + "\n");
        planted.close();
        const QStringList found = leaksInFiles(filesUnder(home.path()), {kAuthToken, kCt0});
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().startsWith(planted.fileName()));
        QCOMPARE(leaksIn(QStringLiteral("log"), "x " + kAuthToken + " y", {kCt0}).size(), 0);
    }

    void noCookieValueEscapesADownload_data() {
        QTest::addColumn<QString>("login");
        QTest::newRow("cookies file") << QStringLiteral("file");
        QTest::newRow("stored login") << QStringLiteral("stored");
        QTest::newRow("cookies X rejects") << QStringLiteral("stale");
    }
    void noCookieValueEscapesADownload() {
        QFETCH(QString, login);
        const bool stored = login == QLatin1String("stored");
        const bool stale = login == QLatin1String("stale");
        if (stored)
            SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        const QList<QByteArray> secrets = {kAuthToken, kCt0, kStaleAuthToken, kStaleCt0};
        // The cookies file lives outside the scanned home: it is the user's own export.
        QTemporaryDir exportDir;
        QTemporaryDir home;
        const QString cookies = writeFile(
            exportDir.filePath(QStringLiteral("cookies.txt")),
            stale ? netscapeCookies(QString::fromLatin1(kStaleAuthToken),
                                    QString::fromLatin1(kStaleCt0))
                  : netscapeCookies(QString::fromLatin1(kAuthToken), QString::fromLatin1(kCt0)));
        QVERIFY(!cookies.isEmpty());
        QStringList leaks;
        QStringList args;
        if (stored) {
            const CliRun in = runCli(
                {QStringLiteral("login"), QStringLiteral("--cookies"), cookies}, home.path());
            QVERIFY2(in.exitCode == 0, in.err.constData());
            leaks << leaksIn(QStringLiteral("stdout of login"), in.out, secrets)
                  << leaksIn(QStringLiteral("stderr of login"), in.err, secrets);
            const CliRun status =
                runCli({QStringLiteral("login"), QStringLiteral("--status")}, home.path());
            QCOMPARE(status.exitCode, 0);
            leaks << leaksIn(QStringLiteral("stdout of login --status"), status.out, secrets)
                  << leaksIn(QStringLiteral("stderr of login --status"), status.err, secrets);
        } else {
            args << QStringLiteral("--cookies") << cookies;
        }

        // A login-only Space proves the login was used; X refusing stale cookies
        // leaves a public Space to fetch as a guest.
        FakeSpaceRig rig(*m_fixture);
        FakeSpace space = rig.makeSpace(kSpaceId);
        space.needsLogin = !stale;
        rig.x().addSpace(space);
        rig.x().setValidLogin(QString::fromLatin1(kAuthToken), QString::fromLatin1(kCt0));
        const QString out = home.filePath(QStringLiteral("out"));
        args << QStringLiteral("--json") << QStringLiteral("--api-origin")
             << rig.apiOrigin().toString() << kSpaceId << QStringLiteral("-o") << out;
        const CliRun run = runCli(args, home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.m4a")}).size(), 1);
        QVERIFY(!rig.x().audioSpaceCalls().isEmpty());
        if (stale) {
            // X refused the cookies ("none" is how the fake counts a failed login), the user
            // was told once, and the run went on as a guest.
            QCOMPARE(rig.x().audioSpaceCalls().first(), QStringLiteral("none"));
            QCOMPARE(rig.x().audioSpaceCalls().last(), QStringLiteral("guest"));
            QCOMPARE(run.err.count("X refused your login cookies"), 1);
        } else {
            QCOMPARE(rig.x().audioSpaceCalls().last(), QStringLiteral("cookies"));
        }
        // The debug rules took effect: Qt's own categories spoke.
        QVERIFY2(run.err.contains("qt."), "no debug output: QT_LOGGING_RULES had no effect");

        // The scan must cover what a run writes: the recording and X's API cache.
        const QStringList written = filesUnder(home.path());
        QVERIFY2(written.filter(QStringLiteral("api-cache.json")).size() == 1,
                 qPrintable(written.join(QLatin1Char('\n'))));
        QVERIFY(written.filter(QStringLiteral(".m4a")).size() == 1);
        leaks << leaksIn(QStringLiteral("stdout"), run.out, secrets)
              << leaksIn(QStringLiteral("stderr"), run.err, secrets)
              << leaksInFiles(written, secrets);
        const QList<FakeRequest> cdnRequests = rig.cdnRequests();
        QVERIFY(cdnRequests.size() > 3);
        for (const FakeRequest &request : cdnRequests) {
            leaks << leaksIn(
                QStringLiteral("CDN request %1").arg(QString::fromLatin1(request.path)),
                wholeRequest(request), secrets);
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secret_leaks.moc"
