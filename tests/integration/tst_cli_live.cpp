// SPDX-License-Identifier: MIT
// spacetape-cli on a live Space, end to end: a link records it until it ends, and a CLI killed
// with SIGKILL mid-recording continues where it stopped when started again.
#include "fake/FakeLiveSpace.h"
#include "fake/FakeSpaceRig.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1vOxwrBgXLwKB");
}  // namespace

class TestCliLive : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    struct Rig : FakeSpaceRig {
        std::unique_ptr<FakeLiveSpace> live;
        explicit Rig(const ChunkFixture &fixture, int startsInMs = 0) : FakeSpaceRig(fixture) {
            FakeLiveScript script;
            script.spaceId = kSpaceId;
            script.startsInMs = startsInMs;
            script.chunkPeriodMs = 100;  // 3 s of audio every 100 ms
            live = std::make_unique<FakeLiveSpace>(http(), x(), fixture.playlistPath, script);
        }
    };

    /// The CLI's live rhythm scaled like the fake's clock (÷30), through the one variable.
    static QProcessEnvironment environment(const QString &home) {
        QProcessEnvironment env = cliEnvironment(home);
        env.insert(QStringLiteral("SPACETAPE_LIVE_TIMING"),
                   QStringLiteral("dynamicPollMs=100,fullListPollMs=1000,metadataPollMs=1000,"
                                  "hostDisconnectGraceSeconds=20,finalPlaylistWindowSeconds=10,"
                                  "finalPlaylistRetryMs=333"));
        return env;
    }

    static QStringList chunkFiles(const QString &home) {
        QStringList files;
        // Name filters would also keep the iterator out of the folders: filter by hand.
        QDirIterator it(home, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            if (name.endsWith(QLatin1String(".chunk")))
                files << name;
        }
        return files;
    }

    static QString savedFile(const QString &out) {
        const QStringList files = QDir(out).entryList({QStringLiteral("*.m4a")});
        return files.size() == 1 ? QDir(out).filePath(files.first()) : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 120.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
        m_referenceMd5 = decodedPcmMd5(m_fixture->cleanAdtsPath);
        QVERIFY(!m_referenceMd5.isEmpty());
    }

    void liveLinkIsRecordedUntilItEnds() {
        Rig rig(*m_fixture);
        QTRY_VERIFY_WITH_TIMEOUT(rig.live->chunksListed() >= 10, 20000);
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const CliRun run = runCli(
            {QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
             QStringLiteral("https://x.com/i/spaces/%1").arg(kSpaceId), QStringLiteral("-o"), out},
            environment(home.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(rig.live->ended());
        const QString path = savedFile(out);
        QVERIFY2(!path.isEmpty(), run.err.constData());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), m_referenceMd5);
        QVERIFY(decodeErrors(path).isEmpty());
        for (int i = 0; i < rig.live->chunkCount(); ++i)
            QCOMPARE(rig.http().requestCount(rig.live->chunkPath(i)), 1);
    }

    void waitForAScheduledSpaceThenRecordItFromItsStart() {
        Rig rig(*m_fixture, 3000);  // scheduled: on air 3 s from now
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        QProcessEnvironment env = environment(home.path());
        env.insert(QStringLiteral("SPACETAPE_SCHEDULE_POLL_MS"), QStringLiteral("200"));
        const CliRun run = runCli(
            {QStringLiteral("--api-origin"), rig.apiOrigin().toString(), QStringLiteral("--wait"),
             QStringLiteral("--json"), QStringLiteral("https://x.com/i/spaces/%1").arg(kSpaceId),
             QStringLiteral("-o"), out},
            env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // It waited (a "scheduled" event), then recorded the Space live until it ended.
        QVERIFY2(run.out.contains("\"event\":\"scheduled\""), run.out.constData());
        QVERIFY2(run.out.contains("\"event\":\"live\""), run.out.constData());
        QVERIFY(rig.live->ended());
        const QString path = savedFile(out);
        QVERIFY2(!path.isEmpty(), run.err.constData());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), m_referenceMd5);
        for (int i = 0; i < rig.live->chunkCount(); ++i)
            QCOMPARE(rig.http().requestCount(rig.live->chunkPath(i)), 1);
    }

    void killedRecordingContinuesWhenStartedAgain() {
        Rig rig(*m_fixture);
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const QStringList args = {QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                                  kSpaceId, QStringLiteral("-o"), out};
        QStringList onDiskAtKill;
        {
            QProcess cli;
            cli.setProcessEnvironment(environment(home.path()));
            cli.start(cliPath(), args);
            QVERIFY(cli.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(chunkFiles(home.path()).size() >= 15, 30000);
            cli.kill();  // SIGKILL: no chance to save anything more
            QVERIFY(cli.waitForFinished());
            onDiskAtKill = chunkFiles(home.path());
        }
        QVERIFY(rig.live->running());
        const CliRun run = runCli(args, environment(home.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString path = savedFile(out);
        QVERIFY(!path.isEmpty());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), m_referenceMd5);
        for (int i = 0; i < rig.live->chunkCount(); ++i) {
            const QString file = QStringLiteral("%1.chunk")
                                     .arg(rig.live->sequences().at(i), 10, 10, QLatin1Char('0'));
            const int requests = rig.http().requestCount(rig.live->chunkPath(i));
            // A chunk saved before the kill is never fetched again; one in flight at the kill
            // may be fetched twice.
            if (onDiskAtKill.contains(file))
                QCOMPARE(requests, 1);
            else
                QVERIFY2(requests >= 1 && requests <= 2, qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLive)
#include "tst_cli_live.moc"
