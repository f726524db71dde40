// SPDX-License-Identifier: MIT
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtEndian>

#include <sys/stat.h>
#include <unistd.h>

namespace spacetape {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "spacetape.instance")

/// A message is a handful of links; anything larger is not from us.
constexpr quint32 kMaxMessageBytes = 1024 * 1024;
constexpr int kConnectProbeMs = 500;
const QByteArray kAck = QByteArrayLiteral("OK\n");

QByteArray encode(const QStringList &args) {
    const QByteArray json =
        QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact);
    QByteArray message(4, '\0');
    qToBigEndian(quint32(json.size()), message.data());
    return message + json;
}
}  // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent), m_key(key) {}

SingleInstance::~SingleInstance() = default;

namespace {
bool isPrivateFolder(const QString &path) {
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return info.isDir() && !info.isSymLink() && info.ownerId() == uint(::geteuid()) &&
           !(info.permissions() & others);
}

/// A socket may be trusted only when this user owns it (or it does not exist yet).
bool socketTrusted(const QString &path) {
    const QFileInfo info(path);
    return !info.exists() || (!info.isSymLink() && info.ownerId() == uint(::geteuid()));
}
}  // namespace

QString SingleInstance::privateSocketDirectory() {
    // Qt checks that XDG_RUNTIME_DIR is ours and 0700; check again, then fall back to a
    // private folder of our own under the temporary folder.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (isPrivateFolder(runtime))
        return runtime;
    const QString fallback =
        QDir::tempPath() + QStringLiteral("/spacetape-%1").arg(uint(::geteuid()));
    if (!QFileInfo::exists(fallback) && ::mkdir(QFile::encodeName(fallback).constData(), 0700) != 0)
        return {};
    return isPrivateFolder(fallback) ? fallback : QString();
}

QString SingleInstance::serverName(const QString &key) {
    const QString folder = privateSocketDirectory();
    if (folder.isEmpty())
        return {};
    // Home paths differ per user; hashing keeps the name short and free of separators.
    const QByteArray seed = (QDir::homePath() + QLatin1Char('\n') + key).toUtf8();
    return folder + QStringLiteral("/spacetape-") +
           QString::fromLatin1(
               QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::tryBecomePrimary() {
    if (m_server || m_standalone)
        return true;
    const QString name = serverName(m_key);
    if (name.isEmpty() || !socketTrusted(name)) {
        qCWarning(lcInstance) << "no private folder for the single-instance socket; running alone";
        m_standalone = true;
        return true;
    }
    {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(kConnectProbeMs))
            return false;  // somebody answers: they are the primary
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        // Nobody answered, so a socket file left by a crash is in the way.
        QLocalServer::removeServer(name);
        if (!server->listen(name)) {
            qCWarning(lcInstance) << "cannot listen on" << name << ':' << server->errorString();
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() < 4)
                return;
            char header[4];
            socket->peek(header, 4);
            const quint32 length = qFromBigEndian<quint32>(header);
            if (length > kMaxMessageBytes) {
                qCWarning(lcInstance) << "dropping an oversized message from another instance";
                socket->abort();
                return;
            }
            if (socket->bytesAvailable() < qint64(4 + length))
                return;  // the rest is on its way
            socket->skip(4);
            const QJsonDocument doc = QJsonDocument::fromJson(socket->read(length));
            QStringList args;
            for (const QJsonValue &value : doc.array())
                args << value.toString();
            socket->write(kAck);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT messageReceived(args);
        });
    }
}

bool SingleInstance::sendToPrimary(const QStringList &args, const QString &key, int timeoutMs) {
    const QString name = serverName(key);
    if (name.isEmpty() || !socketTrusted(name))
        return false;  // never hand links to a socket another user could own
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(args));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (answer.size() < kAck.size()) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(timeoutMs))
            break;
        answer += socket.readAll();
    }
    return answer.startsWith(kAck);
}

}  // namespace spacetape
