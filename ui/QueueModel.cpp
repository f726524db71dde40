// SPDX-License-Identifier: MIT
#include "QueueModel.h"

#include "PlainText.h"
#include "queue/DownloadQueue.h"
#include "queue/QueueEntry.h"
#include "util/TextFormat.h"

#include "UiResources.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace spacetape {

namespace {
QString spaceTitleOf(const QueueEntry &entry) {
    if (!entry.title.isEmpty())
        return entry.title;
    // Before the metadata arrives the Space is known only by what the user gave.
    return entry.spaceId.isEmpty() ? entry.input : spaceTitleOrId(QString(), entry.spaceId);
}

QString titleOf(const QueueEntry &entry) {
    if (entry.kind == EntryKind::Clip)
        return QObject::tr("Clip %1 · %2").arg(entry.clipRangeText(), spaceTitleOf(entry));
    return spaceTitleOf(entry);
}

QString hostOf(const QueueEntry &entry) {
    return entry.hostHandle.isEmpty() ? entry.hostName
                                      : personText(entry.hostName, entry.hostHandle);
}

double progressOf(const QueueEntry &entry) {
    if (entry.state == EntryState::Done)
        return 1.0;
    if (entry.isLive() || entry.state == EntryState::Scheduled)
        return -1.0;  // a live Space has no end to measure against yet
    if (entry.chunksTotal <= 0)
        return -1.0;
    return qBound(0.0, double(entry.chunksDone) / entry.chunksTotal, 1.0);
}

bool showsSpeed(const QueueEntry &entry) {
    return entry.state == EntryState::Downloading && entry.bytesPerSecond > 0;
}

QString iconNameFor(EntryState state) {
    switch (state) {
        case EntryState::Waiting:
            return QStringLiteral("state-waiting");
        case EntryState::Resolving:
        case EntryState::Downloading:
        case EntryState::Muxing:
            return QStringLiteral("state-active");
        case EntryState::Paused:
            return QStringLiteral("pause");
        case EntryState::RateLimited:
            return QStringLiteral("state-waiting");
        case EntryState::Done:
            return QStringLiteral("state-done");
        case EntryState::Failed:
            return QStringLiteral("state-failed");
        case EntryState::Canceled:
        case EntryState::HostCanceled:
            return QStringLiteral("cancel");
        case EntryState::Scheduled:
            return QStringLiteral("state-scheduled");
        case EntryState::Recording:
        case EntryState::HostDisconnected:
        case EntryState::Finishing:
            return QStringLiteral("state-live");
        case EntryState::DidNotStart:
            return QStringLiteral("state-failed");
    }
    return {};
}
}  // namespace

QueueModel::QueueModel(DownloadQueue &queue, QObject *parent)
    : QAbstractTableModel(parent), m_queue(queue) {
    for (int row = 0; row < m_queue.count(); ++row)
        m_keys << m_queue.at(row).key;
    connect(&m_queue, &DownloadQueue::entryAdded, this, &QueueModel::onAdded);
    connect(&m_queue, &DownloadQueue::entryRemoved, this, &QueueModel::onRemoved);
    connect(&m_queue, &DownloadQueue::entryMoved, this, &QueueModel::onMoved);
    connect(&m_queue, &DownloadQueue::entryChanged, this, &QueueModel::onChanged);
    // Countdowns of scheduled Spaces move on their own, without the queue changing.
    auto *countdown = new QTimer(this);
    countdown->setInterval(1000);
    connect(countdown, &QTimer::timeout, this, &QueueModel::refreshCountdowns);
    countdown->start();
}

void QueueModel::refreshCountdowns() {
    for (int row = 0; row < m_keys.size(); ++row) {
        const QueueEntry *entry = entryAt(row);
        if (entry && entry->state == EntryState::Scheduled)
            Q_EMIT dataChanged(index(row, State), index(row, State), {Qt::DisplayRole});
    }
}

int QueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_keys.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const QueueEntry *QueueModel::entryAt(int row) const {
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    const QString &key = m_keys.at(row);
    // Rows match the queue except while a change is being announced.
    if (row < m_queue.count() && m_queue.at(row).key == key)
        return &m_queue.at(row);
    const int queueRow = m_queue.indexOf(key);
    return queueRow < 0 ? nullptr : &m_queue.at(queueRow);
}

QString QueueModel::keyAt(int row) const {
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString();
}

QVariant QueueModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry *entry = entryAt(index.row());
    return entry ? cellData(*entry, index.column(), role) : QVariant();
}

QVariant QueueModel::cellData(const QueueEntry &entry, int column, int role) {
    switch (role) {
        case Qt::DisplayRole:
            return displayData(entry, column);
        case Qt::ToolTipRole:
            // Server text shown literally, never as rich text.
            if (column == State && !entry.stateDetail.isEmpty() &&
                (entry.state == EntryState::Failed || entry.state == EntryState::DidNotStart ||
                 entry.state == EntryState::HostCanceled))
                return plainToolTip(entry.stateDetail);
            if (column == State && entry.state == EntryState::Scheduled &&
                entry.scheduledStart.isValid())
                return tr("Scheduled for %1; Spacetape records it from its first second.")
                    .arg(QLocale().toString(entry.scheduledStart.toLocalTime(),
                                            QLocale::LongFormat));
            if (column == Title)
                return plainToolTip(entry.outputPath.isEmpty()
                                        ? titleOf(entry)
                                        : QDir::toNativeSeparators(entry.outputPath));
            if (column == Progress && entry.chunksTotal > 0)
                return tr("%1 of %2 chunks").arg(entry.chunksDone).arg(entry.chunksTotal);
            if (column == Added && entry.addedAt.isValid())
                return QLocale().toString(entry.addedAt, QLocale::LongFormat);
            return displayData(entry, column);
        case Qt::DecorationRole:
            if (column == State)
                return uiIcon(iconNameFor(entry.state));
            return {};
        case Qt::TextAlignmentRole:
            if (column == Size || column == Duration || column == Speed || column == Eta)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case SortRole:
            return sortData(entry, column);
        case KeyRole:
            return entry.key;
        case ProgressRole:
            return progressOf(entry);
        case StateRole:
            return int(entry.state);
        default:
            return {};
    }
}

QString QueueModel::formatCountdown(qint64 seconds) {
    if (seconds < 0)
        return tr("should have started %1 ago").arg(formatSpan(-seconds));
    return tr("starts in %1").arg(formatSpan(seconds));
}

QString QueueModel::formatSpan(qint64 seconds) {
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60)
                            : tr("%1 h").arg(hours);
    return tr("%1 days").arg(hours / 24);
}

QString QueueModel::stateName(EntryState state) {
    // The display names of the plain states, in English the same as entryStateName (which
    // stays untranslated: the saved queue keeps it).
    switch (state) {
        case EntryState::Waiting:
            return tr("Waiting");
        case EntryState::Resolving:
            return tr("Resolving");
        case EntryState::Downloading:
            return tr("Downloading");
        case EntryState::Paused:
            return tr("Paused");
        case EntryState::RateLimited:
            return tr("RateLimited");
        case EntryState::Muxing:
            return tr("Muxing");
        case EntryState::Done:
            return tr("Done");
        case EntryState::Failed:
            return tr("Failed");
        case EntryState::Canceled:
            return tr("Canceled");
        default:
            return entryStateName(state);
    }
}

QString QueueModel::stateText(const QueueEntry &entry) {
    return stateText(entry, QDateTime::currentDateTimeUtc());
}

