// SPDX-License-Identifier: MIT
// CookieImport: any file or header text gives a valid login or a message, never a crash.
#include "FuzzCheck.h"
#include "auth/CookieImport.h"

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = fuzzBytes(data, size);
    for (const auto &login : {CookieImport::fromAnyFile(bytes),
                              CookieImport::fromCookieHeader(QString::fromUtf8(bytes))}) {
        if (login)
            FUZZ_CHECK(XLogin::validate(*login).ok());
        else
            FUZZ_CHECK(!login.error().isEmpty());
    }
    return 0;
}
