// SPDX-License-Identifier: MIT
// What a screen reader and a keyboard user get: every interactive widget of the main window
// and of every dialog has an accessible name (as Qt's accessibility interface reports it, so a
// button's text or a label's buddy counts), every widget that takes the focus can be reached
// with Tab, and Tab goes link bar → queue → details → player without getting stuck.
#include "AboutDialog.h"
#include "AccountDialog.h"
#include "ConnectionCheckDialog.h"
#include "DetailsPane.h"
#include "EditTagsDialog.h"
#include "LinkBar.h"
#include "MainWindow.h"
#include "PlayerBar.h"
#include "SettingsDialog.h"
#include "WatchedHostsDialog.h"
#include "auth/CredentialStore.h"
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "media/AudioAssembler.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "support/AdtsFrames.h"
#include "support/IsolatedXApiClient.h"
#include "support/MediaTools.h"
#include "watch/HostWatcher.h"
#include "x/XApiClient.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <memory>

using namespace spacetape;
using namespace spacetape::test;

namespace {

/// The dialog classes this test opens. A new QDialog subclass in ui/ must be added here
/// (and below, in the test that opens it); everyDialogClassIsChecked() fails until it is.
const QStringList kCheckedDialogs = {
    QStringLiteral("SettingsDialog"),        QStringLiteral("AccountDialog"),
    QStringLiteral("AboutDialog"),           QStringLiteral("WatchedHostsDialog"),
    QStringLiteral("ConnectionCheckDialog"), QStringLiteral("EditTagsDialog")};

bool isInteractive(const QWidget *widget) {
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

/// Parts Qt builds inside a composite widget (a spin box's line edit, a combo box's popup,
/// a view's headers and scroll bars, a line edit's clear button, the tool bar's overflow
/// button): the composite itself is what carries the name.
bool isQtInternal(const QWidget *widget, const QWidget *window) {
    if (widget->objectName().startsWith(QLatin1String("qt_")) ||
        qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget))
        return true;
    for (const QWidget *up = widget->parentWidget(); up && up != window; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(up) || qobject_cast<const QComboBox *>(up) ||
            qobject_cast<const QAbstractItemView *>(up) || qobject_cast<const QLineEdit *>(up))
            return true;
    }
    return false;
}

QString accessibleName(QWidget *widget) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// "QPushButton 'okButton' in SettingsDialog > QGroupBox": enough to find it in the code.
QString describe(const QWidget *widget) {
    QStringList path;
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget())
        path.prepend(
            QString::fromLatin1(up->metaObject()->className()) +
            (up->objectName().isEmpty() ? QString() : QLatin1Char('#') + up->objectName()));
    return QStringLiteral("%1 '%2' (tooltip \"%3\") in %4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->toolTip(), path.join(QLatin1String(" > ")));
}

/// Every interactive widget of @p window (shown or not) without an accessible name.
QStringList unnamedWidgets(QWidget *window) {
    QStringList unnamed;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !isInteractive(widget) || isQtInternal(widget, window))
            continue;
        if (accessibleName(widget).isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

bool takesTabFocus(const QWidget *widget) {
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled() &&
           !widget->isWindow();
}

bool isInside(const QWidget *widget, const QWidget *ancestor) {
    return ancestor && (widget == ancestor || ancestor->isAncestorOf(widget));
}

/// The widgets Tab visits from @p start, by real key presses, until the focus comes back
/// to @p start, leaves the window, or stays put (a trap). A label with links keeps the focus
/// for one Tab per link, as it should.
QList<QWidget *> tabCycle(QWidget *start, QString *problem) {
    QList<QWidget *> visited;
    start->setFocus(Qt::TabFocusReason);
    // A composite (a tab widget) passes the focus on to a part of it (its tab bar).
    QWidget *focused = QApplication::focusWidget();
    if (!focused || !isInside(focused, start)) {
        *problem = QStringLiteral("cannot focus ") + describe(start);
        return visited;
    }
    start = focused;
    visited << start;
    int pressesInPlace = 0;
    for (int presses = 0; presses < 200; ++presses) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == before) {
            if (qobject_cast<QLabel *>(now) && ++pressesInPlace < 50)
                continue;
            *problem = QStringLiteral("Tab stays in ") + describe(now) +
                       QStringLiteral(" (a keyboard trap: it must move on to the next widget)");
            return visited;
        }
        pressesInPlace = 0;
        if (now == start)
            return visited;
        if (!now || now->window() != start->window()) {
            *problem = QStringLiteral("the focus left the window after ") + describe(before);
            return visited;
        }
        if (visited.contains(now)) {
            *problem = QStringLiteral("Tab comes back to ") + describe(now) +
                       QStringLiteral(" without passing the start, ") + describe(start);
            return visited;
        }
        visited << now;
    }
    *problem = QStringLiteral("Tab never came back to ") + describe(start);
    return visited;
}

