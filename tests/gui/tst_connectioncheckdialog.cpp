// SPDX-License-Identifier: MIT
// Help ▸ Check Connection: the dialog shows one row per check as the checks end (against the
// fake X), a failed check says what to do, and Copy Report puts a plain-text report without
// secrets on the clipboard.
#include "ConnectionCheckDialog.h"
#include "fake/FakeSpaceRig.h"
#include "net/NetworkService.h"
#include "support/ChunkFixture.h"
#include "support/KeychainSupport.h"
#include "x/XApiConfig.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");

StepOutcome outcomeOf(const QListWidgetItem *item) {
    return StepOutcome(item->data(Qt::UserRole).toInt());
}

/// What a tooltip shows of @p tip: QToolTip renders it as rich text when it looks like HTML.
QString shownToolTip(const QString &tip) {
    QTextDocument document;
    if (Qt::mightBeRichText(tip))
        document.setHtml(tip);
    else
        document.setPlainText(tip);
    return document.toPlainText();
}
}  // namespace

class TestConnectionCheckDialog : public QObject {
    Q_OBJECT

    KeychainProbe m_keychain;
    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    struct Rig : FakeSpaceRig {
        explicit Rig(const ChunkFixture &fixture) : FakeSpaceRig(fixture) {
            x().addSpace(makeSpace(kSpaceId));
            network.setApiOrigin(apiOrigin());
        }
        NetworkService network;
    };

private Q_SLOTS:
    void initTestCase() {
        // The queryId cache goes to a test folder, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 9.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }
    void init() {
        m_keychain.renewService();
        QFile::remove(ApiCache().path());  // each test starts without a cached queryId
    }
    void cleanup() { m_keychain.clear(); }

    void rowsAppearAsChecksEnd() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        ConnectionCheckDialog dialog(rig.network, nullptr, m_keychain.service());
        dialog.setSpaceInput(QStringLiteral("https://x.com/i/spaces/%1/peek").arg(kSpaceId));
        QSignalSpy finished(&dialog, &ConnectionCheckDialog::checksFinished);
        dialog.show();  // the checks start when the dialog shows
        QTRY_COMPARE_WITH_TIMEOUT(dialog.rows()->count(), 7, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().first().toInt(), 0);
        for (int i = 0; i < dialog.rows()->count(); ++i) {
            const QListWidgetItem *row = dialog.rows()->item(i);
            QVERIFY2(outcomeOf(row) != StepOutcome::Failed, qPrintable(row->text()));
            QVERIFY(!row->icon().isNull());
        }
        QVERIFY(dialog.rows()->item(1)->text().startsWith(QStringLiteral("guest token — ok (")));
        QVERIFY(dialog.rows()->item(6)->text().startsWith(QStringLiteral("CDN — ok: ")));
    }

    void failedCheckSaysWhatToDo() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        rig.x().setCurrentOperation(QStringLiteral("Nw9Rt2026rotatedQryIdA"),
                                    xapi::defaultFeatureSwitches());
        rig.x().setHomepageNeedsLogin(true);
        rig.x().setPeekHasChunkMap(false);  // no page left for a guest to discover from
        ConnectionCheckDialog dialog(rig.network, nullptr, m_keychain.service());
        dialog.setSpaceInput(kSpaceId);
        QSignalSpy finished(&dialog, &ConnectionCheckDialog::checksFinished);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().first().toInt(), ConnectionDoctor::kChecksFailed);
        QCOMPARE(dialog.rows()->count(), 7);
        const QListWidgetItem *space = dialog.rows()->item(3);
        QCOMPARE(outcomeOf(space), StepOutcome::Failed);
        QVERIFY2(space->text().contains(QStringLiteral("HTTP 404")), qPrintable(space->text()));
        QVERIFY2(space->text().contains(QStringLiteral("\nWhat to do: ")),
                 qPrintable(space->text()));
        QCOMPARE(outcomeOf(dialog.rows()->item(4)), StepOutcome::Failed);  // discovery
        QCOMPARE(outcomeOf(dialog.rows()->item(5)), StepOutcome::Skipped);
        QVERIFY(dialog.rows()->item(5)->text().contains(QStringLiteral("because AudioSpaceById")));
    }

    void copyReportIsPlainTextWithoutSecrets() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        ConnectionCheckDialog dialog(rig.network, nullptr, m_keychain.service());
        dialog.setSpaceInput(kSpaceId);
        QSignalSpy finished(&dialog, &ConnectionCheckDialog::checksFinished);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyReportButton"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        const QString report = QApplication::clipboard()->text();
        QCOMPARE(report, dialog.reportText());
        QVERIFY(report.startsWith(QStringLiteral("Spacetape ")));
        QVERIFY(report.contains(QStringLiteral("Space: ") + kSpaceId));
        QVERIFY(report.contains(QStringLiteral("✓ guest token")));
        QVERIFY(report.contains(QStringLiteral("✓ CDN")));
        QVERIFY(!report.contains(QString::fromLatin1(xapi::defaultBearer())));
        QVERIFY(!report.contains(QStringLiteral("1700000000000000001")));  // the guest token
        QVERIFY(!report.contains(QLatin1Char('<')));                       // no markup
    }

    void xTextInRowsAndStatusIsShownLiterally() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        const QString title =
            QStringLiteral("<b>Bold</b> &amp; <img src=\"x\"> <a href=#>here</a>");
        FakeSpace space = rig.makeSpace(kSpaceId);
        space.title = title;
        rig.x().addSpace(space);
        ConnectionCheckDialog dialog(rig.network, nullptr, m_keychain.service());
        dialog.setSpaceInput(kSpaceId);
        QSignalSpy finished(&dialog, &ConnectionCheckDialog::checksFinished);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const QListWidgetItem *spaceRow = dialog.rows()->item(3);
        QCOMPARE(outcomeOf(spaceRow), StepOutcome::Ok);
        QVERIFY2(spaceRow->text().contains(title), qPrintable(spaceRow->text()));
        // The tooltip shows X's title as written, tags and entity included.
        const QString shown = shownToolTip(spaceRow->toolTip());
        QVERIFY2(shown.contains(QStringLiteral("“") + title + QStringLiteral("”")),
                 qPrintable(spaceRow->toolTip()));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("checkStatus"));
        QVERIFY(status);
        QCOMPARE(status->textFormat(), Qt::PlainText);
    }

    void checkAgainRunsOnceMore() {
        SPACETAPE_REQUIRE_KEYCHAIN(m_keychain.available());
        Rig rig(*m_fixture);
        ConnectionCheckDialog dialog(rig.network, nullptr, m_keychain.service());
        QSignalSpy finished(&dialog, &ConnectionCheckDialog::checksFinished);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(dialog.rows()->item(3)->text().contains(QStringLiteral("no Space given")));
        dialog.setSpaceInput(kSpaceId);
        dialog.findChild<QPushButton *>(QStringLiteral("checkAgainButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(dialog.rows()->count(), 7);
        QCOMPARE(outcomeOf(dialog.rows()->item(6)), StepOutcome::Ok);
    }
};

QTEST_MAIN(TestConnectionCheckDialog)
#include "tst_connectioncheckdialog.moc"
