// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include "diag/ConnectionDoctor.h"
#include "net/NetworkService.h"

#include <QObject>

namespace spacetape {

/**
 * @brief `spacetape-cli doctor [LINK]`: runs the ConnectionDoctor and prints one line per
 * check as it ends (or one JSON line with --json), then a summary.
 *
 * Exit codes: 0 when no check failed (skipped ones do not count), 1 when one did, 2 on bad
 * usage (a LINK that is no Space, an unusable --cookies or --api-origin).
 */
class CliDoctor : public QObject {
    Q_OBJECT
public:
    explicit CliDoctor(CliOptions options, QObject *parent = nullptr);
    ~CliDoctor() override;

    /// Starts the checks; finished() follows.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onStepFinished(const StepResult &result);
    void onFinished(int exitCode);

    CliOptions m_options;
    NetworkService m_network;
    ConnectionDoctor m_doctor{m_network};
};

}  // namespace spacetape
