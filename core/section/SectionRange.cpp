// SPDX-License-Identifier: MIT
#include "section/SectionRange.h"

#include "util/TextFormat.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace spacetape {

namespace {
// The player and the CLI round marks to milliseconds; anything finer is noise.
constexpr double kTolerance = 0.0005;

QString usage() {
    return SectionRange::tr(
        "Give a section as START-END, e.g. 1:02:03-1:10:00, 45:00-50:00, 90s-120s or "
        "10:00-end.");
}
}  // namespace

std::optional<double> SectionRange::parseTime(const QString &text) {
    const QString t = text.trimmed();
    static const QRegularExpression seconds(QStringLiteral("^(\\d+(?:\\.\\d+)?)s?$"));
    static const QRegularExpression clock(
        QStringLiteral("^(?:(\\d+):)?([0-5]?\\d):([0-5]\\d(?:\\.\\d+)?)$"));
    if (const auto m = seconds.match(t); m.hasMatch())
        return m.captured(1).toDouble();
    if (const auto m = clock.match(t); m.hasMatch()) {
        const double hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toDouble();
        return hours * 3600 + m.captured(2).toDouble() * 60 + m.captured(3).toDouble();
    }
    return std::nullopt;
}

Expected<SectionRange> SectionRange::parse(const QString &text) {
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    if (parts.size() != 2)
        return fail(tr("\"%1\" is not a section. %2").arg(text, usage()));
    SectionRange range;
    const auto start = parseTime(parts.at(0));
    if (!start)
        return fail(tr("\"%1\" is not a time. %2").arg(parts.at(0), usage()));
    range.startSeconds = *start;
    if (parts.at(1).trimmed().compare(QLatin1String("end"), Qt::CaseInsensitive) != 0) {
        const auto end = parseTime(parts.at(1));
        if (!end)
            return fail(tr("\"%1\" is not a time. %2").arg(parts.at(1), usage()));
        range.endSeconds = *end;
        if (range.endSeconds <= range.startSeconds)
            return fail(tr("The section %1 ends before it starts: END must come "
                           "after START.")
                            .arg(text));
    }
    return range;
}

QString SectionRange::timeText(double seconds) {
    const qint64 millis = std::llround(std::max(0.0, seconds) * 1000);
    const qint64 whole = millis / 1000;
    const qint64 h = whole / 3600;
    const qint64 m = (whole / 60) % 60;
    const qint64 s = whole % 60;
    QString out = h > 0 ? QStringLiteral("%1:%2:%3")
                              .arg(h)
                              .arg(m, 2, 10, QLatin1Char('0'))
                              .arg(s, 2, 10, QLatin1Char('0'))
                        : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    if (const qint64 fraction = millis % 1000; fraction > 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        out += QLatin1Char('.') + digits;
    }
    return out;
}

QString SectionRange::text(double endSecondsIfToEnd) const {
    const double end = toEnd() ? endSecondsIfToEnd : endSeconds;
    return timeText(startSeconds) + QChar(0x2013) +
           (end < 0 ? QStringLiteral("end") : timeText(end));
}

Expected<void> SectionRange::checkAgainst(double totalSeconds) const {
    if (startSeconds + kTolerance >= totalSeconds)
        return fail(tr("The section %1 starts after the end: the Space lasts %2.")
                        .arg(text(), clockText(qint64(std::floor(totalSeconds)))));
    if (!toEnd() && endSeconds > totalSeconds + kTolerance)
        return fail(tr("The section %1 ends after the end: the Space lasts %2 "
                       "(use \"end\" as END to save to its end).")
                        .arg(text(), clockText(qint64(std::floor(totalSeconds)))));
    if (!toEnd() && endSeconds <= startSeconds)
        return fail(tr("The section %1 ends before it starts.").arg(text()));
    return {};
}

}  // namespace spacetape