/// Focusable, visible widgets of @p window that Tab from @p start never reaches.
QStringList unreachable(QWidget *window, QWidget *start) {
    QString problem;
    const QList<QWidget *> cycle = tabCycle(start, &problem);
    if (!problem.isEmpty())
        return {problem};
    QStringList missing;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !takesTabFocus(widget) || isQtInternal(widget, window))
            continue;
        const bool reached = std::any_of(cycle.cbegin(), cycle.cend(), [widget](QWidget *stop) {
            return isInside(stop, widget);
        });
        if (!reached)
            missing << describe(widget);
    }
    if (!missing.isEmpty()) {
        QStringList stops;
        for (const QWidget *stop : cycle)
            stops << QString::fromLatin1(stop->metaObject()->className()) + QLatin1Char('#') +
                         stop->objectName();
        missing << QStringLiteral("(Tab visits: ") + stops.join(QStringLiteral(", ")) +
                       QLatin1Char(')');
    }
    return missing;
}

QWidget *firstTabStop(QWidget *window) {
    QWidget *widget = window;
    do {
        widget = widget->nextInFocusChain();
        if (takesTabFocus(widget))
            return widget;
    } while (widget != window);
    return nullptr;
}

#define VERIFY_EMPTY(list, what) \
    QVERIFY2((list).isEmpty(),   \
             qPrintable(QStringLiteral(what ":\n  ") + (list).join(QLatin1String("\n  "))))

}  // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

    /// A main window with one Space in the queue (selected, so the details pane shows it) and
    /// the player bar visible, as when a preview plays.
    struct Rig {
        QTemporaryDir dir;
        FakeHttpServer http;
        FakeXServer x{http};
        NetworkService network;
        IsolatedXApiClient api{network, dir.path()};
        DownloadQueue queue{network, api, dir.filePath(QStringLiteral("queue.json"))};
        AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
        std::unique_ptr<MainWindow> window;

        Rig() {
            http.listen();
            FakeSpace space;
            space.id = QStringLiteral("1AbcDefGhiJkl");
            space.mediaKey = QStringLiteral("28_1AbcDefGhiJkl");
            space.playlistUrl = http.url(QStringLiteral("/cdn/playlist.m3u8")).toString();
            x.addSpace(space);
            network.setApiOrigin(http.baseUrl());
            queue.setAutoStart(false);
            settings.setOutputDir(dir.filePath(QStringLiteral("out")));
            window = std::make_unique<MainWindow>(queue, settings);
            window->addLinks(QStringLiteral("https://x.com/i/spaces/1AbcDefGhiJkl"));
            window->queueView()->selectRow(0);
            window->findChild<PlayerBar *>()->show();
        }
        bool show() {
            window->show();
            window->activateWindow();
            return QTest::qWaitForWindowActive(window.get());
        }
    };

    static void showAndCheck(QDialog &dialog) {
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        VERIFY_EMPTY(unnamedWidgets(&dialog), "interactive widgets without an accessible name");
        QWidget *first = firstTabStop(&dialog);
        QVERIFY2(first, "the dialog has nothing to focus");
        VERIFY_EMPTY(unreachable(&dialog, first), "widgets Tab does not reach");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mainWindowWidgetsAllHaveNames() {
        Rig rig;
        QVERIFY(rig.show());
        VERIFY_EMPTY(unnamedWidgets(rig.window.get()),
                     "interactive widgets without an accessible name");
    }

    void tabGoesLinkBarQueueDetailsPlayer() {
        Rig rig;
        QVERIFY(rig.show());
        QTRY_VERIFY(rig.window->findChild<DetailsPane *>()->isVisible());

        QWidget *start = rig.window->linkBar()->lineEdit();
        QString problem;
        const QList<QWidget *> cycle = tabCycle(start, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The region of each stop, in the order Tab visits them.
        const QList<QPair<QString, const QWidget *>> regions = {
            {QStringLiteral("link bar"), rig.window->linkBar()},
            {QStringLiteral("queue"), rig.window->queueView()},
            {QStringLiteral("details"), rig.window->findChild<DetailsPane *>()},
            {QStringLiteral("player"), rig.window->findChild<PlayerBar *>()}};
        QStringList order;
        for (QWidget *stop : cycle) {
            QString region = QStringLiteral("other");
            for (const auto &[name, widget] : regions) {
                if (isInside(stop, widget))
                    region = name;
            }
            if (order.isEmpty() || order.last() != region)
                order << region;
        }
        order.removeAll(QStringLiteral("other"));  // tool bar, status bar: after the player
        QCOMPARE(order.join(QStringLiteral(" → ")),
                 QStringLiteral("link bar → queue → details → player"));
        // The queue is one stop: Tab leaves it (arrows move between rows).
        QCOMPARE(cycle.count(rig.window->queueView()), 1);

        VERIFY_EMPTY(unreachable(rig.window.get(), start), "widgets Tab does not reach");
    }

    void settingsDialog() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SettingsDialog dialog(settings);
        showAndCheck(dialog);
    }

    void accountDialog() {
        // A keychain service of its own; the dialog asks it what it holds when it opens.
        CredentialStore store(QStringLiteral("spacetape-accessibility-test"));
        AccountDialog dialog(store);
        if (dialog.isBusy()) {
            QSignalSpy done(&dialog, &AccountDialog::keychainCallFinished);
            QVERIFY(done.wait(20000));
        }
        showAndCheck(dialog);
    }

    void aboutDialog() {
        AboutDialog dialog;
        showAndCheck(dialog);
    }

    void watchedHostsDialog() {
        QTemporaryDir dir;
        NetworkService network;
        XApiClient api(network);
        HostWatcher watcher(api, dir.filePath(QStringLiteral("watched-hosts.json")));
        QVERIFY(watcher.addHost(QStringLiteral("@adahost")));
        WatchedHostsDialog dialog(watcher);
        showAndCheck(dialog);
    }

    void connectionCheckDialog() {
        // Against a fake X, so the checks it starts on showing never leave the machine.
        FakeHttpServer http;
        QVERIFY(http.listen());
        FakeXServer x(http);
        NetworkService network;
        network.setApiOrigin(http.baseUrl());
        ConnectionCheckDialog dialog(network, nullptr,
                                     QStringLiteral("spacetape-accessibility-test"));
        QSignalSpy finished(&dialog, &ConnectionCheckDialog::checksFinished);
        showAndCheck(dialog);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        VERIFY_EMPTY(unnamedWidgets(&dialog), "interactive widgets without an accessible name");
    }

    void editTagsDialog() {
        // A saved file, so that every field is enabled (as the user meets them).
        QTemporaryDir dir;
        const QString adts = dir.filePath(QStringLiteral("chunk.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 0.5), QString());
        const QString m4a = dir.filePath(QStringLiteral("saved.m4a"));
        SpaceTags tags = sampleTags();
        tags.cover = makeImage(dir.filePath(QStringLiteral("cover.png")),
                               QStringLiteral("color=red:s=16x16"));
        const auto assembled = AudioAssembler::assemble({ChunkFile{0, adts, {}}}, tags, m4a);
        QVERIFY2(assembled.ok(), qPrintable(assembled.error()));
        EditTagsDialog dialog(m4a);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.errorText(), QString());
        showAndCheck(dialog);
    }

    void everyDialogClassIsChecked() {
#ifdef QT_TESTCASE_SOURCEDIR
        // The absolute source folder (tests/): __FILE__ may be relative under ccache.
        const QString uiDir = QDir::cleanPath(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../ui"));
#else
        const QString uiDir = QFileInfo(QFINDTESTDATA("../../ui/MainWindow.h")).absolutePath();
#endif
        QVERIFY2(QFileInfo::exists(uiDir + QStringLiteral("/MainWindow.h")),
                 qPrintable(QStringLiteral("cannot find the ui/ sources in ") + uiDir));
        const QRegularExpression dialogClass(QStringLiteral(
            R"(class\s+(\w+)\s*(?:final\s*)?:\s*public\s+(?:QDialog|QWizard|QMessageBox)\b)"));
        QStringList unchecked, found;
        const auto headers = QDir(uiDir).entryInfoList({QStringLiteral("*.h")}, QDir::Files);
        for (const QFileInfo &header : headers) {
            QFile file(header.absoluteFilePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto matches = dialogClass.globalMatch(QString::fromUtf8(file.readAll()));
            while (matches.hasNext()) {
                const QString name = matches.next().captured(1);
                found << name;
                if (!kCheckedDialogs.contains(name))
                    unchecked << name + QStringLiteral(" (") + header.fileName() + QLatin1Char(')');
            }
        }
        for (const QString &name : kCheckedDialogs)  // the scan itself works
            QVERIFY2(found.contains(name),
                     qPrintable(name + QStringLiteral(" not found in ") + uiDir));
        VERIFY_EMPTY(unchecked,
                     "dialogs in ui/ this test does not open (add a test slot and "
                     "the name to kCheckedDialogs)");
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