QString QueueModel::stateText(const QueueEntry &entry, const QDateTime &now) {
    switch (entry.state) {
        case EntryState::Scheduled:
            if (!entry.scheduledStart.isValid())
                return tr("Scheduled (no start time announced)");
            // The calendar icon says "scheduled"; the text says when.
            return tr("Scheduled: %1").arg(formatCountdown(now.secsTo(entry.scheduledStart)));
        case EntryState::Recording:
            if (entry.catchingUp)
                return tr("Recording live · %1 · catching up")
                    .arg(formatDuration(qint64(entry.recordedSeconds)));
            return tr("Recording live · %1").arg(formatDuration(qint64(entry.recordedSeconds)));
        case EntryState::HostDisconnected:
            return tr("Host disconnected · still recording");
        case EntryState::Finishing:
            return entry.stateDetail.isEmpty()
                       ? tr("Finishing")
                       : tr("Finishing: %1")
                             .arg(entry.stateDetail.section(QLatin1Char('\n'), 0, 0));
        case EntryState::DidNotStart:
            return tr("Did not start");
        case EntryState::HostCanceled:
            return tr("Canceled by the host");
        default:
            break;
    }
    const QString name = stateName(entry.state);
    if (entry.state == EntryState::RateLimited && !entry.stateDetail.isEmpty())
        return entry.stateDetail;  // the countdown, e.g. "rate limited — retrying in 40 s"
    if (entry.state == EntryState::Failed && !entry.stateDetail.isEmpty()) {
        // One line in the table; the full reason is in the tooltip and the details pane.
        const QString firstLine = entry.stateDetail.section(QLatin1Char('\n'), 0, 0);
        return tr("%1: %2").arg(name, firstLine);
    }
    return name;
}

QVariant QueueModel::displayData(const QueueEntry &entry, int column) {
    switch (column) {
        case Title:
            return titleOf(entry);
        case Host:
            return hostOf(entry);
        case State:
            return stateText(entry);
        case Progress: {
            const double p = progressOf(entry);
            return p < 0 ? QString() : QStringLiteral("%1 %").arg(int(p * 100));
        }
        case Size:
            if (entry.fileSize > 0)
                return formatBytes(entry.fileSize);
            return entry.bytesDone > 0 ? formatBytes(entry.bytesDone) : QString();
        case Duration:
            if (entry.isLive())
                return formatDuration(qint64(entry.recordedSeconds));
            return entry.durationSeconds >= 0 ? formatDuration(entry.durationSeconds) : QString();
        case Speed:
            return showsSpeed(entry) ? formatSpeed(entry.bytesPerSecond) : QString();
        case Eta:
            return entry.state == EntryState::Downloading && entry.etaSeconds >= 0
                       ? formatDuration(entry.etaSeconds)
                       : QString();
        case Added:
            return entry.addedAt.isValid() ? QLocale().toString(entry.addedAt, QLocale::ShortFormat)
                                           : QString();
        default:
            return {};
    }
}

QVariant QueueModel::sortData(const QueueEntry &entry, int column) {
    switch (column) {
        case Title:
            return titleOf(entry).toLower();
        case Host:
            return hostOf(entry).toLower();
        case State:
            return int(entry.state);
        case Progress:
            return progressOf(entry);
        case Size:
            return entry.fileSize > 0 ? entry.fileSize : entry.bytesDone;
        case Duration:
            return entry.durationSeconds;
        case Speed:
            return showsSpeed(entry) ? entry.bytesPerSecond : 0.0;
        case Eta:
            // Unknown ETAs sort after every known one.
            return entry.state == EntryState::Downloading && entry.etaSeconds >= 0
                       ? entry.etaSeconds
                       : std::numeric_limits<int>::max();
        case Added:
            return entry.addedAt;
        default:
            return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
            case Title:
                return tr("Title");
            case Host:
                return tr("Host");
            case State:
                return tr("State");
            case Progress:
                return tr("Progress");
            case Size:
                return tr("Size");
            case Duration:
                return tr("Duration");
            case Speed:
                return tr("Speed");
            case Eta:
                return tr("ETA");
            case Added:
                return tr("Added");
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Size:
                return tr("Size of the saved file, or downloaded so far");
            case Duration:
                return tr("Length of the Space");
            case Eta:
                return tr("Estimated time left");
            case Added:
                return tr("When the Space was added to the queue");
            default:
                return tr("Click to sort; click a third time for queue order");
        }
    }
    return {};
}

