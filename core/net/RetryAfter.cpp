// SPDX-License-Identifier: MIT
#include "net/RetryAfter.h"

#include "util/Limits.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace spacetape::retryafter {

// Parsed by hand: through Qt::RFC2822Date a CDN's "… GMT" date did not give the right instant
// (with a time zone other than UTC the retry came at once).
QDateTime parseHttpDate(const QByteArray &value) {
    static const QRegularExpression kImfFixdate(QStringLiteral(
        R"(^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression kAsctime(QStringLiteral(
        R"(^[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));
    static const QStringList kMonths = {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QString text = QString::fromLatin1(value).trimmed();
    // Capture numbers of day, month, year, hour, minute, second in each form.
    QRegularExpressionMatch match = kImfFixdate.match(text);
    int order[] = {1, 2, 3, 4, 5, 6};
    if (!match.hasMatch()) {
        match = kAsctime.match(text);
        if (!match.hasMatch())
            return {};
        const int asctime[] = {2, 1, 6, 3, 4, 5};
        std::copy(std::begin(asctime), std::end(asctime), std::begin(order));
    }
    const auto field = [&match, &order](int i) { return match.captured(order[i]); };
    const QString day = field(0), month = field(1), year = field(2);
    const QString hour = field(3), minute = field(4), second = field(5);
    const QDate date(year.toInt(), int(kMonths.indexOf(month)) + 1, day.toInt());
    const QTime time(hour.toInt(), minute.toInt(), second.toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

int delayMs(const QByteArray &value, const QDateTime &nowUtc) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return 0;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    qint64 ms = 0;
    if (ok) {
        // Clamped before the multiplication: 2^63-1 seconds must not overflow into "at once".
        ms = std::clamp<qint64>(seconds, 0, limits::kMaxRetryAfterMs / 1000) * 1000;
    } else {
        const QDateTime when = parseHttpDate(trimmed);
        if (when.isValid())
            ms = nowUtc.msecsTo(when);
    }
    return int(std::clamp<qint64>(ms, 0, limits::kMaxRetryAfterMs));
}

int delayMs(const QNetworkReply *reply) {
    return delayMs(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                   QDateTime::currentDateTimeUtc());
}

}  // namespace spacetape::retryafter
