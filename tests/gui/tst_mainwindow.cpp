// SPDX-License-Identifier: MIT
// The main window driven like a user would: typing, pasting, Ctrl+V, drops of each kind,
// duplicates, every queue action, reordering and the Spaces-at-once limit. Downloads go to
// the fake X API and CDN on loopback.
#include "DetailsPane.h"
#include "LinkBar.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "QueueSortProxy.h"
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "support/ChunkFixture.h"
#include "support/IsolatedXApiClient.h"
#include "support/MediaTools.h"
#include "x/SpaceLink.h"
#include "x/XApiClient.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;
using namespace spacetape::test;
using Action = MainWindow::Action;

namespace {
const QString kA = QStringLiteral("1YqKDqWqdPLxV");
const QString kB = QStringLiteral("1OwxWXwaAMMGQ");
const QString kC = QStringLiteral("1aBcDeFgHiJkL");
const QString kD = QStringLiteral("1zYxWvUtSrQp9");
const QString kUnknown = QStringLiteral("1NoSuchSpace1");
const char kCdnPrefix[] =
    "/Transcoding/v1/hls/t0k3n/non_transcode/us-east-1/"
    "periscope-replay-direct-prod-us-east-1-public/audio-space/";

QString link(const QString &id) {
    return QStringLiteral("https://x.com/i/spaces/%1").arg(id);
}
}  // namespace

/// Stands in for the desktop's file opener.
class UrlRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    struct Rig {
        QTemporaryDir dir;
        FakeHttpServer http;
        FakeXServer x{http};
        NetworkService network;
        IsolatedXApiClient api{network, dir.path()};
        DownloadQueue queue{network, api, dir.filePath(QStringLiteral("queue.json"))};
        AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
        std::unique_ptr<MainWindow> window;

        explicit Rig(const ChunkFixture &fixture) {
            http.listen();
            http.serveDirectory(kCdnPrefix, fixture.dir);
            for (const QString &id : {kA, kB, kC, kD}) {
                FakeSpace space;
                space.id = id;
                space.mediaKey = QStringLiteral("28_") + id;
                space.title = QStringLiteral("Space titled %1").arg(id);
                space.endedAt = space.startedAt.addSecs(60);
                space.playlistUrl =
                    http.url(QString::fromLatin1(kCdnPrefix) + fixture.playlistName).toString();
                x.addSpace(space);
            }
            network.setApiOrigin(http.baseUrl());
            queue.setAutoStart(false);
            settings.setOutputDir(dir.filePath(QStringLiteral("out")));
            setChunksInFlight(16);
            window = std::make_unique<MainWindow>(queue, settings);
        }
        void setChunksInFlight(int n) {
            settings.setChunksInFlight(n);
            DownloadSettings download = settings.downloadSettings();
            download.cacheRoot = dir.filePath(QStringLiteral("cache"));
            queue.setDownloadSettings(download);
        }
        bool show() {
            window->show();
            window->activateWindow();
            return QTest::qWaitForWindowActive(window.get());
        }
        QString status() const { return window->statusBar()->currentMessage(); }
        QStringList keys() const {
            QStringList keys;
            for (int row = 0; row < queue.count(); ++row)
                keys << queue.at(row).key;
            return keys;
        }
        EntryState state(const QString &key) const {
            const int row = queue.indexOf(key);
            return row < 0 ? EntryState::Canceled : queue.at(row).state;
        }
        void trigger(Action which) {
            QAction *action = window->action(which);
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
            action->trigger();
        }
        void drop(QMimeData *mime, bool *accepted) {
            const QPoint pos = window->rect().center();
            QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(window.get(), &enter);
            *accepted = enter.isAccepted();
            QDropEvent drop(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(window.get(), &drop);
        }
    };

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        const QString adts = m_media.filePath(QStringLiteral("clean.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 60.0), QString());
        QString error;
        m_fixture = makeChunkFixture(adts, m_media.filePath(QStringLiteral("cdn")), {}, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void typedLinksAndEnterAddThem() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        QLineEdit *edit = rig.window->linkBar()->lineEdit();
        QVERIFY(edit->hasFocus());  // ready to type or paste at start
        QTest::keyClicks(edit, QStringLiteral("x.com/i/spaces/%1 %2").arg(kA, link(kB)));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(rig.keys(), (QStringList{kA, kB}));
        QVERIFY2(rig.status().contains(QStringLiteral("Added 2 Spaces")), qPrintable(rig.status()));
        QVERIFY(edit->text().isEmpty());
        QVERIFY(rig.window->linkBar()->problemText().isEmpty());
        QCOMPARE(rig.state(kA), EntryState::Waiting);  // auto-start off: nothing started
    }

    void addButtonAddsSeveralPastedLinks() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        QLineEdit *edit = rig.window->linkBar()->lineEdit();
        QGuiApplication::clipboard()->setText(
            QStringLiteral("Tonight: %1\nand tomorrow %2, then %3").arg(link(kA), link(kB), kC));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);  // the field takes the paste
        QCOMPARE(rig.queue.count(), 0);
        QVERIFY(edit->text().contains(kB));
        QTest::mouseClick(rig.window->linkBar()->addButton(), Qt::LeftButton);
        QCOMPARE(rig.keys(), (QStringList{kA, kB, kC}));
        QVERIFY(rig.status().contains(QStringLiteral("Added 3 Spaces")));
    }

