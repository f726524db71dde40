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

    static bool waitUntilPlaying(PreviewPlayer &player, double pastSeconds) {
        QElapsedTimer clock;
        clock.start();
        while (player.position() <= pastSeconds && clock.elapsed() < 20000)
            QTest::qWait(50);
        return player.position() > pastSeconds;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        const QString adts = m_media.filePath(QStringLiteral("clean.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 60.0), QString());
        QString error;
        m_fixture = makeChunkFixture(adts, m_media.filePath(QStringLiteral("cdn")), {}, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void marksAndSaveClipQueueAClipAndSaveIt() {
        FakeSpaceRig rig(*m_fixture);
        FakeSpace space = rig.makeSpace(kSpaceId);
        space.title = QStringLiteral("Clip source");
        rig.x().addSpace(space);
        QTemporaryDir home;
        NetworkService network;
        network.setApiOrigin(rig.apiOrigin());
        XApiClient api(network);
        const QString stateFile = home.filePath(QStringLiteral("queue.json"));
        auto queue = std::make_unique<DownloadQueue>(network, api, stateFile);
        AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
        settings.setOutputDir(home.filePath(QStringLiteral("out")));
        DownloadSettings download = settings.downloadSettings();
        download.cacheRoot = home.filePath(QStringLiteral("cache"));
        queue->setDownloadSettings(download);
        queue->setAutoStart(false);  // the Space itself is never downloaded
        auto window = std::make_unique<MainWindow>(*queue, settings);
        window->setNetworkService(&network);
        window->setApiClient(&api);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->addLinks(QStringLiteral("https://x.com/i/spaces/%1").arg(kSpaceId));
        window->preview(kSpaceId, 20.0);
        PreviewPlayer &player = *window->previewPlayer();
        QVERIFY(waitUntilPlaying(player, 20.2));

        PlayerBar *bar = window->playerBar();
        QVERIFY(!bar->saveClipButton()->isEnabled());
        bar->playButton()->setFocus();
        QTRY_VERIFY(bar->playButton()->hasFocus());
        QTest::keyClick(bar->playButton(), Qt::Key_I);
        QVERIFY(bar->markIn() > 20.0);
        QVERIFY(waitUntilPlaying(player, bar->markIn() + 2.5));
        bar->markOutButton()->click();
        QVERIFY(bar->markOut() > bar->markIn() + 2.0);
        QVERIFY(bar->saveClipButton()->isEnabled());
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
        const QJsonObject stream =
            probe(clip.outputPath).value(QStringLiteral("streams")).toArray().first().toObject();
        const double duration = stream.value(QStringLiteral("duration")).toString().toDouble();
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
        window.reset();
        queue->flushSaves();
        queue.reset();
        DownloadQueue restored(network, api, stateFile);
        QVERIFY(restored.restore());
        QCOMPARE(restored.count(), 2);
        const QueueEntry back = restored.at(restored.indexOf(key));
        QCOMPARE(back.kind, EntryKind::Clip);
        QCOMPARE(back.clipStartSeconds, in);
        QCOMPARE(back.clipEndSeconds, out);
        QCOMPARE(back.outputPath, clip.outputPath);
    }
};

QTEST_MAIN(TestClip)
#include "tst_clip.moc"
