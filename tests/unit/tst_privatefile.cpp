// SPDX-License-Identifier: MIT
// State files are for their owner's eyes only (issue 23, 11): the queue, the watch list, the
// live capture's chunk list and X's API caches name whom the user follows and hold stream
// URLs. writePrivateFile() writes them 0600, atomically; the state writers use it, and no
// other code writes files with QSaveFile (so a new state file cannot forget the mode).
#include "queue/QueueStore.h"
#include "util/PrivateFile.h"
#include "x/ApiCache.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace spacetape;

namespace {
/// The permission bits of @p path, or -1.
int modeOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
}  // namespace

class TestPrivateFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // A permissive umask, as many desktops have: the mode must not come from it.
        ::umask(022);
    }

    void aNewFileIsTheOwnersOnly() {
        const QString path = m_dir.filePath(QStringLiteral("new/folder/state.json"));
        QVERIFY(writePrivateFile(path, "{}\n"));
        QCOMPARE(modeOf(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{}\n"));
    }

    void anOldWorldReadableFileIsNarrowedOnItsNextSave() {
        const QString path = m_dir.filePath(QStringLiteral("old.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        QVERIFY(writePrivateFile(path, "new"));
        QCOMPARE(modeOf(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("new"));
    }

    void aFailureSaysWhy() {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QVERIFY(writePrivateFile(blocker, "a file, not a folder"));
        const auto written = writePrivateFile(blocker + QStringLiteral("/state.json"), "x");
        QVERIFY(!written);
        QVERIFY(!written.error().isEmpty());
    }

    void theQueueAndTheApiCacheAreWrittenPrivately() {
        const QString queueFile = m_dir.filePath(QStringLiteral("data/queue.json"));
        {
            QueueStore store(queueFile);
            store.save("{\"version\":1,\"entries\":[]}");
            store.flush();
        }
        QCOMPARE(modeOf(queueFile), 0600);

        const QString cacheFile = m_dir.filePath(QStringLiteral("data/api-cache.json"));
        WorkingOperation working;
        working.operation.queryId = QStringLiteral("abc123");
        working.verifiedAt = QDateTime::currentDateTimeUtc();
        ApiCache(cacheFile).save(working);
        QCOMPARE(modeOf(cacheFile), 0600);
    }

    void noOtherCodeWritesFilesWithQSaveFile() {
        // The structural rule: a state file is written by writePrivateFile(), so whoever adds
        // one gets the mode without thinking of it. (Audio goes through TaggedOutput; the
        // files saved beside it, NAME.space.json and NAME.vtt, are the user's documents like
        // the audio, with the user's usual mode, through extras/Sidecars.)
        static const QRegularExpression saveFile(QStringLiteral("\\bQSaveFile\\s+\\w+\\s*[({;]"));
        QStringList offenders;
        for (const char *area : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(SPACETAPE_SOURCE_DIR "/") + QLatin1String(area),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("/util/PrivateFile.cpp")) ||
                    path.endsWith(QLatin1String("/extras/Sidecars.cpp")))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                if (QString::fromUtf8(file.readAll()).contains(saveFile))
                    offenders << path;
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
