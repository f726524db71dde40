// SPDX-License-Identifier: MIT
#include "extras/HydraFrames.h"

#include "media/Id3Bytes.h"

#include "util/Limits.h"
#include "util/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace spacetape::extras {

namespace {

constexpr qsizetype kHeaderSize = 10;
constexpr int kTagUnsyncFlag = 0x80;
constexpr int kTagExtendedHeaderFlag = 0x40;
// The first NTP second of 1970 and an upper bound far past any Space: a value outside is
// not a clock reading (a sequence number, a level, garbage).
constexpr double kMinNtpSeconds = 2208988800.0;
constexpr double kMaxNtpSeconds = 17179869184.0;  // 2^34

using id3::bigEndian32;
using id3::isSyncsafe;
using id3::syncsafe;

/// Undoes ID3 unsynchronisation: every 0xFF 0x00 becomes 0xFF.
QByteArray deunsynchronised(const QByteArray &in) {
    if (!in.contains(QByteArray::fromRawData("\xFF\x00", 2)))
        return in;  // nothing to undo (the usual case): no copy
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        out.append(in[i]);
        if (uchar(in[i]) == 0xFF && i + 1 < in.size() && in[i + 1] == '\0')
            ++i;
    }
    return out;
}

/// UTF-16 bytes to text; a BOM decides the byte order, else @p bigEndian.
QString fromUtf16(const char *data, qsizetype size, bool bigEndian) {
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    if (size >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        bigEndian = true;
        i = 2;
    } else if (size >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        bigEndian = false;
        i = 2;
    }
    const qsizetype units = (size - i) / 2;
    QString text(units, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype u = 0; u < units; ++u, i += 2)
        out[u] = bigEndian ? char16_t((p[i] << 8) | p[i + 1]) : char16_t((p[i + 1] << 8) | p[i]);
    return text;
}

/// One ID3 text field in @p encoding (0 ISO-8859-1, 1 UTF-16 + BOM, 2 UTF-16BE, 3 UTF-8).
QString decodeText(int encoding, const char *data, qsizetype size) {
    QString text;
    switch (encoding) {
        case 0:
            text = QString::fromLatin1(data, size);
            break;
        case 1:  // with a BOM; without one, big-endian as Unicode says
        case 2:
            text = fromUtf16(data, size, true);
            break;
        default:
            text = QString::fromUtf8(data, size);
            break;
    }
    // v2.4 allows several NUL-separated values; the first is the one X writes.
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0)
        text.truncate(nul);
    return text;
}

/// Where the terminator of the first string of @p data ends (after it), or -1.
qsizetype afterTerminator(int encoding, const QByteArray &data, qsizetype from) {
    if (encoding == 1 || encoding == 2) {
        for (qsizetype i = from; i + 1 < data.size(); i += 2) {
            if (data[i] == '\0' && data[i + 1] == '\0')
                return i + 2;
        }
        return -1;
    }
    const qsizetype nul = data.indexOf('\0', from);
    return nul < 0 ? -1 : nul + 1;
}

/// True when @p pos in a tag body of @p end bytes is where a frame may end: the end, the
/// padding, or the header of another frame.
bool frameBoundaryAt(const uchar *body, qsizetype end, qsizetype pos) {
    if (pos == end)
        return true;
    if (pos < 0 || pos > end)
        return false;
    if (body[pos] == 0)
        return true;
    if (end - pos < kHeaderSize)
        return false;
    for (int i = 0; i < 4; ++i) {
        const uchar c = body[pos + i];
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

std::optional<double> plausibleNtp(double seconds) {
    if (!std::isfinite(seconds) || seconds < kMinNtpSeconds || seconds > kMaxNtpSeconds)
        return std::nullopt;
    return seconds;
}

std::optional<double> ntpFromJson(const QJsonValue &value) {
    if (value.isDouble())
        return plausibleNtp(value.toDouble());
    if (value.isString())
        return HydraFrames::ntpFromText(value.toString());
    return std::nullopt;
}

std::optional<double> ntpFromTit3(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        // Some dumps carry the JSONMetadata object in TIT3 instead of the bare number.
        const QJsonObject object = QJsonDocument::fromJson(trimmed.toUtf8()).object();
        return ntpFromJson(object.value(QLatin1String("ntp")));
    }
    return HydraFrames::ntpFromText(trimmed);
}

QString cappedText(const QJsonValue &value) {
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'f', 0);
    return printable(text, limits::kMaxHydraNameChars);
}

