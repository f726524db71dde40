// SPDX-License-Identifier: MIT
// After a crash: the real app is killed (SIGKILL) in the middle of a download; a new start
// restores the saved queue, offers to resume, and finishes from the chunks already on disk,
// fetching each missing chunk once and no cached chunk again.
#include "MainWindow.h"
#include "StartupPrompts.h"
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "media/Tagger.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "support/ChunkFixture.h"
#include "support/IsolatedXApiClient.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "support/TestPaths.h"
#include "x/XApiClient.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
const char kCdnPrefix[] =
    "/Transcoding/v1/hls/t0k3n/non_transcode/us-east-1/"
    "periscope-replay-direct-prod-us-east-1-public/audio-space/";
/// Chunks that arrive before the crash; the others trickle so the app is surely mid-download.
constexpr int kChunksBeforeCrash = 10;

QStringList chunkFilesIn(const QString &dir) {
    return QDir(dir).entryList({QStringLiteral("*.chunk")}, QDir::Files, QDir::Name);
}

/// The state of the first entry of a saved queue file, or an empty string.
QString savedState(const QString &queueFile) {
    QFile file(queueFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    return entries.isEmpty() ? QString()
                             : entries.first().toObject().value(QStringLiteral("state")).toString();
}
}  // namespace

class TestRestoreAfterCrash : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    QString dataDir() const {
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    }
    QString chunkCacheDir() const {
        return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
               QStringLiteral("/chunks/") + kSpaceId;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        // The app child and this process share one throwaway home, so both find the same
        // queue file, settings and chunk cache exactly where the real app keeps them.
        for (const auto &[name, sub] : {std::pair{"HOME", ""},
                                        {"XDG_DATA_HOME", "/data"},
                                        {"XDG_CONFIG_HOME", "/config"},
                                        {"XDG_CACHE_HOME", "/cache"}}) {
            const QString path = m_home.path() + QLatin1String(sub);
            QVERIFY(QDir().mkpath(path));
            qputenv(name, path.toUtf8());
        }
        QCoreApplication::setOrganizationName(QStringLiteral("Spacetape"));
        QCoreApplication::setApplicationName(QStringLiteral("Spacetape"));

        const QString adts = m_home.filePath(QStringLiteral("clean.aac"));
        // 90 s in 3 s chunks: 30 chunks.
        QCOMPARE(encodeAdts(adts, 48000, 2, 90.0), QString());
        QString error;
        m_fixture = makeChunkFixture(adts, m_home.filePath(QStringLiteral("cdn")), {}, &error);
        QVERIFY2(m_fixture, qPrintable(error));
        QCOMPARE(m_fixture->chunkNames.size(), 30);
        m_referenceMd5 = decodedPcmMd5(adts);
        QVERIFY(!m_referenceMd5.isEmpty());
    }

    void killedMidDownloadResumesFromCachedChunks() {
        FakeHttpServer http;
        FakeXServer x(http);
        QVERIFY(http.listen());
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        FakeSpace space;
        space.id = kSpaceId;
        space.mediaKey = QStringLiteral("28_") + kSpaceId;
        space.title = QStringLiteral("Survives a crash");
        space.endedAt = space.startedAt.addSecs(90);
        space.playlistUrl =
            http.url(QString::fromLatin1(kCdnPrefix) + m_fixture->playlistName).toString();
        x.addSpace(space);
        QStringList chunkPaths;
        for (const QString &name : m_fixture->chunkNames)
            chunkPaths << QString::fromLatin1(kCdnPrefix) + name;
        for (int i = kChunksBeforeCrash; i < chunkPaths.size(); ++i)
            http.trickle(chunkPaths[i].toLatin1(), 1000, 64);

        const QString outDir = m_home.filePath(QStringLiteral("out"));
        {
            AppSettings settings;  // the app's own settings file, in the shared home
            settings.setOutputDir(outDir);
            settings.setChunksInFlight(4);
        }

        // ---- first start: the real app, killed once it is mid-download ----
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SPACETAPE_API_ORIGIN"), http.baseUrl().toString());
        env.insert(QStringLiteral("SPACETAPE_KEYCHAIN_SERVICE"),
                   QStringLiteral("spacetape-restore-test"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(appPath(), {QStringLiteral("https://x.com/i/spaces/%1/peek").arg(kSpaceId)});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));

        const QString queueFile = dataDir() + QStringLiteral("/queue.json");
        QTRY_VERIFY_WITH_TIMEOUT(chunkFilesIn(chunkCacheDir()).size() >= kChunksBeforeCrash, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(savedState(queueFile), QStringLiteral("Downloading"), 10000);
        QCOMPARE(app.state(), QProcess::Running);
        app.kill();  // SIGKILL: no chance to save anything more
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        const QStringList cachedAtCrash = chunkFilesIn(chunkCacheDir());
        QCOMPARE(cachedAtCrash.size(), kChunksBeforeCrash);
        // The saved queue survived whole: written atomically, still says Downloading.
        QCOMPARE(savedState(queueFile), QStringLiteral("Downloading"));

        // The dead app's last requests may still sit unread in the server's sockets (the wait
        // above blocks the event loop): let the server read them and see the connections close
        // before the log is cleared, so the restart's log holds only the restart's requests.
        QTRY_COMPARE_WITH_TIMEOUT(http.openConnections(), 0, 10000);
        http.clearFaults();
        http.clearRequestLog();

        // ---- second start: restore, the question, resume ----
        NetworkService network;
        network.setApiOrigin(http.baseUrl());
        IsolatedXApiClient api(network, dataDir());
        AppSettings settings;
        DownloadQueue queue(network, api, queueFile);
        queue.setDownloadSettings(settings.downloadSettings());
        QVERIFY(queue.restore());
        QCOMPARE(queue.count(), 1);
        QCOMPARE(queue.at(0).key, kSpaceId);
        QCOMPARE(queue.at(0).state, EntryState::Paused);
        QCOMPARE(queue.at(0).stateDetail, DownloadQueue::interruptedDetail());
        QCOMPARE(queue.at(0).title, space.title);

        MainWindow window(queue, settings);
        window.setNetworkService(&network);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMessageBox *question = StartupPrompts::offerToResume(queue, &window);
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(question->text().contains(QStringLiteral("1 download did not finish")));
        QCOMPARE(queue.at(0).state, EntryState::Paused);  // nothing resumes unasked
        question->button(QMessageBox::Yes)->click();

        QTRY_COMPARE_WITH_TIMEOUT(queue.at(0).state, EntryState::Done, 60000);

        // Only the chunks missing at the crash were fetched, each once.
        QMap<QString, int> fetched;
        for (const FakeRequest &request : http.requestLog()) {
            const QString path = QString::fromLatin1(request.path);
            if (chunkPaths.contains(path))
                ++fetched[path.section(QLatin1Char('/'), -1)];
        }
        QStringList expected = m_fixture->chunkNames.mid(kChunksBeforeCrash);
        expected.sort();
        QCOMPARE(QStringList(fetched.keys()), expected);
        for (auto it = fetched.cbegin(); it != fetched.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));

        const QString output = queue.at(0).outputPath;
        QVERIFY2(QFile::exists(output), qPrintable(output));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(output), m_referenceMd5);
        const Expected<SpaceTags> tags = Tagger::read(output);
        QVERIFY2(tags, qPrintable(tags.error()));
        QCOMPARE(tags->title, space.title);
        QVERIFY(!QDir(chunkCacheDir()).exists());  // the cache goes once the file is saved
    }
};

QTEST_MAIN(TestRestoreAfterCrash)
#include "tst_restore_after_crash.moc"
