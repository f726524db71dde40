// SPDX-License-Identifier: MIT
#pragma once

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

}  // namespace spacetape
