// SPDX-License-Identifier: MIT
// Listening before saving, through the real window, QMediaPlayer and GStreamer (headless):
// a queued Space previews from the start and from three quarters in, fetching only chunks near
// the play head; "Download" saves it reusing the preview's chunks and the player carries on
// from the file; keys drive the player from the queue but not from the link field; a damaged
// chunk or a missing GStreamer decoder shows a message instead of crashing.
#include "DetailsPane.h"
#include "LinkBar.h"
#include "MainWindow.h"
#include "PlayerBar.h"
#include "PreviewPlayer.h"
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "preview/GStreamerPlugins.h"
#include "preview/PreviewSession.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "support/ChunkFixture.h"
#include "support/IsolatedXApiClient.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "x/XApiClient.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const char kCdnPrefix[] =
    "/Transcoding/v1/hls/t0k3n/non_transcode/us-east-1/"
    "periscope-replay-direct-prod-us-east-1-public/audio-space/";
const QString kPreviewed = QStringLiteral("1YqKDqWqdPLxV");
const QString kOther = QStringLiteral("1OwxWXwaAMMGQ");
/// Set in the child process that plays without an AAC decoder.
const char kChildVariable[] = "SPACETAPE_PREVIEW_NO_DECODER_CHILD";
/// Set by tests/bench/preview_bench.sh: runs benchPlayToAudio (a measurement, not a test).
const char kBenchVariable[] = "SPACETAPE_PREVIEW_BENCH";
}  // namespace

