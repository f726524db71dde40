// SPDX-License-Identifier: MIT
#pragma once

#include "ClipboardWatcher.h"
#include "DesktopDialogs.h"
#include "DesktopTray.h"
#include "MainWindow.h"
#include "auth/CredentialStore.h"
#include "net/NetworkService.h"
#include "queue/DownloadQueue.h"
#include "settings/AppSettings.h"
#include "watch/HostWatcher.h"
#include "x/XApiClient.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace spacetape {

class SingleInstance;

/**
 * The desktop app wired together: network, X client, queue (waiting for the keychain's login
 * before it resolves restored entries), host watcher, main window, tray, clipboard watch,
 * dialogs and the settings the running core follows. main() parses the command line and
 * settles the single instance; everything after that is here.
 */
class DesktopApp : public QObject {
    Q_OBJECT
public:
    /// @p instance (the primary one) must outlive this object; later starts' links arrive
    /// through it. An empty @p apiOrigin means x.com.
    DesktopApp(SingleInstance &instance, const QUrl &apiOrigin);
    ~DesktopApp() override;

    /// Shows the window, starts watching hosts, asks the startup questions and queues @p links.
    void start(const QStringList &links);

private:
    void applySettings();
    void applyProxy();
    void onLinksCopied(const QStringList &links);
    void offerClipboardLinks(const QStringList &links);
    void fillLinkBar(const QStringList &links);

    // Declared in the order they depend on each other, so they are destroyed in reverse.
    NetworkService network_;
    XApiClient api_;
    AppSettings settings_;
    CredentialStore credentials_;
    DownloadQueue queue_;
    HostWatcher watcher_;
    MainWindow window_;
    DesktopTray tray_;
    ClipboardWatcher clipboardWatcher_;
    DesktopDialogs dialogs_;
    bool restored_ = false;
};

}  // namespace spacetape
