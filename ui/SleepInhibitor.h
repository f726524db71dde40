// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace spacetape {

/**
 * @brief Keeps the computer from going to sleep while something downloads.
 *
 * Linux: asks the desktop through org.freedesktop.ScreenSaver (Inhibit / UnInhibit on the
 * session bus), which GNOME, KDE, Xfce and others honour by not idling into suspend. The
 * calls are asynchronous; when the service is absent the failure is logged at debug level
 * and nothing else happens (downloads do not depend on it). Other platforms: no-op for now.
 */
class SleepInhibitor : public QObject {
    Q_OBJECT
public:
    explicit SleepInhibitor(QObject *parent = nullptr);
    /// Releases an inhibition still held.
    ~SleepInhibitor() override;

    /// Idempotent: only a change of @p inhibited talks to the desktop.
    void setInhibited(bool inhibited);
    /// What was last asked for (not whether the desktop granted it).
    bool isInhibited() const { return m_wanted; }
    /// Whether the desktop granted an inhibition that is held now.
    bool isHeld() const { return m_cookie != 0; }

Q_SIGNALS:
    /// The desktop answered a request (granted or not); for tests and diagnostics.
    void heldChanged(bool held);

private:
    void requestInhibit();
    void release();

    bool m_wanted = false;
    bool m_pending = false;  ///< an Inhibit call is on its way
    quint32 m_cookie = 0;    ///< the desktop's handle for the inhibition; 0: none held
};

}  // namespace spacetape
