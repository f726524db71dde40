// SPDX-License-Identifier: MIT
#include "CliDoctor.h"

#include "CliSupport.h"

#include "x/SpaceLink.h"

#include <QJsonArray>
#include <QTimer>

namespace spacetape {

CliDoctor::CliDoctor(CliOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)) {
    connect(&m_doctor, &ConnectionDoctor::stepFinished, this, &CliDoctor::onStepFinished);
    connect(&m_doctor, &ConnectionDoctor::finished, this, &CliDoctor::onFinished);
    connect(&m_doctor, &ConnectionDoctor::waiting, this,
            [this](const QString &message, int secondsLeft) {
                if (message.isEmpty())
                    return;
                if (m_options.json)
                    printJsonLine({{QStringLiteral("event"), QStringLiteral("waiting")},
                                   {QStringLiteral("message"), message},
                                   {QStringLiteral("seconds_left"), secondsLeft}});
                else if (stderrIsTerminal())
                    cliErr() << "spacetape-cli: " << message << Qt::endl;
            });
}

CliDoctor::~CliDoctor() = default;

void CliDoctor::start() {
    QTimer::singleShot(0, this, [this] {
        // The same set-up as a download: --api-origin, --cookies (this run's login).
        if (!configureClient(m_options, m_network, m_doctor.api())) {
            Q_EMIT finished(2);
            return;
        }
        if (!m_options.inputs.isEmpty()) {
            const QString input = m_options.inputs.first();
            const auto id = SpaceLink::parseId(input);
            if (!id) {
                cliErr() << "spacetape-cli: doctor: " << SpaceLink::rejectionMessage(input)
                         << Qt::endl;
                Q_EMIT finished(2);
                return;
            }
            m_doctor.setSpaceId(*id);
        }
        if (!m_options.json)
            cliOut()
                << (m_doctor.spaceId().isEmpty()
                        ? tr("Checking the connection to X (no Space given: the Space steps "
                             "are skipped)…")
                        : tr("Checking the connection to X with Space %1…").arg(m_doctor.spaceId()))
                << Qt::endl;
        m_doctor.start();
    });
}

void CliDoctor::onStepFinished(const StepResult &result) {
    if (m_options.json)
        printJsonLine(ConnectionDoctor::toJson(result));
    else
        cliOut() << ConnectionDoctor::formatLine(result) << Qt::endl;
}

void CliDoctor::onFinished(int exitCode) {
    QStringList failed;
    int skipped = 0;
    for (const StepResult &r : m_doctor.results()) {
        if (r.outcome == StepOutcome::Failed)
            failed << ConnectionDoctor::stepId(r.step);
        skipped += r.outcome == StepOutcome::Skipped ? 1 : 0;
    }
    if (m_options.json) {
        printJsonLine({{QStringLiteral("event"), QStringLiteral("doctor")},
                       {QStringLiteral("status"),
                        failed.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed")},
                       {QStringLiteral("space"), m_doctor.spaceId()},
                       {QStringLiteral("failed"), QJsonArray::fromStringList(failed)},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("exit_code"), exitCode}});
    } else if (failed.isEmpty()) {
        cliOut() << (skipped ? tr("No check failed (%n skipped).", nullptr, skipped)
                             : tr("No check failed."))
                 << Qt::endl;
    }
    // As for downloads: the failure on stderr, in JSON mode too, for scripts.
    if (!failed.isEmpty())
        cliErr() << "spacetape-cli: doctor: "
                 << tr("%n of %1 checks failed (%2); see the lines above for what to do.", nullptr,
                       int(failed.size()))
                        .arg(m_doctor.results().size())
                        .arg(failed.join(QStringLiteral(", ")))
                 << Qt::endl;
    Q_EMIT finished(exitCode);
}

}  // namespace spacetape
