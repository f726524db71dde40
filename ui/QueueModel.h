// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>

namespace spacetape {

class DownloadQueue;
struct QueueEntry;
enum class EntryState;

/**
 * @brief The download queue as a table: one row per entry, in queue order.
 *
 * DownloadQueue announces changes after they happened; the model keeps its own list of
 * keys so that between begin…Rows() and end…Rows() views still see the old layout, as
 * Qt's model contract requires. Rows can be dragged to a new place (internal move), which
 * becomes DownloadQueue::move().
 */
class QueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Host, State, Progress, Size, Duration, Speed, Eta, Added, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< raw value of the column, for sorting
        KeyRole,                      ///< the entry's queue key (QString)
        ProgressRole,                 ///< fraction done 0..1, or -1 when unknown (double)
        StateRole,                    ///< the EntryState as int
    };
    /// MIME type of dragged rows: their keys, one per line.
    static constexpr char kRowsMimeType[] = "application/x-spacetape-queue-keys";

    explicit QueueModel(DownloadQueue &queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The entry shown in @p row (nullptr when out of range).
    const QueueEntry *entryAt(int row) const;
    QString keyAt(int row) const;
    /// Moves the entries with @p keys, keeping their order, to just before @p row (end: -1).
    void moveKeysBefore(const QStringList &keys, int row);

    // Formatting shared with the details pane and the status bar.
    static QString formatBytes(qint64 bytes);
    static QString formatDuration(qint64 seconds);
    static QString formatSpeed(double bytesPerSecond);
    /// What a cell of @p column shows for @p entry in @p role (data() without the lookup).
    static QVariant cellData(const QueueEntry &entry, int column, int role);
    /// The state as users read it: "Rate-limited — retrying in 40 s", "Failed: …".
    /// A state's name for display, translated.
    static QString stateName(EntryState state);
    static QString stateText(const QueueEntry &entry);
    /// The state as shown, with countdowns measured from @p now.
    static QString stateText(const QueueEntry &entry, const QDateTime &now);
    /// "starts in 2 h 10 min", or "should have started 5 min ago" for a negative count.
    static QString formatCountdown(qint64 seconds);
    /// "40 s", "12 min", "2 h 10 min", "3 days".
    static QString formatSpan(qint64 seconds);

private:
    void onAdded(int row);
    void onRemoved(int row);
    void onMoved(int from, int to);
    void onChanged(int row);
    void refreshCountdowns();
    /// Resets the model if the mirror no longer matches the queue (missed or odd signals).
    void resyncIfNeeded();
    static QVariant displayData(const QueueEntry &entry, int column);
    static QVariant sortData(const QueueEntry &entry, int column);

    DownloadQueue &m_queue;
    QStringList m_keys;  ///< the rows as views know them
};

}  // namespace spacetape
