// SPDX-License-Identifier: MIT
#pragma once

#include "job/DownloadJob.h"
#include "job/OutputPlacement.h"
#include "util/Defaults.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace spacetape {

/// When the app shows a desktop notification for a finished download.
enum class NotifyPolicy { Always, WhenInBackground, Never };

/// Which proxy the network service uses.
enum class ProxySetting { System, None, Manual };

/**
 * @brief The user's preferences, typed, with every key and default in one table (the .cpp).
 *
 * Backed by QSettings: the user's native store, or an ini file (tests, portable installs).
 * Values read back are validated: out-of-range numbers are clamped and unknown enum words
 * fall back to the default, so a hand-edited file can never put the app in a bad state.
 * Secrets are never stored here (the login lives in the keychain).
 */
class AppSettings : public QObject {
    Q_OBJECT
public:
    /// Every setting; keyName() gives the QSettings key that changed() reports.
    enum class Key {
        OutputDir,
        NameTemplate,
        ExistsPolicy,
        ChunksInFlight,
        SpacesAtOnce,
        Proxy,
        ManualProxy,
        Notifications,
        CloseToTray,
        WatchClipboard,
        AskBeforeAddingFromClipboard,
        SaveExtras,
    };

    static constexpr int kMinChunksInFlight = defaults::kMinChunksInFlight;
    static constexpr int kMaxChunksInFlight = defaults::kMaxChunksInFlight;
    static constexpr int kMinSpacesAtOnce = 1;
    static constexpr int kMaxSpacesAtOnce = 10;

    /// @p iniPath empty: the user's QSettings (organisation/application name of the app).
    explicit AppSettings(const QString &iniPath = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    /// The QSettings key of @p key, e.g. "download/chunksInFlight".
    static QString keyName(Key key);
    /// Writes pending changes to disk now (QSettings also does so on its own).
    void sync();

    /// Default: <Music>/Spacetape, or ~/Spacetape when there is no music folder.
    QString outputDir() const;
    void setOutputDir(const QString &dir);
    /// Default: FilenameTemplate::defaultTemplate().
    QString nameTemplate() const;
    void setNameTemplate(const QString &templ);
    /// Default: Rename.
    ExistsPolicy existsPolicy() const;
    void setExistsPolicy(ExistsPolicy policy);
    /// Chunks downloaded at once per Space, 1..64 (clamped), default 16.
    int chunksInFlight() const;
    void setChunksInFlight(int chunks);
    /// Spaces downloaded at once, 1..10 (clamped), default 2.
    int spacesAtOnce() const;
    void setSpacesAtOnce(int spaces);
    /// Default: System.
    ProxySetting proxy() const;
    void setProxy(ProxySetting proxy);
    /// "host:port" used when proxy() is Manual; default empty.
    QString manualProxy() const;
    /// Keeps only scheme, host and port: a `user:pass@` part is dropped, never written to the
    /// settings file (the dialog puts it into the keychain; see CredentialStore).
    void setManualProxy(const QString &hostPort);
    /// @p text ("[scheme://][user[:pass]@]host:port") without its user and password.
    static QString withoutProxyCredentials(const QString &text);
    /// Default: WhenInBackground.
    NotifyPolicy notifications() const;
    void setNotifications(NotifyPolicy policy);
    /// Default: false.
    /// Keep each Space's speakers and chat: chapters in the file, NAME.space.json and
    /// NAME.vtt beside it (on by default).
    bool saveExtras() const;
    void setSaveExtras(bool enabled);

    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    /// Clipboard capture is opt-in: default false.
    bool watchClipboard() const;
    void setWatchClipboard(bool enabled);
    /// Default: true.
    bool askBeforeAddingFromClipboard() const;
    void setAskBeforeAddingFromClipboard(bool ask);

    /// outputDir, nameTemplate, chunksInFlight and existsPolicy as the download core wants them
    /// (cacheRoot left empty: the user's cache location).
    DownloadSettings downloadSettings() const;

Q_SIGNALS:
    /// A value really changed (setting the current value again emits nothing).
    void changed(const QString &key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

}  // namespace spacetape
