// SPDX-License-Identifier: MIT
// spacetape-cli doctor through the fake X: every check passes against a healthy X (exit 0),
// and under each fault X has shown, the check that meets it fails with what to do, the
// checks that need it are skipped, and the exit code is 1. The CDN never sees a credential.
#include "fake/FakeSpaceRig.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/KeychainSupport.h"
#include "support/TestData.h"
#include "x/XApiConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");
const QString kRotatedQueryId = QStringLiteral("Nw9Rt2026rotatedQryIdA");

/// The report's lines, one per check, keyed by the check's name.
QHash<QString, QString> linesByStep(const QByteArray &out) {
    QHash<QString, QString> lines;
    const QStringList names = {QStringLiteral("keychain"),
                               QStringLiteral("guest token"),
                               QStringLiteral("login"),
                               QStringLiteral("AudioSpaceById"),
                               QStringLiteral("queryId discovery"),
                               QStringLiteral("stream status"),
                               QStringLiteral("CDN")};
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        for (const QString &name : names) {
            if (line.mid(2).startsWith(name + QLatin1Char(' ')))
                lines.insert(name, line);
        }
    }
    return lines;
}
}  // namespace

class TestCliDoctor : public QObject {
    Q_OBJECT

    KeychainProbe m_keychain;
    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    struct Rig : FakeSpaceRig {
        explicit Rig(const ChunkFixture &fixture) : FakeSpaceRig(fixture) {
            x().addSpace(makeSpace(kSpaceId));
            x().setValidLogin(kAuthToken, kCt0);
        }
    };

    CliRun doctor(const Rig &rig, const QString &home, QStringList extra = {}) {
        QStringList args = {QStringLiteral("doctor"), QStringLiteral("--api-origin"),
                            rig.apiOrigin().toString()};
        args << extra;
        const CliRun run = runCli(args, m_keychain.cliEnvironment(home));
        // What a user pastes into a bug report: shown in the test log.
        qInfo().noquote() << "spacetape-cli" << args.mid(3).join(QLatin1Char(' ')) << "→ exit"
                          << run.exitCode << "\n"
                          << QString::fromUtf8(run.out) << QString::fromUtf8(run.err);
        return run;
    }

