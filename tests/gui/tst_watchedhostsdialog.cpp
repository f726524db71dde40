// SPDX-License-Identifier: MIT
// The watched hosts window: adding (with inline errors), enabling, removing, the "needs a
// login" banner, and a host's row showing what the watcher found.
#include "WatchedHostsDialog.h"
#include "fake/FakeHttpServer.h"
#include "fake/FakeWatchApi.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "watch/HostWatcher.h"
#include "x/XApiClient.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QString(160, QLatin1Char('c'));
}  // namespace

class TestWatchedHostsDialog : public QObject {
    Q_OBJECT

    struct Rig {
        FakeHttpServer http;
        FakeXServer x{http};
        FakeWatchApi watchApi{http};
        NetworkService network;
        XApiClient api{network};
        QTemporaryDir dir;
        std::unique_ptr<HostWatcher> watcher;

        Rig() {
            http.listen();
            network.setApiOrigin(http.baseUrl());
            api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
            watchApi.addUser(
                {QStringLiteral("adahost"), QStringLiteral("1001"), QStringLiteral("Ada Host")});
            watcher = std::make_unique<HostWatcher>(
                api, dir.filePath(QStringLiteral("watched-hosts.json")));
            WatchTiming timing;
            timing.minPollMs = 200;
            timing.jitterMs = 0;
            watcher->setTiming(timing);
        }
        void logIn() {
            x.setValidLogin(kAuthToken, kCt0);
            watchApi.setValidLogin(kAuthToken, kCt0);
            XLogin login;
            login.authToken = kAuthToken;
            login.ct0 = kCt0;
            api.setLogin(login);
        }
    };

    static QStringList hostsShown(const WatchedHostsDialog &dialog) {
        QStringList hosts;
        for (int i = 0; i < dialog.hostList()->topLevelItemCount(); ++i)
            hosts << dialog.hostList()->topLevelItem(i)->text(WatchedHostsDialog::HostColumn);
        return hosts;
    }

private Q_SLOTS:
    void addsHostsAndExplainsWrongInput() {
        Rig rig;
        WatchedHostsDialog dialog(*rig.watcher);
        dialog.show();
        QTest::keyClicks(dialog.input(), QStringLiteral("not a handle!"));
        QTest::keyClick(dialog.input(), Qt::Key_Return);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(hostsShown(dialog).isEmpty());
        QCOMPARE(dialog.input()->text(), QStringLiteral("not a handle!"));  // kept to fix

        dialog.input()->clear();
        QTest::keyClicks(dialog.input(), QStringLiteral("https://x.com/adahost"));
        QTest::keyClick(dialog.input(), Qt::Key_Return);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(hostsShown(dialog), QStringList{QStringLiteral("@adahost")});
        QVERIFY(dialog.input()->text().isEmpty());
        QCOMPARE(rig.watcher->hosts().size(), 1);
    }

    void enablingAndRemovingGoToTheWatcher() {
        Rig rig;
        QVERIFY(rig.watcher->addHost(QStringLiteral("@adahost")));
        QVERIFY(rig.watcher->addHost(QStringLiteral("@grace")));
        WatchedHostsDialog dialog(*rig.watcher);
        dialog.show();
        QCOMPARE(hostsShown(dialog).size(), 2);
        QTreeWidgetItem *first = dialog.hostList()->topLevelItem(0);
        first->setCheckState(WatchedHostsDialog::HostColumn, Qt::Unchecked);
        QTRY_VERIFY(!rig.watcher->hosts().at(0).enabled);
        dialog.hostList()->topLevelItem(1)->setSelected(true);
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("watchRemoveButton"));
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QCOMPARE(rig.watcher->hosts().size(), 1);
        QCOMPARE(hostsShown(dialog).size(), 1);
    }

    void withoutALoginTheBannerSaysWhy() {
        Rig rig;
        rig.watcher->start();
        WatchedHostsDialog dialog(*rig.watcher);
        dialog.show();
        QTRY_VERIFY(!dialog.bannerText().isEmpty());
        QVERIFY2(dialog.bannerText().contains(QStringLiteral("login"), Qt::CaseInsensitive),
                 qPrintable(dialog.bannerText()));
        QSignalSpy login(&dialog, &WatchedHostsDialog::loginRequested);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("watchLoginButton"));
        QVERIFY(button && button->isVisible());
        button->click();
        QCOMPARE(login.size(), 1);
    }

    void aHostsRowShowsTheSpaceFound() {
        Rig rig;
        rig.logIn();
        rig.watchApi.setLive(FakePresence{QStringLiteral("1BdxYEAEBVgxX"),
                                          QStringLiteral("1001"),
                                          {},
                                          QStringLiteral("Running"),
                                          QStringLiteral("Launch day")});
        QVERIFY(rig.watcher->addHost(QStringLiteral("@adahost")));
        WatchedHostsDialog dialog(*rig.watcher);
        dialog.show();
        QSignalSpy found(rig.watcher.get(), &HostWatcher::spaceFound);
        rig.watcher->start();
        QVERIFY(found.wait(10000));
        QTRY_VERIFY(!dialog.hostList()
                         ->topLevelItem(0)
                         ->text(WatchedHostsDialog::LastFoundColumn)
                         .isEmpty());
        QCOMPARE(dialog.bannerText(), QString());
    }
};

QTEST_MAIN(TestWatchedHostsDialog)
#include "tst_watchedhostsdialog.moc"
