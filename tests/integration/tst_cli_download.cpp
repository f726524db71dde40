// SPDX-License-Identifier: MIT
// spacetape-cli as scripts use it: playlists in, files and exit codes out.
#include "fake/FakeHttpServer.h"
#include "net/SegmentFetcher.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

class TestCliDownload : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    CliRun runCli(const QStringList &args, const QString &home) {
        return test::runCli(args, cliEnvironment(home));
    }

    static QStringList cachedChunks(const QString &home) {
        QStringList names;
        QDirIterator it(home + QStringLiteral("/cache"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            names << QFileInfo(it.next()).fileName();
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        ChunkFixtureOptions options;
        options.strayBytesChunks = {0, 7};
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 60.0, &error, options, 44100, 1);
        QVERIFY2(m_fixture, qPrintable(error));
        m_referenceMd5 = decodedPcmMd5(m_fixture->cleanAdtsPath);
    }

    void helpAndVersion() {
        QTemporaryDir home;
        CliRun run = runCli({QStringLiteral("--version")}, home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("spacetape-cli "));
        run = runCli({QStringLiteral("--help")}, home.path());
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--output-dir", "--template", "--concurrency", "--cookies",
                                   "--api-origin", "--info", "--json"})
            QVERIFY2(run.out.contains(option), option);
    }

    void badInputsFailWithOneLineEach() {
        QTemporaryDir home;
        const CliRun run =
            runCli({QStringLiteral("https://example.com/watch?v=1"), QStringLiteral("not a link")},
                   home.path());
        QVERIFY(run.exitCode != 0);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains("example.com"));
        QVERIFY(run.err.contains("not a Space link"));
        QCOMPARE(
            runCli({QStringLiteral("-j"), QStringLiteral("0"), QStringLiteral("x")}, home.path())
                .exitCode,
            2);
    }

    void proxyOptionSendsRequestsThroughTheProxy() {
        // A stand-in proxy: it records the requests and answers none of them usefully. The
        // CDN host is not loopback (loopback never goes through a proxy) and never resolved:
        // with an HTTP proxy the whole URL goes to the proxy.
        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        QTemporaryDir home;
        const QString url =
            QStringLiteral("http://cdn.spacetape.invalid/cdn/") + m_fixture->playlistName;
        const CliRun run = runCli(
            {QStringLiteral("--proxy"), QStringLiteral("127.0.0.1:%1").arg(proxy.baseUrl().port()),
             QStringLiteral("-o"), home.filePath(QStringLiteral("out")), url},
            home.path());
        QVERIFY(run.exitCode != 0);
        QVERIFY(!proxy.requestLog().isEmpty());
        const FakeRequest asked =
            proxy.requestLog().first();  // a copy: the log is returned by value
        QCOMPARE(asked.header("host"), QByteArray("cdn.spacetape.invalid"));
        QVERIFY2(asked.path.contains(m_fixture->playlistName.toUtf8()), asked.path.constData());

        // "none" connects directly; a malformed address is a usage error (exit 2).
        FakeHttpServer cdn;
        QVERIFY(cdn.listen());
        cdn.serveDirectory("/cdn/", m_fixture->dir);
        const QString local = cdn.url(QStringLiteral("/cdn/") + m_fixture->playlistName).toString();
        const CliRun direct =
            runCli({QStringLiteral("--proxy"), QStringLiteral("none"), QStringLiteral("-o"),
                    home.filePath(QStringLiteral("out")), local},
                   home.path());
        QCOMPARE(direct.exitCode, 0);
        const CliRun bad =
            runCli({QStringLiteral("--proxy"), QStringLiteral("ftp://example.org:21"), local},
                   home.path());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--proxy: Only http:// and socks5://"), bad.err.constData());
    }

    void proxyPasswordComesFromAFileNotTheCommandLine() {
        // The stand-in proxy asks for credentials (407) until a request brings them.
        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        proxy.addRoute("", [](const FakeRequest &request) {
            FakeResponse answer;
            if (request.header("proxy-authorization").isEmpty()) {
                answer.status = 407;
                answer.addHeader("Proxy-Authenticate", "Basic realm=\"test\"");
            } else {
                answer.status = 404;
            }
            return std::optional<FakeResponse>(answer);
        });
        QTemporaryDir home;
        const QString password = QStringLiteral("s3cr3t-from-file");
        QFile file(home.filePath(QStringLiteral("proxy-password")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(password.toUtf8() + "\n");
        file.close();
        const QString address =
            QStringLiteral("http://alice@127.0.0.1:%1").arg(proxy.baseUrl().port());
        const QString url =
            QStringLiteral("http://cdn.spacetape.invalid/cdn/") + m_fixture->playlistName;
        // X's API (not loopback, so through the proxy; https, since a login would never go to
        // another computer over plain http). The CDN's requests carry no credentials of any
        // kind, by design (NetworkService::cdnRequest).
        const CliRun run =
            runCli({QStringLiteral("--proxy"), address, QStringLiteral("--proxy-password-file"),
                    file.fileName(), QStringLiteral("--api-origin"),
                    QStringLiteral("https://api.spacetape.invalid"), QStringLiteral("-o"),
                    home.filePath(QStringLiteral("out")), QStringLiteral("1YqKDqWqdPLxV")},
                   home.path());
        QVERIFY(run.exitCode != 0);
        const QByteArray expected = "Basic " + QByteArray("alice:" + password.toUtf8()).toBase64();
        bool authorized = false;
        for (const FakeRequest &request : proxy.requestLog())
            authorized = authorized || request.header("proxy-authorization") == expected;
        QVERIFY2(authorized, run.err.constData());

        // Usage errors (exit 2): a password in two places, no user, no file, not a file.
        const QString withPassword =
            QStringLiteral("http://alice:pw@127.0.0.1:%1").arg(proxy.baseUrl().port());
        const CliRun twice = runCli({QStringLiteral("--proxy"), withPassword,
                                     QStringLiteral("--proxy-password-file"), file.fileName(), url},
                                    home.path());
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("--proxy-password-file: "), twice.err.constData());
        const CliRun noUser = runCli(
            {QStringLiteral("--proxy"), QStringLiteral("127.0.0.1:%1").arg(proxy.baseUrl().port()),
             QStringLiteral("--proxy-password-file"), file.fileName(), url},
            home.path());
        QCOMPARE(noUser.exitCode, 2);
        const CliRun missing =
            runCli({QStringLiteral("--proxy"), address, QStringLiteral("--proxy-password-file"),
                    home.filePath(QStringLiteral("nothing-here")), url},
                   home.path());
        QCOMPARE(missing.exitCode, 2);
        const CliRun folder = runCli({QStringLiteral("--proxy"), address,
                                      QStringLiteral("--proxy-password-file"), home.path(), url},
                                     home.path());
        QCOMPARE(folder.exitCode, 2);
        // --help says where a password on the command line ends up.
        const CliRun help = runCli({QStringLiteral("--help")}, home.path());
        QVERIFY(help.out.contains("--proxy-password-file"));
        QVERIFY(help.out.contains("process list"));
    }

    void localPlaylistBecomesM4a() {
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const CliRun run =
            runCli({QStringLiteral("-o"), out, m_fixture->playlistPath}, home.path());
        QCOMPARE(run.exitCode, 0);
        const QString file = QDir(out).filePath(
            QFileInfo(m_fixture->playlistPath).completeBaseName() + QStringLiteral(".m4a"));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(file), m_referenceMd5);
    }

    void playlistUrlWithJsonProgress() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        server.setLatencyMs(30);
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const QString url =
            server.url(QStringLiteral("/cdn/") + m_fixture->playlistName).toString();
        const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("-j"),
                                   QStringLiteral("8"), QStringLiteral("-o"), out, url},
                                  home.path());
        QCOMPARE(run.exitCode, 0);
        QJsonObject last;
        bool sawProgress = false;
        for (const QByteArray &line : run.out.trimmed().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            QVERIFY2(!event.isEmpty(), line.constData());
            sawProgress |=
                event.value(QStringLiteral("event")).toString() == QLatin1String("progress");
            last = event;
        }
        QVERIFY(sawProgress);
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("done"));
        QCOMPARE(last.value(QStringLiteral("junk_bytes_skipped")).toInt(), 2 * 188);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(last.value(QStringLiteral("path")).toString()),
                              m_referenceMd5);
        // The CDN never sees credentials.
        for (const FakeRequest &request : server.requestLog()) {
            QVERIFY(!request.headers.contains("cookie"));
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("x-csrf-token"));
        }
    }

    void killedRunResumesWithOnlyMissingChunks() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        server.setLatencyMs(150);  // slow enough to kill it midway
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const QString url =
            server.url(QStringLiteral("/cdn/") + m_fixture->playlistName).toString();

        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment(home.path()));
        cli.start(cliPath(),
                  {QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-o"), out, url});
        QTRY_VERIFY_WITH_TIMEOUT(cachedChunks(home.path()).size() >= 6, 60000);
        cli.kill();
        QVERIFY(cli.waitForFinished());
        const QStringList before = cachedChunks(home.path());
        QVERIFY(before.size() < m_fixture->chunkNames.size());

        server.clearRequestLog();
        server.setLatencyMs(0);
        const CliRun run = runCli({QStringLiteral("-o"), out, url}, home.path());
        QCOMPARE(run.exitCode, 0);
        QSet<qint64> fetchedAgain;
        for (const FakeRequest &request : server.requestLog()) {
            const int index = m_fixture->chunkNames.indexOf(
                QString::fromLatin1(request.path.mid(int(qstrlen("/cdn/")))));
            if (index >= 0)
                fetchedAgain.insert(m_fixture->sequences.at(index));
        }
        for (int i = 0; i < m_fixture->sequences.size(); ++i) {
            const qint64 seq = m_fixture->sequences.at(i);
            const bool wasCached = before.contains(SegmentFetcher::chunkFileName(seq));
            QCOMPARE(fetchedAgain.contains(seq), !wasCached);
        }
        const QStringList saved = QDir(out).entryList({QStringLiteral("*.m4a")});
        QCOMPARE(saved.size(), 1);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(QDir(out).filePath(saved.first())), m_referenceMd5);
    }
};

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_cli_download.moc"
