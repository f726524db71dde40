// SPDX-License-Identifier: MIT
#include "AccountDialog.h"
#include "auth/CookieImport.h"
#include "auth/CredentialStore.h"
#include "support/KeychainSupport.h"

#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape;

Q_DECLARE_METATYPE(std::optional<spacetape::XLogin>)

namespace {

const QString kAuthToken = QStringLiteral("5e3c1f0a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e");
// 160 hex characters, like the ct0 X sets for a logged-in browser.
const QString kCt0 = QStringLiteral("9a8b7c6d5e4f3a2b1c0d").repeated(8);
const char *const kNoBusMarker = "TST_ACCOUNTDIALOG_WITHOUT_KEYCHAIN";

QByteArray netscapeLine(const QString &domain, const QString &name, const QString &value,
                        bool httpOnly = false) {
    return ((httpOnly ? QStringLiteral("#HttpOnly_") : QString()) + domain +
            QStringLiteral("\tTRUE\t/\tTRUE\t4102444800\t") + name + QLatin1Char('\t') + value +
            QLatin1Char('\n'))
        .toUtf8();
}

QByteArray cookiesTxt(bool withCt0 = true) {
    QByteArray text = "# Netscape HTTP Cookie File\n# This is a generated file! Do not edit.\n\n";
    text += netscapeLine(QStringLiteral(".google.com"), QStringLiteral("NID"),
                         QStringLiteral("511=abc"));
    text += netscapeLine(QStringLiteral(".x.com"), QStringLiteral("guest_id"),
                         QStringLiteral("v1%3A171234567890123456"));
    text += netscapeLine(QStringLiteral(".x.com"), QStringLiteral("auth_token"), kAuthToken, true);
    if (withCt0)
        text += netscapeLine(QStringLiteral(".x.com"), QStringLiteral("ct0"), kCt0);
    return text;
}

QByteArray cookieEditorJson() {
    return QStringLiteral(
               "[{\"domain\": \".x.com\", \"name\": \"auth_token\", \"value\": \"%1\", "
               "\"httpOnly\": true, \"path\": \"/\", \"secure\": true, \"expirationDate\": "
               "4102444800}, {\"domain\": \".x.com\", \"name\": \"ct0\", \"value\": \"%2\", "
               "\"path\": \"/\", \"secure\": true, \"expirationDate\": 4102444800}]")
        .arg(kAuthToken, kCt0)
        .toUtf8();
}

/// Every message Qt logs while it is alive, to prove the secrets never reach a log.
class LogCapture {
public:
    LogCapture() {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static QStringList lines() { return s_lines; }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &message) {
        s_lines << message;
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

}  // namespace

// The shared rule: inside tests/run-tests.sh a missing keychain fails; elsewhere it skips.
#define REQUIRE_KEYCHAIN() SPACETAPE_REQUIRE_KEYCHAIN(m_keychainWorks)
#define OPEN_DIALOG()                   \
    do {                                \
        openDialog();                   \
        if (QTest::currentTestFailed()) \
            return;                     \
    } while (false)

class TestAccountDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<AccountDialog> m_dialog;
    bool m_keychainWorks = false;
    QString m_keychainProblem;

