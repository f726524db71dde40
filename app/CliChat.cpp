// SPDX-License-Identifier: MIT
#include "CliChat.h"

#include "CliSupport.h"

#include "extras/ChatParse.h"
#include "util/SafeText.h"
#include "x/SpaceLink.h"

#include <QJsonObject>
#include <QTimer>

#include <cmath>

namespace spacetape {

CliChat::CliChat(CliOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)) {
    connect(&m_chat, &extras::ChatClient::finished, this, &CliChat::onChatFinished);
    connect(&m_api, &XApiClient::waiting, this, [](const QString &message, int) {
        if (!message.isEmpty() && stderrIsTerminal())
            cliErr() << "spacetape-cli: " << printable(message) << Qt::endl;
    });
}

CliChat::~CliChat() = default;

QString CliChat::position(double seconds) {
    const qint64 s = std::isfinite(seconds) ? qint64(std::max(0.0, seconds)) : 0;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void CliChat::fail(const QString &message, int exitCode) {
    cliErr() << "spacetape-cli: chat: " << printable(message) << Qt::endl;
    Q_EMIT finished(exitCode);
}

void CliChat::start() {
    QTimer::singleShot(0, this, [this] {
        if (!configureClient(m_options, m_network, m_api)) {
            Q_EMIT finished(2);
            return;
        }
        const QString input = m_options.inputs.value(0);
        const auto id = SpaceLink::parseId(input);
        if (!id) {
            fail(SpaceLink::rejectionMessage(input), 2);
            return;
        }
        m_spaceId = *id;
        m_api.resolve(m_spaceId, [this](Expected<ResolvedSpace> resolved) {
            onResolved(std::move(resolved));
        });
    });
}

void CliChat::onResolved(Expected<ResolvedSpace> resolved) {
    if (!resolved) {
        fail(resolved.error());
        return;
    }
    if (resolved->isScheduled()) {
        fail(tr("This Space has not started yet, so it has no chat to read."));
        return;
    }
    m_startedAt = resolved->metadata.startedAt;
    m_chat.fetchHistory(resolved->stream.chatToken);
}

void CliChat::onChatFinished(bool ok, const QString &reason) {
    if (!ok) {
        fail(reason);
        return;
    }
    // No audio is read, so positions come from the service's time stamps alone.
    std::vector<extras::ChatEntry> entries = m_chat.entries();
    const qint64 startedMs = m_startedAt.isValid() ? m_startedAt.toMSecsSinceEpoch() : 0;
    extras::placeChat(entries, nullptr, startedMs);
    for (const extras::ChatEntry &entry : entries) {
        if (m_options.json) {
            printJsonLine({{QStringLiteral("at"), entry.at ? QJsonValue(*entry.at) : QJsonValue()},
                           {QStringLiteral("kind"), extras::chatKindName(entry.kind)},
                           {QStringLiteral("screen_name"), entry.screenName},
                           {QStringLiteral("display_name"), entry.displayName},
                           {QStringLiteral("text"), entry.text},
                           {QStringLiteral("timestamp_ms"), entry.timestampMs}});
            continue;
        }
        const QString who =
            entry.screenName.isEmpty()
                ? entry.displayName
                : (entry.displayName.isEmpty() || entry.displayName == entry.screenName
                       ? QStringLiteral("@") + entry.screenName
                       : QStringLiteral("%1 (@%2)").arg(entry.displayName, entry.screenName));
        // The parser cleaned every field already; printable() again, since this is the
        // terminal.
        cliOut() << (entry.at ? position(*entry.at) : QStringLiteral("--:--:--")) << "  "
                 << extras::chatKindName(entry.kind).leftJustified(8) << ' ' << printable(who)
                 << ": " << printable(entry.text) << Qt::endl;
    }
    if (!m_options.json)
        cliErr() << "spacetape-cli: chat: " << tr("%n entries read.", nullptr, int(entries.size()))
                 << Qt::endl;
    Q_EMIT finished(0);
}

}  // namespace spacetape
