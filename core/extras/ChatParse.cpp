// SPDX-License-Identifier: MIT
#include "extras/ChatParse.h"

#include "util/Limits.h"
#include "util/SafeNumber.h"
#include "util/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace spacetape::extras {

namespace {

/// 2^32: one NTP second in 32.32 fixed point.
constexpr double kNtpFraction = 4294967296.0;
/// 2^64: the first value an unsigned 64-bit NTP stamp cannot hold.
constexpr double kNtpLimit = 18446744073709551616.0;

/// Chat body types (facts §9).
enum BodyType {
    kTypeChat = 1,
    kTypeReaction = 2,
    kTypeJoin = 3,
    kTypeStageEvent = 40,
    kTypeTranscription = 45,
    kTypeChatCaption = 201,
};

std::optional<QJsonObject> objectFrom(const QString &text) {
    if (text.isEmpty() || text.size() > limits::kMaxChatPayloadChars)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// @p text without control characters, at most @p maxChars long (printable() adds an
/// ellipsis when it cuts, so it is asked for one less).
QString cleaned(const QString &text, int maxChars) {
    return printable(text.left(limits::kMaxChatPayloadChars), maxChars - 1).trimmed();
}

QString name(const QJsonValue &value) {
    return cleaned(value.toString(), limits::kMaxChatNameChars);
}

QString firstName(const QJsonValue &a, const QJsonValue &b) {
    const QString first = name(a);
    return first.isEmpty() ? name(b) : first;
}

/// A small whole number from JSON (a type or an event code), or nothing.
std::optional<int> smallInt(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    const auto n = int64FromDouble(value.toDouble());
    if (!n || *n < 0 || *n > 1000000)
        return std::nullopt;
    return int(*n);
}

}  // namespace

std::optional<double> ChatParse::ntpSeconds(const QJsonValue &value) {
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (!std::isfinite(v) || v <= 0 || v >= kNtpLimit)
            return std::nullopt;
        return v / kNtpFraction;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        // Digits only: a sign, a decimal point or an exponent is not an NTP stamp.
        if (text.isEmpty() || text.size() > 20 ||
            !std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
        bool ok = false;
        const qulonglong v = text.toULongLong(&ok);
        if (!ok || v == 0)
            return std::nullopt;
        // Whole seconds and the fraction apart, so the string's precision is kept.
        return double(v >> 32) + double(v & 0xffffffffULL) / kNtpFraction;
    }
    return std::nullopt;
}

QString ChatParse::speakerEventText(int code) {
    switch (code) {
        case 1:
            return tr("asked to speak");
        case 9:
            return tr("is now a speaker");
        case 12:
            return tr("was let on stage by the host");
        case 16:
            return tr("muted");
        case 17:
            return tr("unmuted");
        default:
            return {};
    }
}

std::optional<ChatEntry> ChatParse::parsePayload(const QString &payloadText) {
    const auto payload = objectFrom(payloadText);
    if (!payload)
        return std::nullopt;
    const QJsonValue bodyValue = payload->value(QLatin1String("body"));
    // The body is a JSON string in the service's answers; an object is accepted too.
    const auto body = bodyValue.isObject() ? std::optional<QJsonObject>(bodyValue.toObject())
                                           : objectFrom(bodyValue.toString());
    if (!body)
        return std::nullopt;
    const auto type = smallInt(body->value(QLatin1String("type")));
    if (!type)
        return std::nullopt;

    const QJsonObject sender = payload->value(QLatin1String("sender")).toObject();
    ChatEntry entry;
    entry.uuid =
        firstName(payload->value(QLatin1String("uuid")), body->value(QLatin1String("uuid")));
    entry.periscopeId =
        firstName(sender.value(QLatin1String("user_id")), body->value(QLatin1String("remoteID")));
    entry.screenName =
        firstName(sender.value(QLatin1String("username")), body->value(QLatin1String("username")));
    entry.displayName = firstName(sender.value(QLatin1String("display_name")),
                                  body->value(QLatin1String("displayName")));
    QString text =
        cleaned(body->value(QLatin1String("body")).toString(), limits::kMaxChatTextChars);

    switch (*type) {
        case kTypeChat:
            entry.kind = ChatKind::Chat;
            if (text.startsWith(QLatin1String("[cc]"), Qt::CaseInsensitive)) {
                entry.kind = ChatKind::Caption;
                text = text.mid(4).trimmed();
            }
            if (text.isEmpty())
                return std::nullopt;
            break;
        case kTypeReaction:
            entry.kind = ChatKind::Reaction;
            if (text.isEmpty())
                return std::nullopt;
            break;
        case kTypeJoin:
            entry.kind = ChatKind::Join;
            text = tr("joined");
            break;
        case kTypeStageEvent: {
            const auto code = smallInt(body->value(QLatin1String("guestBroadcastingEvent")));
            text = code ? speakerEventText(*code) : QString();
            if (text.isEmpty())
                return std::nullopt;  // a control message whose meaning is not known
            entry.kind = ChatKind::Speaker;
            // The event is about the guest; the sender is often the host who acted.
            const QString guest = name(body->value(QLatin1String("guestUsername")));
            if (!guest.isEmpty()) {
                entry.screenName = guest;
                entry.displayName = guest;
                entry.periscopeId = name(body->value(QLatin1String("guestRemoteID")));
            }
            break;
        }
        case kTypeTranscription:
            // Interim captions are rewritten until final: only the finished line is kept.
            if (!body->value(QLatin1String("final")).toBool(false) || text.isEmpty())
                return std::nullopt;
            entry.kind = ChatKind::Caption;
            break;
        case kTypeChatCaption:
            if (text.isEmpty())
                return std::nullopt;
            entry.kind = ChatKind::Caption;
            break;
        default:
            return std::nullopt;
    }
    entry.text = text;

    const auto ntp = ntpSeconds(body->value(QLatin1String("ntpForBroadcasterFrame")));
    entry.ntpSeconds =
        ntp ? *ntp : ntpSeconds(body->value(QLatin1String("ntpForLiveFrame"))).value_or(0);
    const QJsonValue ms = body->value(QLatin1String("timestamp"));
    if (const auto t = ms.isDouble() ? int64FromDouble(ms.toDouble()) : std::nullopt; t && *t > 0)
        entry.timestampMs = *t;
    else if (const QJsonValue ns = payload->value(QLatin1String("timestamp")); ns.isDouble())
        entry.timestampMs = std::max<qint64>(0, int64FromDouble(ns.toDouble() / 1e6).value_or(0));
    return entry;
}

Expected<ChatHistoryPage> ChatParse::parseHistoryPage(const QByteArray &json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("the chat service's answer is not the JSON object it should be"));
    const QJsonObject page = doc.object();
    ChatHistoryPage result;
    result.cursor = printable(page.value(QLatin1String("cursor")).toString(), 200).trimmed();
    const QJsonArray messages = page.value(QLatin1String("messages")).toArray();
    result.messageCount = int(messages.size());
    for (const QJsonValue &message : messages) {
        auto entry = parsePayload(message.toObject().value(QLatin1String("payload")).toString());
        if (entry)
            result.entries.push_back(std::move(*entry));
    }
    return result;
}

std::optional<double> chatPosition(const ChatEntry &entry, const NtpClock *clock,
                                   qint64 spaceStartedAtMs, double recordingStartSeconds) {
    if (clock && !clock->isEmpty() && entry.ntpSeconds > 0)
        return clock->mediaTime(entry.ntpSeconds);
    if (entry.timestampMs > 0 && spaceStartedAtMs > 0)
        return double(entry.timestampMs - spaceStartedAtMs) / 1000.0 - recordingStartSeconds;
    return std::nullopt;
}

void placeChat(std::vector<ChatEntry> &entries, const NtpClock *clock, qint64 spaceStartedAtMs,
               double recordingStartSeconds) {
    for (ChatEntry &entry : entries)
        entry.at = chatPosition(entry, clock, spaceStartedAtMs, recordingStartSeconds);
    std::stable_sort(entries.begin(), entries.end(), [](const ChatEntry &a, const ChatEntry &b) {
        if (a.at.has_value() != b.at.has_value())
            return a.at.has_value();
        return a.at.has_value() && *a.at < *b.at;
    });
}

}  // namespace spacetape::extras
