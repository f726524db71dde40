// SPDX-License-Identifier: MIT
// The desktop app: argument parsing, single instance, and wiring of core, window and dialogs.
#include "AboutDialog.h"
#include "AccountDialog.h"
#include "ClipboardWatcher.h"
#include "ConnectionCheckDialog.h"
#include "LinkBar.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "SleepInhibitor.h"
#include "StartupPrompts.h"
#include "Translations.h"
#include "TrayIcon.h"
#include "UiResources.h"
#include "WatchedHostsDialog.h"
#include "auth/CredentialStore.h"
#include "net/NetworkService.h"
#include "net/ProxyAddress.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "watch/HostWatcher.h"
#include "watch/WatchEnvironment.h"
#include "x/XApiClient.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPalette>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace spacetape;

namespace {

Q_LOGGING_CATEGORY(lcApp, "spacetape.app")

/// Fusion with a dark palette, for SPACETAPE_DARK=1 (screenshots, desktops without a theme).
void applyDarkPalette(QApplication &app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7a, 0xd6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, highlight.lighter(130));
    dark.setColor(QPalette::Highlight, highlight);
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, window.lighter(150));
    dark.setColor(QPalette::Midlight, window.lighter(125));
    dark.setColor(QPalette::Mid, window.darker(120));
    dark.setColor(QPalette::Dark, window.darker(150));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    app.setPalette(dark);
}

/// Overall numbers for the tray tooltip.
void summarize(const DownloadQueue &queue, TrayIcon &tray) {
    const DownloadQueue::Totals totals = queue.totals();
    tray.setSummary(totals.busy(), totals.waiting, totals.progress());
}

/// Settings the running core follows at once.
void applySettings(const AppSettings &settings, DownloadQueue &queue, NetworkService &network,
                   TrayIcon &tray) {
    queue.setDownloadSettings(settings.downloadSettings());
    queue.setMaxActive(settings.spacesAtOnce());
    switch (settings.proxy()) {
        case ProxySetting::System:
            network.setProxyMode(ProxyMode::System);
            break;
        case ProxySetting::None:
            network.setProxyMode(ProxyMode::None);
            break;
        case ProxySetting::Manual:
            if (validateManualProxy(settings.manualProxy()).isEmpty()) {
                const QNetworkProxy proxy = manualProxyFromText(settings.manualProxy());
                network.setProxyMode(ProxyMode::Manual, proxy);
                // Its user name and password live in the keychain only.
                auto *store = new CredentialStore({}, &network);
                store->loadProxyCredentials(
                    [store, proxy,
                     &network](Expected<std::optional<CredentialStore::ProxyCredentials>> loaded) {
                        store->deleteLater();
                        if (!loaded || !*loaded || network.proxyMode() != ProxyMode::Manual)
                            return;
                        QNetworkProxy withLogin = proxy;
                        withLogin.setUser((*loaded)->user);
                        withLogin.setPassword((*loaded)->password);
                        network.setProxyMode(ProxyMode::Manual, withLogin);
                    });
            } else
                network.setProxyMode(ProxyMode::System);
            break;
    }
    tray.setPolicy(settings.notifications());
    // Closing the window only hides it when the tray can bring it back.
    QApplication::setQuitOnLastWindowClosed(!(settings.closeToTray() && tray.isAvailable()));
}

/// Shows an existing dialog again, or creates one that deletes itself when closed.
template <typename Dialog, typename Make>
void showDialog(QPointer<Dialog> &slot, Make make) {
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
}

