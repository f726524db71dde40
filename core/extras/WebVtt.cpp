// SPDX-License-Identifier: MIT
#include "extras/WebVtt.h"

#include "util/SafeNumber.h"
#include "util/SafeText.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace spacetape::extras {

namespace {

/// Cleaned, on one line, with WebVTT's three special characters as character references.
QString escaped(const QString &text) {
    QString out = printable(text, 4000).trimmed();
    // Line and paragraph separators are no line breaks to a WebVTT parser, but some players
    // render them as ones: keep every cue on one visible line.
    out.replace(QChar(0x2028), QLatin1Char(' ')).replace(QChar(0x2029), QLatin1Char(' '));
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

struct Cue {
    double start = 0;
    QString voice;
    QString text;
};

}  // namespace

QString vttTimestamp(double seconds) {
    // Through SafeNumber: a position from a file may be any double, and converting one out
    // of range is undefined.
    const qint64 ms = std::max<qint64>(0, int64FromDouble(seconds * 1000).value_or(0));
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QByteArray webVtt(const SpaceExtras &extras) {
    std::vector<Cue> cues;
    for (const ChatEntry &entry : extras.chat) {
        if (entry.kind != ChatKind::Chat && entry.kind != ChatKind::Caption)
            continue;
        if (!entry.at || !std::isfinite(*entry.at))
            continue;
        const QString text = escaped(entry.text);
        if (text.isEmpty())
            continue;  // an empty line would end the cue before its text
        QString voice = escaped(entry.displayName);
        if (voice.isEmpty() && !entry.screenName.isEmpty())
            voice = escaped(QLatin1Char('@') + entry.screenName);
        // Rounded to the millisecond as written, so "next cue starts later" is judged on
        // what the file will say.
        cues.push_back({std::max(0.0, std::round(*entry.at * 1000) / 1000), voice, text});
    }
    std::stable_sort(cues.begin(), cues.end(),
                     [](const Cue &a, const Cue &b) { return a.start < b.start; });

    QString out = QStringLiteral("WEBVTT\n");
    size_t nextLater = 0;  // first cue starting after the current one
    for (size_t i = 0; i < cues.size(); ++i) {
        while (nextLater < cues.size() && cues[nextLater].start <= cues[i].start)
            ++nextLater;
        double end = cues[i].start + kVttCueSeconds;
        if (nextLater < cues.size())
            end = std::min(end, cues[nextLater].start);
        out += QLatin1Char('\n') + vttTimestamp(cues[i].start) + QStringLiteral(" --> ") +
               vttTimestamp(end) + QLatin1Char('\n');
        if (!cues[i].voice.isEmpty())
            out += QStringLiteral("<v ") + cues[i].voice + QLatin1Char('>');
        out += cues[i].text + QLatin1Char('\n');
    }
    return out.toUtf8();
}

}  // namespace spacetape::extras
