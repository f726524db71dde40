// SPDX-License-Identifier: MIT
// QueueModel over a real DownloadQueue (nothing started): row signals, every column and
// role, drag-and-drop reordering, and sorting through QueueSortProxy.
#include "QueueModel.h"
#include "QueueSortProxy.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "support/IsolatedXApiClient.h"
#include "x/XApiClient.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;
using spacetape::test::IsolatedXApiClient;

namespace {
const QString kA = QStringLiteral("1YqKDqWqdPLxV");
const QString kB = QStringLiteral("1OwxWXwaAMMGQ");
const QString kC = QStringLiteral("1aBcDeFgHiJkL");
const QString kD = QStringLiteral("1zYxWvUtSrQp9");

QueueEntry sampleEntry() {
    QueueEntry e;
    e.key = kA;
    e.spaceId = kA;
    e.input = QStringLiteral("https://x.com/i/spaces/%1").arg(kA);
    e.title = QStringLiteral("Weekly AMA");
    e.hostHandle = QStringLiteral("adahost");
    e.hostName = QStringLiteral("Ada Host");
    e.durationSeconds = 3725;
    e.state = EntryState::Downloading;
    e.chunksDone = 25;
    e.chunksTotal = 100;
    e.bytesDone = 3 * 1024 * 1024;
    e.bytesPerSecond = 2 * 1024 * 1024;
    e.etaSeconds = 75;
    e.addedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6));
    return e;
}
}  // namespace

class TestQueueModel : public QObject {
    Q_OBJECT

