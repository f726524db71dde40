// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QTest>

/**
 * Compares two md5s (hex), failing when the reference is not a whole md5: two empty
 * strings (ffmpeg missing or failing on both sides) would otherwise compare equal and
 * pass while checking nothing.
 */
#define SPACETAPE_COMPARE_MD5(actual, reference)                                        \
    do {                                                                                \
        const QByteArray spacetapeReferenceMd5_ = (reference);                          \
        QVERIFY2(spacetapeReferenceMd5_.size() == 32,                                   \
                 "the reference md5 is not a 32-digit md5: the comparison would prove " \
                 "nothing");                                                            \
        QCOMPARE(QByteArray(actual), spacetapeReferenceMd5_);                           \
    } while (false)