    template <typename T>
    T *field(const char *name) {
        auto *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QString status() { return field<QLabel>("status")->text(); }
    QLabel *error() { return field<QLabel>("error"); }

    /// The store's own answer, bypassing the dialog.
    Expected<std::optional<XLogin>> storedLogin() {
        std::optional<Expected<std::optional<XLogin>>> result;
        QEventLoop loop;
        m_store->load([&](Expected<std::optional<XLogin>> loaded) {
            result.emplace(std::move(loaded));
            loop.quit();
        });
        if (!result)
            loop.exec();
        return std::move(*result);
    }
    void openDialog() {
        m_dialog = std::make_unique<AccountDialog>(*m_store);
        QSignalSpy ready(m_dialog.get(), &AccountDialog::keychainCallFinished);
        m_dialog->show();
        QVERIFY(ready.wait(20000));
        QVERIFY(!m_dialog->isBusy());
    }
    /// Waits for the login the dialog saved and checks the keychain holds exactly it.
    void verifyLoggedIn(QSignalSpy &loginChanged, QSignalSpy &finished) {
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QVERIFY2(!error()->isVisible(), qPrintable(error()->text()));
        QCOMPARE(loginChanged.count(), 1);
        const auto emitted = loginChanged.at(0).at(0).value<std::optional<XLogin>>();
        QVERIFY(emitted.has_value());
        QCOMPARE(emitted->authToken, kAuthToken);
        QCOMPARE(emitted->ct0, kCt0);
        const auto stored = storedLogin();
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error()));
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->authToken, kAuthToken);
        QCOMPARE((*stored)->ct0, kCt0);
        QVERIFY2(status().startsWith(QLatin1String("Logged in")), qPrintable(status()));
        QVERIFY(field<QPushButton>("logOut")->isEnabled());
        QVERIFY(!status().contains(kAuthToken) && !status().contains(kCt0));
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<std::optional<XLogin>>();
        QVERIFY(m_dir.isValid());
        m_store =
            std::make_unique<CredentialStore>(QStringLiteral("spacetape-test-accountdialog-%1")
                                                  .arg(QCoreApplication::applicationPid()));
        if (qEnvironmentVariableIsSet(kNoBusMarker))
            return;
        // Only a Secret Service already running counts: probing through QtKeychain could
        // activate one on the user's own bus, writing into their real keyring.
        if (!test::secretServiceRunning()) {
            m_keychainProblem = QStringLiteral("no Secret Service is running on the session bus");
            return;
        }
        const auto probe = storedLogin();
        m_keychainWorks = probe.ok();
        if (!probe.ok())
            m_keychainProblem = probe.error();
    }
    void init() {
        if (m_keychainWorks && !qEnvironmentVariableIsSet(kNoBusMarker)) {
            QEventLoop loop;
            m_store->remove([&](Expected<void>) { loop.quit(); });
            loop.exec();
        }
    }
    void cleanup() { m_dialog.reset(); }
    void cleanupTestCase() { init(); }

    void showsNotLoggedIn() {
        REQUIRE_KEYCHAIN();
        OPEN_DIALOG();
        QVERIFY2(status().startsWith(QLatin1String("Not logged in")), qPrintable(status()));
        QVERIFY(!field<QPushButton>("logOut")->isEnabled());
        QVERIFY(!error()->isVisible());
    }

    void importsACookiesTxtFile() {
        REQUIRE_KEYCHAIN();
        OPEN_DIALOG();
        const QString path = m_dir.filePath(QStringLiteral("cookies.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cookiesTxt());
        file.close();
        QSignalSpy loginChanged(m_dialog.get(), &AccountDialog::loginChanged);
        QSignalSpy finished(m_dialog.get(), &AccountDialog::keychainCallFinished);
        LogCapture logs;
        m_dialog->importFile(path);
        verifyLoggedIn(loginChanged, finished);
        for (const QString &line : LogCapture::lines())
            QVERIFY2(!line.contains(kAuthToken) && !line.contains(kCt0), "a secret was logged");
    }

    void pastedHeaderOrFileContentLogsIn_data() {
        QTest::addColumn<QString>("pasted");
        QTest::newRow("Cookie header") << QStringLiteral(
                                              "Cookie: guest_id=v1%3A17; auth_token=%1; lang=en; "
                                              "ct0=%2; twid=u%3D1")
                                              .arg(kAuthToken, kCt0);
        QTest::newRow("header value only")
            << QStringLiteral("auth_token=%1; ct0=%2").arg(kAuthToken, kCt0);
        QTest::newRow("cookies.txt content") << QString::fromUtf8(cookiesTxt());
        QTest::newRow("Cookie-Editor JSON") << QString::fromUtf8(cookieEditorJson());
    }
    void pastedHeaderOrFileContentLogsIn() {
        REQUIRE_KEYCHAIN();
        QFETCH(QString, pasted);
        OPEN_DIALOG();
        field<QPlainTextEdit>("pasted")->setPlainText(pasted);
        QSignalSpy loginChanged(m_dialog.get(), &AccountDialog::loginChanged);
        QSignalSpy finished(m_dialog.get(), &AccountDialog::keychainCallFinished);
        QTest::mouseClick(field<QPushButton>("usePasted"), Qt::LeftButton);
        verifyLoggedIn(loginChanged, finished);
        // The secret leaves the screen once it is in the keychain.
        QVERIFY(field<QPlainTextEdit>("pasted")->toPlainText().isEmpty());
    }

    void typedValuesLogIn() {
        REQUIRE_KEYCHAIN();
        OPEN_DIALOG();
        auto *authToken = field<QLineEdit>("authToken");
        auto *ct0 = field<QLineEdit>("ct0");
        QCOMPARE(authToken->echoMode(), QLineEdit::Password);
        QCOMPARE(ct0->echoMode(), QLineEdit::Password);
        QTest::keyClicks(authToken, QStringLiteral(" ") + kAuthToken + QStringLiteral(" "));
        QTest::keyClicks(ct0, kCt0);
        QSignalSpy loginChanged(m_dialog.get(), &AccountDialog::loginChanged);
        QSignalSpy finished(m_dialog.get(), &AccountDialog::keychainCallFinished);
        QTest::mouseClick(field<QPushButton>("useTyped"), Qt::LeftButton);
        verifyLoggedIn(loginChanged, finished);
        QVERIFY(authToken->text().isEmpty());
        QVERIFY(ct0->text().isEmpty());
    }

    void logOutRemovesTheLogin() {
        REQUIRE_KEYCHAIN();
        OPEN_DIALOG();
        {
            QSignalSpy finished(m_dialog.get(), &AccountDialog::keychainCallFinished);
            field<QLineEdit>("authToken")->setText(kAuthToken);
            field<QLineEdit>("ct0")->setText(kCt0);
            m_dialog->importTyped();
            QVERIFY(finished.wait(20000));
        }
        QSignalSpy loginChanged(m_dialog.get(), &AccountDialog::loginChanged);
        QSignalSpy finished(m_dialog.get(), &AccountDialog::keychainCallFinished);
        QTest::mouseClick(field<QPushButton>("logOut"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(loginChanged.count(), 1);
        QVERIFY(!loginChanged.at(0).at(0).value<std::optional<XLogin>>().has_value());
        const auto stored = storedLogin();
        QVERIFY(stored.ok());
        QVERIFY(!stored->has_value());
        QVERIFY(status().startsWith(QLatin1String("Not logged in")));
        QVERIFY(!field<QPushButton>("logOut")->isEnabled());
    }

    void statusNamesTheStoredHandle() {
        REQUIRE_KEYCHAIN();
        XLogin login{kAuthToken, kCt0, QStringLiteral("spacetape_demo"), {}};
        QEventLoop loop;
        m_store->save(login, [&](Expected<void>) { loop.quit(); });
        loop.exec();
        OPEN_DIALOG();
        QVERIFY2(status().startsWith(QLatin1String("Logged in as @spacetape_demo.")),
                 qPrintable(status()));
    }

    void malformedInputShowsThePreciseMessage_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cookies.txt without ct0")
            << "file" << cookiesTxt(false)
            << QStringLiteral("Cannot use cookies.txt: ") +
                   CookieImport::fromAnyFile(cookiesTxt(false)).error();
        QTest::newRow("empty file")
            << "file" << QByteArray()
            << QStringLiteral("Cannot use cookies.txt: ") + CookieImport::fromAnyFile({}).error();
        const QByteArray brokenJson = "[{\"domain\": \".x.com\", \"name\": \"ct0\",";
        QTest::newRow("broken JSON") << "file" << brokenJson
                                     << QStringLiteral("Cannot use cookies.txt: ") +
                                            CookieImport::fromAnyFile(brokenJson).error();
        const QString header = QStringLiteral("auth_token=%1; lang=en").arg(kAuthToken);
        QTest::newRow("header without ct0") << "paste" << header.toUtf8()
                                            << QStringLiteral("Cannot use the pasted text: ") +
                                                   CookieImport::fromCookieHeader(header).error();
        QTest::newRow("nothing pasted")
            << "paste" << QByteArray("   ")
            << QStringLiteral("Paste the Cookie header or the content of a cookies file first.");
        QTest::newRow("short auth_token")
            << "type" << kAuthToken.left(39).toUtf8()
            << QStringLiteral("Cannot use these values: ") +
                   CookieImport::fromValues(kAuthToken.left(39), kCt0).error();
    }
    void malformedInputShowsThePreciseMessage() {
        QFETCH(QString, method);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QVERIFY(expected.contains(QLatin1String("cookie")) ||
                expected.startsWith(QLatin1String("Paste")) ||
                expected.contains(QLatin1String("empty")));
        m_dialog = std::make_unique<AccountDialog>(*m_store);
        m_dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
        const QString statusBefore = status();
        QSignalSpy loginChanged(m_dialog.get(), &AccountDialog::loginChanged);
        if (method == QLatin1String("file")) {
            const QString path = m_dir.filePath(QStringLiteral("cookies.txt"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(input);
            file.close();
            m_dialog->importFile(path);
        } else if (method == QLatin1String("paste")) {
            field<QPlainTextEdit>("pasted")->setPlainText(QString::fromUtf8(input));
            m_dialog->importPasted();
        } else {
            field<QLineEdit>("authToken")->setText(QString::fromUtf8(input));
            field<QLineEdit>("ct0")->setText(kCt0);
            m_dialog->importTyped();
        }
        QVERIFY(error()->isVisible());
        QCOMPARE(error()->text(), expected);
        QVERIFY(!m_dialog->isBusy());  // nothing went to the keychain
        QCOMPARE(loginChanged.count(), 0);
        QCOMPARE(status(), statusBefore);
    }

    void unreadableFileIsNamed() {
        m_dialog = std::make_unique<AccountDialog>(*m_store);
        m_dialog->importFile(m_dir.filePath(QStringLiteral("no-such-cookies.txt")));
        QVERIFY(error()->text().startsWith(QLatin1String("Cannot read no-such-cookies.txt: ")));
    }

    void keychainFailureIsShown() {
        if (!qEnvironmentVariableIsSet(kNoBusMarker)) {
            // QtKeychain keeps its bus connection for the life of the process: look at the
            // no-keychain case from a child process that has no session bus at all.
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            // A bus address where nothing listens: fails at once, no autolaunch attempt.
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/spacetape-no-bus"));
            env.remove(QStringLiteral("DISPLAY"));
            env.insert(QString::fromLatin1(kNoBusMarker), QStringLiteral("1"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("keychainFailureIsShown")});
            QVERIFY(child.waitForFinished(60000));
            QVERIFY2(child.exitCode() == 0, child.readAll().constData());
            return;
        }
        const auto expected = storedLogin();
        QVERIFY2(!expected.ok(), "a keychain answered although there is no session bus");
        OPEN_DIALOG();
        QCOMPARE(status(), expected.error());
        QVERIFY(!field<QPushButton>("logOut")->isEnabled());
        // Logging in is still offered; the keychain's reason shows where the user looks.
        QSignalSpy loginChanged(m_dialog.get(), &AccountDialog::loginChanged);
        QSignalSpy finished(m_dialog.get(), &AccountDialog::keychainCallFinished);
        field<QLineEdit>("authToken")->setText(kAuthToken);
        field<QLineEdit>("ct0")->setText(kCt0);
        m_dialog->importTyped();
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QVERIFY(error()->isVisible());
        QVERIFY2(error()->text().startsWith(QLatin1String("The login could not be saved. ")),
                 qPrintable(error()->text()));
        QCOMPARE(loginChanged.count(), 0);
        // The secret is not dropped on failure: the user may retry once the keychain runs.
        QCOMPARE(field<QLineEdit>("authToken")->text(), kAuthToken);
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
