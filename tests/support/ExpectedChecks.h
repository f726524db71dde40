// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QString>
#include <QTest>

namespace spacetape::test {

/**
 * Checks @p result against a data-driven expectation: success when
 * @p expectedError is empty, else a failure whose message contains it. Like
 * any QVERIFY helper, it returns on the first failed check; call it last.
 */
template <typename T>
void verifyOutcome(const Expected<T> &result, const QString &expectedError) {
    if (expectedError.isEmpty()) {
        QVERIFY2(result, qPrintable(result.error()));
    } else {
        QVERIFY(!result);
        QVERIFY2(result.error().contains(expectedError), qPrintable(result.error()));
    }
}

}  // namespace spacetape::test
