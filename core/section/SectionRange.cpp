// SPDX-License-Identifier: MIT
#include "section/SectionRange.h"

#include "util/Limits.h"
#include "util/SafeNumber.h"
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

namespace {
/// Why a time did not parse, for parse()'s message.
enum class TimeProblem { None, NotATime, TooFar };

/// One time as parseTime() reads it; @p problem says why there is none.
std::optional<double> readTime(const QString &text, TimeProblem &problem) {
    const QString t = text.trimmed();
    // [0-9], not \d: \d also matches other scripts' digits, which toDouble() does not read.
    static const QRegularExpression seconds(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)s?$"));
    static const QRegularExpression clock(
        QStringLiteral("^(?:([0-9]+):)?([0-5]?[0-9]):([0-5][0-9](?:\\.[0-9]+)?)$"));
    std::optional<double> value;
    if (const auto m = seconds.match(t); m.hasMatch()) {
        value = m.captured(1).toDouble();
    } else if (const auto m = clock.match(t); m.hasMatch()) {
        const double hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toDouble();
        value = hours * 3600 + m.captured(2).toDouble() * 60 + m.captured(3).toDouble();
    }
    if (!value) {
        problem = TimeProblem::NotATime;
        return std::nullopt;
    }
    // 400 digits read as inf (and 20 digits overflow a millisecond count): no Space is that
    // long, so such a time is refused here rather than carried on into the arithmetic.
    if (!std::isfinite(*value) || *value > limits::kMaxSectionSeconds) {
        problem = TimeProblem::TooFar;
        return std::nullopt;
    }
    problem = TimeProblem::None;
    return value;
}

/// The message for a time @p text that readTime() refused.
QString timeFailure(const QString &text, TimeProblem problem) {
    if (problem == TimeProblem::TooFar)
        return SectionRange::tr(
                   "\"%1\" is later than any Space lasts: a time in a Space is at "
                   "most %2.")
            .arg(text.trimmed(), SectionRange::timeText(limits::kMaxSectionSeconds));
    return SectionRange::tr("\"%1\" is not a time. %2").arg(text, usage());
}
}  // namespace

std::optional<double> SectionRange::parseTime(const QString &text) {
    TimeProblem problem = TimeProblem::None;
    return readTime(text, problem);
}

Expected<SectionRange> SectionRange::parse(const QString &text) {
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    if (parts.size() != 2)
        return fail(tr("\"%1\" is not a section. %2").arg(text, usage()));
    SectionRange range;
    TimeProblem problem = TimeProblem::None;
    const auto start = readTime(parts.at(0), problem);
    if (!start)
        return fail(timeFailure(parts.at(0), problem));
    range.startSeconds = *start;
    if (parts.at(1).trimmed().compare(QLatin1String("end"), Qt::CaseInsensitive) != 0) {
        const auto end = readTime(parts.at(1), problem);
        if (!end)
            return fail(timeFailure(parts.at(1), problem));
        range.endSeconds = *end;
        if (range.endSeconds <= range.startSeconds)
            return fail(tr("The section %1 ends before it starts: END must come "
                           "after START.")
                            .arg(text));
    }
    return range;
}

QString SectionRange::timeText(double seconds) {
    // Not llround: a time that does not fit (inf, or past 2^63 ms) would be undefined behaviour.
    const qint64 millis = int64FromDouble(std::max(0.0, seconds) * 1000).value_or(0);
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
        return fail(
            tr("The section %1 starts after the end: the Space lasts %2.")
                .arg(text(), clockText(int64FromDouble(std::floor(totalSeconds)).value_or(0))));
    if (!toEnd() && endSeconds > totalSeconds + kTolerance)
        return fail(
            tr("The section %1 ends after the end: the Space lasts %2 "
               "(use \"end\" as END to save to its end).")
                .arg(text(), clockText(int64FromDouble(std::floor(totalSeconds)).value_or(0))));
    if (!toEnd() && endSeconds <= startSeconds)
        return fail(tr("The section %1 ends before it starts.").arg(text()));
    return {};
}

}  // namespace spacetape