    void wrongLinkIsFlaggedInlineUntilEdited() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        QLineEdit *edit = rig.window->linkBar()->lineEdit();
        const QString post = QStringLiteral("https://x.com/adahost/status/1790000000000000000");
        QTest::keyClicks(edit, QStringLiteral("%1 %2").arg(post, link(kA)));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(rig.keys(), QStringList{kA});
        const QString problem = rig.window->linkBar()->problemText();
        QVERIFY2(problem.contains(SpaceLink::rejectionMessage(post)), qPrintable(problem));
        QVERIFY2(rig.status().contains(QStringLiteral("1 ignored")), qPrintable(rig.status()));
        QCOMPARE(edit->text(), post);  // only the wrong part is left to fix
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(rig.window->linkBar()->problemText().isEmpty());

        // Text without any link says so too.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("hello"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(rig.queue.count(), 1);
        QVERIFY(!rig.window->linkBar()->problemText().isEmpty());
    }

    void ctrlVAnywhereAddsTheClipboardLinks() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        QGuiApplication::clipboard()->setText(QStringLiteral("%1\n%2").arg(link(kA), link(kB)));
        rig.window->queueView()->setFocus();
        QTest::keyClick(rig.window->queueView(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(rig.keys(), (QStringList{kA, kB}));
        QVERIFY(rig.status().contains(QStringLiteral("Added 2 Spaces")));
        // The same again: nothing new, and the user is told why.
        QTest::keyClick(rig.window->queueView(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(rig.queue.count(), 2);
        QVERIFY2(rig.status().contains(QStringLiteral("2 already in the queue")),
                 qPrintable(rig.status()));
        // Edit ▸ Paste Links does the same from the menu.
        QGuiApplication::clipboard()->setText(kC);
        rig.trigger(Action::PasteLinks);
        QCOMPARE(rig.keys(), (QStringList{kA, kB, kC}));
    }

    void dropsOfEveryKindAddLinks() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        bool accepted = false;

        QMimeData uris;
        uris.setUrls({QUrl(link(kA)), QUrl(QStringLiteral("https://example.com/video"))});
        rig.drop(&uris, &accepted);
        QVERIFY(accepted);
        QCOMPARE(rig.keys(), QStringList{kA});
        QVERIFY2(rig.status().contains(QStringLiteral("1 ignored")), qPrintable(rig.status()));

        QMimeData text;
        text.setText(QStringLiteral("Listen back: %1 (and %2 again)").arg(link(kB), link(kA)));
        rig.drop(&text, &accepted);
        QVERIFY(accepted);
        QCOMPARE(rig.keys(), (QStringList{kA, kB}));
        QVERIFY2(rig.status().contains(QStringLiteral("Added 1 Space")) &&
                     rig.status().contains(QStringLiteral("1 already in the queue")),
                 qPrintable(rig.status()));

        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("spaces.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("%1\n\n# from the group chat\n%2\n").arg(link(kC), kD).toUtf8());
        file.close();
        const QString picture = dir.filePath(QStringLiteral("cover.png"));
        QFile png(picture);
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(link(kUnknown).toUtf8());  // must not be read: not a link list
        png.close();
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(list), QUrl::fromLocalFile(picture)});
        QSignalSpy filesRead(rig.window.get(), &MainWindow::linkFilesRead);
        rig.drop(&files, &accepted);
        QVERIFY(accepted);
        QVERIFY(filesRead.wait());  // read off the GUI thread
        QCOMPARE(rig.keys(), (QStringList{kA, kB, kC, kD}));
        QVERIFY2(rig.status().contains(QStringLiteral("Added 2 Spaces")) &&
                     rig.status().contains(QStringLiteral("1 ignored")),
                 qPrintable(rig.status()));

        // Rows dragged inside the queue are not links for the window.
        QMimeData rows;
        rows.setData(QString::fromLatin1(QueueModel::kRowsMimeType), kA.toUtf8());
        rig.drop(&rows, &accepted);
        QVERIFY(!accepted);
        QCOMPARE(rig.queue.count(), 4);

        // File ▸ Add Links from File… reads the same lists.
        rig.queue.remove(kC, false);
        rig.window->addLinksFromFile(list);
        QVERIFY(filesRead.wait());
        QCOMPARE(rig.queue.count(), 4);
        QVERIFY(rig.status().contains(QStringLiteral("1 already in the queue")));
    }

    void everyActionOnTheSelectionReachesTheQueue() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        rig.window->addLinks(QStringList{kA, kB, kUnknown}.join(QLatin1Char(' ')));
        QTableView *view = rig.window->queueView();
        view->setFocus();

        // Slow chunks, one at a time, so there is time to pause and cancel.
        rig.setChunksInFlight(1);
        rig.http.setLatencyMs(150);
        rig.window->selectKeys({kA});
        QVERIFY(!rig.window->action(Action::Pause)->isEnabled());
        QVERIFY(!rig.window->action(Action::Retry)->isEnabled());
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);  // Start
        QTRY_COMPARE_WITH_TIMEOUT(rig.state(kA), EntryState::Downloading, 20000);
        QVERIFY(!rig.window->action(Action::Start)->isEnabled());
        QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);  // Pause
        QTRY_COMPARE(rig.state(kA), EntryState::Paused);
        QVERIFY(rig.window->action(Action::Resume)->isEnabled());
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);  // Resume
        QTRY_VERIFY(rig.state(kA) == EntryState::Downloading ||
                    rig.state(kA) == EntryState::Resolving);
        QTest::keyClick(view, Qt::Key_Backspace, Qt::ControlModifier);  // Cancel
        QTRY_COMPARE(rig.state(kA), EntryState::Canceled);
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);  // Retry
        QTRY_VERIFY(rig.state(kA) != EntryState::Canceled);
        QVERIFY(!rig.queue.at(rig.queue.indexOf(kA)).isFinished());

        // Let it finish quickly now.
        rig.http.setLatencyMs(0);
        rig.setChunksInFlight(16);
        if (rig.state(kA) == EntryState::Waiting)
            rig.trigger(Action::Start);
        QTRY_COMPARE_WITH_TIMEOUT(rig.state(kA), EntryState::Done, 30000);
        const QString output = rig.queue.at(rig.queue.indexOf(kA)).outputPath;
        QVERIFY(QFile::exists(output));
        QTRY_VERIFY(rig.window->action(Action::OpenFile)->isEnabled());

        UrlRecorder opener;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
        rig.trigger(Action::OpenFile);
        rig.trigger(Action::ShowInFolder);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(opener.urls.size(), 2);
        QCOMPARE(opener.urls.at(0), QUrl::fromLocalFile(output));
        QCOMPARE(opener.urls.at(1), QUrl::fromLocalFile(QFileInfo(output).absolutePath()));

        // Copy link: the canonical links of the selection.
        rig.window->selectKeys({kA, kB});
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("%1\n%2").arg(link(kA), link(kB)));

        // A Space X does not know fails with its reason, shown in full in the details.
        rig.window->selectKeys({kUnknown});
        rig.trigger(Action::Start);
        QTRY_COMPARE_WITH_TIMEOUT(rig.state(kUnknown), EntryState::Failed, 20000);
        const QString reason = rig.queue.at(rig.queue.indexOf(kUnknown)).stateDetail;
        QVERIFY(!reason.isEmpty());
        QCOMPARE(rig.window->detailsPane()->shownKey(), kUnknown);
        QTRY_COMPARE(rig.window->detailsPane()->errorText(), reason);
        const QModelIndex stateCell =
            rig.window->sortProxy()->index(rig.queue.indexOf(kUnknown), QueueModel::State);
        QCOMPARE(stateCell.data(Qt::ToolTipRole).toString(), reason);
        QVERIFY(rig.window->action(Action::Retry)->isEnabled());

        // Remove asks first; Cancel keeps the entry.
        rig.window->selectKeys({kB});
        QTest::keyClick(view, Qt::Key_Delete);
        auto *box = rig.window->findChild<QMessageBox *>(QStringLiteral("removeDialog"));
        QVERIFY(box);
        QVERIFY(!box->checkBox());  // nothing on disk to delete for kB
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(rig.queue.contains(kB));
        QTRY_VERIFY(!rig.window->findChild<QMessageBox *>());  // closed and gone

        // Remove with "delete the file too".
        rig.window->selectKeys({kA});
        rig.trigger(Action::Remove);
        QTRY_VERIFY((box = rig.window->findChild<QMessageBox *>(QStringLiteral("removeDialog"))));
        QVERIFY(box->checkBox());
        box->checkBox()->setChecked(true);
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QVERIFY(!rig.queue.contains(kA));
        QTRY_VERIFY(!QFile::exists(output));
        QVERIFY(rig.status().contains(QStringLiteral("Removed 1 download")));
    }

    void detailsPaneRefreshesOnlyForItsOwnRow() {
        Rig rig(*m_fixture);
        rig.window->addLinks(QStringList{kA, kB}.join(QLatin1Char(' ')));
        rig.window->selectKeys({kA});
        DetailsPane *pane = rig.window->detailsPane();
        QCOMPARE(pane->shownKey(), kA);
        QSignalSpy refreshed(pane, &DetailsPane::refreshed);
        QSignalSpy changed(rig.window->queueModel(), &QAbstractItemModel::dataChanged);

        // Another row downloads to the end (resolve, progress, mux): the pane stays as it is.
        rig.queue.start(kB);
        QTRY_COMPARE_WITH_TIMEOUT(rig.state(kB), EntryState::Done, 30000);
        QVERIFY2(changed.count() > 2, qPrintable(QString::number(changed.count())));
        QCOMPARE(refreshed.count(), 0);

        // Its own row changes: the pane follows.
        rig.queue.cancel(kA);
        QTRY_VERIFY(refreshed.count() > 0);
        QCOMPARE(pane->shownKey(), kA);

        // So does a change of the current row.
        refreshed.clear();
        rig.window->selectKeys({kB});
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(pane->shownKey(), kB);
    }

    void moveActionsAndDragReorderTheQueue() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        rig.window->addLinks(QStringList{kA, kB, kC, kD}.join(QLatin1Char(' ')));
        QTableView *view = rig.window->queueView();
        view->setFocus();

        rig.window->selectKeys({kB, kC});
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(rig.keys(), (QStringList{kB, kC, kA, kD}));
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);  // already at the top
        QCOMPARE(rig.keys(), (QStringList{kB, kC, kA, kD}));
        QCOMPARE(rig.window->selectedKeys(), (QStringList{kB, kC}));  // selection follows
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(rig.keys(), (QStringList{kA, kD, kB, kC}));
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);  // already at the bottom
        QCOMPARE(rig.keys(), (QStringList{kA, kD, kB, kC}));
        rig.window->selectKeys({kA});
        rig.trigger(Action::MoveDown);
        QCOMPARE(rig.keys(), (QStringList{kD, kA, kB, kC}));
        rig.window->selectKeys({kB, kC});
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(rig.keys(), (QStringList{kB, kC, kD, kA}));
        rig.window->selectKeys({kA});
        rig.trigger(Action::MoveToTop);
        rig.window->selectKeys({kB});
        rig.trigger(Action::MoveToBottom);
        QCOMPARE(rig.keys(), (QStringList{kA, kC, kD, kB}));

        // Drag and drop of rows goes through the view's model (the sort proxy).
        QAbstractItemModel *model = view->model();
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, 0)}));
        QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {}));
        QCOMPARE(rig.keys(), (QStringList{kC, kD, kA, kB}));
        mime.reset(model->mimeData({model->index(3, 0), model->index(1, 0)}));
        QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, model->rowCount(), 0, {}));
        QCOMPARE(rig.keys(), (QStringList{kC, kA, kD, kB}));
    }

    void headerClicksSortAndReturnToQueueOrder() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        rig.window->addLinks(QStringList{kC, kA, kB}.join(QLatin1Char(' ')));
        QHeaderView *header = rig.window->queueView()->horizontalHeader();
        const auto click = [&] {
            const int x = header->sectionViewportPosition(QueueModel::Title) + 5;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        };
        const auto shown = [&] {
            QStringList keys;
            const QAbstractItemModel *model = rig.window->queueView()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                keys << model->index(row, 0).data(QueueModel::KeyRole).toString();
            return keys;
        };
        click();
        QCOMPARE(shown(), (QStringList{kC, kB, kA}));
        QVERIFY(!rig.window->queueView()->dragEnabled());
        click();
        QCOMPARE(shown(), (QStringList{kA, kB, kC}));
        click();
        QCOMPARE(shown(), (QStringList{kC, kA, kB}));
        QVERIFY(rig.window->queueView()->dragEnabled());
        QCOMPARE(header->sortIndicatorSection(), -1);
    }

    void spacesAtOnceBoxSetsTheLimitLive() {
        Rig rig(*m_fixture);
        QVERIFY(rig.show());
        QSpinBox *box = rig.window->spacesAtOnceBox();
        QCOMPARE(box->value(), rig.settings.spacesAtOnce());
        QCOMPARE(rig.queue.maxActive(), rig.settings.spacesAtOnce());
        box->setValue(3);
        QCOMPARE(rig.queue.maxActive(), 3);
        QCOMPARE(rig.settings.spacesAtOnce(), 3);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(rig.queue.maxActive(), 2);
        // A change from the settings dialog shows up here and in the queue.
        rig.settings.setSpacesAtOnce(5);
        QCOMPARE(box->value(), 5);
        QCOMPARE(rig.queue.maxActive(), 5);
    }

    void menuEntriesAskForTheirDialogs() {
        Rig rig(*m_fixture);
        QSignalSpy settings(rig.window.get(), &MainWindow::settingsRequested);
        QSignalSpy account(rig.window.get(), &MainWindow::accountRequested);
        QSignalSpy about(rig.window.get(), &MainWindow::aboutRequested);
        rig.trigger(Action::Settings);
        rig.trigger(Action::Account);
        rig.trigger(Action::About);
        QCOMPARE(settings.size(), 1);
        QCOMPARE(account.size(), 1);
        QCOMPARE(about.size(), 1);
        // Every action explains itself.
        for (int i = 0; i <= int(Action::Quit); ++i)
            QVERIFY(!rig.window->action(Action(i))->toolTip().isEmpty());
    }

    void statusBarCountsTheQueue() {
        Rig rig(*m_fixture);
        rig.window->addLinks(QStringList{kA, kB, kC}.join(QLatin1Char(' ')));
        rig.queue.cancel(kC);
        QTRY_VERIFY2(rig.window->totalsText().startsWith(
                         QStringLiteral("0 downloading · 2 waiting · 0 done")),
                     qPrintable(rig.window->totalsText()));
        rig.queue.pause(kB);
        QTRY_VERIFY2(rig.window->totalsText().startsWith(
                         QStringLiteral("0 downloading · 1 waiting · 1 paused · 0 done")),
                     qPrintable(rig.window->totalsText()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
