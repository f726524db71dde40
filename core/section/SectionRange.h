// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace spacetape {

/**
 * @brief A part of a Space in seconds of its time line: START–END, END possibly "the end".
 *
 * Times are those of the whole Space's file (sample index / sample rate), which is also
 * what the player's seek bar shows.
 */
struct SectionRange {
    Q_DECLARE_TR_FUNCTIONS(SectionRange)
public:
    double startSeconds = 0;
    double endSeconds = -1;  ///< negative: to the end of the Space

    bool toEnd() const { return endSeconds < 0; }

    /// Parses "START-END": times as `1:02:03`, `45:00`, `90s` or `90` (decimals allowed),
    /// END also `end`. Fails with a message that shows the accepted forms.
    static Expected<SectionRange> parse(const QString &text);
    /// One time as above; nothing when it is not one.
    static std::optional<double> parseTime(const QString &text);
    /// A time as "1:02:03" (hours only when there are some: "45:00"), milliseconds when not whole.
    static QString timeText(double seconds);
    /// "1:02:03–1:10:00" (an en dash), the end as @p endSeconds when toEnd() (e.g. the
    /// Space's length once known).
    QString text(double endSecondsIfToEnd = -1) const;
    /// Checks the range against a Space lasting @p totalSeconds: START before END, both within.
    Expected<void> checkAgainst(double totalSeconds) const;
};

}  // namespace spacetape
