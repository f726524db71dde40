// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace spacetape {

/**
 * @brief Writes the queue file on a thread of its own, so the window never waits for the disk.
 *
 * save() hands over a whole snapshot and returns at once; the writer thread writes the newest
 * snapshot atomically and readable by its owner only (writePrivateFile: a crash leaves the old
 * file or the new one). Snapshots that
 * arrive while a write runs are coalesced: only the newest is written next, so a burst of
 * changes costs one or two writes, and the last change is never dropped. flush() (also run by
 * the destructor, i.e. at exit) returns once the newest snapshot is on disk.
 */
class QueueStore {
public:
    /// Called on the writer thread when a write fails: the file and the reason.
    using ErrorHandler = std::function<void(const QString &file, const QString &error)>;

    explicit QueueStore(QString file, ErrorHandler onError = {});
    ~QueueStore();
    QueueStore(const QueueStore &) = delete;
    QueueStore &operator=(const QueueStore &) = delete;

    QString file() const { return m_file; }
    /// Queues @p snapshot (the whole file's content) for writing; returns at once.
    void save(QByteArray snapshot);
    /// Waits until every snapshot handed over so far is written (or failed).
    void flush();
    /// Snapshots written so far (for tests: bursts are coalesced).
    int writes() const;

private:
    void run();

    const QString m_file;
    const ErrorHandler m_onError;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::optional<QByteArray> m_pending;
    bool m_writing = false;
    bool m_stopping = false;
    int m_writes = 0;
    std::thread m_thread;
};

}  // namespace spacetape
