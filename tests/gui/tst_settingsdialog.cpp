// SPDX-License-Identifier: MIT
#include "SettingsDialog.h"
#include "net/ProxyAddress.h"
#include "settings/AppSettings.h"
#include "util/FilenameTemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace spacetape;

namespace {

/// Everything the dialog edits, as one comparable value.
struct Snapshot {
    QString outputDir, nameTemplate, manualProxy;
    ExistsPolicy existsPolicy;
    int chunksInFlight, spacesAtOnce;
    ProxySetting proxy;
    NotifyPolicy notifications;
    bool closeToTray, watchClipboard, askBeforeAdding;

    static Snapshot of(const AppSettings &s) {
        return {s.outputDir(),
                s.nameTemplate(),
                s.manualProxy(),
                s.existsPolicy(),
                s.chunksInFlight(),
                s.spacesAtOnce(),
                s.proxy(),
                s.notifications(),
                s.closeToTray(),
                s.watchClipboard(),
                s.askBeforeAddingFromClipboard()};
    }
    bool operator==(const Snapshot &o) const {
        return outputDir == o.outputDir && nameTemplate == o.nameTemplate &&
               manualProxy == o.manualProxy && existsPolicy == o.existsPolicy &&
               chunksInFlight == o.chunksInFlight && spacesAtOnce == o.spacesAtOnce &&
               proxy == o.proxy && notifications == o.notifications &&
               closeToTray == o.closeToTray && watchClipboard == o.watchClipboard &&
               askBeforeAdding == o.askBeforeAdding;
    }
};

void selectData(QComboBox *combo, int value) {
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

}  // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;

