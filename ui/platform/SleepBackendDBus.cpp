// SPDX-License-Identifier: MIT
// Sleep inhibition through org.freedesktop.ScreenSaver on the session bus, which GNOME,
// KDE, Xfce and others honour by not idling into suspend.
#include "platform/SleepBackend.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace spacetape {

namespace {
Q_LOGGING_CATEGORY(lcSleep, "spacetape.sleep")

const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");
const QString kInterface = QStringLiteral("org.freedesktop.ScreenSaver");

class SleepBackendDBus final : public SleepBackend {
public:
    ~SleepBackendDBus() override { release(); }

    void inhibit(const QString &reason) override {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected()) {
            qCDebug(lcSleep) << "no session bus; the system may sleep during downloads";
            Q_EMIT answered(false);
            return;
        }
        QDBusMessage call =
            QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Inhibit"));
        call << QStringLiteral("Spacetape") << reason;
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this](QDBusPendingCallWatcher *finished) {
                    finished->deleteLater();
                    const QDBusPendingReply<quint32> reply = *finished;
                    if (reply.isError()) {
                        qCDebug(lcSleep)
                            << "cannot keep the system awake:" << reply.error().message();
                        Q_EMIT answered(false);
                        return;
                    }
                    m_cookie = reply.value();
                    Q_EMIT answered(true);
                });
    }

    void release() override {
        if (m_cookie == 0)
            return;
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                           QStringLiteral("UnInhibit"));
        call << m_cookie;
        // Fire and forget: the desktop also drops the inhibition when our bus connection closes.
        QDBusConnection::sessionBus().asyncCall(call);
        m_cookie = 0;
    }

private:
    quint32 m_cookie = 0;  ///< the desktop's handle for the inhibition; 0: none held
};
}  // namespace

std::unique_ptr<SleepBackend> SleepBackend::create() {
    return std::make_unique<SleepBackendDBus>();
}

}  // namespace spacetape
