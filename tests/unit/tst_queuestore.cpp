// SPDX-License-Identifier: MIT
// The queue file's writer thread: snapshots are coalesced but the newest is never lost, the
// destructor flushes, and a write that fails is reported with its reason.
#include "queue/QueueStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace spacetape;

namespace {
QByteArray contentOf(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

class TestQueueStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aBurstIsCoalescedAndTheNewestSnapshotWins() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state/queue.json"));
        QueueStore store(path);
        for (int i = 0; i < 2000; ++i)
            store.save(QByteArray::number(i));
        store.flush();
        QCOMPARE(contentOf(path), QByteArray("1999"));
        QVERIFY2(store.writes() < 2000, qPrintable(QString::number(store.writes())));
        QVERIFY(store.writes() >= 1);
    }

    void theDestructorWritesTheLastChange() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        {
            QueueStore store(path);
            store.save("first");
            store.save("last");
        }
        QCOMPARE(contentOf(path), QByteArray("last"));
        // No temporary left beside it: the file appeared by rename.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("queue.json")});
    }

    void aFailedWriteIsReportedAndKeepsTheOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        {
            QueueStore store(path);
            store.save("saved before");
        }
        // A folder where the file should be cannot be made (a file is in the way).
        std::atomic<int> errors{0};
        QString reported;
        {
            const QString impossible = dir.filePath(QStringLiteral("queue.json/inside.json"));
            QueueStore store(impossible, [&](const QString &file, const QString &error) {
                reported = file + QLatin1Char(' ') + error;
                ++errors;
            });
            store.save("never written");
            store.flush();
        }
        QCOMPARE(errors.load(), 1);
        QVERIFY2(reported.contains(QStringLiteral("inside.json")), qPrintable(reported));
        QCOMPARE(contentOf(path), QByteArray("saved before"));
    }
};

QTEST_GUILESS_MAIN(TestQueueStore)
#include "tst_queuestore.moc"