class TestPreview : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    /// The app with its queue and window, on a fake X and CDN.
    struct Rig {
        FakeHttpServer http;
        std::unique_ptr<FakeXServer> x;
        QTemporaryDir home;
        std::unique_ptr<NetworkService> network;
        std::unique_ptr<XApiClient> api;
        std::unique_ptr<DownloadQueue> queue;
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<MainWindow> window;
        QHash<int, int> chunkRequests;  ///< chunk index → requests, over the whole run

        /// @p damagedChunk: a chunk index the CDN answers with bytes that are not audio.
        explicit Rig(const ChunkFixture &fixture, int damagedChunk = -1) {
            x = std::make_unique<FakeXServer>(http);
            http.listen();
            if (damagedChunk >= 0) {
                // The first route that answers wins: this one comes before the directory's.
                http.addRoute(kCdnPrefix + fixture.chunkNames.at(damagedChunk).toLatin1(),
                              [](const FakeRequest &) -> std::optional<FakeResponse> {
                                  FakeResponse response;
                                  response.body = QByteArray(20000, '\x33');
                                  return response;
                              });
            }
            http.serveDirectory(kCdnPrefix, fixture.dir);
            for (const QString &id : {kPreviewed, kOther}) {
                FakeSpace space;
                space.id = id;
                space.mediaKey = QStringLiteral("28_") + id;
                space.title = QStringLiteral("Preview %1").arg(id);
                space.playlistUrl =
                    http.url(QString::fromLatin1(kCdnPrefix) + fixture.playlistName).toString();
                x->addSpace(space);
            }
            QObject::connect(
                &http, &FakeHttpServer::requestReceived, &http,
                [this, fixture](const FakeRequest &request) {
                    const QString name =
                        QString::fromLatin1(request.path).section(QLatin1Char('/'), -1);
                    const int index = int(fixture.chunkNames.indexOf(name));
                    if (index >= 0)
                        ++chunkRequests[index];
                });
            network = std::make_unique<NetworkService>();
            network->setApiOrigin(http.baseUrl());
            api = std::make_unique<IsolatedXApiClient>(*network, home.path());
            queue = std::make_unique<DownloadQueue>(*network, *api,
                                                    home.filePath(QStringLiteral("queue.json")));
            settings = std::make_unique<AppSettings>(home.filePath(QStringLiteral("settings.ini")));
            settings->setOutputDir(home.filePath(QStringLiteral("out")));
            DownloadSettings download = settings->downloadSettings();
            download.cacheRoot = home.filePath(QStringLiteral("cache"));
            queue->setDownloadSettings(download);
            queue->setAutoStart(false);  // nothing downloads until asked
            window = std::make_unique<MainWindow>(*queue, *settings);
            window->setNetworkService(network.get());
            window->setApiClient(api.get());
        }
        ~Rig() { window.reset(); }

        PreviewPlayer &player() { return *window->previewPlayer(); }
        /// Chunk indexes asked for since the log was last cleared, in order.
        QList<int> loggedChunks(const ChunkFixture &fixture) const {
            QList<int> chunks;
            for (const FakeRequest &request : http.requestLog()) {
                const QString name =
                    QString::fromLatin1(request.path).section(QLatin1Char('/'), -1);
                const int index = int(fixture.chunkNames.indexOf(name));
                if (index >= 0)
                    chunks << index;
            }
            return chunks;
        }
    };

    static bool waitForAudio(PreviewPlayer &player, int timeoutMs = 20000) {
        QSignalSpy started(&player, &PreviewPlayer::audioStarted);
        QSignalSpy failed(&player, &PreviewPlayer::errorOccurred);
        QElapsedTimer clock;
        clock.start();
        while (started.isEmpty() && failed.isEmpty() && clock.elapsed() < timeoutMs)
            started.wait(200);
        if (!failed.isEmpty())
            qWarning() << "player error:" << failed.first().first().toString();
        return !started.isEmpty();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        const bool child = qEnvironmentVariableIsSet(kChildVariable);
        const QString adts = m_media.filePath(QStringLiteral("clean.aac"));
        // 4 minutes: 80 chunks of 3 s (the child only needs a few).
        QCOMPARE(encodeAdts(adts, 48000, 2, child ? 15.0 : 240.0), QString());
        QString error;
        m_fixture = makeChunkFixture(adts, m_media.filePath(QStringLiteral("cdn")), {}, &error);
        QVERIFY2(m_fixture, qPrintable(error));
        if (!child)
            m_referenceMd5 = decodedPcmMd5(adts);
    }

    void previewsFromTheStartAndFromThreeQuartersThenSavesReusingTheChunks() {
        if (qEnvironmentVariableIsSet(kChildVariable))
            QSKIP("child process");
        Rig rig(*m_fixture);
        rig.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(rig.window.get()));
        rig.window->addLinks(QStringLiteral("https://x.com/i/spaces/%1 https://x.com/i/spaces/%2")
                                 .arg(kOther, kPreviewed));
        QCOMPARE(rig.queue->count(), 2);
        rig.window->selectKeys({kPreviewed});

        // Play in the details pane: looked up through X, then played from the start.
        QPushButton *play = rig.window->detailsPane()->playButton();
        QVERIFY(play);
        play->click();
        QVERIFY(waitForAudio(rig.player()));
        QVERIFY(rig.window->playerBar()->isVisible());
        QCOMPARE(rig.window->previewKey(), kPreviewed);
        QVERIFY(qAbs(rig.player().duration() - 240.0) < 3.5);
        QTRY_VERIFY_WITH_TIMEOUT(rig.player().position() > 1.0, 10000);
        QVERIFY(rig.player().position() < 30.0);
        QVERIFY(rig.window->playerBar()->timeText().endsWith(QStringLiteral(" / 4:00")));
        QVERIFY(rig.queue->at(rig.queue->indexOf(kPreviewed)).state == EntryState::Waiting);
        const QList<int> atStart = rig.loggedChunks(*m_fixture);
        QCOMPARE(atStart.first(), 0);
        QVERIFY(*std::max_element(atStart.cbegin(), atStart.cend()) < 30);

        // A seek to 75 %: plays from there, and only chunks from there on are fetched.
        rig.http.clearRequestLog();
        const double target = rig.player().duration() * 0.75;
        const int targetChunk = rig.player().session()->timeline().indexAt(target);
        rig.player().seek(target);
        QVERIFY(waitForAudio(rig.player()));
        QVERIFY2(rig.player().position() >= target - 0.1,
                 qPrintable(QString::number(rig.player().position())));
        QTRY_VERIFY_WITH_TIMEOUT(rig.player().position() > target + 1.0, 10000);
        const QList<int> afterSeek = rig.loggedChunks(*m_fixture);
        QVERIFY(!afterSeek.isEmpty());
        QCOMPARE(afterSeek.first(), targetChunk);
        for (int index : afterSeek)
            QVERIFY2(index >= targetChunk, qPrintable(QString::number(index)));

        // Download from the player: queued at the top, saved without fetching a chunk twice,
        // and the player goes on from the saved file.
        QPushButton *download = rig.window->playerBar()->downloadButton();
        QVERIFY(download->isVisible());
        download->click();
        QCOMPARE(rig.queue->at(0).key, kPreviewed);
        // The message names the Space that moved, not the one now below it.
        const QString moved = rig.window->statusBar()->currentMessage();
        QVERIFY2(moved.contains(kPreviewed), qPrintable(moved));
        QTRY_VERIFY_WITH_TIMEOUT(rig.queue->at(0).state == EntryState::Done ||
                                     rig.queue->at(0).state == EntryState::Failed,
                                 60000);
        const QueueEntry &saved = rig.queue->at(0);
        QVERIFY2(saved.state == EntryState::Done, qPrintable(saved.stateDetail));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(saved.outputPath), m_referenceMd5);
        QCOMPARE(rig.chunkRequests.size(), int(m_fixture->chunkNames.size()));
        for (auto it = rig.chunkRequests.cbegin(); it != rig.chunkRequests.cend(); ++it)
            QVERIFY2(
                it.value() == 1,
                qPrintable(
                    QStringLiteral("chunk %1 fetched %2 times").arg(it.key()).arg(it.value())));
        QTRY_COMPARE_WITH_TIMEOUT(rig.player().filePath(), saved.outputPath, 10000);
        QVERIFY(!download->isVisible());
        QVERIFY(rig.player().position() > target);
        QVERIFY(waitForAudio(rig.player()));
    }

    void keysDriveThePlayerFromTheQueueButNotFromTheLinkField() {
        if (qEnvironmentVariableIsSet(kChildVariable))
            QSKIP("child process");
        Rig rig(*m_fixture);
        rig.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(rig.window.get()));
        rig.window->addLinks(QStringLiteral("https://x.com/i/spaces/%1").arg(kPreviewed));
        rig.window->selectKeys({kPreviewed});
        // Shortcuts only work in the active window.
        QApplication::setActiveWindow(rig.window.get());
        QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
        QTableView *view = rig.window->queueView();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());

        QTest::keyClick(view, Qt::Key_Space);  // nothing loaded: previews the current row
        QVERIFY(waitForAudio(rig.player()));
        QVERIFY(rig.player().isPlaying());
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(waitForAudio(rig.player()));
        QVERIFY2(rig.player().position() >= 15.0,
                 qPrintable(QString::number(rig.player().position())));
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(rig.player().position() < 15.0);
        QVERIFY(waitForAudio(rig.player()));
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!rig.player().isPlaying());

        QLineEdit *edit = rig.window->linkBar()->lineEdit();
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("a b"));
        QCOMPARE(edit->text(), QStringLiteral("a b"));  // Space typed, not taken
        QVERIFY(!rig.player().isPlaying());
        QTest::keyClick(edit, Qt::Key_Left);
        QCOMPARE(edit->cursorPosition(), 2);
    }

    void aDamagedChunkShowsAMessageAndPlaybackGoesOn() {
        if (qEnvironmentVariableIsSet(kChildVariable))
            QSKIP("child process");
        Rig rig(*m_fixture, 1);
        rig.window->show();
        rig.window->addLinks(QStringLiteral("https://x.com/i/spaces/%1").arg(kPreviewed));
        rig.window->preview(kPreviewed);
        QVERIFY(waitForAudio(rig.player()));
        QTRY_VERIFY_WITH_TIMEOUT(
            rig.window->playerBar()->messageText().contains(
                QStringLiteral("Chunk %1 (at 0:03)").arg(m_fixture->sequences.at(1))),
            10000);
        const double before = rig.player().position();
        QTRY_VERIFY_WITH_TIMEOUT(rig.player().position() > before + 1.0, 10000);
        QVERIFY(rig.player().isPlaying());
    }

    void aMissingDecoderNamesThePluginToInstall() {
        if (qEnvironmentVariableIsSet(kChildVariable))
            QSKIP("child process");
        // GStreamer as on a system without gstreamer1.0-libav: every plugin but that one.
        QString systemFolder;
        for (const QString &folder : GStreamerPlugins::searchPaths()) {
            if (QFile::exists(QDir(folder).filePath(QStringLiteral("libgstlibav.so"))))
                systemFolder = folder;
        }
        if (systemFolder.isEmpty())
            QSKIP("gstreamer1.0-libav is not installed here");
        QTemporaryDir plugins;
        for (const QFileInfo &plugin :
             QDir(systemFolder).entryInfoList({QStringLiteral("*.so")}, QDir::Files)) {
            if (plugin.fileName() != QLatin1String("libgstlibav.so"))
                QVERIFY(
                    QFile::link(plugin.absoluteFilePath(), plugins.filePath(plugin.fileName())));
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("GST_PLUGIN_SYSTEM_PATH_1_0"), plugins.path());
        env.insert(QStringLiteral("GST_PLUGIN_PATH_1_0"), plugins.path());
        env.insert(QStringLiteral("GST_REGISTRY_1_0"),
                   plugins.filePath(QStringLiteral("registry.bin")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("childPlaysWithoutAnAacDecoder")});
        QVERIFY(child.waitForFinished(60000));
        const QString out =
            QString::fromLocal8Bit(child.readAllStandardOutput() + child.readAllStandardError());
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);  // no crash
        QVERIFY2(child.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("avdec_aac")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("sudo apt install gstreamer1.0-libav")),
                 qPrintable(out));
    }

    /// Play → audio and seek → audio with 50 ms per request; see tests/bench/preview_bench.sh.
    void benchPlayToAudio() {
        if (!qEnvironmentVariableIsSet(kBenchVariable))
            QSKIP("a benchmark: run tests/bench/preview_bench.sh");
        const int rounds = qEnvironmentVariableIntValue(kBenchVariable) > 1
                               ? qEnvironmentVariableIntValue(kBenchVariable)
                               : 5;
        FakeHttpServer http;
        QVERIFY(http.listen());
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        http.setLatencyMs(50);
        NetworkService network;
        DownloadRequest request;
        request.playlistUrl = http.url(QString::fromLatin1(kCdnPrefix) + m_fixture->playlistName);
        QList<qint64> firstPlay, seekThreeQuarters, seekElsewhere;
        const auto median = [](QList<qint64> values) {
            std::sort(values.begin(), values.end());
            return values.isEmpty() ? -1 : values.at(values.size() / 2);
        };
        const auto worst = [](const QList<qint64> &values) {
            return values.isEmpty() ? -1 : *std::max_element(values.cbegin(), values.cend());
        };
        for (int round = 0; round < rounds; ++round) {
            QTemporaryDir cache;  // cold: nothing fetched before
            PreviewSession session(network);
            session.setCacheDir(cache.path());
            PreviewPlayer player;
            QElapsedTimer clock;
            clock.start();
            // Play on a resolved Space: playlist, first chunks, GStreamer's start.
            connect(&session, &PreviewSession::ready, &player,
                    [&player, &session] { player.playSession(&session, 0); });
            session.load(request);
            QVERIFY(waitForAudio(player));
            firstPlay << clock.elapsed();
            QTest::qWait(1000);  // listening a little, as a person would
            clock.restart();
            player.seek(session.durationSeconds() * 0.75);
            QVERIFY(waitForAudio(player));
            seekThreeQuarters << clock.elapsed();
            for (const double fraction : {0.3, 0.55, 0.1}) {
                QTest::qWait(500);
                clock.restart();
                player.seek(session.durationSeconds() * fraction);
                QVERIFY(waitForAudio(player));
                seekElsewhere << clock.elapsed();
            }
            player.clear();
        }
        qInfo(
            "bench: %d rounds, %d chunks of ~3 s, 50 ms latency per request, %d chunks in "
            "flight, cold cache per round",
            rounds, int(m_fixture->chunkNames.size()), PreviewSession::kDefaultChunksInFlight);
        qInfo("bench: Play -> audio (playlist + first chunks): median %lld ms, max %lld ms",
              median(firstPlay), worst(firstPlay));
        qInfo("bench: seek to 75 %% -> audio: median %lld ms, max %lld ms",
              median(seekThreeQuarters), worst(seekThreeQuarters));
        qInfo("bench: seek to 30/55/10 %% -> audio: median %lld ms, max %lld ms",
              median(seekElsewhere), worst(seekElsewhere));
    }

    /// Runs only in the child of aMissingDecoderNamesThePluginToInstall().
    void childPlaysWithoutAnAacDecoder() {
        if (!qEnvironmentVariableIsSet(kChildVariable))
            QSKIP("runs as a child process of aMissingDecoderNamesThePluginToInstall");
        FakeHttpServer http;
        QVERIFY(http.listen());
        http.serveDirectory(kCdnPrefix, m_fixture->dir);
        QTemporaryDir cache;
        NetworkService network;
        PreviewSession session(network);
        session.setCacheDir(cache.path());
        DownloadRequest request;
        request.playlistUrl = http.url(QString::fromLatin1(kCdnPrefix) + m_fixture->playlistName);
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.load(request);
        QVERIFY(ready.wait(15000));
        PreviewPlayer player;
        QSignalSpy failed(&player, &PreviewPlayer::errorOccurred);
        player.playSession(&session, 0);
        QVERIFY(failed.wait(20000));
        const QString message = failed.first().first().toString();
        qInfo("player error: %s", qPrintable(message));
        QVERIFY(!player.isPlaying());
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
