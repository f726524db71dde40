// SPDX-License-Identifier: MIT
// spacetape-cli and scheduled or watched Spaces, end to end through the in-process fake X:
// a scheduled Space refused without --wait, --wait until it starts, `watch` without a login,
// and `watch` finding a Space, saving it once, then stopping on SIGTERM.
#include "fake/FakeSpaceRig.h"
#include "fake/FakeWatchApi.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/TestData.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");

/// The JSON lines of @p out that parse as objects.
QList<QJsonObject> jsonLines(const QByteArray &out) {
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            lines << o;
    }
    return lines;
}

QList<QJsonObject> events(const QList<QJsonObject> &lines, const QString &name) {
    QList<QJsonObject> found;
    for (const QJsonObject &o : lines) {
        if (o.value(QStringLiteral("event")).toString() == name)
            found << o;
    }
    return found;
}
}  // namespace

class TestCliWatch : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    /// The fake X (API, watch endpoints, CDN) with one Space and two hosts.
    struct Rig : FakeSpaceRig {
        FakeWatchApi watch{http()};
        FakeSpace space;
        explicit Rig(const ChunkFixture &fixture) : FakeSpaceRig(fixture) {
            space = makeSpace(kSpaceId);
            space.startedAt = QDateTime(QDate(2026, 11, 1), QTime(18, 0), Qt::UTC);
            space.endedAt = space.startedAt.addSecs(60);
            x().addSpace(space);
            x().setValidLogin(kAuthToken, kCt0);
            watch.setValidLogin(kAuthToken, kCt0);
            watch.setRefreshDelaySeconds(0);
            watch.addUser(
                {QStringLiteral("adahost"), QStringLiteral("1001"), QStringLiteral("Ada Host")});
            watch.addUser({QStringLiteral("bob"), QStringLiteral("1002"), QStringLiteral("Bob")});
        }
        int audioSpaceCalls() { return int(x().audioSpaceCalls().size()); }
    };

    /// The CLI's environment under @p home, with a keychain entry name nobody uses.
    static QProcessEnvironment environment(const QString &home) {
        QProcessEnvironment env = cliEnvironment(home);
        env.insert(QStringLiteral("SPACETAPE_KEYCHAIN_SERVICE"),
                   QStringLiteral("spacetape-test-") + QUuid::createUuid().toString(QUuid::Id128));
        env.insert(QStringLiteral("SPACETAPE_SCHEDULE_POLL_MS"), QStringLiteral("100"));
        env.insert(QStringLiteral("SPACETAPE_WATCH_POLL_MS"), QStringLiteral("100"));
        return env;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 60.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void scheduledSpaceWithoutWaitIsRefusedAtOnce() {
        Rig rig(*m_fixture);
        rig.space.state = QStringLiteral("NotStarted");
        rig.space.scheduledStart = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        rig.x().addSpace(rig.space);
        QTemporaryDir home;
        const CliRun run =
            runCli({QStringLiteral("--api-origin"), rig.apiOrigin().toString(), kSpaceId,
                    QStringLiteral("-o"), home.filePath(QStringLiteral("out"))},
                   environment(home.path()));
        QCOMPARE(run.exitCode, 1);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("scheduled for"), lines.first().constData());
        QVERIFY(lines.first().contains("--wait"));
        QCOMPARE(rig.audioSpaceCalls(), 1);  // no waiting
        QVERIFY(QDir(home.filePath(QStringLiteral("out"))).isEmpty());
    }

    void waitRecordsTheSpaceOnceItStarts() {
        Rig rig(*m_fixture);
        rig.space.state = QStringLiteral("NotStarted");
        rig.space.scheduledStart = QDateTime::currentDateTimeUtc().addSecs(3600);
        rig.x().addSpace(rig.space);
        // The third look finds it over (ended, with a replay): resolve, then one poll waiting.
        int looks = 0;
        connect(&rig.http(), &FakeHttpServer::requestReceived, this,
                [&](const FakeRequest &request) {
                    if (!request.path.endsWith("/AudioSpaceById") || ++looks != 3)
                        return;
                    FakeSpace ended = rig.space;
                    ended.state = QStringLiteral("Ended");
                    rig.x().addSpace(ended);
                });
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const CliRun run = runCli(
            {QStringLiteral("--api-origin"), rig.apiOrigin().toString(), QStringLiteral("--wait"),
             QStringLiteral("--json"), QStringLiteral("https://x.com/i/spaces/%1").arg(kSpaceId),
             QStringLiteral("-o"), out},
            environment(home.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        const QList<QJsonObject> scheduled = events(lines, QStringLiteral("scheduled"));
        QVERIFY2(!scheduled.isEmpty(), run.out.constData());
        QCOMPARE(scheduled.first().value(QStringLiteral("id")).toString(), kSpaceId);
        const int secondsLeft = scheduled.first().value(QStringLiteral("secondsLeft")).toInt();
        QVERIFY2(secondsLeft > 3500 && secondsLeft <= 3600,
                 qPrintable(QString::number(secondsLeft)));
        QVERIFY(!scheduled.first().value(QStringLiteral("scheduledStart")).toString().isEmpty());
        QCOMPARE(events(lines, QStringLiteral("started")).size(), 1);
        const QList<QJsonObject> done = events(lines, QStringLiteral("done"));
        QCOMPARE(done.size(), 1);
        QVERIFY(QFileInfo::exists(done.first().value(QStringLiteral("path")).toString()));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.m4a")}).size(), 1);
        QVERIFY(looks >= 4);
    }

    void waitPrintsTheWaitAndTheSavedFile() {
        Rig rig(*m_fixture);
        rig.space.state = QStringLiteral("PrePublished");
        rig.space.scheduledStart = QDateTime::currentDateTimeUtc().addSecs(90);
        rig.x().addSpace(rig.space);
        int looks = 0;
        connect(&rig.http(), &FakeHttpServer::requestReceived, this,
                [&](const FakeRequest &request) {
                    if (!request.path.endsWith("/AudioSpaceById") || ++looks != 2)
                        return;
                    FakeSpace ended = rig.space;
                    ended.state = QStringLiteral("Ended");
                    rig.x().addSpace(ended);
                });
        QTemporaryDir home;
        const CliRun run = runCli(
            {QStringLiteral("--api-origin"), rig.apiOrigin().toString(), QStringLiteral("--wait"),
             kSpaceId, QStringLiteral("-o"), home.filePath(QStringLiteral("out"))},
            environment(home.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Not a terminal: one line when the wait begins (no countdown), then the result.
        QCOMPARE(run.out.count("Waiting for "), 1);
        QVERIFY2(run.out.contains("starts in 1 min"), run.out.constData());
        QVERIFY(run.out.contains("Started: "));
        QVERIFY(run.out.contains("Saved: "));
        QVERIFY2(run.err.trimmed().isEmpty() || !run.err.contains("failed"), run.err.constData());
    }

    void watchWithoutLoginSaysItNeedsOne() {
        Rig rig(*m_fixture);
        QTemporaryDir home;
        const CliRun run = runCli({QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                                   QStringLiteral("watch"), QStringLiteral("@adahost")},
                                  environment(home.path()), 60000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("needs an X login"), run.err.constData());
        QVERIFY(run.err.contains("--cookies FILE"));
        QVERIFY(run.err.contains("spacetape-cli login"));
        QVERIFY(rig.watch.presenceCalls().isEmpty());
    }

    void watchSavesAFoundSpaceOnceAndStopsOnSigterm() {
        Rig rig(*m_fixture);
        FakePresence live;  // on air for the watch endpoint; its replay is already there
        live.spaceId = kSpaceId;
        live.creatorId = QStringLiteral("1001");
        live.adminIds = {QStringLiteral("1002")};
        rig.watch.setLive(live);
        QTemporaryDir home;
        const QString cookies = writeFile(home.filePath(QStringLiteral("cookies.txt")),
                                          netscapeCookies(kAuthToken, kCt0));
        const QString out = home.filePath(QStringLiteral("out"));

        QProcess cli;
        cli.setProcessEnvironment(environment(home.path()));
        QByteArray stdoutText;
        QByteArray stderrText;
        connect(&cli, &QProcess::readyReadStandardOutput, this,
                [&] { stdoutText += cli.readAllStandardOutput(); });
        connect(&cli, &QProcess::readyReadStandardError, this,
                [&] { stderrText += cli.readAllStandardError(); });
        cli.start(cliPath(), {QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                              QStringLiteral("--cookies"), cookies, QStringLiteral("-o"), out,
                              QStringLiteral("watch"), QStringLiteral("adahost"),
                              QStringLiteral("https://x.com/bob")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(stdoutText.contains("Saved: "), stderrText.constData(), 60000);
        // A few more rounds with the Space still reported live by both hosts.
        const int calls = int(rig.watch.presenceCalls().size());
        QTRY_VERIFY_WITH_TIMEOUT(rig.watch.presenceCalls().size() >= calls + 3, 30000);
        QCOMPARE(stdoutText.count("Found: "), 1);
        QCOMPARE(stdoutText.count("Saved: "), 1);
        QVERIFY2(stdoutText.contains("Found: @adahost is live: https://x.com/i/spaces/" +
                                     kSpaceId.toLatin1()),
                 stdoutText.constData());
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.m4a")}).size(), 1);
        QCOMPARE(rig.watch.userLookups().size(), 2);

        cli.terminate();  // SIGTERM
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(stdoutText.contains("Stopped watching."), stdoutText.constData());
        QVERIFY(!stdoutText.contains(kAuthToken.toLatin1()));
        QVERIFY(!stderrText.contains(kAuthToken.toLatin1()));
    }

    void aStoppedRecordingResumesOnTheNextRun() {
        Rig rig(*m_fixture);
        FakePresence live;
        live.spaceId = kSpaceId;
        live.creatorId = QStringLiteral("1001");
        rig.watch.setLive(live);
        // The last chunk trickles in: the recording is still running when the signal comes.
        const QList<QByteArray> chunks = rig.chunkPaths(kSpaceId);
        rig.http().trickle(chunks.last(), 1, 10);
        QTemporaryDir home;
        const QString cookies = writeFile(home.filePath(QStringLiteral("cookies.txt")),
                                          netscapeCookies(kAuthToken, kCt0));
        const QString out = home.filePath(QStringLiteral("out"));
        const QStringList args = {QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                                  QStringLiteral("--cookies"),    cookies,
                                  QStringLiteral("-o"),           out,
                                  QStringLiteral("watch"),        QStringLiteral("adahost")};
        const QProcessEnvironment env = environment(home.path());

        QProcess first;
        first.setProcessEnvironment(env);
        QByteArray firstOut;
        connect(&first, &QProcess::readyReadStandardOutput, this,
                [&] { firstOut += first.readAllStandardOutput(); });
        first.start(cliPath(), args);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(rig.http().requestCount(chunks.last()) == 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.cdnRequests().size() >= chunks.size(), 30000);
        first.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning, 30000);
        QCOMPARE(first.exitCode(), 0);
        QVERIFY2(firstOut.contains("1 recording(s) interrupted keep their chunks"),
                 firstOut.constData());
        QVERIFY(!firstOut.contains("Saved: "));

        // The next run resumes it (not "found" again) and fetches only what was missing.
        rig.http().clearFaults();
        rig.http().clearRequestLog();
        QProcess second;
        second.setProcessEnvironment(env);
        QByteArray secondOut;
        connect(&second, &QProcess::readyReadStandardOutput, this,
                [&] { secondOut += second.readAllStandardOutput(); });
        second.start(cliPath(), args);
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(secondOut.contains("Saved: "), secondOut.constData(), 60000);
        QVERIFY(secondOut.contains("Resuming: https://x.com/i/spaces/" + kSpaceId.toLatin1()));
        QVERIFY(!secondOut.contains("Found: "));
        int chunkRequests = 0;
        for (const FakeRequest &r : rig.cdnRequests())
            chunkRequests += r.path.endsWith(".aac") ? 1 : 0;
        QVERIFY2(chunkRequests <= 2, qPrintable(QString::number(chunkRequests)));
        second.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30000);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.m4a")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cli_watch.moc"
