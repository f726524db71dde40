// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace spacetape {

/// Where one Space of the download queue is.
enum class EntryState {
    Waiting,      ///< queued; the scheduler starts it when a slot is free
    Resolving,    ///< asking X for the metadata and the playlist
    Downloading,  ///< fetching chunks
    Paused,       ///< stopped by the user or by a crash; resumes from the cached chunks
    RateLimited,  ///< X said "too many requests": waiting for the reset (countdown in stateDetail)
    Muxing,       ///< writing the .m4a
    Done,
    Failed,
    Canceled,
    Scheduled,         ///< not started yet: waiting for the host (countdown to scheduledStart)
    Recording,         ///< on air: recorded from its start, following the live edge
    HostDisconnected,  ///< on air, but the host's stream is gone for now: still recording
    Finishing,         ///< ended: waiting for the final playlist, fetching the rest, saving
    DidNotStart,       ///< still not started long after its scheduled time (Retry waits again)
    HostCanceled,      ///< the host canceled it: final
};

/// "Waiting", "Resolving", … (stable: for display and the saved queue).
QString entryStateName(EntryState state);
/// The inverse of entryStateName(); nothing for an unknown name.
std::optional<EntryState> entryStateFromName(const QString &name);

/// What an entry saves: a whole Space, or a clip (a section) of a Space or of a saved file.
enum class EntryKind { Space, Clip };

/// One Space in the download queue: what the user added, what X said about it, how far it got.
struct QueueEntry {
    QString key;                          ///< unique: the Space ID
    QString input;                        ///< the canonical link https://x.com/i/spaces/<id>
    QString spaceId;                      ///< the 13-character Space ID
    QString title, hostHandle, hostName;  ///< empty until resolved
    QUrl avatarUrl;
    QDateTime startedAt;
    qint64 durationSeconds = -1;  ///< -1 while unknown
    QStringList speakers;         ///< handles without the @
    EntryState state = EntryState::Waiting;
    /// The error in full when Failed; the countdown text when RateLimited or waiting for a replay;
    /// why it is Paused after a crash; a note such as "skipped: the file exists" when Done.
    QString stateDetail;
    int chunksDone = 0, chunksTotal = 0;
    qint64 bytesDone = 0;
    double bytesPerSecond = 0;
    int etaSeconds = -1;  ///< -1 while unknown
    qint64 fileSize = 0;  ///< of the saved file (Done)
    QString outputPath;   ///< the saved file (Done)
    QDateTime addedAt;
    QList<qint64> missing;       ///< chunk sequence numbers that could not be fetched (Failed)
    QDateTime scheduledStart;    ///< when the host said it starts (scheduled Spaces)
    double recordedSeconds = 0;  ///< live: audio on disk so far
    bool catchingUp = false;     ///< live: the part before we joined is still being fetched
    EntryKind kind = EntryKind::Space;
    double clipStartSeconds = 0;  ///< Clip: the section's start on the Space's time line
    double clipEndSeconds = 0;    ///< Clip: its end
    /// Clip of a saved file: that file (cut without any network); empty: fetch from the Space.
    QString clipSourceFile;

    /// Resolving, Downloading, RateLimited or Muxing: uses one of the "Spaces at once" slots.
    /// Live recordings never wait for a slot (a live Space does not wait), so they do not count.
    bool isActive() const;
    /// Recording, HostDisconnected or Finishing.
    bool isLive() const;
    /// Has work running now (active or live): keeps the computer awake.
    bool isBusy() const { return isActive() || isLive(); }
    /// Done, Failed, Canceled, DidNotStart or HostCanceled.
    bool isFinished() const;

    /// The key of a clip entry: unique per source and range, checked again on restore.
    static QString clipKey(const QString &spaceId, const QString &sourceFile, double startSeconds,
                           double endSeconds);
    /// "1:02:03–1:10:00" for a clip, else empty.
    QString clipRangeText() const;

    /// Every field; times as ISO 8601 UTC, state as entryStateName().
    QJsonObject toJson() const;
    /// Tolerant: missing fields keep their defaults; an unknown state becomes Paused.
    static QueueEntry fromJson(const QJsonObject &json);
};

}  // namespace spacetape
