// SPDX-License-Identifier: MIT
// Tray icon (notification policy, tooltip, menu) and the sleep inhibitor against a fake
// org.freedesktop.ScreenSaver on the test session bus: the system is kept awake exactly while
// something downloads.
#include "SleepInhibitor.h"
#include "TrayIcon.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace spacetape;

namespace {
/// The part of org.freedesktop.ScreenSaver that SleepInhibitor uses, counting the calls.
class FakeScreenSaver : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QStringList inhibitors;  ///< "application: reason" per Inhibit call
    QList<uint> released;
    uint nextCookie = 41;

public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &reason) {
        inhibitors << application + QStringLiteral(": ") + reason;
        return ++nextCookie;
    }
    void UnInhibit(uint cookie) { released << cookie; }
};
}  // namespace

class TestTrayAndSleep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void notificationPolicy() {
        QVERIFY(TrayIcon::shouldNotify(NotifyPolicy::Always, true));
        QVERIFY(TrayIcon::shouldNotify(NotifyPolicy::Always, false));
        QVERIFY(!TrayIcon::shouldNotify(NotifyPolicy::WhenInBackground, true));
        QVERIFY(TrayIcon::shouldNotify(NotifyPolicy::WhenInBackground, false));
        QVERIFY(!TrayIcon::shouldNotify(NotifyPolicy::Never, false));
        QVERIFY(!TrayIcon::shouldNotify(NotifyPolicy::Never, true));

        QMainWindow window;
        TrayIcon tray(&window);
        tray.setPolicy(NotifyPolicy::Never);
        QVERIFY(!tray.notify(QStringLiteral("Space saved"), QStringLiteral("x"), false));
    }

    void tooltipSummarisesTheQueue() {
        QMainWindow window;
        TrayIcon tray(&window);
        tray.setSummary(0, 0, -1);
        QCOMPARE(tray.toolTip(), QStringLiteral("Spacetape — idle"));
        tray.setSummary(2, 3, 0.426);
        QCOMPARE(tray.toolTip(), QStringLiteral("Spacetape — 2 downloading, 3 waiting, 42% done"));
        tray.setSummary(1, 0, -1);
        QCOMPARE(tray.toolTip(), QStringLiteral("Spacetape — 1 downloading"));
    }

    void menuActionsAskTheApp() {
        QMainWindow window;
        TrayIcon tray(&window);
        QSignalSpy pause(&tray, &TrayIcon::pauseAllRequested);
        QSignalSpy resume(&tray, &TrayIcon::resumeAllRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        QStringList texts;
        for (QAction *action : tray.menu()->actions()) {
            texts << action->text();
            if (action->text() == QStringLiteral("Pause All") ||
                action->text() == QStringLiteral("Resume All") ||
                action->text() == QStringLiteral("Quit"))
                action->trigger();
        }
        QVERIFY2(texts.contains(QStringLiteral("Show Spacetape")), qPrintable(texts.join(',')));
        QCOMPARE(pause.size(), 1);
        QCOMPARE(resume.size(), 1);
        QCOMPARE(quit.size(), 1);

        // The first entry shows or hides the window and says which it will do.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(tray.menu()->actions().first()->text(), QStringLiteral("Hide Spacetape"));
        tray.toggleWindow();
        QVERIFY(!window.isVisible());
        QCOMPARE(tray.menu()->actions().first()->text(), QStringLiteral("Show Spacetape"));
    }

    void keepsTheSystemAwakeOnlyWhileDownloading() {
        // The fake ScreenSaver goes on the private bus of tests/run-tests.sh only: on the
        // user's session bus it would take the name from (or stand in for) the real one.
        const QByteArray busAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray privateAddress = qgetenv("SPACETAPE_TEST_BUS_ADDRESS");
        if (privateAddress.isEmpty() || busAddress != privateAddress) {
            if (qEnvironmentVariableIsSet("SPACETAPE_IN_TEST_SESSION"))
                QFAIL("the session bus is not the private one tests/run-tests.sh started");
            QSKIP("only on the private bus of tests/run-tests.sh, never on the user's bus");
        }
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        FakeScreenSaver saver;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &saver,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY2(bus.registerService(QStringLiteral("org.freedesktop.ScreenSaver")),
                 qPrintable(bus.lastError().message()));

        {
            SleepInhibitor inhibitor;
            QSignalSpy held(&inhibitor, &SleepInhibitor::heldChanged);
            QVERIFY(!inhibitor.isHeld());
            inhibitor.setInhibited(true);
            inhibitor.setInhibited(true);  // a second download does not ask again
            QTRY_VERIFY(inhibitor.isHeld());
            QCOMPARE(saver.inhibitors.size(), 1);
            QVERIFY(saver.inhibitors.first().startsWith(QStringLiteral("Spacetape: ")));
            QCOMPARE(held.size(), 1);
            QCOMPARE(held.first().first().toBool(), true);

            inhibitor.setInhibited(false);
            QVERIFY(!inhibitor.isHeld());
            QTRY_COMPARE(saver.released, QList<uint>{42});

            // Downloads that end before the desktop answered leave nothing held.
            inhibitor.setInhibited(true);
            inhibitor.setInhibited(false);
            QTRY_COMPARE(saver.released.size(), 2);
            QVERIFY(!inhibitor.isHeld());
            inhibitor.setInhibited(true);
            QTRY_VERIFY(inhibitor.isHeld());
        }
        // Destroyed while held (the app quits mid-download): released.
        QTRY_COMPARE(saver.released.size(), 3);
        bus.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/ScreenSaver"));
    }

    void withoutAScreenSaverServiceNothingIsHeld() {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus");
        SleepInhibitor inhibitor;
        QSignalSpy held(&inhibitor, &SleepInhibitor::heldChanged);
        inhibitor.setInhibited(true);
        QVERIFY(held.wait(10000));
        QCOMPARE(held.first().first().toBool(), false);
        QVERIFY(!inhibitor.isHeld());
        QVERIFY(inhibitor.isInhibited());  // still wanted: the app keeps running normally
    }
};

QTEST_MAIN(TestTrayAndSleep)
#include "tst_trayandsleep.moc"
