// SPDX-License-Identifier: MIT
#include "CliRunner.h"

#include <QTextStream>
#include <QTimer>

namespace spacetape {

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)) {}

void CliRunner::start() {
    QTimer::singleShot(0, this, [this] {
        QTextStream err(stderr);
        for (const QString &input : m_options.inputs)
            err << "spacetape-cli: " << input << ": not supported yet.\n";
        Q_EMIT finished(1);
    });
}

}  // namespace spacetape
