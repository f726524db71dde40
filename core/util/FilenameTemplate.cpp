// SPDX-License-Identifier: MIT
#include "util/FilenameTemplate.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace spacetape {

namespace {

/// 200 bytes leave room for ".m4a.part" within the 255-byte name limit of ext4 and APFS.
constexpr int kComponentBytes = 200;
constexpr int kMinimumBytes = 16;
constexpr int kUnlimited = 1 << 24;
const QString kUnknown = QStringLiteral("unknown");
const QString kEllipsis = QStringLiteral("…");

int utf8Size(const QString &text) {
    return static_cast<int>(text.toUtf8().size());
}

/// The longest prefix of @p text that fits in @p maxBytes of UTF-8 and ends on a grapheme
/// boundary (so neither a surrogate pair nor a base letter + combining mark is split).
QString cutAtGrapheme(const QString &text, int maxBytes) {
    if (utf8Size(text) <= maxBytes) {
        return text;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype kept = 0;
    int bytes = 0;
    for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        bytes += utf8Size(text.mid(kept, next - kept));
        if (bytes > maxBytes) {
            break;
        }
        kept = next;
    }
    return text.left(kept);
}

/// Leading dots would hide the file; Windows silently drops trailing dots and spaces.
QString trimEnds(QString text) {
    qsizetype start = 0;
    while (start < text.size() &&
           (text.at(start) == QLatin1Char('.') || text.at(start) == QLatin1Char(' '))) {
        ++start;
    }
    qsizetype end = text.size();
    while (end > start &&
           (text.at(end - 1) == QLatin1Char('.') || text.at(end - 1) == QLatin1Char(' '))) {
        --end;
    }
    return text.mid(start, end - start);
}

bool isWindowsDeviceName(const QString &name) {
    static const QSet<QString> devices = {QStringLiteral("CON"),    QStringLiteral("PRN"),
                                          QStringLiteral("AUX"),    QStringLiteral("NUL"),
                                          QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    // Windows also reserves COM¹²³/LPT¹²³ with superscript digits.
    static const QRegularExpression ports(QStringLiteral("^(COM|LPT)[1-9\u00B9\u00B2\u00B3]$"));
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    QString base = (dot < 0 ? name : name.left(dot)).toUpper();
    while (base.endsWith(QLatin1Char(' '))) {
        base.chop(1);
    }
    return devices.contains(base) || ports.match(base).hasMatch();
}

bool isBidiControl(char16_t u) {
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
           u == 0x200F || u == 0x061C || u == 0xFEFF;
}

QString formatDuration(qint64 seconds) {
    const qint64 minutes = std::llround(static_cast<double>(seconds) / 60.0);
    if (minutes < 60) {
        return QStringLiteral("%1m").arg(minutes);
    }
    return QStringLiteral("%1h%2m").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// sanitizeComponent() without the device-name guard when @p guardDeviceNames is false:
/// a value inside a longer name ("CON talks") cannot make the whole name a device.
QString sanitizeText(const QString &component, int maxUtf8Bytes, bool guardDeviceNames) {
    const int maxBytes = std::max(maxUtf8Bytes, kMinimumBytes);
    const QString normalized = component.normalized(QString::NormalizationForm_C);
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");

    QString mapped;
    mapped.reserve(normalized.size());
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < normalized.size() &&
            normalized.at(i + 1).isLowSurrogate()) {
            mapped += c;
            mapped += normalized.at(++i);
        } else if (c.isSurrogate()) {
            mapped += QLatin1Char('_');  // a lone half cannot be stored in UTF-8
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || c.isSpace()) {
            mapped += QLatin1Char(' ');
        } else if (forbidden.contains(c)) {
            mapped += QLatin1Char('_');
        } else if (!isBidiControl(u)) {
            mapped += c;
        }
    }

    QString safe = trimEnds(mapped.simplified());
    safe = trimEnds(cutAtGrapheme(safe, maxBytes));
    if (guardDeviceNames && isWindowsDeviceName(safe)) {
        safe = trimEnds(cutAtGrapheme(safe, maxBytes - 1));
        const qsizetype dot = safe.indexOf(QLatin1Char('.'));
        safe.insert(dot < 0 ? safe.size() : dot, QLatin1Char('_'));
    }
    return safe;
}

/// Cuts @p text to @p maxBytes, preferring the last word break when one is near the end.
QString shortenAtWord(const QString &text, int maxBytes) {
    const QString cut = cutAtGrapheme(text, maxBytes);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    const bool wordWasSplit = cut.size() < text.size() && text.at(cut.size()) != QLatin1Char(' ');
    if (wordWasSplit && space > 0 && cut.size() - space <= 24) {
        return trimEnds(cut.left(space));
    }
    return trimEnds(cut);
}

using Values = QHash<QString, QString>;

Values prepareValues(const FilenameValues &values) {
    auto component = [](const QString &raw) {
        const QString safe = sanitizeText(raw, kComponentBytes, false);
        return safe.isEmpty() ? kUnknown : safe;
    };
    QString handle = values.host.trimmed();
    if (handle.startsWith(QLatin1Char('@'))) {
        handle.remove(0, 1);
    }
    const QDateTime utc = values.startedAt.isValid() ? values.startedAt.toUTC() : QDateTime();
    Values prepared;
    prepared.insert(QStringLiteral("id"), component(values.id));
    prepared.insert(QStringLiteral("title"), component(values.title));
    prepared.insert(QStringLiteral("host"), component(handle));
    prepared.insert(QStringLiteral("host_name"), component(values.hostName));
    prepared.insert(QStringLiteral("date"),
                    utc.isValid() ? utc.toString(QStringLiteral("yyyy-MM-dd")) : kUnknown);
    prepared.insert(QStringLiteral("time"),
                    utc.isValid() ? utc.toString(QStringLiteral("HH-mm")) : kUnknown);
    prepared.insert(QStringLiteral("duration"), values.durationSeconds >= 0
                                                    ? formatDuration(values.durationSeconds)
                                                    : kUnknown);
    return prepared;
}

const QRegularExpression &variablePattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}/\\\\]*)\\}"));
    return pattern;
}

