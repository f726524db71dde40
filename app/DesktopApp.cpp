// SPDX-License-Identifier: MIT
#include "DesktopApp.h"

#include "Environment.h"
#include "LinkBar.h"
#include "Screenshot.h"
#include "SingleInstance.h"
#include "StartupPrompts.h"
#include "net/ProxyAddress.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace spacetape {

namespace {

Q_LOGGING_CATEGORY(lcApp, "spacetape.app")

/// Restored entries must not be looked up as a guest before the login arrives; a keychain
/// that never answers holds them at most this long.
constexpr int kKeychainWaitMs = 10000;

/// The queue and the watched hosts live here; created on first start.
QString dataDir() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir;
}

/// The network service has to know its origin (and the door's test CA, if any) before
/// anything sends a request.
NetworkService &withApiOrigin(NetworkService &network, const QUrl &apiOrigin) {
    if (!apiOrigin.isEmpty())
        network.setApiOrigin(apiOrigin);
    Environment::process().configure(network);
    return network;
}

void bringToFront(QWidget &window) {
    window.showNormal();
    window.raise();
    window.activateWindow();
}

}  // namespace

DesktopApp::DesktopApp(SingleInstance &instance, const QUrl &apiOrigin)
    : api_(withApiOrigin(network_, apiOrigin)),
      queue_(network_, api_, dataDir() + QStringLiteral("/queue.json")),
      watcher_(api_, dataDir() + QStringLiteral("/watched-hosts.json")),
      window_(queue_, settings_),
      tray_(queue_, &window_),
      clipboardWatcher_(QGuiApplication::clipboard(),
                        [this](const QString &id) { return queue_.contains(id); }),
      dialogs_(window_, settings_, credentials_, api_, watcher_, network_) {
    queue_.holdUntilLoginKnown(kKeychainWaitMs);
    credentials_.load([this](Expected<std::optional<XLogin>> loaded) {
        if (loaded)
            api_.setLogin(*loaded);
        else
            qCInfo(lcApp) << "using X as a guest:" << loaded.error();
        queue_.loginStateKnown();
    });
    // Watched hosts: each Space they start is queued and recorded from its first second.
    watcher_.setTiming(Environment::process().watchTiming(network_.apiOrigin()));
    queue_.setScheduleTiming(Environment::process().scheduleTiming(network_.apiOrigin()));
    queue_.followWatcher(watcher_);

    window_.setNetworkService(&network_);
    window_.setApiClient(&api_);  // previews of Spaces the queue has not resolved yet
    applySettings();
    connect(&settings_, &AppSettings::changed, &window_, [this] { applySettings(); });
    connect(&clipboardWatcher_, &ClipboardWatcher::spaceLinksCopied, &window_,
            [this](const QStringList &copied) { onLinksCopied(copied); });

    restored_ = queue_.restore();

    // The queue cannot survive a restart while its file cannot be written: the user must know.
    connect(&queue_, &DownloadQueue::saveFailed, &window_,
            [this](const QString &message) { window_.statusBar()->showMessage(message); });
    // Links from later starts of the app.
    connect(&instance, &SingleInstance::messageReceived, &window_, [this](const QStringList &args) {
        if (!args.isEmpty())
            window_.addLinks(args.join(QLatin1Char('\n')));
        bringToFront(window_);
    });
}

DesktopApp::~DesktopApp() = default;

void DesktopApp::start(const QStringList &links) {
    window_.show();
    tray_.summarize();
    watcher_.start();

    if (!restored_)
        StartupPrompts::reportUnreadableQueue(queue_, &window_);
    if (Environment::process().screenshot().path.isEmpty())
        StartupPrompts::offerToResume(queue_, &window_);

    if (!links.isEmpty())
        window_.addLinks(links.join(QLatin1Char('\n')));

    scheduleScreenshot(window_, [this](const QString &name) { return dialogs_.openByName(name); });
}

/// Settings the running core follows at once.
void DesktopApp::applySettings() {
    DownloadSettings download = settings_.downloadSettings();
    download.live = Environment::process().liveTiming(network_.apiOrigin(), download.live);
    queue_.setDownloadSettings(download);
    queue_.setMaxActive(settings_.spacesAtOnce());
    applyProxy();
    tray_.icon().setPolicy(settings_.notifications());
    // Closing the window only hides it when the tray can bring it back.
    QApplication::setQuitOnLastWindowClosed(
        !(settings_.closeToTray() && tray_.icon().isAvailable()));
    clipboardWatcher_.setEnabled(settings_.watchClipboard());
}

void DesktopApp::applyProxy() {
    switch (settings_.proxy()) {
        case ProxySetting::System:
            network_.setProxyMode(ProxyMode::System);
            break;
        case ProxySetting::None:
            network_.setProxyMode(ProxyMode::None);
            break;
        case ProxySetting::Manual:
            if (const auto parsed = parseProxyAddress(settings_.manualProxy())) {
                const QNetworkProxy proxy = *parsed;
                network_.setProxyMode(ProxyMode::Manual, proxy);
                // Its user name and password live in the keychain only.
                auto *store = new CredentialStore({}, &network_);
                NetworkService &network = network_;
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
                network_.setProxyMode(ProxyMode::System);
            break;
    }
}

/// A copied link never starts a download by itself: it asks, or only fills the link bar.
void DesktopApp::onLinksCopied(const QStringList &links) {
    if (settings_.askBeforeAddingFromClipboard())
        offerClipboardLinks(links);
    else
        fillLinkBar(links);
}

/// Clipboard watch, "ask" mode: a non-modal question; Add queues the links like a paste.
void DesktopApp::offerClipboardLinks(const QStringList &links) {
    auto *box = new QMessageBox(
        QMessageBox::Question, QObject::tr("Add Copied Space?"),
        links.size() == 1
            ? QObject::tr("You copied a Space link:\n%1\n\nAdd it to the queue?").arg(links.first())
            : QObject::tr("You copied %1 Space links. Add them to the queue?").arg(links.size()),
        QMessageBox::NoButton, &window_);
    box->setObjectName(QStringLiteral("clipboardQuestion"));
    box->addButton(QObject::tr("Add"), QMessageBox::AcceptRole);
    box->addButton(QObject::tr("Not Now"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    connect(box, &QMessageBox::accepted, &window_,
            [this, links] { window_.addLinks(links.join(QLatin1Char('\n'))); });
    box->show();
}

/// Clipboard watch, quiet mode: the links wait in the link bar for Enter.
void DesktopApp::fillLinkBar(const QStringList &links) {
    window_.linkBar()->lineEdit()->setText(links.join(QLatin1Char(' ')));
    window_.statusBar()->showMessage(
        QObject::tr("Copied Space link in the link bar: press Enter to add it."), 10000);
}

}  // namespace spacetape
