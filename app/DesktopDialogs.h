// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QString;
class QWidget;

namespace spacetape {

class AboutDialog;
class AccountDialog;
class AppSettings;
class ConnectionCheckDialog;
class CredentialStore;
class HostWatcher;
class MainWindow;
class NetworkService;
class SettingsDialog;
class WatchedHostsDialog;
class XApiClient;

/**
 * The desktop app's dialogs, opened when the main window asks for them. Each exists at most
 * once: asking again raises it; closing it deletes it.
 */
class DesktopDialogs : public QObject {
    Q_OBJECT
public:
    /// Answers @p window's *Requested signals; every reference must outlive this object.
    DesktopDialogs(MainWindow &window, AppSettings &settings, CredentialStore &credentials,
                   XApiClient &api, HostWatcher &watcher, NetworkService &network);
    ~DesktopDialogs() override;

    /// Each shows its dialog, created first if it is not open, and returns it.
    QWidget *openSettings();
    QWidget *openAccount();
    QWidget *openAbout();
    QWidget *openWatchedHosts();
    QWidget *openConnectionCheck();
    /// By the names SPACETAPE_SCREENSHOT_DIALOG takes (settings, account, about, watched);
    /// nullptr for any other name.
    QWidget *openByName(const QString &name);

private:
    MainWindow &window_;
    AppSettings &settings_;
    CredentialStore &credentials_;
    XApiClient &api_;
    HostWatcher &watcher_;
    NetworkService &network_;
    QPointer<SettingsDialog> settingsDialog_;
    QPointer<AccountDialog> accountDialog_;
    QPointer<AboutDialog> aboutDialog_;
    QPointer<WatchedHostsDialog> watchedHostsDialog_;
    QPointer<ConnectionCheckDialog> connectionCheckDialog_;
};

}  // namespace spacetape
