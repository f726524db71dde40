// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace spacetape {

/// True when @p arguments (argv) name an account subcommand: login or logout.
bool isAccountCommand(const QStringList &arguments);

/**
 * Runs `spacetape-cli login --cookies FILE | --status` or `spacetape-cli logout`
 * against the OS keychain, in a running QCoreApplication; returns the exit code.
 */
int runAccountCommand(const QStringList &arguments);

}  // namespace spacetape