/// Replaces known variables; unknown ones stay as written (validate() reports them).
QString substitute(const QString &component, const Values &values) {
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = variablePattern().globalMatch(component);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += component.mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        out += value != values.constEnd() ? *value : match.captured();
        last = match.capturedEnd();
    }
    out += component.mid(last);
    return out;
}

/// One template component; when too long, the longest value in it is shortened first so
/// that the literal text and the short values (usually the ID) survive.
QString renderComponent(const QString &component, const Values &values) {
    QString rendered =
        FilenameTemplate::sanitizeComponent(substitute(component, values), kUnlimited);
    if (utf8Size(rendered) <= kComponentBytes) {
        return rendered;
    }
    QString longestKey;
    int occurrences = 0;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const int count =
            static_cast<int>(component.count(QLatin1Char('{') + it.key() + QLatin1Char('}')));
        if (count > 0 &&
            (longestKey.isEmpty() || utf8Size(it.value()) > utf8Size(values.value(longestKey)))) {
            longestKey = it.key();
            occurrences = count;
        }
    }
    if (!longestKey.isEmpty()) {
        Values shortened = values;
        const QString original = values.value(longestKey);
        int budget = utf8Size(original);
        // Sanitising the whole can merge spaces at the joins, so re-measure a few times.
        for (int attempt = 0; attempt < 4; ++attempt) {
            const int excess = utf8Size(rendered) - kComponentBytes;
            if (excess <= 0) {
                return rendered;
            }
            budget -= (excess + occurrences - 1) / occurrences + utf8Size(kEllipsis);
            if (budget < 1) {
                break;
            }
            shortened.insert(longestKey, shortenAtWord(original, budget) + kEllipsis);
            budget = utf8Size(shortened.value(longestKey));
            rendered =
                FilenameTemplate::sanitizeComponent(substitute(component, shortened), kUnlimited);
        }
        if (utf8Size(rendered) <= kComponentBytes) {
            return rendered;
        }
    }
    return FilenameTemplate::sanitizeComponent(substitute(component, values), kComponentBytes);
}

QStringList renderComponents(const QString &templ, const Values &values) {
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:$"));
    QStringList parts = templ.split(separators);
    if (!parts.isEmpty() && drive.match(parts.first().trimmed()).hasMatch()) {
        parts.removeFirst();  // "C:/…" must not become an absolute path either
    }
    QStringList components;
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String(".") || trimmed == QLatin1String("..")) {
            continue;
        }
        const QString rendered = renderComponent(trimmed, values);
        if (!rendered.isEmpty()) {
            components.append(rendered);
        }
    }
    return components;
}

}  // namespace

QString FilenameTemplate::defaultTemplate() {
    return QStringLiteral("{date} {host} - {title} [{id}]");
}

QStringList FilenameTemplate::variables() {
    return {QStringLiteral("{id}"),        QStringLiteral("{title}"), QStringLiteral("{host}"),
            QStringLiteral("{host_name}"), QStringLiteral("{date}"),  QStringLiteral("{time}"),
            QStringLiteral("{duration}")};
}

QString FilenameTemplate::render(const QString &templ, const FilenameValues &values) {
    const QStringList components = renderComponents(templ, prepareValues(values));
    if (components.isEmpty()) {
        const QString id = sanitizeComponent(values.id);
        // Sanitised again as a whole: a long ID must not push the name past the part limit.
        return sanitizeComponent(QStringLiteral("Space ") + (id.isEmpty() ? kUnknown : id));
    }
    return components.join(QLatin1Char('/'));
}

Expected<void> FilenameTemplate::check(const QString &templ) {
    const QString available = variables().join(QLatin1Char(' '));
    if (templ.trimmed().isEmpty()) {
        return fail(
            tr("The file name template is empty. Use for example “%1”.").arg(defaultTemplate()));
    }
    QStringList unknown;
    for (qsizetype pos = templ.indexOf(QLatin1Char('{')); pos >= 0;
         pos = templ.indexOf(QLatin1Char('{'), pos + 1)) {
        const qsizetype close = templ.indexOf(QLatin1Char('}'), pos);
        const qsizetype nextOpen = templ.indexOf(QLatin1Char('{'), pos + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            return fail(tr("The file name template has a “{” at position %1 with no "
                           "closing “}”. Variables are written like {title}.")
                            .arg(pos + 1));
        }
        const QString variable = templ.mid(pos, close - pos + 1);
        if (!variables().contains(variable) && !unknown.contains(variable)) {
            unknown.append(variable);
        }
    }
    if (!unknown.isEmpty()) {
        return fail(tr("The file name template uses the variable(s) %1, which Spacetape does not "
                       "know. Available: %2.",
                       nullptr, int(unknown.size()))
                        .arg(unknown.join(QStringLiteral(", ")), available));
    }
    FilenameValues sample;
    sample.id = QStringLiteral("1YqKDqWqdPLxV");
    if (renderComponents(templ, prepareValues(sample)).isEmpty()) {
        return fail(tr("The file name template “%1” gives an empty file name. Include at "
                       "least {title} or {id}.")
                        .arg(templ));
    }
    return {};
}

QString FilenameTemplate::sanitizeComponent(const QString &component, int maxUtf8Bytes) {
    return sanitizeText(component, maxUtf8Bytes, true);
}

}  // namespace spacetape