std::vector<HydraParticipant> participantsFrom(const QJsonArray &array) {
    std::vector<HydraParticipant> participants;
    participants.reserve(std::size_t(std::min<qsizetype>(array.size(), limits::kMaxHydraSlots)));
    for (const QJsonValue &item : array) {
        if (participants.size() >= std::size_t(limits::kMaxHydraSlots))
            break;
        const QJsonObject object = item.toObject();
        HydraParticipant participant;
        const QJsonValue index = object.value(QLatin1String("ParticipantIndex"));
        const double number = index.isString() ? index.toString().toDouble() : index.toDouble(-1);
        if (std::isfinite(number) && number >= 0 && number <= 1e6)
            participant.participantIndex = int(number);
        participant.userId = cappedText(object.value(QLatin1String("UserId")));
        participant.userName = cappedText(object.value(QLatin1String("UserName")));
        participants.push_back(participant);
    }
    return participants;
}

float levelFrom(const QJsonValue &value) {
    const double level = value.isString() ? value.toString().toDouble() : value.toDouble();
    if (!std::isfinite(level) || level < 0)
        return 0.0f;
    return float(std::min(level, 1e6));
}

std::vector<float> levelsFrom(const QString &text) {
    std::vector<float> levels;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isArray()) {
        const QJsonArray array = document.array();
        levels.reserve(std::size_t(std::min<qsizetype>(array.size(), limits::kMaxHydraSlots)));
        for (const QJsonValue &item : array) {
            if (levels.size() >= std::size_t(limits::kMaxHydraSlots))
                break;
            levels.push_back(levelFrom(item));
        }
    } else {
        // A bare number: only the host's level.
        bool ok = false;
        const double level = text.trimmed().toDouble(&ok);
        if (ok)
            levels.push_back(levelFrom(QJsonValue(level)));
    }
    return levels;
}

/// The levels of a plain array of numbers ("[46,0,63.5]"), read without a JSON document
/// (one comes every second); nullopt for anything else, which then goes through the parser.
std::optional<std::vector<float>> plainLevels(const QString &text) {
    std::vector<float> levels;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    skipSpace();
    if (i == n || text[i] != QLatin1Char('['))
        return std::nullopt;
    ++i;
    skipSpace();
    if (i < n && text[i] == QLatin1Char(']'))
        return levels;
    while (i < n) {
        const qsizetype start = i;
        while (i < n && (text[i].isDigit() || text[i] == QLatin1Char('.') ||
                         text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+') ||
                         text[i] == QLatin1Char('e') || text[i] == QLatin1Char('E')))
            ++i;
        bool ok = false;
        const double level = QStringView(text).mid(start, i - start).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        if (levels.size() < std::size_t(limits::kMaxHydraSlots))
            levels.push_back(levelFrom(QJsonValue(level)));
        skipSpace();
        if (i < n && text[i] == QLatin1Char(']'))
            return levels;
        if (i == n || text[i] != QLatin1Char(','))
            return std::nullopt;
        ++i;
        skipSpace();
    }
    return std::nullopt;
}

/// What one tag's frames have said so far.
struct TagReading {
    HydraSample sample;
    /// JSONMetadata's text, read only when no TIT3 gave the clock (they carry the same).
    std::optional<QString> metadata;
};

