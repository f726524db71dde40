// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <memory>

namespace spacetape {

class SleepBackend;

/**
 * @brief Keeps the computer from going to sleep while something downloads.
 *
 * This class decides when; the platform's SleepBackend (ui/platform/) talks to the system:
 * on Linux org.freedesktop.ScreenSaver, elsewhere nothing yet. Requests are asynchronous;
 * when the system refuses, the failure is logged at debug level and nothing else happens
 * (downloads do not depend on it).
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
    bool isHeld() const { return m_held; }

Q_SIGNALS:
    /// The desktop answered a request (granted or not); for tests and diagnostics.
    void heldChanged(bool held);

private:
    void requestInhibit();
    void release();
    void onAnswered(bool granted);

    std::unique_ptr<SleepBackend> m_backend;
    bool m_wanted = false;
    bool m_pending = false;  ///< an inhibit request is on its way
    bool m_held = false;     ///< the system granted an inhibition that is held now
};

}  // namespace spacetape
