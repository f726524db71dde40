// SPDX-License-Identifier: MIT
#pragma once

#include <QTest>

namespace spacetape::test {

/// True when a Secret Service is already running on the session bus. Only a
/// running one counts: activating one could start a daemon that writes into the
/// real home's keyring.
bool secretServiceRunning();

}  // namespace spacetape::test

/// Skips a keychain test outside tests/run-tests.sh, and fails it inside, where a
/// private unlocked gnome-keyring must be running (so a broken set-up can't pass).
#define SPACETAPE_REQUIRE_KEYCHAIN(available)                                            \
    do {                                                                                 \
        if (!(available)) {                                                              \
            if (qEnvironmentVariableIsSet("SPACETAPE_IN_TEST_SESSION"))                  \
                QFAIL(                                                                   \
                    "run-tests.sh should have started an unlocked gnome-keyring and "    \
                    "secret-tool (libsecret-tools) should be installed, but one is "     \
                    "missing");                                                          \
            QSKIP(                                                                       \
                "No running Secret Service on the session bus (or no secret-tool): run " \
                "this test through tests/run-tests.sh, which starts a private unlocked " \
                "gnome-keyring");                                                        \
        }                                                                                \
    } while (false)
