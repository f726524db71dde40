// SPDX-License-Identifier: MIT
#include "x/SpaceMetadata.h"

#include "util/SafeNumber.h"
#include "util/SafeText.h"
#include "x/XJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <optional>

namespace spacetape {

namespace {

// X has sent the same field as a JSON number one week and as a string the next
// (ended_at most famously), so every count and time goes through these.
std::optional<qint64> integerFrom(const QJsonValue &value) {
    if (value.isDouble()) {
        return int64FromDouble(value.toDouble());
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok) {
            return n;
        }
    }
    return std::nullopt;
}

QDateTime timeFrom(const QJsonValue &value) {
    if (const auto ms = integerFrom(value); ms && *ms > 0) {
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    if (value.isString()) {
        // Not seen from X, but an ISO string is unambiguous if it ever comes.
        const QDateTime iso = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (iso.isValid()) {
            return iso.toUTC();
        }
    }
    return {};
}

SpaceState stateFrom(const QString &text) {
    static const struct {
        const char *name;
        SpaceState state;
    } kStates[] = {
        {"NotStarted", SpaceState::NotStarted}, {"PrePublished", SpaceState::PrePublished},
        {"Running", SpaceState::Running},       {"Ended", SpaceState::Ended},
        {"Canceled", SpaceState::Canceled},     {"TimedOut", SpaceState::TimedOut},
    };
    for (const auto &entry : kStates) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.state;
        }
    }
    return SpaceState::Unknown;
}

QString firstNonEmpty(const QString &a, const QString &b) {
    return a.isEmpty() ? b : a;
}

QString withoutAt(QString handle) {
    handle = handle.trimmed();
    if (handle.startsWith(QLatin1Char('@'))) {
        handle.remove(0, 1);
    }
    return handle;
}

SpacePerson personFromParticipant(const QJsonObject &p) {
    SpacePerson person;
    person.displayName = p.value(QLatin1String("display_name")).toString();
    person.handle = withoutAt(p.value(QLatin1String("twitter_screen_name")).toString());
    person.avatarUrl = fullSizeAvatarUrl(QUrl(p.value(QLatin1String("avatar_url")).toString()));
    // An ID, never shown as such, but it ends up in NAME.space.json: cleaned and capped.
    person.periscopeId =
        printable(p.value(QLatin1String("periscope_user_id")).toString(), 64).trimmed();
    return person;
}

QList<SpacePerson> peopleFrom(const QJsonValue &array) {
    QList<SpacePerson> people;
    const QJsonArray items = array.toArray();
    people.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (item.isObject()) {
            people.append(personFromParticipant(item.toObject()));
        }
    }
    return people;
}

// The 2025 redesign moved name and handle from `legacy` to `core`; older
// answers (and cached proxies) still use `legacy`, so both are read.
SpacePerson personFromCreator(const QJsonObject &result) {
    const QJsonObject core = result.value(QLatin1String("core")).toObject();
    const QJsonObject legacy = result.value(QLatin1String("legacy")).toObject();
    SpacePerson person;
    person.displayName = firstNonEmpty(core.value(QLatin1String("name")).toString(),
                                       legacy.value(QLatin1String("name")).toString());
    person.handle = withoutAt(firstNonEmpty(core.value(QLatin1String("screen_name")).toString(),
                                            legacy.value(QLatin1String("screen_name")).toString()));
    const QString avatar =
        firstNonEmpty(result.value(QLatin1String("avatar"))
                          .toObject()
                          .value(QLatin1String("image_url"))
                          .toString(),
                      legacy.value(QLatin1String("profile_image_url_https")).toString());
    person.avatarUrl = fullSizeAvatarUrl(QUrl(avatar));
    return person;
}

QJsonValue isoOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject personJson(const SpacePerson &person) {
    QJsonObject json{{QStringLiteral("displayName"), person.displayName},
                     {QStringLiteral("handle"), person.handle},
                     {QStringLiteral("avatarUrl"), person.avatarUrl.toString()}};
    // The ID the audio's Hydra frames and the chat name this person by (--info, scripts).
    if (!person.periscopeId.isEmpty())
        json.insert(QStringLiteral("periscopeId"), person.periscopeId);
    return json;
}

