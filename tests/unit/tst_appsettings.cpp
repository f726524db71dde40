// SPDX-License-Identifier: MIT
// Typed settings: defaults, clamping, a round trip through an ini file, change signals.
#include "settings/AppSettings.h"
#include "util/FilenameTemplate.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;

class TestAppSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshIni() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsWhenNothingIsStored() {
        AppSettings settings(freshIni());
        const QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
        const QString base = music.isEmpty() ? QDir::homePath() : music;
        QCOMPARE(settings.outputDir(), QDir(base).filePath(QStringLiteral("Spacetape")));
        QCOMPARE(settings.nameTemplate(), FilenameTemplate::defaultTemplate());
        QCOMPARE(settings.existsPolicy(), ExistsPolicy::Rename);
        QCOMPARE(settings.chunksInFlight(), 16);
        QCOMPARE(settings.spacesAtOnce(), 2);
        QCOMPARE(settings.proxy(), ProxySetting::System);
        QCOMPARE(settings.manualProxy(), QString());
        QCOMPARE(settings.notifications(), NotifyPolicy::WhenInBackground);
        QCOMPARE(settings.closeToTray(), false);
        QCOMPARE(settings.watchClipboard(), false);
        QCOMPARE(settings.askBeforeAddingFromClipboard(), true);
    }

    void numbersAreClampedToTheirRange() {
        AppSettings settings(freshIni());
        settings.setChunksInFlight(0);
        QCOMPARE(settings.chunksInFlight(), 1);
        settings.setChunksInFlight(500);
        QCOMPARE(settings.chunksInFlight(), 64);
        settings.setSpacesAtOnce(-3);
        QCOMPARE(settings.spacesAtOnce(), 1);
        settings.setSpacesAtOnce(11);
        QCOMPARE(settings.spacesAtOnce(), 10);
        settings.setSpacesAtOnce(4);
        QCOMPARE(settings.spacesAtOnce(), 4);
    }

    void handEditedFilesCannotBreakTheApp() {
        const QString ini = freshIni();
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(AppSettings::keyName(AppSettings::Key::ChunksInFlight), 999);
            raw.setValue(AppSettings::keyName(AppSettings::Key::SpacesAtOnce),
                         QStringLiteral("lots"));
            raw.setValue(AppSettings::keyName(AppSettings::Key::ExistsPolicy),
                         QStringLiteral("explode"));
            raw.setValue(AppSettings::keyName(AppSettings::Key::Proxy), QStringLiteral("MANUAL"));
            raw.setValue(AppSettings::keyName(AppSettings::Key::NameTemplate), QStringLiteral(" "));
        }
        AppSettings settings(ini);
        QCOMPARE(settings.chunksInFlight(), 64);
        QCOMPARE(settings.spacesAtOnce(), 2);
        QCOMPARE(settings.existsPolicy(), ExistsPolicy::Rename);
        QCOMPARE(settings.proxy(), ProxySetting::Manual);
        QCOMPARE(settings.nameTemplate(), FilenameTemplate::defaultTemplate());
    }

    void valuesSurviveARoundTripThroughTheIniFile() {
        const QString ini = freshIni();
        {
            AppSettings settings(ini);
            settings.setOutputDir(QStringLiteral("/srv/spaces"));
            settings.setNameTemplate(QStringLiteral("{host}/{date} {title}"));
            settings.setExistsPolicy(ExistsPolicy::Skip);
            settings.setChunksInFlight(32);
            settings.setSpacesAtOnce(5);
            settings.setProxy(ProxySetting::Manual);
            settings.setManualProxy(QStringLiteral("  proxy.local:3128 "));
            settings.setNotifications(NotifyPolicy::Never);
            settings.setCloseToTray(true);
            settings.setWatchClipboard(true);
            settings.setAskBeforeAddingFromClipboard(false);
            settings.sync();
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("existsPolicy=skip"), text.constData());
        QVERIFY(text.contains("notifications=never"));

        AppSettings reread(ini);
        QCOMPARE(reread.outputDir(), QStringLiteral("/srv/spaces"));
        QCOMPARE(reread.nameTemplate(), QStringLiteral("{host}/{date} {title}"));
        QCOMPARE(reread.existsPolicy(), ExistsPolicy::Skip);
        QCOMPARE(reread.chunksInFlight(), 32);
        QCOMPARE(reread.spacesAtOnce(), 5);
        QCOMPARE(reread.proxy(), ProxySetting::Manual);
        QCOMPARE(reread.manualProxy(), QStringLiteral("proxy.local:3128"));
        QCOMPARE(reread.notifications(), NotifyPolicy::Never);
        QCOMPARE(reread.closeToTray(), true);
        QCOMPARE(reread.watchClipboard(), true);
        QCOMPARE(reread.askBeforeAddingFromClipboard(), false);
    }

    void noSecretIsEverWritten() {
        const QString ini = freshIni();
        {
            AppSettings settings(ini);
            settings.setProxy(ProxySetting::None);
            settings.sync();
        }
        QSettings raw(ini, QSettings::IniFormat);
        for (const QString &key : raw.allKeys()) {
            QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("cookie"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive),
                     qPrintable(key));
        }
    }

    void changedNamesTheKeyOnlyWhenTheValueChanges() {
        AppSettings settings(freshIni());
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setSpacesAtOnce(3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(),
                 AppSettings::keyName(AppSettings::Key::SpacesAtOnce));
        settings.setSpacesAtOnce(3);
        QCOMPARE(changed.size(), 1);
        settings.setChunksInFlight(16);  // the default: no change
        QCOMPARE(changed.size(), 1);
        settings.setChunksInFlight(100);
        settings.setChunksInFlight(64);  // clamps to the same value
        QCOMPARE(changed.size(), 2);
        settings.setWatchClipboard(true);
        settings.setNotifications(NotifyPolicy::Always);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.at(2).at(0).toString(),
                 AppSettings::keyName(AppSettings::Key::WatchClipboard));
        QCOMPARE(changed.at(3).at(0).toString(),
                 AppSettings::keyName(AppSettings::Key::Notifications));
    }

    void everyKeyHasItsOwnName() {
        QSet<QString> names;
        for (int i = 0; i <= int(AppSettings::Key::AskBeforeAddingFromClipboard); ++i) {
            const QString name = AppSettings::keyName(AppSettings::Key(i));
            QVERIFY(!name.isEmpty());
            names.insert(name);
        }
        QCOMPARE(names.size(), int(AppSettings::Key::AskBeforeAddingFromClipboard) + 1);
    }

    void downloadSettingsCarryTheDownloadPreferences() {
        AppSettings settings(freshIni());
        settings.setOutputDir(QStringLiteral("/data/out"));
        settings.setNameTemplate(QStringLiteral("{id}"));
        settings.setChunksInFlight(8);
        settings.setExistsPolicy(ExistsPolicy::Overwrite);
        const DownloadSettings download = settings.downloadSettings();
        QCOMPARE(download.outputDir, QStringLiteral("/data/out"));
        QCOMPARE(download.nameTemplate, QStringLiteral("{id}"));
        QCOMPARE(download.concurrency, 8);
        QCOMPARE(download.existsPolicy, ExistsPolicy::Overwrite);
        QVERIFY(download.cacheRoot.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
