// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace spacetape {

/**
 * @brief Turns SIGINT and SIGTERM into a Qt signal, safely.
 *
 * The handler only write()s the signal number into a socketpair (async-signal-safe); a
 * QSocketNotifier reads it on the event loop, where anything may be done. One instance per
 * process; the previous handlers are restored when it is destroyed.
 */
class UnixSignals : public QObject {
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

    /// False when the socketpair or the handlers could not be set up.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /// SIGINT or SIGTERM arrived.
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace spacetape