    struct Rig {
        QTemporaryDir dir;
        NetworkService network;
        IsolatedXApiClient api{network, dir.path()};
        DownloadQueue queue{network, api, dir.filePath(QStringLiteral("queue.json"))};
        QueueModel model{queue};
        Rig() { queue.setAutoStart(false); }
        QStringList modelKeys() const {
            QStringList keys;
            for (int row = 0; row < model.rowCount(); ++row)
                keys << model.index(row, 0).data(QueueModel::KeyRole).toString();
            return keys;
        }
        QStringList queueKeys() const {
            QStringList keys;
            for (int row = 0; row < queue.count(); ++row)
                keys << queue.at(row).key;
            return keys;
        }
    };

private Q_SLOTS:
    void addedEntriesBecomeInsertedRows() {
        Rig rig;
        QAbstractItemModelTester tester(&rig.model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
        const auto result =
            rig.queue.addText(QStringLiteral("x.com/i/spaces/%1 and %2").arg(kA, kB));
        QCOMPARE(result.added.size(), 2);
        QCOMPARE(rig.model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(rig.modelKeys(), rig.queueKeys());
        QCOMPARE(rig.model.columnCount(), int(QueueModel::ColumnCount));
        QCOMPARE(rig.model.rowCount(rig.model.index(0, 0)), 0);  // a flat table
    }

    void removedEntriesBecomeRemovedRows() {
        Rig rig;
        QAbstractItemModelTester tester(&rig.model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rig.queue.addText(QStringList{kA, kB, kC}.join(QLatin1Char(' ')));
        QSignalSpy removed(&rig.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
        rig.queue.remove(kB, false);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(rig.modelKeys(), (QStringList{kA, kC}));
    }

    void movedEntriesBecomeMovedRows_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("destination");  // Qt's "insert before" row
        QTest::addColumn<QStringList>("order");
        QTest::newRow("first to last") << 0 << 3 << 4 << QStringList{kB, kC, kD, kA};
        QTest::newRow("last to first") << 3 << 0 << 0 << QStringList{kD, kA, kB, kC};
        QTest::newRow("down one") << 1 << 2 << 3 << QStringList{kA, kC, kB, kD};
        QTest::newRow("up one") << 2 << 1 << 1 << QStringList{kA, kC, kB, kD};
    }
    void movedEntriesBecomeMovedRows() {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, destination);
        QFETCH(QStringList, order);
        Rig rig;
        rig.queue.addText(QStringList{kA, kB, kC, kD}.join(QLatin1Char('\n')));
        QAbstractItemModelTester tester(&rig.model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy moved(&rig.model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
        rig.queue.move(from, to);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), from);
        QCOMPARE(moved.at(0).at(2).toInt(), from);
        QCOMPARE(moved.at(0).at(4).toInt(), destination);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(rig.modelKeys(), order);
        QCOMPARE(rig.queueKeys(), order);
    }

    void changedEntriesRepaintTheirWholeRow() {
        Rig rig;
        QAbstractItemModelTester tester(&rig.model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rig.queue.addText(QStringList{kA, kB}.join(QLatin1Char(' ')));
        QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
        rig.queue.cancel(kB);
        QTRY_VERIFY(!changed.isEmpty());
        const QModelIndex topLeft = changed.last().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.last().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), QueueModel::ColumnCount - 1);
        QCOMPARE(rig.model.index(1, QueueModel::State).data(QueueModel::StateRole).toInt(),
                 int(EntryState::Canceled));
        QCOMPARE(rig.model.index(1, QueueModel::State).data().toString(),
                 entryStateName(EntryState::Canceled));
    }

    void waitingEntryShowsWhatIsKnown() {
        Rig rig;
        rig.queue.addText(QStringLiteral("https://x.com/i/spaces/%1/peek").arg(kA));
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return rig.model.index(0, column).data(role);
        };
        QCOMPARE(cell(QueueModel::Title).toString(), QStringLiteral("Space %1").arg(kA));
        QCOMPARE(cell(QueueModel::State).toString(), entryStateName(EntryState::Waiting));
        QCOMPARE(cell(0, QueueModel::KeyRole).toString(), kA);
        QCOMPARE(cell(QueueModel::Progress, QueueModel::ProgressRole).toDouble(), -1.0);
        QVERIFY(cell(QueueModel::Progress).toString().isEmpty());
        QVERIFY(cell(QueueModel::Speed).toString().isEmpty());
        QVERIFY(cell(QueueModel::Eta).toString().isEmpty());
        QVERIFY(!cell(QueueModel::Added).toString().isEmpty());
        QVERIFY(!cell(QueueModel::State, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(rig.model.index(0, 0).isValid());
        QVERIFY(!rig.model.index(1, 0).isValid());
    }

    void everyColumnOfADownloadingEntry() {
        const QueueEntry e = sampleEntry();
        const auto display = [&](int column) {
            return QueueModel::cellData(e, column, Qt::DisplayRole).toString();
        };
        QCOMPARE(display(QueueModel::Title), QStringLiteral("Weekly AMA"));
        QCOMPARE(display(QueueModel::Host), QStringLiteral("Ada Host (@adahost)"));
        QCOMPARE(display(QueueModel::State), entryStateName(EntryState::Downloading));
        QCOMPARE(display(QueueModel::Progress), QStringLiteral("25 %"));
        QCOMPARE(display(QueueModel::Size), QueueModel::formatBytes(3 * 1024 * 1024));
        QCOMPARE(display(QueueModel::Duration), QStringLiteral("1:02:05"));
        QCOMPARE(display(QueueModel::Speed), QueueModel::formatSpeed(2 * 1024 * 1024));
        QVERIFY(display(QueueModel::Speed).endsWith(QStringLiteral("/s")));
        QCOMPARE(display(QueueModel::Eta), QStringLiteral("1:15"));
        QVERIFY(display(QueueModel::Added).contains(QStringLiteral("26")) ||
                display(QueueModel::Added).contains(QStringLiteral("2026")));
        QCOMPARE(QueueModel::cellData(e, QueueModel::Progress, QueueModel::ProgressRole).toDouble(),
                 0.25);
        QCOMPARE(QueueModel::cellData(e, QueueModel::Progress, Qt::ToolTipRole).toString(),
                 QStringLiteral("25 of 100 chunks"));
        QCOMPARE(QueueModel::cellData(e, QueueModel::Speed, QueueModel::SortRole).toDouble(),
                 2.0 * 1024 * 1024);
        QCOMPARE(QueueModel::cellData(e, QueueModel::Eta, QueueModel::SortRole).toInt(), 75);
        const auto alignment =
            QueueModel::cellData(e, QueueModel::Size, Qt::TextAlignmentRole).value<Qt::Alignment>();
        QVERIFY(alignment & Qt::AlignRight);
    }

    void stateColumnExplainsWaitsAndFailures() {
        QueueEntry limited = sampleEntry();
        limited.state = EntryState::RateLimited;
        limited.stateDetail = QStringLiteral("rate limited — retrying in 40 s");
        QCOMPARE(QueueModel::cellData(limited, QueueModel::State, Qt::DisplayRole).toString(),
                 limited.stateDetail);
        // No speed or ETA for a download that is not moving.
        QVERIFY(
            QueueModel::cellData(limited, QueueModel::Speed, Qt::DisplayRole).toString().isEmpty());
        QVERIFY(
            QueueModel::cellData(limited, QueueModel::Eta, Qt::DisplayRole).toString().isEmpty());

        QueueEntry failed = sampleEntry();
        failed.state = EntryState::Failed;
        failed.stateDetail = QStringLiteral(
            "Space 1YqKDqWqdPLxV has no replay: the host did not keep a recording.\n"
            "Nothing can be downloaded; ask the host to enable replays.");
        const QString shown =
            QueueModel::cellData(failed, QueueModel::State, Qt::DisplayRole).toString();
        QVERIFY2(shown.contains(QStringLiteral("no replay")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QCOMPARE(QueueModel::cellData(failed, QueueModel::State, Qt::ToolTipRole).toString(),
                 failed.stateDetail);

        QueueEntry done = sampleEntry();
        done.state = EntryState::Done;
        done.fileSize = 5 * 1000 * 1000;
        done.outputPath = QStringLiteral("/music/Weekly AMA.m4a");
        QCOMPARE(
            QueueModel::cellData(done, QueueModel::Progress, QueueModel::ProgressRole).toDouble(),
            1.0);
        QCOMPARE(QueueModel::cellData(done, QueueModel::Size, Qt::DisplayRole).toString(),
                 QueueModel::formatBytes(5 * 1000 * 1000));
        QCOMPARE(QueueModel::cellData(done, QueueModel::Title, Qt::ToolTipRole).toString(),
                 QStringLiteral("/music/Weekly AMA.m4a"));
    }

    void liveAndScheduledStatesReadNaturally() {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1764324000, Qt::UTC);
        QueueEntry scheduled = sampleEntry();
        scheduled.state = EntryState::Scheduled;
        scheduled.scheduledStart = now.addSecs(2 * 3600 + 10 * 60);
        QCOMPARE(QueueModel::stateText(scheduled, now),
                 QStringLiteral("Scheduled: starts in 2 h 10 min"));
        scheduled.scheduledStart = now.addSecs(-5 * 60);
        QCOMPARE(QueueModel::stateText(scheduled, now),
                 QStringLiteral("Scheduled: should have started 5 min ago"));
        QVERIFY(QueueModel::cellData(scheduled, QueueModel::State, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("records it from its first second")));
        // No progress bar for what has no end yet.
        QCOMPARE(QueueModel::cellData(scheduled, QueueModel::Progress, QueueModel::ProgressRole)
                     .toDouble(),
                 -1.0);

        QueueEntry live = sampleEntry();
        live.state = EntryState::Recording;
        live.recordedSeconds = 754;
        live.catchingUp = true;
        QCOMPARE(QueueModel::stateText(live, now),
                 QStringLiteral("Recording live · %1 · catching up")
                     .arg(QueueModel::formatDuration(754)));
        live.catchingUp = false;
        QCOMPARE(QueueModel::stateText(live, now),
                 QStringLiteral("Recording live · %1").arg(QueueModel::formatDuration(754)));
        QCOMPARE(QueueModel::cellData(live, QueueModel::Duration, Qt::DisplayRole).toString(),
                 QueueModel::formatDuration(754));

        QueueEntry gone = sampleEntry();
        gone.state = EntryState::HostDisconnected;
        QVERIFY(QueueModel::stateText(gone, now).startsWith(QStringLiteral("Host disconnected")));
        gone.state = EntryState::Finishing;
        QCOMPARE(QueueModel::stateText(gone, now), QStringLiteral("Finishing"));
        gone.state = EntryState::DidNotStart;
        QCOMPARE(QueueModel::stateText(gone, now), QStringLiteral("Did not start"));
        gone.state = EntryState::HostCanceled;
        QCOMPARE(QueueModel::stateText(gone, now), QStringLiteral("Canceled by the host"));
    }

    void countdownSpansReadNaturally_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(40) << QStringLiteral("40 s");
        QTest::newRow("minutes") << qint64(12 * 60) << QStringLiteral("12 min");
        QTest::newRow("hours") << qint64(3 * 3600) << QStringLiteral("3 h");
        QTest::newRow("hours and minutes")
            << qint64(2 * 3600 + 600) << QStringLiteral("2 h 10 min");
        QTest::newRow("days") << qint64(5 * 86400) << QStringLiteral("5 days");
    }
    void countdownSpansReadNaturally() {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(QueueModel::formatSpan(seconds), text);
    }

    void headersNameEveryColumn() {
        Rig rig;
        QStringList names;
        for (int column = 0; column < QueueModel::ColumnCount; ++column)
            names << rig.model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(names,
                 (QStringList{
                     QStringLiteral("Title"), QStringLiteral("Host"), QStringLiteral("State"),
                     QStringLiteral("Progress"), QStringLiteral("Size"), QStringLiteral("Duration"),
                     QStringLiteral("Speed"), QStringLiteral("ETA"), QStringLiteral("Added")}));
    }

    void droppedRowsMoveInTheQueue() {
        Rig rig;
        rig.queue.addText(QStringList{kA, kB, kC, kD}.join(QLatin1Char(' ')));
        QAbstractItemModelTester tester(&rig.model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Drag A and C, drop them between D and the end.
        std::unique_ptr<QMimeData> mime(
            rig.model.mimeData({rig.model.index(0, 0), rig.model.index(2, 3)}));
        QVERIFY(rig.model.canDropMimeData(mime.get(), Qt::MoveAction, 4, 0, {}));
        QVERIFY(rig.model.dropMimeData(mime.get(), Qt::MoveAction, 4, 0, {}));
        QCOMPARE(rig.queueKeys(), (QStringList{kB, kD, kA, kC}));
        QCOMPARE(rig.modelKeys(), rig.queueKeys());
        // Dropped onto a row: they go before it.
        mime.reset(rig.model.mimeData({rig.model.index(3, 0)}));
        QVERIFY(rig.model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, rig.model.index(0, 0)));
        QCOMPARE(rig.queueKeys(), (QStringList{kC, kB, kD, kA}));
        // Foreign data is refused.
        QMimeData text;
        text.setText(kA);
        QVERIFY(!rig.model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
        QVERIFY(!rig.model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    }

    void proxySortsByColumnAndReturnsToQueueOrder() {
        Rig rig;
        QueueSortProxy proxy;
        proxy.setSourceModel(&rig.model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rig.queue.addText(QStringList{kC, kA, kD, kB}.join(QLatin1Char(' ')));
        rig.queue.cancel(kD);
        const auto proxyKeys = [&] {
            QStringList keys;
            for (int row = 0; row < proxy.rowCount(); ++row)
                keys << proxy.index(row, 0).data(QueueModel::KeyRole).toString();
            return keys;
        };
        QCOMPARE(proxyKeys(), (QStringList{kC, kA, kD, kB}));  // unsorted: queue order
        proxy.cycleSort(QueueModel::Title);
        QVERIFY(proxy.isSorted());
        // Titles are "Space <id>" until resolved: case-insensitive ID order.
        QCOMPARE(proxyKeys(), (QStringList{kC, kB, kA, kD}));
        proxy.cycleSort(QueueModel::Title);
        QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(proxyKeys(), (QStringList{kD, kA, kB, kC}));
        proxy.cycleSort(QueueModel::Title);
        QVERIFY(!proxy.isSorted());
        QCOMPARE(proxyKeys(), (QStringList{kC, kA, kD, kB}));
        // By state: Waiting before Canceled; equal states keep queue order.
        proxy.cycleSort(QueueModel::State);
        QCOMPARE(proxyKeys(), (QStringList{kC, kA, kB, kD}));
        // A change re-sorts live.
        rig.queue.cancel(kC);
        QCOMPARE(proxyKeys(), (QStringList{kA, kB, kC, kD}));
        // New rows land in their sorted place.
        rig.queue.addText(QStringLiteral("1Zzzzzzzzzzz1"));
        QCOMPARE(proxyKeys().indexOf(QStringLiteral("1Zzzzzzzzzzz1")), 2);
    }

    void formatsReadNaturally() {
        QCOMPARE(QueueModel::formatDuration(0), QStringLiteral("0:00"));
        QCOMPARE(QueueModel::formatDuration(59), QStringLiteral("0:59"));
        QCOMPARE(QueueModel::formatDuration(3600), QStringLiteral("1:00:00"));
        QVERIFY(QueueModel::formatBytes(1536).contains(QStringLiteral("1.5")));
    }
};

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
