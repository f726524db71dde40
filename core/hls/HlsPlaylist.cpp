// SPDX-License-Identifier: MIT
#include "hls/HlsPlaylist.h"

#include "util/Limits.h"
#include "util/SafeText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace spacetape {

qint64 HlsSegment::sequence() const {
    return chunkSequence.value_or(mediaSequence);
}

double HlsPlaylist::totalDuration() const {
    double total = 0;
    for (const HlsSegment &segment : segments) {
        total += segment.duration;
    }
    return total;
}

namespace {

Failure playlistFailure(const QString &cause) {
    return fail(HlsPlaylist::tr("Could not read the playlist: %1").arg(cause));
}

/// A short, printable excerpt of what the server sent, for error messages.
QString excerpt(const QByteArray &bytes) {
    QString text = QString::fromUtf8(bytes.left(200)).section(QLatin1Char('\n'), 0, 0);
    text = printable(text).simplified();
    if (text.size() > 60) {
        text = text.left(60) + QStringLiteral("…");
    }
    return text;
}

/// Names what a non-playlist answer is, so the user learns what the server sent.
std::optional<Failure> describeNonPlaylist(const QByteArray &body) {
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        return playlistFailure(
            HlsPlaylist::tr("the server sent an empty answer instead of a playlist. Right after a "
                            "Space ends the replay can take a minute or more to appear; try again "
                            "shortly."));
    }
    if (trimmed.left(512).contains('\0')) {
        return playlistFailure(
            HlsPlaylist::tr("the server sent binary data instead of a playlist (the address may "
                            "point at an audio chunk rather than an .m3u8 playlist)."));
    }
    if (trimmed.startsWith('<')) {
        if (trimmed.left(1024).toLower().contains("html")) {
            return playlistFailure(
                HlsPlaylist::tr("the server sent an HTML page instead of a playlist (usually an "
                                "error or sign-in page). The stream address may have expired; "
                                "look the Space up again."));
        }
        return playlistFailure(
            HlsPlaylist::tr("the server sent an XML document instead of a playlist (usually a CDN "
                            "error such as an expired or denied address: “%1”). Look the Space up "
                            "again.")
                .arg(excerpt(trimmed)));
    }
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QString detail;
        const QJsonDocument json = QJsonDocument::fromJson(trimmed);
        const QJsonObject object = json.object();
        const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
        if (!errors.isEmpty()) {
            detail = errors.first().toObject().value(QStringLiteral("message")).toString();
        } else if (object.value(QStringLiteral("error")).isString()) {
            detail = object.value(QStringLiteral("error")).toString();
        }
        if (detail.isEmpty()) {
            detail = excerpt(trimmed);
        }
        return playlistFailure(
            HlsPlaylist::tr("the server sent a JSON message instead of a playlist: “%1”.")
                .arg(printable(detail, 200)));
    }
    if (!trimmed.startsWith("#EXTM3U")) {
        return playlistFailure(
            HlsPlaylist::tr("the answer is not an HLS playlist: it does not start with #EXTM3U "
                            "(it starts with “%1”). It may have been cut off in transit; try "
                            "again.")
                .arg(excerpt(trimmed)));
    }
    return std::nullopt;
}

/// Splits an attribute list (RFC 8216 §4.2): NAME=value pairs separated by
/// commas, where a quoted value may itself contain commas.
QHash<QString, QString> parseAttributes(const QString &list) {
    QHash<QString, QString> attributes;
    int pos = 0;
    const int size = list.size();
    while (pos < size) {
        while (pos < size && (list.at(pos) == QLatin1Char(',') || list.at(pos).isSpace())) {
            ++pos;
        }
        const int equals = list.indexOf(QLatin1Char('='), pos);
        if (equals < 0) {
            break;
        }
        const QString name = list.mid(pos, equals - pos).trimmed().toUpper();
        pos = equals + 1;
        QString value;
        if (pos < size && list.at(pos) == QLatin1Char('"')) {
            const int close = list.indexOf(QLatin1Char('"'), pos + 1);
            const int end = close < 0 ? size : close;
            value = list.mid(pos + 1, end - pos - 1);
            pos = close < 0 ? size : close + 1;
        } else {
            const int comma = list.indexOf(QLatin1Char(','), pos);
            const int end = comma < 0 ? size : comma;
            value = list.mid(pos, end - pos).trimmed();
            pos = end;
        }
        attributes.insert(name, value);
    }
    return attributes;
}

