// SPDX-License-Identifier: MIT
// Files a user picks or a saved state names are opened as untrusted input (issue 23, 11):
// only a regular file, never blocking on a FIFO, never reading past a limit.
#include "util/RegularFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace spacetape;

class TestRegularFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void readsARegularFileUpToTheLimit() {
        const QString path = write("ten.bin", "0123456789");
        const auto exact = readRegularFile(path, 10);
        QVERIFY2(exact, qPrintable(exact.error()));
        QCOMPARE(*exact, QByteArray("0123456789"));
        const auto over = readRegularFile(path, 9);
        QVERIFY(!over);
        QVERIFY2(over.error().contains(path), qPrintable(over.error()));
        const auto missing = readRegularFile(m_dir.filePath(QStringLiteral("missing")), 10);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("missing")));
    }

    void aFifoIsRefusedWithoutBlocking() {
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
            QSKIP("mkfifo is not available here");
        // A plain open() of a FIFO waits for a writer: this call returning at all is the test.
        const auto read = readRegularFile(fifo, 1024);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(QStringLiteral("not a regular file")),
                 qPrintable(read.error()));
        QFile file;
        QVERIFY(!openRegularFile(file, fifo));
        QVERIFY(!file.isOpen());
    }

    void devicesAndFoldersAreRefused() {
        for (const QString &path : {QStringLiteral("/dev/zero"), m_dir.path()}) {
            if (!QFileInfo::exists(path))
                continue;
            const auto read = readRegularFile(path, 1024);
            QVERIFY2(!read, qPrintable(path));
            QVERIFY2(read.error().contains(QStringLiteral("not a regular file")),
                     qPrintable(read.error()));
        }
    }

    void aLinkToARegularFileIsFollowed() {
        const QString target = write("target.bin", "abc");
        const QString link = m_dir.filePath(QStringLiteral("link.bin"));
        QVERIFY(QFile::link(target, link));
        const auto read = readRegularFile(link, 10);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(*read, QByteArray("abc"));
        QFile file;
        QVERIFY(openRegularFile(file, link));
        QCOMPARE(file.size(), qint64(3));
        QVERIFY(file.seek(1));
        QCOMPARE(file.read(2), QByteArray("bc"));
    }
};

QTEST_GUILESS_MAIN(TestRegularFile)
#include "tst_regularfile.moc"
