// SPDX-License-Identifier: MIT
// The spread of a benchmark's rounds: each benchmark reports median, min and max.
#pragma once

#include <algorithm>
#include <vector>

namespace spacetape::bench {

/// Median, fastest and slowest of a set of timings.
struct Spread {
    double median = 0, min = 0, max = 0;
};

/// The spread of @p values (not empty).
inline Spread spreadOf(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return {median, values.front(), values.back()};
}

}  // namespace spacetape::bench
