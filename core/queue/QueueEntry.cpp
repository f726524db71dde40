// SPDX-License-Identifier: MIT
#include "queue/QueueEntry.h"

#include "section/SectionRange.h"

#include "util/SafeNumber.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace spacetape {

namespace {
constexpr EntryState kAllStates[] = {
    EntryState::Waiting,   EntryState::Resolving,   EntryState::Downloading,
    EntryState::Paused,    EntryState::RateLimited, EntryState::Muxing,
    EntryState::Done,      EntryState::Failed,      EntryState::Canceled,
    EntryState::Scheduled, EntryState::Recording,   EntryState::HostDisconnected,
    EntryState::Finishing, EntryState::DidNotStart, EntryState::HostCanceled,
};

QJsonValue timeToJson(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QDateTime timeFromJson(const QJsonValue &value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

qint64 int64FromJson(const QJsonValue &value, qint64 fallback) {
    return value.isDouble() ? int64FromDouble(value.toDouble()).value_or(fallback) : fallback;
}
}  // namespace

QString entryStateName(EntryState state) {
    switch (state) {
        case EntryState::Waiting:
            return QStringLiteral("Waiting");
        case EntryState::Resolving:
            return QStringLiteral("Resolving");
        case EntryState::Downloading:
            return QStringLiteral("Downloading");
        case EntryState::Paused:
            return QStringLiteral("Paused");
        case EntryState::RateLimited:
            return QStringLiteral("RateLimited");
        case EntryState::Muxing:
            return QStringLiteral("Muxing");
        case EntryState::Done:
            return QStringLiteral("Done");
        case EntryState::Failed:
            return QStringLiteral("Failed");
        case EntryState::Canceled:
            return QStringLiteral("Canceled");
        case EntryState::Scheduled:
            return QStringLiteral("Scheduled");
        case EntryState::Recording:
            return QStringLiteral("Recording");
        case EntryState::HostDisconnected:
            return QStringLiteral("HostDisconnected");
        case EntryState::Finishing:
            return QStringLiteral("Finishing");
        case EntryState::DidNotStart:
            return QStringLiteral("DidNotStart");
        case EntryState::HostCanceled:
            return QStringLiteral("HostCanceled");
    }
    return QStringLiteral("Unknown");
}

std::optional<EntryState> entryStateFromName(const QString &name) {
    for (EntryState candidate : kAllStates) {
        if (entryStateName(candidate) == name)
            return candidate;
    }
    return std::nullopt;
}

bool QueueEntry::isActive() const {
    return state == EntryState::Resolving || state == EntryState::Downloading ||
           state == EntryState::RateLimited || state == EntryState::Muxing;
}

bool QueueEntry::isLive() const {
    return state == EntryState::Recording || state == EntryState::HostDisconnected ||
           state == EntryState::Finishing;
}

bool QueueEntry::isFinished() const {
    return state == EntryState::Done || state == EntryState::Failed ||
           state == EntryState::Canceled || state == EntryState::DidNotStart ||
           state == EntryState::HostCanceled;
}

QJsonObject QueueEntry::toJson() const {
    QJsonArray missingArray;
    for (qint64 seq : missing)
        missingArray.append(double(seq));
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("input"), input},
        {QStringLiteral("spaceId"), spaceId},
        {QStringLiteral("title"), title},
        {QStringLiteral("hostHandle"), hostHandle},
        {QStringLiteral("hostName"), hostName},
        {QStringLiteral("avatarUrl"), avatarUrl.toString()},
        {QStringLiteral("startedAt"), timeToJson(startedAt)},
        {QStringLiteral("durationSeconds"), double(durationSeconds)},
        {QStringLiteral("speakers"), QJsonArray::fromStringList(speakers)},
        {QStringLiteral("state"), entryStateName(state)},
        {QStringLiteral("stateDetail"), stateDetail},
        {QStringLiteral("chunksDone"), chunksDone},
        {QStringLiteral("chunksTotal"), chunksTotal},
        {QStringLiteral("bytesDone"), double(bytesDone)},
        {QStringLiteral("bytesPerSecond"), bytesPerSecond},
        {QStringLiteral("etaSeconds"), etaSeconds},
        {QStringLiteral("fileSize"), double(fileSize)},
        {QStringLiteral("outputPath"), outputPath},
        {QStringLiteral("addedAt"), timeToJson(addedAt)},
        {QStringLiteral("missing"), missingArray},
        {QStringLiteral("scheduledStart"), timeToJson(scheduledStart)},
        {QStringLiteral("recordedSeconds"), recordedSeconds},
        {QStringLiteral("kind"),
         kind == EntryKind::Clip ? QStringLiteral("clip") : QStringLiteral("space")},
        {QStringLiteral("clipStartSeconds"), clipStartSeconds},
        {QStringLiteral("clipEndSeconds"), clipEndSeconds},
        {QStringLiteral("clipSourceFile"), clipSourceFile},
    };
}