Qt::ItemFlags QueueModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;  // dropping below the last row
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions QueueModel::supportedDragActions() const {
    return Qt::MoveAction;
}

Qt::DropActions QueueModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList QueueModel::mimeTypes() const {
    return {QString::fromLatin1(kRowsMimeType)};
}

QMimeData *QueueModel::mimeData(const QModelIndexList &indexes) const {
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    QStringList keys;
    for (int row : rows)
        keys << keyAt(row);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kRowsMimeType), keys.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

bool QueueModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &) const {
    return data && action == Qt::MoveAction && data->hasFormat(QString::fromLatin1(kRowsMimeType));
}

bool QueueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto a row: insert before it. Between rows: row is given. Below all: end.
    int target = row;
    if (target < 0)
        target = parent.isValid() ? parent.row() : -1;
    const QStringList keys = QString::fromUtf8(data->data(QString::fromLatin1(kRowsMimeType)))
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    moveKeysBefore(keys, target);
    return true;
}

void QueueModel::moveKeysBefore(const QStringList &keys, int row) {
    const QSet<QString> moving(keys.begin(), keys.end());
    // The anchor is the first row at or after the target that is not itself moving.
    QString anchor;
    for (int r = (row < 0 ? rowCount() : row); r < rowCount(); ++r) {
        if (!moving.contains(keyAt(r))) {
            anchor = keyAt(r);
            break;
        }
    }
    for (const QString &key : keys) {
        const int from = m_queue.indexOf(key);
        if (from < 0)
            continue;
        int to = m_queue.count() - 1;
        if (!anchor.isEmpty()) {
            const int anchorRow = m_queue.indexOf(anchor);
            to = from < anchorRow ? anchorRow - 1 : anchorRow;
        }
        if (from != to)
            m_queue.move(from, to);
    }
}

void QueueModel::onAdded(int row) {
    if (row < 0 || row > m_keys.size() || row >= m_queue.count()) {
        resyncIfNeeded();
        return;
    }
    beginInsertRows({}, row, row);
    m_keys.insert(row, m_queue.at(row).key);
    endInsertRows();
}

void QueueModel::onRemoved(int row) {
    if (row < 0 || row >= m_keys.size()) {
        resyncIfNeeded();
        return;
    }
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    endRemoveRows();
}

void QueueModel::onMoved(int from, int to) {
    if (from < 0 || to < 0 || from >= m_keys.size() || to >= m_keys.size() || from == to) {
        resyncIfNeeded();
        return;
    }
    // QList::move puts the item AT `to`; Qt's destination is the row it goes before.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_keys.move(from, to);
    endMoveRows();
}

void QueueModel::onChanged(int row) {
    if (row < 0 || row >= m_keys.size() || row >= m_queue.count() ||
        m_keys.at(row) != m_queue.at(row).key) {
        resyncIfNeeded();
        return;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void QueueModel::resyncIfNeeded() {
    bool same = m_keys.size() == m_queue.count();
    for (int row = 0; same && row < m_keys.size(); ++row)
        same = m_keys.at(row) == m_queue.at(row).key;
    if (same)
        return;
    beginResetModel();
    m_keys.clear();
    for (int row = 0; row < m_queue.count(); ++row)
        m_keys << m_queue.at(row).key;
    endResetModel();
}

QString QueueModel::formatBytes(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString QueueModel::formatDuration(qint64 seconds) {
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString QueueModel::formatSpeed(double bytesPerSecond) {
    return tr("%1/s").arg(formatBytes(qint64(bytesPerSecond)));
}

}  // namespace spacetape
