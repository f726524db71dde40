// SPDX-License-Identifier: MIT
#include "support/HydraTags.h"

namespace spacetape::test {

namespace {

void appendSize(QByteArray &out, quint32 value, bool syncsafe) {
    if (syncsafe) {
        out.append(char((value >> 21) & 0x7F));
        out.append(char((value >> 14) & 0x7F));
        out.append(char((value >> 7) & 0x7F));
        out.append(char(value & 0x7F));
    } else {
        out.append(char((value >> 24) & 0xFF));
        out.append(char((value >> 16) & 0xFF));
        out.append(char((value >> 8) & 0xFF));
        out.append(char(value & 0xFF));
    }
}

/// ID3 unsynchronisation: a 0x00 after every 0xFF that precedes 0x00 or a byte >= 0xE0 (and
/// after a final 0xFF).
QByteArray unsynchronise(const QByteArray &in) {
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        out.append(in[i]);
        if (uchar(in[i]) == 0xFF &&
            (i + 1 == in.size() || uchar(in[i + 1]) >= 0xE0 || in[i + 1] == '\0'))
            out.append('\0');
    }
    return out;
}

QByteArray encoded(int encoding, const QString &text, bool terminated) {
    QByteArray out;
    switch (encoding) {
        case 0:
            out = text.toLatin1();
            break;
        case 1:
        case 2: {
            if (encoding == 1)
                out.append("\xFF\xFE", 2);  // little-endian with its BOM
            for (const QChar c : text) {
                const char16_t u = c.unicode();
                if (encoding == 1) {
                    out.append(char(u & 0xFF));
                    out.append(char(u >> 8));
                } else {
                    out.append(char(u >> 8));
                    out.append(char(u & 0xFF));
                }
            }
            if (terminated)
                out.append(2, '\0');
            return out;
        }
        default:
            out = text.toUtf8();
            break;
    }
    if (terminated)
        out.append('\0');
    return out;
}

}  // namespace

QByteArray makeHydraTag(const HydraTagSpec &spec) {
    QList<std::pair<QByteArray, QByteArray>> frames;  // (id, data)
    const auto txxx = [&spec](const QString &description, const QByteArray &value) {
        QByteArray data(1, char(spec.encoding));
        data += encoded(spec.encoding, description, true);
        data += encoded(spec.encoding, QString::fromUtf8(value), false);
        return data;
    };
    if (spec.ntp) {
        const QByteArray ntp = QByteArray::number(*spec.ntp, 'f', 3);
        if (spec.tit3) {
            QByteArray data(1, char(spec.encoding));
            data += encoded(spec.encoding, QString::fromLatin1(ntp), false);
            frames.append({"TIT3", data});
        }
        frames.append({"TXXX", txxx(QStringLiteral("JSONMetadata"),
                                    "{\"HydraVersion\":4,\"ntp\":" + ntp + ",\"rotation\":0}")});
    }
    if (spec.participantsJson)
        frames.append({"TXXX", txxx(QStringLiteral("HydraParticipants"), *spec.participantsJson)});
    if (spec.levelsJson)
        frames.append({"TXXX", txxx(QStringLiteral("HydraAudioLevel"), *spec.levelsJson)});
    // A frame nobody reads, which a sloppy reader could mistake for one: it must be skipped.
    frames.append({"TXXX", txxx(QStringLiteral("uplinkJitter"), "0.02")});
    for (int i = 0; i < spec.rotate % int(frames.size()); ++i)
        frames.append(frames.takeFirst());

    const bool v24 = spec.version == 4;
    QByteArray body;
    for (const auto &[id, plain] : frames) {
        QByteArray data = plain;
        char format = 0;
        if (v24 && spec.groupingAndLength) {
            QByteArray prefix(1, '\x07');  // group identifier
            appendSize(prefix, quint32(plain.size()), true);
            data = prefix + data;
            format |= 0x41;
        }
        if (v24 && spec.unsynchronised) {
            data = unsynchronise(data);
            format |= 0x02;
        }
        body += id;
        appendSize(body, quint32(data.size()), v24 && !spec.plainSizesInV24);
        body.append('\0');
        body.append(format);
        body += data;
    }
    if (!v24 && spec.unsynchronised)
        body = unsynchronise(body);
    QByteArray tag("ID3", 3);
    tag.append(char(spec.version));
    tag.append('\0');
    tag.append(spec.unsynchronised ? '\x80' : '\0');
    appendSize(tag, quint32(body.size()), true);
    return tag + body;
}

QByteArray hydraParticipantsJson(const QList<QString> &userIds, const QList<QString> &userNames) {
    QByteArray json = "[";
    for (int i = 0; i < userIds.size(); ++i) {
        if (i > 0)
            json += ",";
        json += "{\"ParticipantIndex\":" + QByteArray::number(i + 1) + ",\"UserId\":\"" +
                userIds[i].toUtf8() + "\",\"UserName\":\"" + userNames.value(i).toUtf8() +
                "\",\"SessionId\":\"1vOxwjkDLMqJB\",\"ProfileUrl\":"
                "\"https://pbs.twimg.com/profile_images/1/x_reasonably_small.jpg\"}";
    }
    return json + "]";
}

QByteArray scriptedHydraTag(const HydraScript &script, double seconds, int tick) {
    HydraTagSpec spec = script.shape;
    if (script.mixShapes) {
        spec.version = tick % 2 == 0 ? 4 : 3;
        spec.encoding = tick % 4;
        spec.unsynchronised = tick % 5 == 2;
        spec.groupingAndLength = spec.version == 4 && tick % 7 == 4;
        spec.tit3 = tick % 3 != 1;
        spec.rotate = tick;
    }
    spec.ntp = script.ntpStart + seconds;
    spec.participantsJson = hydraParticipantsJson(script.userIds, script.userNames);
    QByteArray levels = "[";
    for (int slot = 0; slot <= script.userIds.size(); ++slot) {
        bool loud = false;
        for (const HydraTurn &turn : script.turns)
            loud = loud || (turn.slot == slot && seconds >= turn.start && seconds < turn.end);
        // Loud ticks vary between 20 and 59, quiet ones between 0 and 2 (X's are like that).
        const int level = loud ? 20 + (tick * 7 + slot * 13) % 40 : (tick + slot) % 3;
        if (slot > 0)
            levels += ",";
        levels += QByteArray::number(level);
    }
    spec.levelsJson = levels + "]";
    return makeHydraTag(spec);
}

}  // namespace spacetape::test
