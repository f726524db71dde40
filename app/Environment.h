// SPDX-License-Identifier: MIT
#pragma once

#include "job/DownloadJob.h"
#include "util/Expected.h"
#include "watch/HostWatcher.h"
#include "watch/ScheduledSpaceWaiter.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace spacetape {

class NetworkService;

/**
 * @brief The door: every `SPACETAPE_*` variable and developer flag of both executables is
 * read here, once, and injected into core from here. Nothing under core/ reads the
 * environment.
 *
 * One grammar for all of them: unset or empty means "no effect"; a rhythm is a decimal
 * integer of milliseconds (or seconds where the name says so), always clamped to at most a
 * day so nothing downstream overflows; a list of rhythms is `name=N,name=N` (unknown names and
 * non-numbers are ignored with a warning); the rest are a URL, a path or a name.
 *
 * The rules that keep these test hooks harmless in a shipped binary:
 * - `SPACETAPE_TEST_CA_FILE`: the CA is trusted for loopback hosts only, with a warning.
 * - `--api-origin` / `SPACETAPE_API_ORIGIN`: plain http only to this computer; any other
 *   plain-http origin is refused, since the login would cross the network unencrypted.
 * - Rhythms (`SPACETAPE_SCHEDULE_POLL_MS`, `SPACETAPE_WATCH_POLL_MS`, `SPACETAPE_LIVE_TIMING`)
 *   may be faster than the shipped ones only while the API origin is a loopback address (the
 *   tests' fake X); against X they are raised to the shipped rhythm, so
 *   `SPACETAPE_WATCH_POLL_MS=1` cannot hammer X. Never below kMinTestMs either.
 */
class Environment {
    Q_DECLARE_TR_FUNCTIONS(Environment)
public:
    /// The fastest rhythm even a loopback fake gets: no busy loop.
    static constexpr qint64 kMinTestMs = 50;
    /// The slowest rhythm: a day, so ×10 backoffs still fit in an int.
    static constexpr qint64 kMaxMs = 24LL * 3600 * 1000;
    /// The longest window in seconds (grace periods): a day.
    static constexpr qint64 kMaxSeconds = 24LL * 3600;

    /// The variables of this process, read on first use.
    static const Environment &process();
    /// The variables of @p variables (tests).
    explicit Environment(const QProcessEnvironment &variables);

    /**
     * The X API origin: @p flag (--api-origin, when given) or else SPACETAPE_API_ORIGIN; an
     * empty URL means x.com. Refused, with a message naming cause and remedy: not an http(s)
     * URL with a host, or plain http to a host that is not this computer.
     */
    Expected<QUrl> apiOrigin(const std::optional<QString> &flag) const;

    /// Injects what the network needs: the test CA, loopback hosts only (warns when in effect).
    void configure(NetworkService &network) const;
    /// The keychain service name (SPACETAPE_KEYCHAIN_SERVICE) for every CredentialStore made
    /// afterwards. Call before the first store exists.
    void configureKeychain() const;

    /// @p base with SPACETAPE_SCHEDULE_POLL_MS (bounded as the class comment says).
    ScheduleTiming scheduleTiming(const QUrl &apiOrigin, ScheduleTiming base = {}) const;
    /// @p base with SPACETAPE_WATCH_POLL_MS (jitter a tenth, backoff up to ten times).
    WatchTiming watchTiming(const QUrl &apiOrigin, WatchTiming base = {}) const;
    /// @p base with SPACETAPE_LIVE_TIMING, e.g. `dynamicPollMs=100,fullListPollMs=1000,
    /// metadataPollMs=1000,hostDisconnectGraceSeconds=5,finalPlaylistWindowSeconds=10,
    /// finalPlaylistRetryMs=200`.
    LiveTiming liveTiming(const QUrl &apiOrigin, LiveTiming base = {}) const;

    /// SPACETAPE_DARK=1: the desktop app's dark Fusion palette.
    bool darkPalette() const { return m_dark; }

    /// The desktop app's screenshot mode (tools/screenshots.sh); see Screenshot.h.
    struct Screenshot {
        QString path;        ///< SPACETAPE_SCREENSHOT: the file; empty: off
        QString dialog;      ///< SPACETAPE_SCREENSHOT_DIALOG: settings, account, about, watched
        int delayMs = 1500;  ///< SPACETAPE_SCREENSHOT_DELAY_MS
        std::optional<int> selectRow;          ///< SPACETAPE_SCREENSHOT_SELECT
        std::optional<double> previewSeconds;  ///< SPACETAPE_SCREENSHOT_PREVIEW
    };
    const Screenshot &screenshot() const { return m_screenshot; }

private:
    /// A rhythm of @p name in ms: nothing when unset or not a number; clamped otherwise.
    std::optional<int> rhythm(const QString &name, const QString &text, const QUrl &apiOrigin,
                              qint64 shippedMs, bool isWindow = false) const;
    void warnOnce(const QString &key, const QString &message) const;

    QHash<QString, QString> m_values;  ///< every SPACETAPE_* variable that is set and not empty
    bool m_dark = false;
    Screenshot m_screenshot;
    mutable QSet<QString> m_warned;
};

}  // namespace spacetape
