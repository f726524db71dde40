// SPDX-License-Identifier: MIT
// The main window in German and in Japanese: Spacetape's own translations (embedded .qm
// files) and Qt's qtbase translation, installed for a locale before the window is created.
#include "LinkBar.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "support/IsolatedXApiClient.h"
#include "util/Translations.h"
#include "x/XApiClient.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace spacetape;
using spacetape::test::IsolatedXApiClient;

namespace {

struct Rig {
    QTemporaryDir dir;
    NetworkService network;
    IsolatedXApiClient api{network, dir.path()};
    DownloadQueue queue{network, api, dir.filePath(QStringLiteral("queue.json"))};
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<MainWindow> window;

    Rig() { window = std::make_unique<MainWindow>(queue, settings); }
};

QStringList menuTitles(const MainWindow &window) {
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList toolBarTexts(const MainWindow &window) {
    QStringList texts;
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("queueToolBar"));
    if (!bar)
        return texts;
    for (QAction *action : bar->actions())
        if (!action->isSeparator())
            texts << action->text();
    return texts;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { installTranslations(*QCoreApplication::instance(), QLocale::c()); }

    void mainWindow_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("watched");
        QTest::addColumn<QString>("add");
        QTest::addColumn<QString>("qtCancel");
        QTest::addColumn<QString>("downloading");
        QTest::newRow("German") << QStringLiteral("de_DE")
                                << QStringList{QStringLiteral("&Datei"),
                                               QStringLiteral("&Bearbeiten"),
                                               QStringLiteral("&Warteschlange"),
                                               QStringLiteral("&Konto"), QStringLiteral("&Hilfe")}
                                << QStringLiteral("&Starten")
                                << QStringLiteral("&Beobachtete Hosts…")
                                << QStringLiteral("&Hinzufügen") << QStringLiteral("Abbrechen")
                                << QStringLiteral("Wird geladen");
        QTest::newRow("Japanese") << QStringLiteral("ja_JP")
                                  << QStringList{QStringLiteral("ファイル(&F)"),
                                                 QStringLiteral("編集(&E)"),
                                                 QStringLiteral("キュー(&Q)"),
                                                 QStringLiteral("アカウント(&A)"),
                                                 QStringLiteral("ヘルプ(&H)")}
                                  << QStringLiteral("開始(&S)")
                                  << QStringLiteral("ウォッチ中のホスト(&W)…")
                                  << QStringLiteral("追加(&A)") << QStringLiteral("キャンセル")
                                  << QStringLiteral("ダウンロード中");
    }

    void mainWindow() {
        QFETCH(QString, locale);
        QFETCH(QStringList, menus);
        QFETCH(QString, start);
        QFETCH(QString, watched);
        QFETCH(QString, add);
        QFETCH(QString, qtCancel);
        QFETCH(QString, downloading);

        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(locale)));
        Rig rig;
        rig.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(rig.window.get()));

        QCOMPARE(menuTitles(*rig.window), menus);
        const QStringList tools = toolBarTexts(*rig.window);
        QVERIFY2(tools.contains(start), qPrintable(tools.join(QLatin1String(" | "))));
        QVERIFY2(tools.contains(watched), qPrintable(tools.join(QLatin1String(" | "))));
        QCOMPARE(rig.window->action(MainWindow::Action::Start)->text(), start);
        QCOMPARE(rig.window->linkBar()->addButton()->text(), add);
        // Qt's own strings (standard buttons) come from qtbase_<lang>.qm.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
        // The queue's state column.
        QCOMPARE(QueueModel::stateName(EntryState::Downloading), downloading);
    }

    void englishKeepsTheSourceTextsWithItsOwnPlurals() {
        // English ships only its plural forms: the words are the source texts.
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
        Rig rig;
        QCOMPARE(menuTitles(*rig.window).value(0), QStringLiteral("&File"));
        QCOMPARE(rig.window->linkBar()->addButton()->text(), QStringLiteral("&Add"));
        QCOMPARE(QueueModel::stateName(EntryState::Downloading), QStringLiteral("Downloading"));
        const char *gaps = "saved with %n missing chunks (gaps allowed).";
        QCOMPARE(QCoreApplication::translate("spacetape::CliRunner", gaps, nullptr, 1),
                 QStringLiteral("saved with 1 missing chunk (gaps allowed)."));
        QCOMPARE(QCoreApplication::translate("spacetape::CliRunner", gaps, nullptr, 3),
                 QStringLiteral("saved with 3 missing chunks (gaps allowed)."));
    }

    void noTranslationForOtherLanguages() {
        QVERIFY(!installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French)));
        Rig rig;
        QCOMPARE(menuTitles(*rig.window).value(0), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
