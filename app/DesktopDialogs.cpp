// SPDX-License-Identifier: MIT
#include "DesktopDialogs.h"

#include "AboutDialog.h"
#include "AccountDialog.h"
#include "ConnectionCheckDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "WatchedHostsDialog.h"
#include "x/XApiClient.h"

namespace spacetape {

namespace {

/// Shows an existing dialog again, or creates one that deletes itself when closed.
template <typename Dialog, typename Make>
Dialog *showDialog(QPointer<Dialog> &slot, Make make) {
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

}  // namespace

DesktopDialogs::DesktopDialogs(MainWindow &window, AppSettings &settings,
                               CredentialStore &credentials, XApiClient &api, HostWatcher &watcher,
                               NetworkService &network)
    : window_(window),
      settings_(settings),
      credentials_(credentials),
      api_(api),
      watcher_(watcher),
      network_(network) {
    connect(&window, &MainWindow::settingsRequested, this, &DesktopDialogs::openSettings);
    connect(&window, &MainWindow::accountRequested, this, &DesktopDialogs::openAccount);
    connect(&window, &MainWindow::aboutRequested, this, &DesktopDialogs::openAbout);
    connect(&window, &MainWindow::connectionCheckRequested, this,
            &DesktopDialogs::openConnectionCheck);
    connect(&window, &MainWindow::watchedHostsRequested, this, &DesktopDialogs::openWatchedHosts);
}

DesktopDialogs::~DesktopDialogs() = default;

QWidget *DesktopDialogs::openSettings() {
    return showDialog(settingsDialog_, [this] { return new SettingsDialog(settings_, &window_); });
}

QWidget *DesktopDialogs::openAccount() {
    return showDialog(accountDialog_, [this] {
        auto *dialog = new AccountDialog(credentials_, &window_);
        connect(dialog, &AccountDialog::loginChanged, &api_,
                [this](const std::optional<XLogin> &login) { api_.setLogin(login); });
        return dialog;
    });
}

QWidget *DesktopDialogs::openAbout() {
    return showDialog(aboutDialog_, [this] { return new AboutDialog(&window_); });
}

QWidget *DesktopDialogs::openWatchedHosts() {
    return showDialog(watchedHostsDialog_, [this] {
        auto *dialog = new WatchedHostsDialog(watcher_, &window_);
        connect(dialog, &WatchedHostsDialog::loginRequested, this, &DesktopDialogs::openAccount);
        return dialog;
    });
}

QWidget *DesktopDialogs::openConnectionCheck() {
    return showDialog(connectionCheckDialog_,
                      [this] { return new ConnectionCheckDialog(network_, &window_); });
}

QWidget *DesktopDialogs::openByName(const QString &name) {
    if (name == QLatin1String("settings"))
        return openSettings();
    if (name == QLatin1String("account"))
        return openAccount();
    if (name == QLatin1String("about"))
        return openAbout();
    if (name == QLatin1String("watched"))
        return openWatchedHosts();
    return nullptr;
}

}  // namespace spacetape