QJsonArray peopleJson(const QList<SpacePerson> &people) {
    QJsonArray array;
    for (const SpacePerson &person : people) {
        array.append(personJson(person));
    }
    return array;
}

}  // namespace

QString xErrorMessages(const QJsonObject &body) {
    QStringList messages;
    const QJsonArray errors = body.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &error : errors) {
        const QString message =
            error.toObject().value(QLatin1String("message")).toString().trimmed();
        if (!message.isEmpty() && !messages.contains(message)) {
            messages.append(message);
        }
    }
    return messages.join(QStringLiteral("; "));
}

QUrl fullSizeAvatarUrl(const QUrl &thumbnail) {
    if (!thumbnail.isValid() || thumbnail.isEmpty()) {
        return {};
    }
    // X serves the same picture in several sizes that differ only by this suffix
    // before the extension; _400x400 is the largest square one.
    static const QRegularExpression kSizeSuffix(QStringLiteral("_(normal|bigger|mini)(\\.\\w+)?$"));
    QString path = thumbnail.path();
    const QRegularExpressionMatch match = kSizeSuffix.match(path);
    if (!match.hasMatch()) {
        return thumbnail;
    }
    path.replace(match.capturedStart(), match.capturedLength(),
                 QStringLiteral("_400x400") + match.captured(2));
    QUrl full = thumbnail;
    full.setPath(path);
    return full;
}

QString stateName(SpaceState state) {
    switch (state) {
        case SpaceState::NotStarted:
            return QStringLiteral("NotStarted");
        case SpaceState::PrePublished:
            return QStringLiteral("PrePublished");
        case SpaceState::Running:
            return QStringLiteral("Running");
        case SpaceState::Ended:
            return QStringLiteral("Ended");
        case SpaceState::Canceled:
            return QStringLiteral("Canceled");
        case SpaceState::TimedOut:
            return QStringLiteral("TimedOut");
        case SpaceState::Unknown:
            break;
    }
    return QStringLiteral("Unknown");
}

qint64 SpaceMetadata::durationSeconds() const {
    if (!startedAt.isValid() || !endedAt.isValid() || endedAt < startedAt) {
        return -1;
    }
    return startedAt.secsTo(endedAt);
}

Expected<SpaceMetadata> SpaceMetadata::fromAudioSpaceById(const QByteArray &json) {
    const Expected<QJsonObject> parsed = parseJsonObject(json);
    if (!parsed) {
        return fail(tr("X's answer about this Space could not be read (%1). X may "
                       "have changed its API or be having trouble: try again later, "
                       "or update Spacetape.")
                        .arg(parsed.error()));
    }
    const QJsonObject &body = *parsed;
    const QJsonObject audioSpace =
        body.value(QLatin1String("data")).toObject().value(QLatin1String("audioSpace")).toObject();
    const QJsonObject meta = audioSpace.value(QLatin1String("metadata")).toObject();

    // GraphQL may report partial errors next to usable data; only an answer
    // without metadata is a failure.
    if (meta.isEmpty()) {
        const QString errors = xErrorMessages(body);
        if (!errors.isEmpty()) {
            return fail(tr("X answered with an error instead of the Space's details: "
                           "\"%1\".")
                            .arg(errors));
        }
        return fail(
            tr("This Space was not found, or it needs a login: check the link, or log in to X in "
               "Spacetape (import your browser's x.com cookies) and try again."));
    }

    SpaceMetadata m;
    m.id = firstNonEmpty(meta.value(QLatin1String("rest_id")).toString(),
                         audioSpace.value(QLatin1String("rest_id")).toString());
    m.stateText = meta.value(QLatin1String("state")).toString();
    m.state = stateFrom(m.stateText);
    m.title = meta.value(QLatin1String("title")).toString();
    m.mediaKey = meta.value(QLatin1String("media_key")).toString();
    m.createdAt = timeFrom(meta.value(QLatin1String("created_at")));
    m.scheduledStart = timeFrom(meta.value(QLatin1String("scheduled_start")));
    m.startedAt = timeFrom(meta.value(QLatin1String("started_at")));
    m.endedAt = timeFrom(meta.value(QLatin1String("ended_at")));
    m.updatedAt = timeFrom(meta.value(QLatin1String("updated_at")));
    m.replayAvailable = meta.value(QLatin1String("is_space_available_for_replay")).toBool();
    m.totalReplayWatched =
        integerFrom(meta.value(QLatin1String("total_replay_watched"))).value_or(0);
    m.totalLiveListeners =
        integerFrom(meta.value(QLatin1String("total_live_listeners"))).value_or(0);
    const QString contentType = meta.value(QLatin1String("content_type")).toString();
    m.isVideo = contentType.contains(QLatin1String("visual"), Qt::CaseInsensitive) ||
                contentType.contains(QLatin1String("video"), Qt::CaseInsensitive);

    const QJsonObject participants = audioSpace.value(QLatin1String("participants")).toObject();
    m.admins = peopleFrom(participants.value(QLatin1String("admins")));
    m.speakers = peopleFrom(participants.value(QLatin1String("speakers")));
    m.listenerCount = participants.value(QLatin1String("listeners")).toArray().size();
    m.participantTotal =
        static_cast<int>(integerFrom(participants.value(QLatin1String("total"))).value_or(0));

    m.host = personFromCreator(meta.value(QLatin1String("creator_results"))
                                   .toObject()
                                   .value(QLatin1String("result"))
                                   .toObject());
    if (m.host.handle.isEmpty() && !m.admins.isEmpty()) {
        // X lists the host as the first admin; better than no host at all.
        m.host = m.admins.first();
    }
    return m;
}

