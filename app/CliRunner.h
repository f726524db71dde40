// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include <QObject>

namespace spacetape {

/// Runs the inputs of one spacetape-cli invocation one after another and
/// reports each result; the exit code is 0 only when every input was saved.
class CliRunner : public QObject {
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);

    /// Starts the work; finished() follows once every input is done.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    CliOptions m_options;
};

}  // namespace spacetape
