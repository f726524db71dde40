// SPDX-License-Identifier: MIT
#include "SleepInhibitor.h"

#include <QLoggingCategory>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace spacetape {

namespace {
Q_LOGGING_CATEGORY(lcSleep, "spacetape.sleep")

#ifdef Q_OS_LINUX
const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");
const QString kInterface = QStringLiteral("org.freedesktop.ScreenSaver");
#endif
}  // namespace

SleepInhibitor::SleepInhibitor(QObject *parent) : QObject(parent) {}

SleepInhibitor::~SleepInhibitor() {
    release();
}

void SleepInhibitor::setInhibited(bool inhibited) {
    if (inhibited == m_wanted)
        return;
    m_wanted = inhibited;
    if (inhibited)
        requestInhibit();
    else
        release();
}

void SleepInhibitor::requestInhibit() {
#ifdef Q_OS_LINUX
    if (m_pending || m_cookie != 0)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCDebug(lcSleep) << "no session bus; the system may sleep during downloads";
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Inhibit"));
    call << QStringLiteral("Spacetape") << tr("Downloading X Spaces");
    m_pending = true;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                m_pending = false;
                const QDBusPendingReply<quint32> reply = *finished;
                if (reply.isError()) {
                    qCDebug(lcSleep) << "cannot keep the system awake:" << reply.error().message();
                    Q_EMIT heldChanged(false);
                    return;
                }
                m_cookie = reply.value();
                // The downloads may have ended while the desktop was answering.
                if (!m_wanted)
                    release();
                else
                    Q_EMIT heldChanged(true);
            });
#endif
}

void SleepInhibitor::release() {
#ifdef Q_OS_LINUX
    if (m_cookie == 0)
        return;  // a pending Inhibit is released when it answers
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("UnInhibit"));
    call << m_cookie;
    // Fire and forget: the desktop also drops the inhibition when our bus connection closes.
    QDBusConnection::sessionBus().asyncCall(call);
    m_cookie = 0;
    Q_EMIT heldChanged(false);
#endif
}

}  // namespace spacetape
