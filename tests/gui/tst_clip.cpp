// SPDX-License-Identifier: MIT
// Clips from the player (issue 17): In/Out marks (key I, button Out) on a Space that is not
// downloaded, "Save clip" → a clip entry of its own kind in the queue → a file on disk that
// presents exactly the marked range; the entry survives a restart of the queue.
#include "MainWindow.h"
#include "PlayerBar.h"
#include "PreviewPlayer.h"
#include "QueueModel.h"
#include "fake/FakeSpaceRig.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "support/ChunkFixture.h"
#include "support/MediaTools.h"
#include "x/XApiClient.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
}  // namespace

class TestClip : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        const QString adts = m_media.filePath(QStringLiteral("clean.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 60.0), QString());
        QString error;
        m_fixture = makeChunkFixture(adts, m_media.filePath(QStringLiteral("cdn")), {}, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

private:
    static bool waitUntilPlaying(PreviewPlayer &player, double pastSeconds) {
        QElapsedTimer clock;
        clock.start();
        while (player.position() <= pastSeconds && clock.elapsed() < 20000)
            QTest::qWait(50);
        return player.position() > pastSeconds;
    }

    /// The app (queue + window) on the fake X and CDN, nothing started unless asked.
    struct App {
        NetworkService network;
        std::unique_ptr<XApiClient> api;
        std::unique_ptr<DownloadQueue> queue;
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<MainWindow> window;

        App(const FakeSpaceRig &rig, const QTemporaryDir &home) {
            network.setApiOrigin(rig.apiOrigin());
            api = std::make_unique<XApiClient>(network);
            queue = std::make_unique<DownloadQueue>(network, *api, stateFile(home));
            settings = std::make_unique<AppSettings>(home.filePath(QStringLiteral("settings.ini")));
            settings->setOutputDir(home.filePath(QStringLiteral("out")));
            DownloadSettings download = settings->downloadSettings();
            download.cacheRoot = home.filePath(QStringLiteral("cache"));
            queue->setDownloadSettings(download);
            queue->setAutoStart(false);  // the Space itself is never downloaded unless asked
            window = std::make_unique<MainWindow>(*queue, *settings);
            window->setNetworkService(&network);
            window->setApiClient(api.get());
            window->show();
        }
        ~App() { window.reset(); }
        static QString stateFile(const QTemporaryDir &home) {
            return home.filePath(QStringLiteral("queue.json"));
        }
    };

    /// Marks In with the key I at the play head, then Out with the button 2.5 s further on:
    /// reached by a seek (@p bySeek), or by playing on.
    static bool markTwoAndAHalfSeconds(PlayerBar *bar, PreviewPlayer &player, bool bySeek) {
        bar->playButton()->setFocus();
        if (!QTest::qWaitFor([bar] { return bar->playButton()->hasFocus(); }))
            return false;
        QTest::keyClick(bar->playButton(), Qt::Key_I);
        if (bar->markIn() < 0) {
            qWarning() << "I set no mark";
            return false;
        }
        const double out = bar->markIn() + 2.5;
        if (bySeek)
            player.seek(out);
        if (!QTest::qWaitFor([&player, out] { return player.position() >= out - 0.05; }, 20000)) {
            qWarning() << "the player did not get to" << out << "but" << player.position();
            return false;
        }
        bar->markOutButton()->click();
        return bar->markOut() > bar->markIn() + 2.0 && bar->saveClipButton()->isEnabled();
    }

    static double presentedSeconds(const QString &path) {
        const QJsonObject stream =
            probe(path).value(QStringLiteral("streams")).toArray().first().toObject();
        return stream.value(QStringLiteral("duration")).toString().toDouble();
    }

private Q_SLOTS:
    void marksAndSaveClipQueueAClipAndSaveIt() {
        FakeSpaceRig rig(*m_fixture);
        FakeSpace space = rig.makeSpace(kSpaceId);
        space.title = QStringLiteral("Clip source");
        rig.x().addSpace(space);
        QTemporaryDir home;
        auto app = std::make_unique<App>(rig, home);
        MainWindow *window = app->window.get();
        DownloadQueue *queue = app->queue.get();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->addLinks(QStringLiteral("https://x.com/i/spaces/%1").arg(kSpaceId));
        window->preview(kSpaceId, 20.0);
        PreviewPlayer &player = *window->previewPlayer();
        QVERIFY(waitUntilPlaying(player, 20.2));

        PlayerBar *bar = window->playerBar();
        QVERIFY(!bar->saveClipButton()->isEnabled());
        QVERIFY(markTwoAndAHalfSeconds(bar, player, true));
        QVERIFY(bar->markIn() > 20.0);
        const double in = bar->markIn();
        const double out = bar->markOut();
        bar->saveClipButton()->click();

        QCOMPARE(queue->count(), 2);
        const int row = 1;
        QCOMPARE(queue->at(row).kind, EntryKind::Clip);
        const QString key = queue->at(row).key;
        QTRY_VERIFY_WITH_TIMEOUT(queue->at(row).isFinished(), 60000);
        const QueueEntry clip = queue->at(row);
        QVERIFY2(clip.state == EntryState::Done, qPrintable(clip.stateDetail));
        QVERIFY(QFileInfo::exists(clip.outputPath));
        QVERIFY2(clip.outputPath.contains(QStringLiteral("Clip source (0_")),
                 qPrintable(clip.outputPath));
        // The file presents exactly Out − In.
        const double duration = presentedSeconds(clip.outputPath);
        QVERIFY2(std::abs(duration - (out - in)) < 0.001, qPrintable(QString::number(duration)));
        QVERIFY(decodeErrors(clip.outputPath).isEmpty());
        // The whole Space stays untouched in the queue.
        QCOMPARE(queue->at(0).kind, EntryKind::Space);
        QCOMPARE(queue->at(0).state, EntryState::Waiting);

        // The queue shows it as a clip.
        auto *model = window->findChild<QueueModel *>();
        QVERIFY(model);
        const QString shown = model->index(row, QueueModel::Title).data().toString();
        QVERIFY2(shown.startsWith(QStringLiteral("Clip 0:")), qPrintable(shown));

        // Saved and restored with its kind and range.
        app->window.reset();
        app->queue->flushSaves();
        app->queue.reset();
        DownloadQueue restored(app->network, *app->api, App::stateFile(home));
        QVERIFY(restored.restore());
        QCOMPARE(restored.count(), 2);
        const QueueEntry back = restored.at(restored.indexOf(key));
        QCOMPARE(back.kind, EntryKind::Clip);
        QCOMPARE(back.clipStartSeconds, in);
        QCOMPARE(back.clipEndSeconds, out);
        QCOMPARE(back.outputPath, clip.outputPath);
    }

    void aClipOfASavedFileNeedsNoNetwork() {
        FakeSpaceRig rig(*m_fixture);
        FakeSpace space = rig.makeSpace(kSpaceId);
        space.title = QStringLiteral("Saved source");
        rig.x().addSpace(space);
        QTemporaryDir home;
        App app(rig, home);
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        app.window->addLinks(QStringLiteral("https://x.com/i/spaces/%1").arg(kSpaceId));
        app.queue->start(kSpaceId);
        QTRY_VERIFY_WITH_TIMEOUT(app.queue->at(0).isFinished(), 60000);
        QCOMPARE(app.queue->at(0).state, EntryState::Done);

        app.window->preview(kSpaceId);
        PreviewPlayer &player = *app.window->previewPlayer();
        QCOMPARE(player.filePath(), app.queue->at(0).outputPath);
        QVERIFY(waitUntilPlaying(player, 1.0));
        rig.http().clearRequestLog();
        PlayerBar *bar = app.window->playerBar();
        QVERIFY(markTwoAndAHalfSeconds(bar, player, false));
        const double in = bar->markIn();
        const double out = bar->markOut();
        bar->saveClipButton()->click();
        QCOMPARE(app.queue->count(), 2);
        QCOMPARE(app.queue->at(1).clipSourceFile, app.queue->at(0).outputPath);
        QTRY_VERIFY_WITH_TIMEOUT(app.queue->at(1).isFinished(), 30000);
        const QueueEntry clip = app.queue->at(1);
        QVERIFY2(clip.state == EntryState::Done, qPrintable(clip.stateDetail));
        QVERIFY(QFileInfo::exists(clip.outputPath));
        QVERIFY(std::abs(presentedSeconds(clip.outputPath) - (out - in)) < 0.001);
        // Not one request: neither X nor the CDN.
        const QList<FakeRequest> requests = rig.http().requestLog();
        QVERIFY2(requests.isEmpty(), requests.isEmpty() ? "" : requests.first().path.constData());
    }
};

QTEST_MAIN(TestClip)
#include "tst_clip.moc"
