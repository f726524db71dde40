// SPDX-License-Identifier: MIT
#include "queue/QueueStore.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFileInfo>

namespace spacetape {

QueueStore::QueueStore(QString file, ErrorHandler onError)
    : m_file(std::move(file)), m_onError(std::move(onError)), m_thread([this] { run(); }) {}

QueueStore::~QueueStore() {
    flush();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void QueueStore::save(QByteArray snapshot) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending = std::move(snapshot);  // an older one not written yet is superseded
    }
    m_wake.notify_one();
}

void QueueStore::flush() {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_pending && !m_writing; });
}

int QueueStore::writes() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_writes;
}

void QueueStore::run() {
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stopping; });
        if (!m_pending && m_stopping)
            return;
        QByteArray snapshot = std::move(*m_pending);
        m_pending.reset();
        m_writing = true;
        lock.unlock();

        // The queue names the Spaces and where they are saved: the owner's eyes only.
        QString error;
        if (const auto saved = writePrivateFile(m_file, snapshot); !saved)
            error = saved.error();
        if (!error.isEmpty() && m_onError)
            m_onError(m_file, error);

        lock.lock();
        m_writing = false;
        ++m_writes;
        if (!m_pending)
            m_idle.notify_all();
    }
}

}  // namespace spacetape
