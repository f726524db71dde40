// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace spacetape {

/// Someone on a Space's stage (host, co-host or speaker).
struct SpacePerson {
    QString displayName;
    QString handle;  ///< screen name without the leading @
    QUrl avatarUrl;  ///< the full-size picture (X's `_normal` thumbnail suffix removed)
    /// `periscope_user_id` of a participant (admins, speakers): the ID the Hydra frames and the
    /// chat name people by. Empty for the creator, who is also listed among the admins.
    QString periscopeId;

    bool operator==(const SpacePerson &o) const {
        return displayName == o.displayName && handle == o.handle && avatarUrl == o.avatarUrl &&
               periscopeId == o.periscopeId;
    }
};

/// The life cycle states X reports in `metadata.state`.
enum class SpaceState { NotStarted, PrePublished, Running, Ended, Canceled, TimedOut, Unknown };

/**
 * @brief What X's AudioSpaceById answer says about one Space.
 *
 * A plain value: parsing is tolerant of the shapes X has used over the years
 * (creator under `core` or `legacy`, times as numbers or strings), and every
 * way the answer can be unusable becomes a Failure the user can read.
 */
struct SpaceMetadata {
    Q_DECLARE_TR_FUNCTIONS(SpaceMetadata)

public:
    QString id;  ///< the 13-character Space ID (`rest_id`)
    SpaceState state = SpaceState::Unknown;
    QString stateText;  ///< `state` exactly as X wrote it, kept for messages about new states
    QString title;
    QString mediaKey;  ///< e.g. "28_1976…", the key for live_video_stream/status
    QDateTime createdAt, scheduledStart, startedAt, endedAt, updatedAt;  ///< UTC; null if unknown
    bool replayAvailable = false;
    qint64 totalReplayWatched = 0, totalLiveListeners = 0;
    SpacePerson host;  ///< the creator; the first admin when X left the creator out
    QList<SpacePerson> admins, speakers;
    int listenerCount = 0;     ///< entries in `participants.listeners` (X often sends none)
    int participantTotal = 0;  ///< `participants.total`
    /// True when `metadata.content_type` names a visual kind ("visual_audio", "video…").
    /// Only a hint: StreamInfo::isVideo(), from the playlist address, is the reliable test.
    bool isVideo = false;

    /// Seconds from start to end; -1 when either is unknown or they are out of order.
    qint64 durationSeconds() const;

    /// Parses an AudioSpaceById GraphQL answer (the whole JSON body).
    static Expected<SpaceMetadata> fromAudioSpaceById(const QByteArray &json);

    /// Whether it can be downloaded now; when not, a Failure whose message is what the user sees.
    Expected<void> downloadable() const;

    /**
     * For `spacetape-cli --info`. Keys (stable): id, url, state, title, mediaKey, createdAt,
     * scheduledStart, startedAt, endedAt, updatedAt (ISO 8601 UTC strings, or null),
     * durationSeconds (null when unknown), replayAvailable, totalReplayWatched,
     * totalLiveListeners, host, admins, speakers (people: {displayName, handle, avatarUrl}),
     * listenerCount, participantTotal, isVideo.
     */
    QJsonObject toJson() const;
};

/// X's own name for the state ("Ended", "TimedOut", …; "Unknown" for anything else).
QString stateName(SpaceState state);

/// The messages of an X answer's `errors[]` array (GraphQL or REST), joined by "; ";
/// empty when there is none. Also useful on 4xx bodies such as code 336 (missing features).
QString xErrorMessages(const QJsonObject &body);

/// The full-size avatar for one of X's profile picture URLs (`_normal` → `_400x400`).
QUrl fullSizeAvatarUrl(const QUrl &thumbnail);

}  // namespace spacetape