/// Reads one text frame (@p id, its data already freed of unsync, grouping and length bytes).
void readFrame(const char *id, const QByteArray &data, TagReading &reading,
               HydraFrames::ParticipantsCache &cache) {
    if (data.isEmpty())
        return;
    const int encoding = uchar(data[0]);
    if (encoding > 3)
        return;
    HydraSample &sample = reading.sample;
    if (std::memcmp(id, "TIT3", 4) == 0) {
        if (const auto ntp =
                ntpFromTit3(decodeText(encoding, data.constData() + 1, data.size() - 1)))
            sample.ntpSeconds = ntp;
        return;
    }
    const qsizetype valueStart = afterTerminator(encoding, data, 1);
    if (valueStart < 0)
        return;
    const QString description = decodeText(encoding, data.constData() + 1, valueStart - 1);
    const auto value = [&] {
        return decodeText(encoding, data.constData() + valueStart, data.size() - valueStart);
    };
    if (description.compare(QLatin1String("JSONMetadata"), Qt::CaseInsensitive) == 0) {
        reading.metadata = value();
    } else if (description.compare(QLatin1String("HydraParticipants"), Qt::CaseInsensitive) == 0) {
        // The stage rarely changes while its list comes every second: parse it once. The
        // bytes are compared first (no decoding), then the text (another encoding).
        const QByteArray raw = data.mid(valueStart);
        if (encoding != cache.encoding || raw != cache.raw) {
            const QString text = value();
            if (text != cache.text) {
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
                cache.text = text;
                cache.participants.reset();
                if (document.isArray())
                    cache.participants = participantsFrom(document.array());
            }
            cache.encoding = encoding;
            cache.raw = raw;
        }
        if (cache.participants)
            sample.participants = cache.participants;
    } else if (description.compare(QLatin1String("HydraAudioLevel"), Qt::CaseInsensitive) == 0) {
        const QString text = value();
        if (auto plain = plainLevels(text))
            sample.levels = std::move(*plain);
        else
            sample.levels = levelsFrom(text);
    }
}

}  // namespace

std::optional<double> HydraFrames::ntpFromText(const QString &text) {
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    return ok ? plausibleNtp(seconds) : std::nullopt;
}

std::optional<HydraSample> HydraFrames::parseTag(const QByteArray &tag) {
    HydraFrames reader;
    return reader.read(tag);
}