    static void verifyNoSecrets(const CliRun &run) {
        for (const QByteArray &secret :
             {kAuthToken.toLatin1(), kCt0.toLatin1(), xapi::defaultBearer(),
              QByteArrayLiteral("1700000000000000001")}) {
            QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret),
                     "a secret reached the report");
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 12.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }
    void init() { m_keychain.renewService(); }
    void cleanup() { m_keychain.clear(); }

    void healthyXPassesEveryCheck() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        QTemporaryDir home;
        const CliRun run = doctor(rig, home.path(), {kSpaceId});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto lines = linesByStep(run.out);
        QCOMPARE(lines.size(), 7);
        for (const QString &step : lines.keys()) {
            if (step == QLatin1String("login"))  // no login: skipped by choice, not a failure
                QVERIFY2(lines[step].startsWith(QStringLiteral("– login")),
                         qPrintable(lines[step]));
            else
                QVERIFY2(lines[step].startsWith(QStringLiteral("✓ ")), qPrintable(lines[step]));
            QVERIFY2(step == QLatin1String("login") ||
                         lines[step].contains(QRegularExpression(QStringLiteral("\\(\\d+ ms\\)"))),
                     qPrintable(lines[step]));
        }
        QVERIFY(lines[QStringLiteral("AudioSpaceById")].contains(QStringLiteral("no discovery")));
        QVERIFY(lines[QStringLiteral("CDN")].contains(QStringLiteral("AAC audio")));
        QVERIFY(run.err.isEmpty());
    }

    void loginIsCheckedAndNeverReachesTheCdn() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        QTemporaryDir home;
        const QString cookies = writeFile(home.filePath(QStringLiteral("cookies.txt")),
                                          netscapeCookies(kAuthToken, kCt0));
        const CliRun run =
            doctor(rig, home.path(), {QStringLiteral("--cookies"), cookies, kSpaceId});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto lines = linesByStep(run.out);
        QVERIFY2(lines[QStringLiteral("login")].startsWith(QStringLiteral("✓ login")),
                 qPrintable(lines[QStringLiteral("login")]));
        QVERIFY(lines[QStringLiteral("AudioSpaceById")].contains(QStringLiteral("logged in")));
        const QList<FakeRequest> cdn = rig.cdnRequests();
        QVERIFY(cdn.size() >= 2);  // the playlist and one chunk
        for (const FakeRequest &request : cdn) {
            QVERIFY(request.header("cookie").isEmpty());
            QVERIFY(request.header("authorization").isEmpty());
            QVERIFY(request.header("x-csrf-token").isEmpty());
            QVERIFY(request.header("x-guest-token").isEmpty());
        }
        verifyNoSecrets(run);
    }

    void storedLoginIsCheckedWithoutLeaking() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        QTemporaryDir home;
        QTemporaryDir exportDir;
        const QString cookies = writeFile(exportDir.filePath(QStringLiteral("cookies.txt")),
                                          netscapeCookies(kAuthToken, kCt0));
        QProcessEnvironment env = m_keychain.cliEnvironment(home.path());
        QCOMPARE(
            runCli({QStringLiteral("login"), QStringLiteral("--cookies"), cookies}, env).exitCode,
            0);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        const CliRun run = runCli({QStringLiteral("doctor"), QStringLiteral("--api-origin"),
                                   rig.apiOrigin().toString(), kSpaceId},
                                  env);
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const auto lines = linesByStep(run.out);
        QVERIFY2(lines[QStringLiteral("keychain")].contains(QStringLiteral("a login is stored")),
                 qPrintable(lines[QStringLiteral("keychain")]));
        QVERIFY2(
            lines[QStringLiteral("login")].contains(QStringLiteral("the login in the keychain")),
            qPrintable(lines[QStringLiteral("login")]));
        verifyNoSecrets(run);
        // The keychain check cleans up after itself: only the login entry is left.
        QCOMPARE(m_keychain.storedLogin().value(QStringLiteral("ct0")).toString(), kCt0);
        const ProcessRun probe = m_keychain.secretTool(
            {QStringLiteral("lookup"), QStringLiteral("server"), m_keychain.service(),
             QStringLiteral("user"), QStringLiteral("doctor-probe")});
        QVERIFY(probe.finished);
        QVERIFY2(probe.out.isEmpty(), probe.out.constData());
    }

    void withoutASpaceTheSpaceChecksAreSkippedWithAHint() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        QTemporaryDir home;
        const CliRun run = doctor(rig, home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto lines = linesByStep(run.out);
        for (const QString &step : {QStringLiteral("AudioSpaceById"),
                                    QStringLiteral("stream status"), QStringLiteral("CDN")}) {
            QVERIFY2(lines[step].startsWith(QStringLiteral("– ")), qPrintable(lines[step]));
            QVERIFY2(lines[step].contains(QStringLiteral("no Space given")) &&
                         lines[step].contains(QStringLiteral("Space link")),
                     qPrintable(lines[step]));
        }
        QVERIFY(lines[QStringLiteral("queryId discovery")].startsWith(QStringLiteral("✓ ")));
    }

    void jsonHasOneEventPerCheck() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        rig.http().failForever(rig.chunkPath(kSpaceId, m_fixture->sequences.first()), 404);
        QTemporaryDir home;
        const CliRun run = doctor(rig, home.path(), {QStringLiteral("--json"), kSpaceId});
        QCOMPARE(run.exitCode, 1);
        QStringList steps;
        QJsonObject summary;
        for (const QByteArray &line : run.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(!o.isEmpty(), line.constData());
            if (o.value(QStringLiteral("event")) == QLatin1String("check"))
                steps << o.value(QStringLiteral("step")).toString() + QLatin1Char('=') +
                             o.value(QStringLiteral("status")).toString();
            else
                summary = o;
        }
        QCOMPARE(
            steps,
            QStringList({QStringLiteral("keychain=ok"), QStringLiteral("guest_token=ok"),
                         QStringLiteral("login=skipped"), QStringLiteral("audio_space_by_id=ok"),
                         QStringLiteral("query_id_discovery=ok"),
                         QStringLiteral("stream_status=ok"), QStringLiteral("cdn=failed")}));
        QCOMPARE(summary.value(QStringLiteral("event")).toString(), QStringLiteral("doctor"));
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(summary.value(QStringLiteral("exit_code")).toInt(), 1);
        QVERIFY(run.err.contains("1 of 7 checks failed (cdn)"));
    }

    void faultFailsTheRightCheck_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("failedStep");
        QTest::addColumn<QString>("says");         ///< in the failed check's line
        QTest::addColumn<QString>("remedy");       ///< in the failed check's line
        QTest::addColumn<QStringList>("skipped");  ///< checks skipped because of it
        QTest::newRow("guest activation refused")
            << "guest-403"
            << "guest token"
            << "HTTP 403"
            << "wait a few minutes"
            << QStringList{QStringLiteral("AudioSpaceById"), QStringLiteral("stream status"),
                           QStringLiteral("CDN")};
        QTest::newRow("queryId rotated")
            << "rotated"
            << "AudioSpaceById"
            << "HTTP 404 with the newest known queryId"
            << "discovered the new queryId " + kRotatedQueryId << QStringList{};
        QTest::newRow("queryId rotated, homepage and peek page stripped")
            << "rotated-stripped"
            << "AudioSpaceById"
            << "X changed the query"
            << "Discovery failed too"
            << QStringList{QStringLiteral("stream status"), QStringLiteral("CDN")};
        QTest::newRow("new feature switch") << "feature"
                                            << "AudioSpaceById"
                                            << "HTTP 400"
                                            << "discovered the feature switches" << QStringList{};
        QTest::newRow("stream status 404")
            << "stream-404"
            << "stream status"
            << "HTTP 404"
            << "update Spacetape" << QStringList{QStringLiteral("CDN")};
        QTest::newRow("CDN playlist 403") << "playlist-403"
                                          << "CDN"
                                          << "playlist"
                                          << "lets" << QStringList{};
        QTest::newRow("CDN chunk 404") << "chunk-404"
                                       << "CDN"
                                       << "HTTP 404"
                                       << "Try again" << QStringList{};
        QTest::newRow("login refused") << "bad-login"
                                       << "login"
                                       << "HTTP 401"
                                       << "log in again" << QStringList{};
    }
    void faultFailsTheRightCheck() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        QFETCH(QString, fault);
        QFETCH(QString, failedStep);
        QFETCH(QString, says);
        QFETCH(QString, remedy);
        QFETCH(QStringList, skipped);
        Rig rig(*m_fixture);
        QTemporaryDir home;
        QStringList extra;
        if (fault == QLatin1String("guest-403")) {
            rig.http().failForever("/1.1/guest/activate.json", 403);
        } else if (fault.startsWith(QLatin1String("rotated"))) {
            rig.x().setCurrentOperation(kRotatedQueryId, xapi::defaultFeatureSwitches());
            // "stripped": the 2026 shell homepage, and a /peek page without the chunk map
            // too, so that a guest has no page left to discover from (only /home with a login).
            const bool stripped = fault.endsWith(QLatin1String("stripped"));
            rig.x().setHomepageNeedsLogin(stripped);
            rig.x().setPeekHasChunkMap(!stripped);
        } else if (fault == QLatin1String("feature")) {
            rig.x().setCurrentOperation(xapi::knownQueryIds().first(),
                                        xapi::defaultFeatureSwitches()
                                            << QStringLiteral("post_ctas_fetch_enabled_2027"));
        } else if (fault == QLatin1String("stream-404")) {
            rig.http().failForever("/i/api/1.1/live_video_stream/status/28_1976000000000000000",
                                   404);
        } else if (fault == QLatin1String("playlist-403")) {
            rig.http().failForever(
                FakeSpaceRig::cdnFolder(kSpaceId) + m_fixture->playlistName.toLatin1(), 403);
        } else if (fault == QLatin1String("chunk-404")) {
            rig.http().failForever(rig.chunkPath(kSpaceId, m_fixture->sequences.first()), 404);
        } else if (fault == QLatin1String("bad-login")) {
            extra << QStringLiteral("--cookies")
                  << writeFile(
                         home.filePath(QStringLiteral("cookies.txt")),
                         netscapeCookies(QString(kAuthToken).replace(0, 4, QStringLiteral("ffff")),
                                         kCt0));
        }
        extra << kSpaceId;
        const CliRun run = doctor(rig, home.path(), extra);
        QCOMPARE(run.exitCode, 1);
        const auto lines = linesByStep(run.out);
        QCOMPARE(lines.size(), 7);
        const QString line = lines.value(failedStep);
        QVERIFY2(line.startsWith(QStringLiteral("✗ ")), qPrintable(line));
        QVERIFY2(line.contains(says), qPrintable(line));
        QVERIFY2(line.contains(remedy, Qt::CaseInsensitive), qPrintable(line));
        for (const QString &step : skipped)
            QVERIFY2(lines.value(step).startsWith(QStringLiteral("– ")) &&
                         lines.value(step).contains(QStringLiteral("because")),
                     qPrintable(lines.value(step)));
        QVERIFY(run.err.contains("checks failed"));
        verifyNoSecrets(run);

        if (fault == QLatin1String("rotated") || fault == QLatin1String("feature")) {
            // What worked was saved: the next run (and every download) starts with it.
            const CliRun again = doctor(rig, home.path(), {kSpaceId});
            QVERIFY2(again.exitCode == 0, again.out.constData());
        }
    }

    void keychainMissingIsReported() {
        Rig rig(*m_fixture);
        QTemporaryDir home;
        QProcessEnvironment env = m_keychain.cliEnvironment(home.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
        const CliRun run = runCli({QStringLiteral("doctor"), QStringLiteral("--api-origin"),
                                   rig.apiOrigin().toString(), kSpaceId},
                                  env);
        QCOMPARE(run.exitCode, 1);
        const auto lines = linesByStep(run.out);
        QVERIFY2(lines[QStringLiteral("keychain")].startsWith(QStringLiteral("✗ keychain")),
                 qPrintable(lines[QStringLiteral("keychain")]));
        QVERIFY(lines[QStringLiteral("keychain")].contains(QStringLiteral("No keychain")));
        // The rest goes on as a guest.
        QVERIFY(lines[QStringLiteral("CDN")].startsWith(QStringLiteral("✓ ")));
    }

    void badUsageExitsTwo() {
        QTemporaryDir home;
        const CliRun notASpace = runCli({QStringLiteral("doctor"), QStringLiteral("hello")},
                                        cliEnvironment(home.path()));
        QCOMPARE(notASpace.exitCode, 2);
        const CliRun two =
            runCli({QStringLiteral("doctor"), kSpaceId, kSpaceId}, cliEnvironment(home.path()));
        QCOMPARE(two.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_cli_doctor.moc"
