// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace spacetape {

/**
 * @brief One running app per user: later starts hand their arguments to the first.
 *
 * The first instance listens on a local socket whose name is derived from the user's home
 * folder (so two users on one machine each get their own app) and only the user may connect.
 * A later start sends its arguments (Space links) as one message and waits for an
 * acknowledgement, so it can exit knowing the links arrived. A socket left behind by a
 * crashed instance is detected (nobody answers) and replaced.
 *
 * Message: a 4-byte big-endian length, then a UTF-8 JSON array of strings; answer "OK\n".
 */
class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// @p key separates independent groups (tests); empty: the app's default.
    explicit SingleInstance(const QString &key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The local socket's path for @p key: inside the user's runtime directory
    /// (XDG_RUNTIME_DIR) or a private folder of theirs, never a name in /tmp that another
    /// user could take first. Empty when no private folder is available.
    static QString serverName(const QString &key = {});
    /// A folder only this user can enter (owned by them, no group/other access), or empty.
    static QString privateSocketDirectory();

    /// Starts listening unless another instance already does; true when this is the first.
    bool tryBecomePrimary();
    bool isPrimary() const { return m_server != nullptr || m_standalone; }

    /// Sends @p args to the running instance and waits (up to @p timeoutMs) for its answer.
    /// Blocking: meant for a second instance before it starts its event loop.
    static bool sendToPrimary(const QStringList &args, const QString &key = {},
                              int timeoutMs = 5000);

Q_SIGNALS:
    /// Arguments another start of the app sent.
    void messageReceived(const QStringList &args);

private:
    bool m_standalone = false;  ///< no private folder: runs alone, trusts no socket
    void onNewConnection();

    QString m_key;
    QLocalServer *m_server = nullptr;
};

}  // namespace spacetape
