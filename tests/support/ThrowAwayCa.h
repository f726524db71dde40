// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace spacetape::test {

/// A self-signed CA certificate (its key was thrown away), for tests of which requests trust
/// an extra CA: it can sign nothing, so trusting it by mistake opens nothing either.
inline QByteArray throwAwayCaPem() {
    return QByteArrayLiteral(
        "-----BEGIN CERTIFICATE-----\n"
        "MIIBszCCAVmgAwIBAgIUDGdpMOrXZ9aRRD811tWZoJoyIewwCgYIKoZIzj0EAwIw\n"
        "LjEsMCoGA1UEAwwjU3BhY2V0YXBlIHVuaXQtdGVzdCBDQSAodGhyb3ctYXdheSkw\n"
        "IBcNMjYxMjA3MjMzMzEwWhgPMjEyNjExMTMyMzMzMTBaMC4xLDAqBgNVBAMMI1Nw\n"
        "YWNldGFwZSB1bml0LXRlc3QgQ0EgKHRocm93LWF3YXkpMFkwEwYHKoZIzj0CAQYI\n"
        "KoZIzj0DAQcDQgAErR1UhcC2hAQdJFwCRQq5EcywcDs9YUI76fwXEZdmGBuMgHgm\n"
        "wh86ltiOudfaApnyCJdmTQOCDsTm7sBv46wVzKNTMFEwHQYDVR0OBBYEFDWMkF8f\n"
        "E4S/8ntoWa5Spp7U6MPGMB8GA1UdIwQYMBaAFDWMkF8fE4S/8ntoWa5Spp7U6MPG\n"
        "MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAJA8zkYixiwFyMzy\n"
        "f+ClfsCO61acIG7S8xljhyDhFtU/AiAgmKYB89qEAoO9goPprWuIDmSQ5DiUKKNG\n"
        "7nxcieFWpQ==\n"
        "-----END CERTIFICATE-----\n");
}

}  // namespace spacetape::test