std::optional<HydraSample> HydraFrames::read(const QByteArray &tag) {
    if (tag.size() < kHeaderSize)
        return std::nullopt;
    // A copy of the fixed-size header: indexing constData() directly made GCC's ASan build
    // warn (-Warray-bounds) about Qt's one-byte empty array, which the size check excludes.
    uchar head[kHeaderSize];
    std::copy_n(tag.cbegin(), kHeaderSize, head);
    const int major = head[3];
    if (std::memcmp(head, "ID3", 3) != 0 || (major != 3 && major != 4) || !isSyncsafe(head + 6))
        return std::nullopt;
    const int tagFlags = head[5];
    const qsizetype declared = qsizetype(syncsafe(head + 6));
    QByteArray body = tag.mid(kHeaderSize, std::min(declared, tag.size() - kHeaderSize));
    // v2.3 unsynchronises the whole tag after writing it, so its frame sizes count the
    // decoded bytes; v2.4 unsynchronises frame by frame (below).
    const bool tagUnsync = (tagFlags & kTagUnsyncFlag) != 0;
    if (major == 3 && tagUnsync)
        body = deunsynchronised(body);
    const auto *b = reinterpret_cast<const uchar *>(body.constData());
    const qsizetype end = body.size();

    qsizetype pos = 0;
    if (tagFlags & kTagExtendedHeaderFlag) {
        if (end < 4)
            return std::nullopt;
        // v2.4 counts the size field itself; v2.3 does not.
        const qsizetype extended =
            major == 4 ? qsizetype(syncsafe(b)) : qsizetype(bigEndian32(b)) + 4;
        if (extended < 4 || extended > end)
            return std::nullopt;
        pos = extended;
    }

    TagReading reading;
    const auto finished = [&reading]() -> std::optional<HydraSample> {
        if (!reading.sample.ntpSeconds && reading.metadata) {
            const QJsonObject object = QJsonDocument::fromJson(reading.metadata->toUtf8()).object();
            reading.sample.ntpSeconds = ntpFromJson(object.value(QLatin1String("ntp")));
        }
        if (!reading.sample.hasData())
            return std::nullopt;
        return std::move(reading.sample);
    };
    while (end - pos >= kHeaderSize) {
        const uchar *frame = b + pos;
        if (frame[0] == 0)
            break;  // padding
        for (int i = 0; i < 4; ++i) {
            const bool idChar =
                (frame[i] >= 'A' && frame[i] <= 'Z') || (frame[i] >= '0' && frame[i] <= '9');
            if (!idChar)
                return finished();
        }
        const qsizetype dataStart = pos + kHeaderSize;
        const qsizetype plain = qsizetype(bigEndian32(frame + 4));
        qsizetype size = plain;
        if (major == 4 && isSyncsafe(frame + 4)) {
            // Some writers put plain sizes in v2.4 tags. A non-syncsafe value betrays them;
            // a syncsafe-looking one is believed unless only the plain reading lands on a
            // frame, the padding or the end.
            size = qsizetype(syncsafe(frame + 4));
            if (size != plain && !frameBoundaryAt(b, end, dataStart + size) &&
                frameBoundaryAt(b, end, dataStart + plain))
                size = plain;
        }
        if (size > end - dataStart)
            break;  // a frame that claims more than the tag holds: nothing after it is sure
        pos = dataStart + size;

        const char *id = reinterpret_cast<const char *>(frame);
        const bool wanted = std::memcmp(id, "TIT3", 4) == 0 || std::memcmp(id, "TXXX", 4) == 0;
        if (!wanted || size > limits::kMaxHydraFrameBytes)
            continue;
        const int format = frame[9];
        QByteArray data = body.mid(dataStart, size);
        if (major == 4) {
            if (format & 0x0C)
                continue;  // compressed or encrypted
            if ((format & 0x02) || tagUnsync)
                data = deunsynchronised(data);
            const qsizetype extra = ((format & 0x40) ? 1 : 0) + ((format & 0x01) ? 4 : 0);
            if (extra > data.size())
                continue;
            data.remove(0, extra);
        } else {
            if (format & 0xC0)
                continue;  // compressed or encrypted
            if (format & 0x20) {
                if (data.isEmpty())
                    continue;
                data.remove(0, 1);  // group identifier
            }
        }
        readFrame(id, data, reading, m_cache);
    }
    return finished();
}

std::vector<HydraSample> HydraFrames::fromChunk(const QByteArray &chunk, const ChunkAudio &audio) {
    HydraFrames reader;
    return reader.readChunk(chunk, audio);
}

std::vector<HydraSample> HydraFrames::readChunk(const QByteArray &chunk, const ChunkAudio &audio) {
    std::vector<HydraSample> samples;
    const int rate = audio.format.sampleRate();
    if (rate <= 0)
        return samples;
    for (const Id3TagRef &ref : audio.tags) {
        if (ref.offset < 0 || ref.size < 0 || qint64(ref.offset) + ref.size > chunk.size())
            continue;
        // The tag's bytes stay in the chunk: no copy until a frame is read.
        const QByteArray tag = QByteArray::fromRawData(chunk.constData() + ref.offset, ref.size);
        if (auto sample = read(tag)) {
            sample->offsetSeconds = double(ref.framesBefore) * kSamplesPerAacFrame / rate;
            samples.push_back(std::move(*sample));
        }
    }
    return samples;
}

}  // namespace spacetape::extras