/// "0x..." → 16 bytes (shorter values are left-padded, as the number they are).
std::optional<QByteArray> parseIv(const QString &text) {
    static const QRegularExpression hex(QStringLiteral("^0[xX]([0-9A-Fa-f]{1,32})$"));
    const QRegularExpressionMatch match = hex.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString digits = match.captured(1).rightJustified(32, QLatin1Char('0'));
    return QByteArray::fromHex(digits.toLatin1());
}

std::optional<qint64> chunkSequenceOf(const QUrl &url) {
    static const QRegularExpression chunkName(QStringLiteral("^chunk_\\d{19}_(\\d+)_a\\.aac$"));
    const QRegularExpressionMatch match = chunkName.match(url.fileName());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 sequence = match.captured(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(sequence) : std::nullopt;
}

QString tagValue(const QString &line) {
    return line.section(QLatin1Char(':'), 1);
}

bool hasTag(const QString &line, QLatin1String tag) {
    return line.startsWith(tag) &&
           (line.size() == tag.size() || line.at(tag.size()) == QLatin1Char(':'));
}

Failure lineFailure(int lineNumber, const QString &problem) {
    return playlistFailure(
        HlsPlaylist::tr("line %1: %2").arg(QString::number(lineNumber), problem));
}

/// What the tags seen so far say about the next URI line.
struct PendingSegment {
    bool hasExtinf = false;
    int extinfLine = 0;
    double duration = 0;
    QString title;
    bool discontinuity = false;
    QDateTime programDateTime;
    qint64 byteRangeLength = -1;
    qint64 byteRangeOffset = -1;  // -1: continue after the previous sub-range
};

struct PendingVariant {
    bool active = false;
    int line = 0;
    QHash<QString, QString> attributes;
};

/**
 * One pass over a playlist's lines. Each tag the parser knows has a handler in
 * kTagHandlers; a URI line closes the chunk or variant the tags before it describe.
 */
class PlaylistParser {
public:
    PlaylistParser(bool master, const QUrl &playlistUrl) : m_playlistUrl(playlistUrl) {
        m_playlist.kind = master ? HlsPlaylist::Kind::Master : HlsPlaylist::Kind::Media;
    }

    std::optional<Failure> line(const QString &line, int lineNumber);
    Expected<HlsPlaylist> finish();

private:
    using Handler = std::optional<Failure> (PlaylistParser::*)(const QString &value,
                                                               int lineNumber);
    struct TagHandler {
        QLatin1String tag;
        Handler handler;
    };
    static const TagHandler kTagHandlers[];

    std::optional<Failure> extinf(const QString &value, int lineNumber);
    std::optional<Failure> targetDuration(const QString &value, int lineNumber);
    std::optional<Failure> mediaSequence(const QString &value, int lineNumber);
    std::optional<Failure> discontinuity(const QString &value, int lineNumber);
    std::optional<Failure> endList(const QString &value, int lineNumber);
    std::optional<Failure> programDateTime(const QString &value, int lineNumber);
    std::optional<Failure> byteRange(const QString &value, int lineNumber);
    std::optional<Failure> key(const QString &value, int lineNumber);
    std::optional<Failure> streamInf(const QString &value, int lineNumber);
    std::optional<Failure> uri(const QString &line, int lineNumber);
    std::optional<Failure> variantUri(const QUrl &url);
    std::optional<Failure> segmentUri(const QUrl &url, const QString &line, int lineNumber);

    bool isMaster() const { return m_playlist.kind == HlsPlaylist::Kind::Master; }

    const QUrl m_playlistUrl;
    HlsPlaylist m_playlist;
    PendingSegment m_pending;
    PendingVariant m_variant;
    std::optional<HlsKey> m_key;
    int m_segmentIndex = 0;
    qint64 m_nextByteRangeOffset = 0;
    // Index, not pointer: appending may reallocate the list.
    int m_previousIndex = -1;
};

const PlaylistParser::TagHandler PlaylistParser::kTagHandlers[] = {
    {QLatin1String("#EXTINF"), &PlaylistParser::extinf},
    {QLatin1String("#EXT-X-TARGETDURATION"), &PlaylistParser::targetDuration},
    {QLatin1String("#EXT-X-MEDIA-SEQUENCE"), &PlaylistParser::mediaSequence},
    {QLatin1String("#EXT-X-DISCONTINUITY"), &PlaylistParser::discontinuity},
    {QLatin1String("#EXT-X-ENDLIST"), &PlaylistParser::endList},
    {QLatin1String("#EXT-X-PROGRAM-DATE-TIME"), &PlaylistParser::programDateTime},
    {QLatin1String("#EXT-X-BYTERANGE"), &PlaylistParser::byteRange},
    {QLatin1String("#EXT-X-KEY"), &PlaylistParser::key},
    {QLatin1String("#EXT-X-STREAM-INF"), &PlaylistParser::streamInf},
};

std::optional<Failure> PlaylistParser::line(const QString &line, int lineNumber) {
    if (line.isEmpty()) {
        return std::nullopt;
    }
    if (!line.startsWith(QLatin1Char('#'))) {
        return uri(line, lineNumber);
    }
    for (const TagHandler &entry : kTagHandlers) {
        if (hasTag(line, entry.tag)) {
            return (this->*entry.handler)(tagValue(line), lineNumber);
        }
    }
    // Anything else is a comment or a tag this parser has no use for.
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::extinf(const QString &value, int lineNumber) {
    const int comma = value.indexOf(QLatin1Char(','));
    bool ok = false;
    const double duration = value.left(comma < 0 ? value.size() : comma).toDouble(&ok);
    if (!ok || duration < 0 || !std::isfinite(duration)) {
        return lineFailure(
            lineNumber,
            HlsPlaylist::tr("#EXTINF has no readable duration (“%1”).").arg(printable(value, 60)));
    }
    if (duration > limits::kMaxSegmentSeconds) {
        return lineFailure(lineNumber, HlsPlaylist::tr("#EXTINF says one chunk lasts %1 s, more "
                                                       "than a day (limit kMaxSegmentSeconds).")
                                           .arg(duration));
    }
    if (m_pending.hasExtinf) {
        return lineFailure(lineNumber,
                           HlsPlaylist::tr("a second #EXTINF follows the one on line %1 without a "
                                           "chunk address between them.")
                               .arg(m_pending.extinfLine));
    }
    m_pending.hasExtinf = true;
    m_pending.extinfLine = lineNumber;
    m_pending.duration = duration;
    m_pending.title = comma < 0 ? QString() : value.mid(comma + 1).trimmed();
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::targetDuration(const QString &value, int) {
    m_playlist.targetDuration = value.trimmed().toInt();
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::mediaSequence(const QString &value, int lineNumber) {
    bool ok = false;
    m_playlist.mediaSequence = value.trimmed().toLongLong(&ok);
    if (!ok || m_playlist.mediaSequence < 0) {
        return lineFailure(lineNumber,
                           HlsPlaylist::tr("#EXT-X-MEDIA-SEQUENCE is not a number (“%1”).")
                               .arg(printable(value, 60)));
    }
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::discontinuity(const QString &, int) {
    m_pending.discontinuity = true;
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::endList(const QString &, int) {
    m_playlist.endList = true;
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::programDateTime(const QString &value, int) {
    // An unreadable date only loses a hint, so it is ignored, not fatal.
    m_pending.programDateTime = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::byteRange(const QString &rawValue, int lineNumber) {
    const QString value = rawValue.trimmed();
    const QStringList parts = value.split(QLatin1Char('@'));
    bool lengthOk = false;
    bool offsetOk = true;
    const qint64 length = parts.first().toLongLong(&lengthOk);
    const qint64 offset = parts.size() > 1 ? parts.at(1).toLongLong(&offsetOk) : -1;
    if (!lengthOk || !offsetOk || parts.size() > 2 || length < 0 ||
        (parts.size() > 1 && offset < 0)) {
        return lineFailure(lineNumber,
                           HlsPlaylist::tr("#EXT-X-BYTERANGE is not “length[@offset]” (“%1”).")
                               .arg(printable(value, 60)));
    }
    if (length > limits::kMaxChunkBytes) {
        return lineFailure(lineNumber, HlsPlaylist::tr("#EXT-X-BYTERANGE names %1 bytes, more "
                                                       "than a chunk may hold (limit "
                                                       "kMaxChunkBytes).")
                                           .arg(length));
    }
    m_pending.byteRangeLength = length;
    m_pending.byteRangeOffset = offset;
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::key(const QString &value, int lineNumber) {
    const QHash<QString, QString> attributes = parseAttributes(value);
    const QString method = attributes.value(QStringLiteral("METHOD")).toUpper();
    if (method.isEmpty() || method == QLatin1String("NONE")) {
        m_key.reset();
        return std::nullopt;
    }
    HlsKey newKey;
    newKey.method = method;
    const QString uri = attributes.value(QStringLiteral("URI"));
    if (uri.isEmpty()) {
        return lineFailure(lineNumber,
                           HlsPlaylist::tr("#EXT-X-KEY uses METHOD=%1 but gives no key URI.")
                               .arg(printable(method, 60)));
    }
    newKey.uri = m_playlistUrl.resolved(QUrl(uri));
    newKey.namedUri = uri;
    if (attributes.contains(QStringLiteral("IV"))) {
        const auto iv = parseIv(attributes.value(QStringLiteral("IV")));
        if (!iv) {
            return lineFailure(lineNumber,
                               HlsPlaylist::tr("#EXT-X-KEY has an IV that is not a 128-bit hex "
                                               "number (“%1”).")
                                   .arg(printable(attributes.value(QStringLiteral("IV")), 60)));
        }
        newKey.iv = *iv;
    }
    m_key = newKey;
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::streamInf(const QString &value, int lineNumber) {
    if (m_variant.active) {
        return lineFailure(lineNumber,
                           HlsPlaylist::tr("a second #EXT-X-STREAM-INF follows the one on line %1 "
                                           "without a playlist address between them.")
                               .arg(m_variant.line));
    }
    m_variant.active = true;
    m_variant.line = lineNumber;
    m_variant.attributes = parseAttributes(value);
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::uri(const QString &line, int lineNumber) {
    if (m_playlist.segments.size() + m_playlist.variants.size() >= limits::kMaxPlaylistEntries) {
        return lineFailure(lineNumber, HlsPlaylist::tr("the playlist lists more than %1 entries "
                                                       "(limit kMaxPlaylistEntries).")
                                           .arg(limits::kMaxPlaylistEntries));
    }
    const QUrl url = m_playlistUrl.resolved(QUrl(line));
    return isMaster() ? variantUri(url) : segmentUri(url, line, lineNumber);
}

std::optional<Failure> PlaylistParser::variantUri(const QUrl &url) {
    if (!m_variant.active) {
        return std::nullopt;  // a stray URI in a master is meaningless; nothing refers to it
    }
    HlsVariant entry;
    entry.url = url;
    entry.bandwidth = m_variant.attributes.value(QStringLiteral("BANDWIDTH")).toLongLong();
    entry.codecs = m_variant.attributes.value(QStringLiteral("CODECS"));
    entry.resolution = m_variant.attributes.value(QStringLiteral("RESOLUTION"));
    m_playlist.variants.append(entry);
    m_variant = PendingVariant();
    return std::nullopt;
}

std::optional<Failure> PlaylistParser::segmentUri(const QUrl &url, const QString &line,
                                                  int lineNumber) {
    if (!m_pending.hasExtinf) {
        return lineFailure(lineNumber,
                           HlsPlaylist::tr("the chunk address “%1” has no #EXTINF before it; "
                                           "the playlist is damaged or cut short.")
                               .arg(printable(line, 80)));
    }
    const HlsSegment *previous =
        m_previousIndex >= 0 ? &m_playlist.segments.at(m_previousIndex) : nullptr;
    HlsSegment segment;
    segment.url = url;
    segment.duration = m_pending.duration;
    segment.title = m_pending.title;
    if (m_playlist.mediaSequence > std::numeric_limits<qint64>::max() - m_segmentIndex) {
        return lineFailure(lineNumber, HlsPlaylist::tr("#EXT-X-MEDIA-SEQUENCE %1 plus the chunk's "
                                                       "place in the list is too large a number.")
                                           .arg(m_playlist.mediaSequence));
    }
    segment.mediaSequence = m_playlist.mediaSequence + m_segmentIndex;
    segment.chunkSequence = chunkSequenceOf(url);
    segment.discontinuity = m_pending.discontinuity;
    segment.key = m_key;
    if (m_pending.programDateTime.isValid()) {
        segment.programDateTime = m_pending.programDateTime;
    } else if (previous && previous->programDateTime.isValid() && !segment.discontinuity) {
        segment.programDateTime = previous->programDateTime.addMSecs(
            static_cast<qint64>(std::llround(previous->duration * 1000.0)));
    }
    if (m_pending.byteRangeLength >= 0) {
        segment.byteRangeLength = m_pending.byteRangeLength;
        // Without an offset the sub-range continues the previous one of the same resource.
        const bool continues =
            previous && previous->byteRangeLength >= 0 && previous->url == segment.url;
        segment.byteRangeOffset = m_pending.byteRangeOffset >= 0 ? m_pending.byteRangeOffset
                                  : continues                    ? m_nextByteRangeOffset
                                                                 : 0;
        if (segment.byteRangeOffset >
            std::numeric_limits<qint64>::max() - segment.byteRangeLength) {
            return lineFailure(lineNumber, HlsPlaylist::tr("#EXT-X-BYTERANGE offset plus length is "
                                                           "too large a number."));
        }
        m_nextByteRangeOffset = segment.byteRangeOffset + segment.byteRangeLength;
    }
    m_playlist.segments.append(segment);
    m_previousIndex = m_playlist.segments.size() - 1;
    ++m_segmentIndex;
    m_pending = PendingSegment();
    return std::nullopt;
}

Expected<HlsPlaylist> PlaylistParser::finish() {
    if (m_pending.hasExtinf) {
        return playlistFailure(
            HlsPlaylist::tr("the playlist is cut short: the #EXTINF on line %1 has no chunk "
                            "address after it. The download was probably interrupted; try again.")
                .arg(m_pending.extinfLine));
    }
    if (m_variant.active) {
        return playlistFailure(
            HlsPlaylist::tr("the playlist is cut short: the #EXT-X-STREAM-INF on line %1 has no "
                            "playlist address after it. The download was probably interrupted; "
                            "try again.")
                .arg(m_variant.line));
    }
    QList<HlsSegment> &segments = m_playlist.segments;
    std::stable_sort(
        segments.begin(), segments.end(),
        [](const HlsSegment &a, const HlsSegment &b) { return a.sequence() < b.sequence(); });
    for (int i = 1; i < segments.size(); ++i) {
        if (segments.at(i).sequence() == segments.at(i - 1).sequence()) {
            // Each chunk is audio once: a repeated sequence would repeat (or clash with) it.
            return playlistFailure(HlsPlaylist::tr("chunk %1 is listed more than once; a "
                                                   "playlist that repeats chunks is refused.")
                                       .arg(segments.at(i).sequence()));
        }
    }
    return m_playlist;
}

}  // namespace

Expected<HlsPlaylist> HlsPlaylist::parse(const QByteArray &text, const QUrl &playlistUrl) {
    if (text.size() > limits::kMaxPlaylistBytes) {
        return playlistFailure(
            HlsPlaylist::tr("it is larger than %1 MiB (limit kMaxPlaylistBytes).")
                .arg(limits::kMaxPlaylistBytes / (1024 * 1024)));
    }
    QByteArray body = text;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
    }
    if (const auto notPlaylist = describeNonPlaylist(body)) {
        return *notPlaylist;
    }

    const QList<QByteArray> rawLines = body.split('\n');
    QStringList lines;
    lines.reserve(rawLines.size());
    bool master = false;
    bool media = false;
    for (const QByteArray &raw : rawLines) {
        lines.append(QString::fromUtf8(raw).trimmed());
        const QString &line = lines.constLast();
        master = master || hasTag(line, QLatin1String("#EXT-X-STREAM-INF"));
        media = media || hasTag(line, QLatin1String("#EXTINF"));
    }
    if (master && media) {
        return playlistFailure(
            HlsPlaylist::tr("it mixes a master playlist (#EXT-X-STREAM-INF) with media segments "
                            "(#EXTINF), which HLS does not allow."));
    }

    PlaylistParser parser(master, playlistUrl);
    for (int i = 0; i < lines.size(); ++i) {
        if (auto failure = parser.line(lines.at(i), i + 1)) {
            return *failure;
        }
    }
    return parser.finish();
}

}  // namespace spacetape
