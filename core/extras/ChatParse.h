// SPDX-License-Identifier: MIT
#pragma once

#include "extras/SpaceExtras.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

/**
 * @file
 * Reading the answers of X's chat service (facts §9): a history page, one message's payload
 * (a JSON string holding a JSON string), its NTP stamp, and placing the entries on a file's
 * timeline. Pure functions: extras/ChatClient does the talking.
 */
namespace spacetape::extras {

/// One page of `chatapi/v1/history`.
struct ChatHistoryPage {
    std::vector<ChatEntry> entries;  ///< the messages kept (kinds Spacetape keeps), cleaned
    QString cursor;                  ///< where the next page starts; empty: this was the last
    int messageCount = 0;            ///< messages on the page, kept or not (0: an empty page)
};

/// Parses chat answers; the messages are plain tr() texts of the parser's context.
class ChatParse {
    Q_DECLARE_TR_FUNCTIONS(ChatParse)

public:
    /**
     * The NTP time of an `ntpForBroadcasterFrame` / `ntpForLiveFrame` value (unsigned 64-bit
     * NTP, 32.32 fixed point) in seconds since 1900. Accepts a JSON number (above 2^63 it
     * arrives as a double: its error is below a microsecond, far under what placement needs)
     * or a string of decimal digits (read exactly). Nothing for 0, negative, non-integral
     * strings, values of 2^64 and more, or any other JSON type.
     */
    static std::optional<double> ntpSeconds(const QJsonValue &value);

    /**
     * One message's payload (the JSON string in `messages[].payload` or a socket frame's
     * `payload`): its sender, its body and the body's type. Nothing for kinds Spacetape
     * does not keep (presence, unknown types, interim captions, unknown stage events) and
     * for anything malformed or larger than limits::kMaxChatPayloadChars.
     */
    static std::optional<ChatEntry> parsePayload(const QString &payload);

    /// A whole history page. Fails (with a one-line reason) when it is no JSON object.
    static Expected<ChatHistoryPage> parseHistoryPage(const QByteArray &json);

    /// The short readable text of stage event @p code (`guestBroadcastingEvent`); empty for
    /// codes whose meaning is not known.
    static QString speakerEventText(int code);
};

/**
 * Where @p entry sits on a saved file's timeline, in seconds: through @p clock when it has
 * stamps and the entry has an NTP time; else from its service time stamp, as
 * timestampMs − @p spaceStartedAtMs − @p recordingStartSeconds (the recording's own start,
 * on the Space's timeline). Nothing when neither is known.
 */
std::optional<double> chatPosition(const ChatEntry &entry, const NtpClock *clock,
                                   qint64 spaceStartedAtMs, double recordingStartSeconds = 0);

/// Sets every entry's `at` through chatPosition() and sorts them by it (unplaced ones last,
/// in their order).
void placeChat(std::vector<ChatEntry> &entries, const NtpClock *clock, qint64 spaceStartedAtMs,
               double recordingStartSeconds = 0);

}  // namespace spacetape::extras