Expected<void> SpaceMetadata::downloadable() const {
    switch (state) {
        case SpaceState::Ended:
        case SpaceState::TimedOut:
            if (!replayAvailable) {
                return fail(
                    tr("This Space has ended, but the host did not keep a "
                       "replay, so X has no recording to download."));
            }
            break;
        case SpaceState::NotStarted:
        case SpaceState::PrePublished:
            if (scheduledStart.isValid()) {
                return fail(tr("This Space has not started yet: it is scheduled for "
                               "%1.")
                                .arg(QLocale().toString(scheduledStart.toLocalTime(),
                                                        QLocale::LongFormat)));
            }
            return fail(
                tr("This Space has not started yet (no start time was "
                   "announced)."));
        case SpaceState::Running:
            break;  // recorded live, from its start
        case SpaceState::Canceled:
            return fail(tr("The host canceled this Space, so there is nothing to "
                           "download."),
                        FailureKind::SpaceCanceled);
        case SpaceState::Unknown:
            // A state X invented after this release: trust the replay flag.
            if (!replayAvailable) {
                return fail(tr("X reports this Space as \"%1\", which Spacetape does "
                               "not know, and no replay is available. Try again "
                               "later, or update Spacetape.")
                                .arg(stateText.isEmpty() ? tr("(no state)") : stateText));
            }
            break;
    }
    if (mediaKey.isEmpty()) {
        return fail(
            tr("X did not send this Space's media key, so its recording "
               "cannot be located. Try again later, or log in to X in "
               "Spacetape."));
    }
    return {};
}

QJsonObject SpaceMetadata::toJson() const {
    const qint64 duration = durationSeconds();
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("url"),
         id.isEmpty() ? QJsonValue() : QJsonValue(QStringLiteral("https://x.com/i/spaces/") + id)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("title"), title},
        {QStringLiteral("mediaKey"), mediaKey},
        {QStringLiteral("createdAt"), isoOrNull(createdAt)},
        {QStringLiteral("scheduledStart"), isoOrNull(scheduledStart)},
        {QStringLiteral("startedAt"), isoOrNull(startedAt)},
        {QStringLiteral("endedAt"), isoOrNull(endedAt)},
        {QStringLiteral("updatedAt"), isoOrNull(updatedAt)},
        {QStringLiteral("durationSeconds"), duration < 0 ? QJsonValue() : QJsonValue(duration)},
        {QStringLiteral("replayAvailable"), replayAvailable},
        {QStringLiteral("totalReplayWatched"), totalReplayWatched},
        {QStringLiteral("totalLiveListeners"), totalLiveListeners},
        {QStringLiteral("host"), personJson(host)},
        {QStringLiteral("admins"), peopleJson(admins)},
        {QStringLiteral("speakers"), peopleJson(speakers)},
        {QStringLiteral("listenerCount"), listenerCount},
        {QStringLiteral("participantTotal"), participantTotal},
        {QStringLiteral("isVideo"), isVideo},
    };
}

}  // namespace spacetape