QString QueueEntry::clipKey(const QString &spaceId, const QString &sourceFile, double startSeconds,
                            double endSeconds) {
    return QStringLiteral("clip:%1:%2-%3")
        .arg(sourceFile.isEmpty() ? spaceId : sourceFile)
        .arg(qRound64(startSeconds * 1000))
        .arg(qRound64(endSeconds * 1000));
}

QString QueueEntry::clipRangeText() const {
    if (kind != EntryKind::Clip)
        return {};
    SectionRange range;
    range.startSeconds = clipStartSeconds;
    range.endSeconds = clipEndSeconds;
    return range.text();
}

QueueEntry QueueEntry::fromJson(const QJsonObject &json) {
    QueueEntry entry;
    entry.key = json.value(QLatin1String("key")).toString();
    entry.input = json.value(QLatin1String("input")).toString();
    entry.spaceId = json.value(QLatin1String("spaceId")).toString();
    entry.title = json.value(QLatin1String("title")).toString();
    entry.hostHandle = json.value(QLatin1String("hostHandle")).toString();
    entry.hostName = json.value(QLatin1String("hostName")).toString();
    entry.avatarUrl = QUrl(json.value(QLatin1String("avatarUrl")).toString());
    entry.startedAt = timeFromJson(json.value(QLatin1String("startedAt")));
    entry.durationSeconds = int64FromJson(json.value(QLatin1String("durationSeconds")), -1);
    for (const QJsonValue &speaker : json.value(QLatin1String("speakers")).toArray())
        entry.speakers << speaker.toString();
    // An unknown state was written by a newer version: let the user decide.
    entry.state = entryStateFromName(json.value(QLatin1String("state")).toString())
                      .value_or(EntryState::Paused);
    entry.stateDetail = json.value(QLatin1String("stateDetail")).toString();
    entry.chunksDone = json.value(QLatin1String("chunksDone")).toInt();
    entry.chunksTotal = json.value(QLatin1String("chunksTotal")).toInt();
    entry.bytesDone = int64FromJson(json.value(QLatin1String("bytesDone")), 0);
    const double speed = json.value(QLatin1String("bytesPerSecond")).toDouble();
    // A damaged file must not reach a display that converts it to an integer.
    entry.bytesPerSecond = std::isfinite(speed) ? std::clamp(speed, 0.0, 1e12) : 0.0;
    entry.etaSeconds = json.value(QLatin1String("etaSeconds")).toInt(-1);
    entry.fileSize = int64FromJson(json.value(QLatin1String("fileSize")), 0);
    entry.outputPath = json.value(QLatin1String("outputPath")).toString();
    entry.addedAt = timeFromJson(json.value(QLatin1String("addedAt")));
    for (const QJsonValue &seq : json.value(QLatin1String("missing")).toArray())
        if (const auto number = int64FromDouble(seq.toDouble()))
            entry.missing << *number;
    entry.scheduledStart = timeFromJson(json.value(QLatin1String("scheduledStart")));
    // A finite, sane number only: a hostile file may hold anything here.
    if (json.value(QLatin1String("kind")).toString() == QLatin1String("clip")) {
        entry.kind = EntryKind::Clip;
        entry.clipStartSeconds =
            std::max(0.0, json.value(QLatin1String("clipStartSeconds")).toDouble());
        entry.clipEndSeconds = json.value(QLatin1String("clipEndSeconds")).toDouble();
        entry.clipSourceFile = json.value(QLatin1String("clipSourceFile")).toString();
    }
    const double recorded = json.value(QLatin1String("recordedSeconds")).toDouble();
    entry.recordedSeconds = std::isfinite(recorded) && recorded >= 0 ? recorded : 0;
    if (entry.spaceId.isEmpty())
        entry.spaceId = entry.key;
    return entry;
}

}  // namespace spacetape