/// Clipboard watch, "ask" mode: a non-modal question; Add queues the links like a paste.
void offerClipboardLinks(MainWindow &window, const QStringList &links) {
    auto *box = new QMessageBox(
        QMessageBox::Question, QObject::tr("Add Copied Space?"),
        links.size() == 1
            ? QObject::tr("You copied a Space link:\n%1\n\nAdd it to the queue?").arg(links.first())
            : QObject::tr("You copied %1 Space links. Add them to the queue?").arg(links.size()),
        QMessageBox::NoButton, &window);
    box->setObjectName(QStringLiteral("clipboardQuestion"));
    box->addButton(QObject::tr("Add"), QMessageBox::AcceptRole);
    box->addButton(QObject::tr("Not Now"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    QObject::connect(box, &QMessageBox::accepted, &window,
                     [&window, links] { window.addLinks(links.join(QLatin1Char('\n'))); });
    box->show();
}

/// Clipboard watch, quiet mode: the links wait in the link bar for Enter.
void fillLinkBar(MainWindow &window, const QStringList &links) {
    window.linkBar()->lineEdit()->setText(links.join(QLatin1Char(' ')));
    window.statusBar()->showMessage(
        QObject::tr("Copied Space link in the link bar: press Enter to add it."), 10000);
}

void bringToFront(QWidget &window) {
    window.showNormal();
    window.raise();
    window.activateWindow();
}

/// SPACETAPE_SCREENSHOT=FILE: saves the main window (or, with SPACETAPE_SCREENSHOT_DIALOG =
/// settings|account|about, that dialog) 1.5 s after start (SPACETAPE_SCREENSHOT_DELAY_MS to
/// let downloads get going), then quits. For docs/.
void scheduleScreenshot(MainWindow &window, const std::function<QWidget *(const QString &)> &open) {
    const QString path = qEnvironmentVariable("SPACETAPE_SCREENSHOT");
    if (path.isEmpty())
        return;
    const QString dialogName = qEnvironmentVariable("SPACETAPE_SCREENSHOT_DIALOG");
    // Room for every column, as on a typical desktop.
    window.resize(1200, 720);
    const int delayMs = qEnvironmentVariableIsSet("SPACETAPE_SCREENSHOT_DELAY_MS")
                            ? qEnvironmentVariableIntValue("SPACETAPE_SCREENSHOT_DELAY_MS")
                            : 1500;
    QTimer::singleShot(delayMs, &window, [&window, path, dialogName, open] {
        // SPACETAPE_SCREENSHOT_SELECT=ROW: a selected row fills the details pane.
        if (auto *table = window.findChild<QTableView *>();
            table && qEnvironmentVariableIsSet("SPACETAPE_SCREENSHOT_SELECT"))
            table->selectRow(qEnvironmentVariableIntValue("SPACETAPE_SCREENSHOT_SELECT"));
        // SPACETAPE_SCREENSHOT_PREVIEW=SECONDS: the selected Space plays from there first.
        int settleMs = dialogName.isEmpty() ? 0 : 700;
        if (qEnvironmentVariableIsSet("SPACETAPE_SCREENSHOT_PREVIEW")) {
            const QStringList keys = window.selectedKeys();
            if (!keys.isEmpty())
                window.preview(keys.first(),
                               qEnvironmentVariable("SPACETAPE_SCREENSHOT_PREVIEW").toDouble());
            settleMs = 4000;
        }
        QWidget *target = dialogName.isEmpty() ? &window : open(dialogName);
        if (!target) {
            std::fprintf(stderr, "spacetape: unknown SPACETAPE_SCREENSHOT_DIALOG %s\n",
                         qPrintable(dialogName));
            QApplication::exit(2);
            return;
        }
        // Let a just-opened dialog lay itself out and finish its keychain query, or the
        // preview start playing.
        QTimer::singleShot(settleMs, target, [target, path] {
            const bool saved = target->grab().save(path);
            if (!saved)
                std::fprintf(stderr, "spacetape: cannot write the screenshot %s\n",
                             qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    });
}

}  // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Spacetape"));
    QApplication::setOrganizationName(QStringLiteral("Spacetape"));
    QApplication::setApplicationVersion(QStringLiteral(SPACETAPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.spacetape.Spacetape"));
    ensureUiResources();
    installTranslations(app);  // the system language, before any window
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/spacetape.svg")));
    if (qEnvironmentVariableIntValue("SPACETAPE_DARK") == 1)
        applyDarkPalette(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Save X Spaces as tagged audio files."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("links"),
                                 QStringLiteral("Space links to add to the queue."),
                                 QStringLiteral("[links...]"));
    // For demos, screenshots and tests against the local fake X server (as in spacetape-cli).
    QCommandLineOption apiOrigin(QStringLiteral("api-origin"),
                                 QStringLiteral("Send X API requests to URL instead of x.com "
                                                "(also SPACETAPE_API_ORIGIN)."),
                                 QStringLiteral("URL"));
    apiOrigin.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(apiOrigin);
    parser.process(app);
    const QStringList links = parser.positionalArguments();
    const QString apiOriginText = parser.isSet(apiOrigin)
                                      ? parser.value(apiOrigin)
                                      : qEnvironmentVariable("SPACETAPE_API_ORIGIN");

    // A second start hands its links to the running window and leaves.
    SingleInstance instance;
    if (!instance.tryBecomePrimary()) {
        if (SingleInstance::sendToPrimary(links))
            return 0;
        std::fprintf(stderr,
                     "spacetape: Spacetape is already running but does not answer. Close it "
                     "(or end the process) and start it again.\n");
        return 1;
    }

    NetworkService network;
    if (!apiOriginText.isEmpty()) {
        const QUrl origin(apiOriginText);
        if (!origin.isValid() || origin.scheme().isEmpty() || origin.host().isEmpty()) {
            std::fprintf(stderr,
                         "spacetape: --api-origin needs a URL such as http://127.0.0.1:8080\n");
            return 2;
        }
        network.setApiOrigin(origin);
    }
    XApiClient api(network);
    AppSettings settings;
    CredentialStore credentials;

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dataDir);
    DownloadQueue queue(network, api, dataDir + QStringLiteral("/queue.json"));
    // Restored entries must not be looked up as a guest before the login arrives; a keychain
    // that never answers holds them at most this long.
    constexpr int kKeychainWaitMs = 10000;
    queue.holdUntilLoginKnown(kKeychainWaitMs);
    credentials.load([&api, &queue](Expected<std::optional<XLogin>> loaded) {
        if (loaded)
            api.setLogin(*loaded);
        else
            qCInfo(lcApp) << "using X as a guest:" << loaded.error();
        queue.loginStateKnown();
    });
    // Watched hosts: each Space they start is queued and recorded from its first second.
    HostWatcher watcher(api, dataDir + QStringLiteral("/watched-hosts.json"));
    watcher.setTiming(watchTimingFromEnvironment());
    queue.followWatcher(watcher);

    MainWindow window(queue, settings);
    window.setNetworkService(&network);
    window.setApiClient(&api);  // previews of Spaces the queue has not resolved yet
    TrayIcon tray(&window);
    SleepInhibitor sleepInhibitor;
    ClipboardWatcher clipboardWatcher(QGuiApplication::clipboard(),
                                      [&queue](const QString &id) { return queue.contains(id); });
    const auto applyAll = [&] {
        applySettings(settings, queue, network, tray);
        clipboardWatcher.setEnabled(settings.watchClipboard());
    };
    applyAll();
    QObject::connect(&settings, &AppSettings::changed, &window, applyAll);
    // A copied link never starts a download by itself: it asks, or only fills the link bar.
    QObject::connect(&clipboardWatcher, &ClipboardWatcher::spaceLinksCopied, &window,
                     [&](const QStringList &copied) {
                         if (settings.askBeforeAddingFromClipboard())
                             offerClipboardLinks(window, copied);
                         else
                             fillLinkBar(window, copied);
                     });

    const bool restored = queue.restore();

    QPointer<SettingsDialog> settingsDialog;
    QPointer<AccountDialog> accountDialog;
    QPointer<AboutDialog> aboutDialog;
    QPointer<WatchedHostsDialog> watchedHostsDialog;
    auto openSettings = [&]() -> QWidget * {
        showDialog(settingsDialog, [&] { return new SettingsDialog(settings, &window); });
        return settingsDialog;
    };
    auto openAccount = [&]() -> QWidget * {
        showDialog(accountDialog, [&] {
            auto *dialog = new AccountDialog(credentials, &window);
            QObject::connect(dialog, &AccountDialog::loginChanged, &api,
                             [&api](const std::optional<XLogin> &login) { api.setLogin(login); });
            return dialog;
        });
        return accountDialog;
    };
    auto openWatchedHosts = [&]() -> QWidget * {
        showDialog(watchedHostsDialog, [&] {
            auto *dialog = new WatchedHostsDialog(watcher, &window);
            QObject::connect(dialog, &WatchedHostsDialog::loginRequested, &window, openAccount);
            return dialog;
        });
        return watchedHostsDialog;
    };
    auto openAbout = [&]() -> QWidget * {
        showDialog(aboutDialog, [&] { return new AboutDialog(&window); });
        return aboutDialog;
    };
    QObject::connect(&window, &MainWindow::settingsRequested, &window, openSettings);
    QObject::connect(&window, &MainWindow::accountRequested, &window, openAccount);
    QObject::connect(&window, &MainWindow::aboutRequested, &window, openAbout);
    QPointer<ConnectionCheckDialog> connectionCheckDialog;
    QObject::connect(&window, &MainWindow::connectionCheckRequested, &window, [&] {
        showDialog(connectionCheckDialog,
                   [&] { return new ConnectionCheckDialog(network, &window); });
    });
    QObject::connect(&window, &MainWindow::watchedHostsRequested, &window, openWatchedHosts);

    // Tray: progress, pause/resume everything, quit even when closing only hides.
    auto *summaryTimer = new QTimer(&window);
    summaryTimer->setSingleShot(true);
    summaryTimer->setInterval(500);  // progress changes many times a second; the tooltip need not
    QObject::connect(summaryTimer, &QTimer::timeout, &tray, [&] { summarize(queue, tray); });
    QObject::connect(&queue, &DownloadQueue::entryChanged, summaryTimer, [summaryTimer] {
        if (!summaryTimer->isActive())
            summaryTimer->start();
    });
    QObject::connect(&queue, &DownloadQueue::entryAdded, summaryTimer, qOverload<>(&QTimer::start));
    QObject::connect(&queue, &DownloadQueue::entryRemoved, summaryTimer,
                     qOverload<>(&QTimer::start));
    QObject::connect(&tray, &TrayIcon::pauseAllRequested, &queue, &DownloadQueue::pauseAll);
    QObject::connect(&tray, &TrayIcon::resumeAllRequested, &queue, &DownloadQueue::resumeAllPaused);
    QObject::connect(&tray, &TrayIcon::quitRequested, &app, &QApplication::quit);

    // Notifications, keeping awake, login expiry.
    QObject::connect(&queue, &DownloadQueue::entryFinished, &tray,
                     [&tray](const QString &, bool ok, const QString &message) {
                         tray.notify(
                             ok ? QObject::tr("Space saved") : QObject::tr("Download failed"),
                             message, !ok);
                     });
    QObject::connect(
        &queue, &DownloadQueue::recordingStarted, &tray, [&tray, &queue](const QString &key) {
            const int row = queue.indexOf(key);
            if (row < 0)
                return;
            const QueueEntry &entry = queue.at(row);
            const QString who = entry.hostHandle.isEmpty() ? QObject::tr("A Space")
                                                           : QStringLiteral("@") + entry.hostHandle;
            tray.notify(QObject::tr("%1 is live — recording").arg(who),
                        entry.title.isEmpty() ? entry.input : entry.title, false);
        });
    QObject::connect(&queue, &DownloadQueue::busyCountChanged, &sleepInhibitor, [&](int busy) {
        sleepInhibitor.setInhibited(busy > 0);
        summarize(queue, tray);
    });
    // The queue cannot survive a restart while its file cannot be written: the user must know.
    QObject::connect(
        &queue, &DownloadQueue::saveFailed, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message); });
    QObject::connect(&queue, &DownloadQueue::loginExpired, &tray, [&tray] {
        tray.notify(QObject::tr("X login expired"),
                    QObject::tr("X refused the stored login, so Spacetape continues as a guest. "
                                "Log in again from Account."),
                    true);
    });

    // Links from later starts of the app.
    QObject::connect(&instance, &SingleInstance::messageReceived, &window,
                     [&window](const QStringList &args) {
                         if (!args.isEmpty())
                             window.addLinks(args.join(QLatin1Char('\n')));
                         bringToFront(window);
                     });

    window.show();
    summarize(queue, tray);
    watcher.start();

    if (!restored)
        StartupPrompts::reportUnreadableQueue(queue, &window);
    if (qEnvironmentVariableIsEmpty("SPACETAPE_SCREENSHOT"))
        StartupPrompts::offerToResume(queue, &window);

    if (!links.isEmpty())
        window.addLinks(links.join(QLatin1Char('\n')));

    scheduleScreenshot(window, [&](const QString &name) -> QWidget * {
        if (name == QLatin1String("settings"))
            return openSettings();
        if (name == QLatin1String("account"))
            return openAccount();
        if (name == QLatin1String("about"))
            return openAbout();
        if (name == QLatin1String("watched"))
            return openWatchedHosts();
        return nullptr;
    });

    return app.exec();
}
