// SPDX-License-Identifier: MIT
#include "extras/SpaceJson.h"

#include "util/Limits.h"
#include "util/SafeText.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace spacetape::extras {

namespace {

// Cuts for text read back from a file: names and IDs are short on X, a chat line is 280+
// characters (captions can be longer).
constexpr int kMaxNameChars = 200;
constexpr int kMaxTextChars = 4000;

/// Seconds to the millisecond: what the saved positions are good for, and short to read.
double milliseconds(double seconds) {
    const double rounded = std::round(seconds * 1000.0) / 1000.0;
    // Near the top of the double range the product overflows; such a value has no
    // milliseconds to round anyway.
    return std::isfinite(rounded) ? rounded : seconds;
}

const QString kParticipants = QStringLiteral("participants");
const QString kSpeaking = QStringLiteral("speaking");
const QString kChat = QStringLiteral("chat");
const QString kPeriscopeId = QStringLiteral("periscope_id");
const QString kScreenName = QStringLiteral("screen_name");
const QString kDisplayName = QStringLiteral("display_name");
const QString kRole = QStringLiteral("role");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kAt = QStringLiteral("at");
const QString kKind = QStringLiteral("kind");
const QString kText = QStringLiteral("text");

QString textField(const QJsonObject &object, const QString &key, int maxChars) {
    return printable(object.value(key).toString(), maxChars);
}

/// A finite number, or nothing (a string, null, or a number too large for a double).
std::optional<double> timeField(const QJsonObject &object, const QString &key) {
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

std::optional<ChatKind> kindFromName(const QString &name) {
    for (ChatKind kind : {ChatKind::Chat, ChatKind::Reaction, ChatKind::Caption, ChatKind::Join,
                          ChatKind::Speaker}) {
        if (chatKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

}  // namespace

QJsonObject SpaceJson::toJson(const SpaceExtras &extras) {
    QJsonArray participants;
    for (const Participant &p : extras.participants) {
        participants.append(QJsonObject{{kPeriscopeId, p.periscopeId},
                                        {kScreenName, p.screenName},
                                        {kDisplayName, p.displayName},
                                        {kRole, p.role}});
    }
    QJsonArray speaking;
    for (const SpeakingSegment &s : extras.speaking) {
        speaking.append(QJsonObject{{kStart, milliseconds(s.start)},
                                    {kEnd, milliseconds(s.end)},
                                    {kScreenName, s.screenName}});
    }
    QJsonArray chat;
    for (const ChatEntry &c : extras.chat) {
        if (!c.at || !std::isfinite(*c.at))
            continue;  // never placed: no position to give
        chat.append(QJsonObject{{kAt, milliseconds(*c.at)},
                                {kScreenName, c.screenName},
                                {kDisplayName, c.displayName},
                                {kKind, chatKindName(c.kind)},
                                {kText, c.text}});
    }
    return QJsonObject{{kParticipants, participants}, {kSpeaking, speaking}, {kChat, chat}};
}

QByteArray SpaceJson::toBytes(const SpaceExtras &extras) {
    return QJsonDocument(toJson(extras)).toJson(QJsonDocument::Indented);
}

Expected<SpaceExtras> SpaceJson::parse(const QByteArray &bytes) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("The speakers and chat file is damaged (not a JSON object): %1.")
                        .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                     : tr("wrong shape")));
    const QJsonObject root = document.object();
    SpaceExtras extras;

    QHash<QString, qsizetype> byHandle;  // screen name → index in participants
    const QJsonArray participants = root.value(kParticipants).toArray();
    for (const QJsonValue &value : participants) {
        if (extras.participants.size() >= size_t(limits::kMaxSpaceJsonEntries))
            break;
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        Participant p;
        p.periscopeId = textField(object, kPeriscopeId, kMaxNameChars);
        p.screenName = textField(object, kScreenName, kMaxNameChars);
        p.displayName = textField(object, kDisplayName, kMaxNameChars);
        p.role = textField(object, kRole, kMaxNameChars);
        if (!p.screenName.isEmpty() && !byHandle.contains(p.screenName))
            byHandle.insert(p.screenName, qsizetype(extras.participants.size()));
        extras.participants.push_back(std::move(p));
    }

    const QJsonArray speaking = root.value(kSpeaking).toArray();
    for (const QJsonValue &value : speaking) {
        if (extras.speaking.size() >= size_t(limits::kMaxSpaceJsonEntries))
            break;
        const QJsonObject object = value.toObject();
        const auto start = timeField(object, kStart);
        const auto end = timeField(object, kEnd);
        if (!start || !end || *end < *start)
            continue;
        SpeakingSegment s;
        s.start = *start;
        s.end = *end;
        s.screenName = textField(object, kScreenName, kMaxNameChars);
        if (const auto found = byHandle.constFind(s.screenName); found != byHandle.cend()) {
            const Participant &p = extras.participants[size_t(*found)];
            s.periscopeId = p.periscopeId;
            s.displayName = p.displayName;
        }
        extras.speaking.push_back(std::move(s));
    }

    extras.chatAvailable = root.value(kChat).isArray();
    const QJsonArray chat = root.value(kChat).toArray();
    for (const QJsonValue &value : chat) {
        if (extras.chat.size() >= size_t(limits::kMaxSpaceJsonEntries))
            break;
        const QJsonObject object = value.toObject();
        const auto at = timeField(object, kAt);
        const auto kind = kindFromName(object.value(kKind).toString());
        if (!at || !kind)
            continue;
        ChatEntry c;
        c.kind = *kind;
        c.at = *at;
        c.screenName = textField(object, kScreenName, kMaxNameChars);
        c.displayName = textField(object, kDisplayName, kMaxNameChars);
        c.text = textField(object, kText, kMaxTextChars);
        extras.chat.push_back(std::move(c));
    }
    return extras;
}

Expected<SpaceExtras> SpaceJson::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not open %1: %2.").arg(path, file.errorString()));
    if (file.size() > limits::kMaxSpaceJsonBytes)
        return fail(tr("%1 is larger than %2 MB (kMaxSpaceJsonBytes), too large to be a Space's "
                       "speakers and chat; it was not read.")
                        .arg(path)
                        .arg(limits::kMaxSpaceJsonBytes >> 20));
    // Read one byte past the limit: a file that grew after size() is still refused.
    const QByteArray bytes = file.read(limits::kMaxSpaceJsonBytes + 1);
    if (bytes.size() > limits::kMaxSpaceJsonBytes)
        return fail(tr("%1 is larger than %2 MB (kMaxSpaceJsonBytes), too large to be a Space's "
                       "speakers and chat; it was not read.")
                        .arg(path)
                        .arg(limits::kMaxSpaceJsonBytes >> 20));
    auto parsed = parse(bytes);
    if (!parsed)
        return fail(QStringLiteral("%1: %2").arg(path, parsed.error()));
    return parsed;
}

}  // namespace spacetape::extras
