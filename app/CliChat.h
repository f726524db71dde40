// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include "extras/ChatClient.h"
#include "net/NetworkService.h"
#include "x/XApiClient.h"

#include <QDateTime>
#include <QObject>

namespace spacetape {

/**
 * @brief `spacetape-cli chat LINK [--json]`: resolves the Space, reads its chat through
 * extras::ChatClient and prints one line per entry (no audio is read).
 *
 * Each line: the position from the Space's start (timestamp − started_at, hh:mm:ss), the
 * kind, the name and the text, control characters removed; with --json one object per line
 * ({"at","kind","screen_name","display_name","text","timestamp_ms"}). Exit codes: 0 when
 * the chat was read, 1 when it was not (one line on stderr says why), 2 on bad usage.
 */
class CliChat : public QObject {
    Q_OBJECT
public:
    explicit CliChat(CliOptions options, QObject *parent = nullptr);
    ~CliChat() override;

    /// Starts; finished() follows.
    void start();

    /// hh:mm:ss of @p seconds (negative: 00:00:00), for a chat line's position.
    static QString position(double seconds);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onResolved(Expected<ResolvedSpace> resolved);
    void onChatFinished(bool ok, const QString &reason);
    void fail(const QString &message, int exitCode = 1);

    CliOptions m_options;
    NetworkService m_network;
    XApiClient m_api{m_network};
    extras::ChatClient m_chat{m_network};
    QDateTime m_startedAt;
    QString m_spaceId;
};

}  // namespace spacetape
