// SPDX-License-Identifier: MIT
// The window against hostile local input: text from X shown literally, files that are not
// files, and a single-instance socket another user could own.
#include "LinkBar.h"
#include "MainWindow.h"
#include "PlainText.h"
#include "QueueModel.h"
#include "SingleInstance.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "support/IsolatedXApiClient.h"
#include "x/XApiClient.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLocalServer>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace spacetape;
using spacetape::test::IsolatedXApiClient;

class TestHostileGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void serverTextIsShownAsPlainText() {
        QueueEntry entry;
        entry.key = entry.spaceId = QStringLiteral("1YqKDqWqdPLxV");
        entry.title = QStringLiteral("<img src='file:///etc/passwd'><b>bold</b> & co");
        entry.state = EntryState::Failed;
        entry.stateDetail = QStringLiteral("<a href='https://evil.example'>click</a>\x1b[2J");
        const QString title =
            QueueModel::cellData(entry, QueueModel::Title, Qt::ToolTipRole).toString();
        QVERIFY2(!title.contains(QStringLiteral("<img")) && !title.contains(QStringLiteral("<b>")),
                 qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("&lt;img")), qPrintable(title));
        const QString detail =
            QueueModel::cellData(entry, QueueModel::State, Qt::ToolTipRole).toString();
        QVERIFY2(!detail.contains(QStringLiteral("<a ")) && !detail.contains(QChar(0x1b)),
                 qPrintable(detail));
        QCOMPARE(plainToolTip(QStringLiteral("plain title")), QStringLiteral("plain title"));
        QVERIFY(!plainNotificationText(QStringLiteral("<b>x</b>")).contains(QStringLiteral("<b>")));
    }

    void droppedFifoDoesNotFreezeTheWindow() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("links.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString device = dir.filePath(QStringLiteral("zero.txt"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));

        NetworkService network;
        IsolatedXApiClient api{network, dir.path()};
        DownloadQueue queue{network, api, dir.filePath(QStringLiteral("queue.json"))};
        queue.setAutoStart(false);
        AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
        MainWindow window(queue, settings);
        QSignalSpy filesRead(&window, &MainWindow::linkFilesRead);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fifo), QUrl::fromLocalFile(device)});
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);  // returned: the GUI thread did not block
        QVERIFY(filesRead.wait(10000));
        const LinkBar *bar = window.findChild<LinkBar *>();
        QVERIFY(bar);
        QVERIFY2(bar->problemText().contains(QStringLiteral("links.txt: not a regular file")) &&
                     bar->problemText().contains(QStringLiteral("zero.txt: not a regular file")),
                 qPrintable(bar->problemText()));
        QCOMPARE(queue.count(), 0);

        window.addLinksFromFile(fifo);  // File ▸ Add Links from File… too
        QVERIFY(filesRead.wait(10000));
        QVERIFY(bar->problemText().contains(QStringLiteral("not a regular file")));
    }

    void singleInstanceSocketLivesInThePrivateRuntimeDir() {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString name = SingleInstance::serverName(key);
        QVERIFY2(name.startsWith(m_runtime.path() + QLatin1Char('/')), qPrintable(name));
        QVERIFY(!name.startsWith(QStringLiteral("/tmp/spacetape-")));
    }

    void socketOfAnotherUserIsNeverTrusted() {
        if (::geteuid() != 0)
            QSKIP("needs root to give a socket to another user");
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString name = SingleInstance::serverName(key);
        QLocalServer squatter;
        QVERIFY(squatter.listen(name));
        QCOMPARE(::chown(QFile::encodeName(squatter.fullServerName()).constData(), 65534, 65534),
                 0);
        QSignalSpy connections(&squatter, &QLocalServer::newConnection);
        // The links are not handed to it, and starting still works (alone).
        QVERIFY(!SingleInstance::sendToPrimary(
            {QStringLiteral("https://x.com/i/spaces/1YqKDqWqdPLxV")}, key, 2000));
        SingleInstance instance(key);
        QVERIFY(instance.tryBecomePrimary());
        QVERIFY(!connections.wait(200));
    }
};

QTEST_MAIN(TestHostileGui)
#include "tst_hostilegui.moc"
