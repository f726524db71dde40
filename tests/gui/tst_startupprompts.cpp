// SPDX-License-Identifier: MIT
// The questions at start: nothing asked when nothing is unfinished; an unreadable saved queue
// is reported with where the old file was kept, and the new queue never overwrites it.
#include "StartupPrompts.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "support/IsolatedXApiClient.h"
#include "support/TestData.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace spacetape;
using spacetape::test::IsolatedXApiClient;

class TestStartupPrompts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingUnfinishedAsksNothing() {
        QTemporaryDir dir;
        NetworkService network;
        IsolatedXApiClient api(network, dir.path());
        DownloadQueue queue(network, api, dir.filePath(QStringLiteral("queue.json")));
        QVERIFY(queue.restore());
        QWidget window;
        QCOMPARE(StartupPrompts::offerToResume(queue, &window), nullptr);
    }

    void anUnreadableQueueIsReportedWithWhereItWasKept() {
        QTemporaryDir dir;
        const QString stateFile = dir.filePath(QStringLiteral("queue.json"));
        QVERIFY(!test::writeFile(stateFile, "not json at all").isEmpty());

        NetworkService network;
        XApiClient api(network);
        DownloadQueue queue(network, api, stateFile);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("kept as")));
        QVERIFY(!queue.restore());
        QVERIFY(!queue.setAsideFile().isEmpty());
        QVERIFY(!QFile::exists(stateFile));

        QWidget window;
        window.show();
        QMessageBox *box = StartupPrompts::reportUnreadableQueue(queue, &window);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(queue.setAsideFile())),
                 qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("could not be read")));
        box->close();
    }
};

QTEST_MAIN(TestStartupPrompts)
#include "tst_startupprompts.moc"
