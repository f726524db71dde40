// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

/**
 * @file
 * What a Space carries besides its sound: who was on stage, who spoke when, and what was said in
 * its chat and captions. Filled from the Hydra ID3 frames inside the audio chunks
 * (extras/HydraFrames), from X's chat service (extras/ChatClient) and from the Space's metadata;
 * written next to the audio as NAME.space.json and NAME.vtt and as chapters inside the .m4a.
 *
 * Every time here is in seconds on the saved file's own timeline (0 = its first sample), except
 * where a field says it is a clock time.
 */
namespace spacetape::extras {

/// Seconds between the NTP epoch (1900-01-01) and the Unix epoch (1970-01-01).
constexpr double kNtpToUnixSeconds = 2208988800.0;

/// A person on the Space's stage (host, co-host or speaker) or in its chat.
struct Participant {
    QString periscopeId;  ///< Periscope user ID: Hydra's UserId, the chat's sender.user_id
    QString screenName;   ///< X handle without '@'
    QString displayName;
    QString role;  ///< "host", "cohost", "speaker" or "listener"
    QUrl avatar;   ///< may be empty
};

/// One stretch of time in which one person was speaking.
struct SpeakingSegment {
    double start = 0;
    double end = 0;
    QString periscopeId;
    QString screenName;  ///< empty when the person is not known by handle
    QString displayName;
};

/// What one chat entry is (the `kind` of NAME.space.json).
enum class ChatKind {
    Chat,      ///< a chat line (type 1)
    Reaction,  ///< an emoji reaction (type 2): text is the emoji
    Caption,   ///< a final caption line (type 45 final, 201, or a type-1 line starting "[cc]")
    Join,      ///< someone joined (type 3)
    Speaker,   ///< a stage event (type 40): asked to speak, became a speaker, muted, …
};

/// The lower-case name NAME.space.json uses for @p kind.
inline QString chatKindName(ChatKind kind) {
    switch (kind) {
        case ChatKind::Chat:
            return QStringLiteral("chat");
        case ChatKind::Reaction:
            return QStringLiteral("reaction");
        case ChatKind::Caption:
            return QStringLiteral("caption");
        case ChatKind::Join:
            return QStringLiteral("join");
        case ChatKind::Speaker:
            return QStringLiteral("speaker");
    }
    return QStringLiteral("chat");
}

/// One entry of the chat, already cleaned (control characters removed, sizes capped).
struct ChatEntry {
    ChatKind kind = ChatKind::Chat;
    QString uuid;         ///< the service's ID, used to drop duplicates
    QString periscopeId;  ///< the sender
    QString screenName;
    QString displayName;
    QString text;
    /// Where it was said, as NTP seconds since 1900 (from ntpForBroadcasterFrame, else
    /// ntpForLiveFrame); 0 when the service gave none.
    double ntpSeconds = 0;
    /// When the service stamped it, ms since the Unix epoch (body.timestamp); 0 when unknown.
    qint64 timestampMs = 0;
    /// Position on the saved file's timeline once placed (see NtpClock); unset before.
    std::optional<double> at;
};

/**
 * @brief Maps the Space's NTP clock to the saved file's timeline.
 *
 * The Hydra frames stamp the audio about once a second with the NTP time it was captured at
 * (TIT3 / JSONMetadata "ntp"). Each stamp pairs an NTP time with the media time where its tag
 * sits; between stamps the map is linear, outside them it continues at 1 s per s from the
 * nearest stamp. Stamps are added in media-time order; a stamp whose NTP does not move forward
 * is ignored, so the map stays monotonic.
 */
class NtpClock {
public:
    /// Records that @p ntpSeconds was captured at @p mediaSeconds of the file.
    void addStamp(double ntpSeconds, double mediaSeconds) {
        if (!m_stamps.empty() && ntpSeconds <= m_stamps.back().first) {
            // NTP went backwards (a restarted encoder): keep the map sorted by NTP, so the
            // binary search below stays valid; the later audio keeps the earlier stamps' map.
            return;
        }
        m_stamps.emplace_back(ntpSeconds, mediaSeconds);
    }
    bool isEmpty() const { return m_stamps.empty(); }
    std::size_t size() const { return m_stamps.size(); }
    /// The media time of @p ntpSeconds; nullopt when there are no stamps.
    std::optional<double> mediaTime(double ntpSeconds) const {
        if (m_stamps.empty())
            return std::nullopt;
        // The last stamp at or before ntpSeconds (binary search: a 2-hour Space has ~7,200).
        const auto after = std::upper_bound(
            m_stamps.begin(), m_stamps.end(), ntpSeconds,
            [](double ntp, const std::pair<double, double> &stamp) { return ntp < stamp.first; });
        const std::size_t best =
            after == m_stamps.begin() ? 0 : std::size_t(after - m_stamps.begin()) - 1;
        const auto &a = m_stamps[best];
        if (best + 1 < m_stamps.size() && m_stamps[best + 1].first > a.first) {
            const auto &b = m_stamps[best + 1];
            if (ntpSeconds >= a.first && ntpSeconds <= b.first) {
                const double f = (ntpSeconds - a.first) / (b.first - a.first);
                return a.second + f * (b.second - a.second);
            }
        }
        return a.second + (ntpSeconds - a.first);
    }
    const std::vector<std::pair<double, double>> &stamps() const { return m_stamps; }

private:
    std::vector<std::pair<double, double>> m_stamps;  ///< (ntp, media), in media order
};

/// Everything besides the sound that is saved with one Space.
struct SpaceExtras {
    std::vector<Participant> participants;  ///< host first
    std::vector<SpeakingSegment> speaking;  ///< by start time
    std::vector<ChatEntry> chat;            ///< by position (entries with no position last)
    bool chatAvailable = false;  ///< false when the chat could not be read (said once to the user)
    QString chatUnavailableReason;  ///< why, for that one line (already translated)
};

}  // namespace spacetape::extras
