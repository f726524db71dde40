// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <optional>

namespace spacetape {

/// @p d rounded to an integer, or nothing when it is not finite or does not fit in 64 bits
/// (converting such a double is undefined behaviour). JSON numbers from X or a saved file
/// go through this.
inline std::optional<qint64> int64FromDouble(double d) {
    // 2^63 is exactly representable; every double below it in magnitude fits.
    constexpr double kLimit = 9223372036854775808.0;
    if (!std::isfinite(d) || d >= kLimit || d < -kLimit)
        return std::nullopt;
    const double rounded = std::round(d);
    if (rounded >= kLimit || rounded < -kLimit)
        return std::nullopt;
    return static_cast<qint64>(rounded);
}

/**
 * @p text (surrounding spaces allowed) as a decimal integer clamped to [@p min, @p max], or
 * nothing when it is not one. Digits beyond what 64 bits hold give @p max: a huge number never
 * wraps around. For numbers a person or a script typed (environment variables).
 */
inline std::optional<qint64> clampedInteger(const QString &text, qint64 min, qint64 max) {
    const QString digits = text.trimmed();
    const bool negative = digits.startsWith(QLatin1Char('-'));
    const QStringView body = QStringView(digits).mid(negative || digits.startsWith(u'+') ? 1 : 0);
    if (body.isEmpty() || body.size() > 4096)
        return std::nullopt;
    for (const QChar c : body) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = body.toLongLong(&ok);
    if (!ok)  // all digits, yet too large for 64 bits
        return negative ? min : max;
    return qBound(min, negative ? -value : value, max);
}

}  // namespace spacetape
