// SPDX-License-Identifier: MIT
// spacetape-cli end to end: a Space link through the fake X API and CDN to a
// tagged .m4a, --info, and cookies that never reach the CDN.
#include "fake/FakeSpaceRig.h"
#include "media/Tagger.h"
#include "support/AdtsFrames.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
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
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");
}  // namespace

class TestCliSpace : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;
    QByteArray m_avatar;

    /// The fake X API and CDN with one Space: a hostile title, a speaker and an avatar.
    struct Rig : FakeSpaceRig {
        Rig(const ChunkFixture &fixture, const QByteArray &avatar) : FakeSpaceRig(fixture) {
            http().serveFile("/profile_images/1/ada_400x400.png", avatar, "image/png");
            FakeSpace space = makeSpace(kSpaceId);
            space.title = QStringLiteral("Weekly <AMA>: \"what/why\"? ../../etc");
            space.speakerHandles = {QStringLiteral("bob")};
            space.avatarPath = QStringLiteral("/profile_images/1/ada_normal.png");
            space.startedAt = QDateTime(QDate(2026, 11, 1), QTime(18, 0), Qt::UTC);
            space.endedAt = space.startedAt.addSecs(60);
            x().addSpace(space);
        }
    };

    CliRun runCli(const QStringList &args, const QString &home) {
        return test::runCli(args, cliEnvironment(home));
    }

private Q_SLOTS:
    void initTestCase() {
        ChunkFixtureOptions options;
        options.strayBytesChunks = {3};
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 60.0, &error, options);
        QVERIFY2(m_fixture, qPrintable(error));
        m_referenceMd5 = decodedPcmMd5(m_fixture->cleanAdtsPath);
        m_avatar = makeImage(m_media.filePath(QStringLiteral("avatar.png")),
                             QStringLiteral("color=red:s=64x64"));
        QVERIFY(!m_avatar.isEmpty());
    }

    void spaceLinkBecomesTaggedM4a() {
        Rig rig(*m_fixture, m_avatar);
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const CliRun run =
            runCli({QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                    QStringLiteral("https://x.com/i/spaces/%1/peek?s=20").arg(kSpaceId),
                    QStringLiteral("-o"), out},
                   home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList files = QDir(out).entryList({QStringLiteral("*.m4a")});
        QCOMPARE(files.size(), 1);
        // The hostile title stays inside the output folder, one safe file name.
        QVERIFY2(files.first().startsWith(QLatin1String("2026-11-01 adahost - Weekly")),
                 qPrintable(files.first()));
        QVERIFY(files.first().endsWith(QStringLiteral("[%1].m4a").arg(kSpaceId)));
        const QString path = QDir(out).filePath(files.first());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), m_referenceMd5);
        QVERIFY(decodeErrors(path).isEmpty());
        const auto tags = Tagger::read(path);
        QVERIFY(tags);
        QCOMPARE(tags->title, QStringLiteral("Weekly <AMA>: \"what/why\"? ../../etc"));
        QCOMPARE(tags->hostName, QStringLiteral("Ada Host"));
        QCOMPARE(tags->hostHandle, QStringLiteral("adahost"));
        QCOMPARE(tags->spaceId, kSpaceId);
        QCOMPARE(tags->link, QStringLiteral("https://x.com/i/spaces/%1").arg(kSpaceId));
        QCOMPARE(tags->cover, m_avatar);
        QVERIFY(tags->comment.contains(QStringLiteral("@bob")));
    }

    void infoPrintsMetadataAsJson() {
        Rig rig(*m_fixture, m_avatar);
        QTemporaryDir home;
        const CliRun run = runCli({QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                                   QStringLiteral("--info"), kSpaceId},
                                  home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!info.isEmpty(), run.out.constData());
        QCOMPARE(info.value(QStringLiteral("id")).toString(), kSpaceId);
        QVERIFY(info.value(QStringLiteral("playlist_url"))
                    .toString()
                    .contains(QStringLiteral("/audio-space/")));
        QVERIFY(QDir(home.filePath(QStringLiteral("out"))).isEmpty());
    }

    void cookiesGoToXButNeverToTheCdn() {
        Rig rig(*m_fixture, m_avatar);
        rig.x().setValidLogin(kAuthToken, kCt0);
        QTemporaryDir home;
        const QString cookies = writeFile(home.filePath(QStringLiteral("cookies.txt")),
                                          netscapeCookies(kAuthToken, kCt0));
        QVERIFY(!cookies.isEmpty());
        const CliRun run = runCli({QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                                   QStringLiteral("--cookies"), cookies, kSpaceId,
                                   QStringLiteral("-o"), home.filePath(QStringLiteral("out"))},
                                  home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(rig.x().audioSpaceCalls().last(), QStringLiteral("cookies"));
        const QList<FakeRequest> cdnRequests = rig.cdnRequests();
        QVERIFY(cdnRequests.size() > 10);
        for (const FakeRequest &r : cdnRequests) {
            QVERIFY(!r.headers.contains("cookie"));
            QVERIFY(!r.headers.contains("authorization"));
            QVERIFY(!r.headers.contains("x-csrf-token"));
            QVERIFY(!r.headers.contains("x-guest-token"));
            QCOMPARE(r.header("referer"), QByteArray("https://x.com/"));
        }
        QVERIFY(!run.err.contains(kAuthToken.toLatin1()));
        QVERIFY(!run.out.contains(kAuthToken.toLatin1()));
    }

    void unavailableSpaceFailsWithItsReason() {
        Rig rig(*m_fixture, m_avatar);
        FakeSpace gone;
        gone.id = QStringLiteral("1OwxWXwaAMMGQ");
        gone.mediaKey = QStringLiteral("28_2");
        gone.replayAvailable = false;
        rig.x().addSpace(gone);
        QTemporaryDir home;
        const CliRun run = runCli({QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                                   gone.id, QStringLiteral("1AAAAAAAAAAAA")},
                                  home.path());
        QVERIFY(run.exitCode != 0);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains("replay"));
        QVERIFY(lines.at(1).contains("not found"));
    }
};

QTEST_GUILESS_MAIN(TestCliSpace)
#include "tst_cli_space.moc"