    template <typename T>
    T *field(const char *name) {
        auto *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QPushButton *button(QDialogButtonBox::StandardButton which) {
        return m_dialog->findChild<QDialogButtonBox *>()->button(which);
    }
    QString preview() { return field<QLabel>("templatePreview")->text(); }
    static QString expectedPreview(const QString &templ) {
        return FilenameTemplate::render(templ, SettingsDialog::sampleValues()) +
               QStringLiteral(".m4a");
    }

    /// Changes every field away from its default.
    void editEveryField() {
        field<QLineEdit>("outputDir")->setText(m_dir->filePath(QStringLiteral("Spaces")));
        field<QLineEdit>("nameTemplate")->setText(QStringLiteral("{host}/{date} {title}"));
        selectData(field<QComboBox>("existsPolicy"), int(ExistsPolicy::Skip));
        field<QSpinBox>("chunksInFlight")->setValue(48);
        field<QSpinBox>("spacesAtOnce")->setValue(5);
        selectData(field<QComboBox>("proxy"), int(ProxySetting::Manual));
        field<QLineEdit>("manualProxy")->setText(QStringLiteral("proxy.example.org:3128"));
        selectData(field<QComboBox>("notifications"), int(NotifyPolicy::Never));
        field<QCheckBox>("closeToTray")->setChecked(true);
        field<QCheckBox>("watchClipboard")->setChecked(true);
        field<QCheckBox>("askBeforeAdding")->setChecked(false);
    }
    void verifyEveryFieldStored() {
        QCOMPARE(m_settings->outputDir(), m_dir->filePath(QStringLiteral("Spaces")));
        QCOMPARE(m_settings->nameTemplate(), QStringLiteral("{host}/{date} {title}"));
        QCOMPARE(m_settings->existsPolicy(), ExistsPolicy::Skip);
        QCOMPARE(m_settings->chunksInFlight(), 48);
        QCOMPARE(m_settings->spacesAtOnce(), 5);
        QCOMPARE(m_settings->proxy(), ProxySetting::Manual);
        QCOMPARE(m_settings->manualProxy(), QStringLiteral("proxy.example.org:3128"));
        QCOMPARE(m_settings->notifications(), NotifyPolicy::Never);
        QCOMPARE(m_settings->closeToTray(), true);
        QCOMPARE(m_settings->watchClipboard(), true);
        QCOMPARE(m_settings->askBeforeAddingFromClipboard(), false);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_dialog = std::make_unique<SettingsDialog>(*m_settings);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup() {
        m_dialog.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void fieldsStartFromTheSettings() {
        QCOMPARE(field<QLineEdit>("nameTemplate")->text(), m_settings->nameTemplate());
        QCOMPARE(field<QLineEdit>("outputDir")->text(), m_settings->outputDir());
        QCOMPARE(field<QSpinBox>("chunksInFlight")->value(), m_settings->chunksInFlight());
        QCOMPARE(field<QSpinBox>("spacesAtOnce")->value(), m_settings->spacesAtOnce());
        QCOMPARE(preview(), expectedPreview(m_settings->nameTemplate()));
        QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
        // Clipboard watching is opt-in, and "ask" only matters once it is on.
        QVERIFY(!field<QCheckBox>("watchClipboard")->isChecked());
        QVERIFY(!field<QCheckBox>("askBeforeAdding")->isEnabled());
        QVERIFY(!field<QLineEdit>("manualProxy")->isEnabled());
    }

    void previewFollowsTypingKeyByKey() {
        auto *edit = field<QLineEdit>("nameTemplate");
        edit->clear();
        edit->setFocus();
        const QString typed = QStringLiteral("{host}/{date}/{title} [{id}]");
        QString sofar;
        int checked = 0;
        for (const QChar c : typed) {
            QTest::keyClick(edit, c.toLatin1());
            sofar += c;
            QCOMPARE(edit->text(), sofar);
            // Half-typed variables are invalid; every valid prefix must be previewed exactly.
            if (FilenameTemplate::check(sofar).ok()) {
                QCOMPARE(preview(), expectedPreview(sofar));
                ++checked;
            }
        }
        QVERIFY(checked >= 4);
        QCOMPARE(preview(), QStringLiteral("spacetape_demo/2024-05-17/") +
                                FilenameTemplate::render(QStringLiteral("{title} [{id}]"),
                                                         SettingsDialog::sampleValues()) +
                                QStringLiteral(".m4a"));
    }

    void hostileTitleNeverAddsADirectory() {
        const FilenameValues sample = SettingsDialog::sampleValues();
        QVERIFY(sample.title.contains(QLatin1Char('/')));
        QVERIFY(sample.title.contains(QLatin1String("..")));
        field<QLineEdit>("nameTemplate")->setText(QStringLiteral("{title}"));
        const QString shown = preview();
        QVERIFY2(!shown.contains(QLatin1Char('/')), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1Char('<')) && !shown.contains(QLatin1Char('?')));
        QVERIFY(shown.endsWith(QLatin1String(".m4a")));
        // Directory parts come from the template only: exactly one separator here.
        field<QLineEdit>("nameTemplate")->setText(QStringLiteral("{host_name}/{title}"));
        QCOMPARE(preview().count(QLatin1Char('/')), 1);
        QVERIFY(!preview().contains(QLatin1String("../")));
    }

    void variableButtonsInsertAtTheCursor() {
        auto *edit = field<QLineEdit>("nameTemplate");
        edit->setText(QStringLiteral("{date}  [{id}]"));
        edit->setCursorPosition(7);
        QTest::mouseClick(field<QToolButton>("insert_title"), Qt::LeftButton);
        QCOMPARE(edit->text(), QStringLiteral("{date} {title} [{id}]"));
        QCOMPARE(preview(), expectedPreview(edit->text()));
        // Every variable the template knows has a button.
        for (const QString &variable : FilenameTemplate::variables())
            QVERIFY(m_dialog->findChild<QToolButton *>(QStringLiteral("insert_") +
                                                       variable.mid(1, variable.size() - 2)));
    }

    void invalidTemplateIsExplainedAndBlocksOk_data() {
        QTest::addColumn<QString>("templ");
        QTest::newRow("unknown variable") << QStringLiteral("{date} {speaker}");
        QTest::newRow("unclosed brace") << QStringLiteral("{date} {title");
        QTest::newRow("empty") << QString();
    }
    void invalidTemplateIsExplainedAndBlocksOk() {
        QFETCH(QString, templ);
        const QString before = m_settings->nameTemplate();
        field<QLineEdit>("nameTemplate")->setText(templ);
        auto *error = field<QLabel>("templateError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), FilenameTemplate::check(templ).error());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(!m_dialog->apply());
        m_dialog->accept();  // e.g. Enter in a field: must not store the broken template
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_settings->nameTemplate(), before);

        field<QLineEdit>("nameTemplate")->setText(QStringLiteral("{date} {title}"));
        QVERIFY(!error->isVisible());
        QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
    }

    void manualProxyIsValidated() {
        selectData(field<QComboBox>("proxy"), int(ProxySetting::Manual));
        auto *proxy = field<QLineEdit>("manualProxy");
        auto *error = field<QLabel>("proxyError");
        QVERIFY(proxy->isEnabled());
        proxy->setText(QString());
        QVERIFY(error->isVisible());
        QVERIFY(!button(QDialogButtonBox::Ok)->isEnabled());
        proxy->setText(QStringLiteral("proxy.example.org"));
        QVERIFY(error->text().contains(QLatin1String("port")));
        QVERIFY(!button(QDialogButtonBox::Ok)->isEnabled());
        proxy->setText(QStringLiteral("socks5://127.0.0.1:9050"));
        QVERIFY(!error->isVisible());
        QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
        const auto parsed = parseProxyAddress(proxy->text());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(parsed->hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(parsed->port(), quint16(9050));
        // A broken manual proxy does not matter once another mode is chosen.
        proxy->setText(QStringLiteral("nonsense"));
        selectData(field<QComboBox>("proxy"), int(ProxySetting::None));
        QVERIFY(!error->isVisible());
        QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
    }

    void applyStoresEveryValueAndKeepsTheDialogOpen() {
        QSignalSpy changed(m_settings.get(), &AppSettings::changed);
        editEveryField();
        QCOMPARE(changed.count(), 0);  // nothing before Apply
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        verifyEveryFieldStored();
        QVERIFY(changed.count() >= 11);
        QVERIFY(m_dialog->isVisible());
        // The values survive a new AppSettings on the same file.
        m_settings->sync();
        AppSettings reread(m_dir->filePath(QStringLiteral("settings.ini")));
        QVERIFY(Snapshot::of(reread) == Snapshot::of(*m_settings));
    }

    void okStoresEveryValueAndCloses() {
        QSignalSpy finished(m_dialog.get(), &QDialog::finished);
        editEveryField();
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        verifyEveryFieldStored();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
    }

    void cancelChangesNothing() {
        const Snapshot before = Snapshot::of(*m_settings);
        QSignalSpy changed(m_settings.get(), &AppSettings::changed);
        editEveryField();
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(changed.count(), 0);
        QVERIFY(Snapshot::of(*m_settings) == before);
        // Reopened, the dialog shows the stored values, not the abandoned edits.
        m_dialog->reload();
        QCOMPARE(field<QSpinBox>("spacesAtOnce")->value(), before.spacesAtOnce);
        QCOMPARE(field<QLineEdit>("nameTemplate")->text(), before.nameTemplate);
    }

    void dialogIsNotModal() {
        // show() keeps the main window usable while downloads run.
        QVERIFY(!m_dialog->isModal());
        QCOMPARE(m_dialog->windowModality(), Qt::NonModal);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
