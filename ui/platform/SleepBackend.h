// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace spacetape {

/**
 * @brief The platform's way to keep the computer awake: the one file a port replaces.
 *
 * SleepInhibitor decides when to inhibit; a backend only talks to the system. Each
 * platform has one implementation file under ui/platform/ (chosen in ui/CMakeLists.txt):
 * SleepBackendDBus.cpp (Linux and other freedesktop systems, org.freedesktop.ScreenSaver),
 * SleepBackendNone.cpp (everything else: never granted).
 */
class SleepBackend : public QObject {
    Q_OBJECT
public:
    /// The backend for the platform this was built for.
    static std::unique_ptr<SleepBackend> create();

    /// Asks the system to stay awake; answered() follows, possibly much later.
    virtual void inhibit(const QString &reason) = 0;
    /// Lets the system sleep again; a no-op when nothing is held.
    virtual void release() = 0;

Q_SIGNALS:
    /// The system answered inhibit(): @p granted when an inhibition is now held.
    void answered(bool granted);
};

}  // namespace spacetape
