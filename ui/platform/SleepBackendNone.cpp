// SPDX-License-Identifier: MIT
// Platforms without a sleep backend yet: every request is answered "not granted", so
// downloads run as usual and the system may sleep. A port replaces this file.
#include "platform/SleepBackend.h"

namespace spacetape {

namespace {
class SleepBackendNone final : public SleepBackend {
public:
    void inhibit(const QString &) override { Q_EMIT answered(false); }
    void release() override {}
};
}  // namespace

std::unique_ptr<SleepBackend> SleepBackend::create() {
    return std::make_unique<SleepBackendNone>();
}

}  // namespace spacetape
