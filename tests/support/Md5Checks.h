// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QTest>

namespace spacetape::test {
/// The md5 of zero bytes: what a decode that produced no samples hashes to.
inline constexpr char kMd5OfNothing[] = "d41d8cd98f00b204e9800998ecf8427e";

/// True for 32 lower- or upper-case hex digits that are not the md5 of nothing.
inline bool isMeaningfulMd5(const QByteArray &md5) {
    if (md5.size() != 32 || md5.compare(kMd5OfNothing, Qt::CaseInsensitive) == 0)
        return false;
    for (const char c : md5) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return false;
    }
    return true;
}
}  // namespace spacetape::test

/**
 * Compares two md5s (hex), failing when the reference is not a meaningful md5: two empty
 * strings (ffmpeg missing or failing on both sides), two error texts, or the md5 of zero
 * samples on both sides would otherwise compare equal and pass while checking nothing.
 */
#define SPACETAPE_COMPARE_MD5(actual, reference)                                           \
    do {                                                                                   \
        const QByteArray spacetapeReferenceMd5_ = (reference);                             \
        QVERIFY2(spacetape::test::isMeaningfulMd5(spacetapeReferenceMd5_),                 \
                 "the reference is not the md5 of some audio (32 hex digits, not the md5 " \
                 "of nothing): the comparison would prove nothing");                       \
        QCOMPARE(QByteArray(actual), spacetapeReferenceMd5_);                              \
    } while (false)
