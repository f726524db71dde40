// SPDX-License-Identifier: MIT
#include "SleepInhibitor.h"

#include "platform/SleepBackend.h"

namespace spacetape {

SleepInhibitor::SleepInhibitor(QObject *parent)
    : QObject(parent), m_backend(SleepBackend::create()) {
    connect(m_backend.get(), &SleepBackend::answered, this, &SleepInhibitor::onAnswered);
}

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
    if (m_pending || m_held)
        return;
    m_pending = true;
    m_backend->inhibit(tr("Downloading X Spaces"));
}

void SleepInhibitor::onAnswered(bool granted) {
    m_pending = false;
    m_held = granted;
    // The downloads may have ended while the system was answering.
    if (granted && !m_wanted) {
        release();
        return;
    }
    Q_EMIT heldChanged(granted);
}

void SleepInhibitor::release() {
    if (!m_held)
        return;  // a pending request is released when it is answered
    m_backend->release();
    m_held = false;
    Q_EMIT heldChanged(false);
}

}  // namespace spacetape
