// SPDX-License-Identifier: MIT
#include "net/ReplyGuard.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace spacetape::replyguard {

namespace {
constexpr char kFailureProperty[] = "spacetape_guard_failure";

void abortWith(QNetworkReply *reply, const QString &why, const char *limitName) {
    if (!reply->property(kFailureProperty).toString().isEmpty())
        return;
    qCInfo(lcNet) << "aborting" << reply->url().host() << "at limit" << limitName;
    reply->setProperty(kFailureProperty, why);
    reply->abort();
}

QString mib(qint64 bytes) {
    return QCoreApplication::translate("ReplyGuard", "%1 MiB")
        .arg(QString::number(double(bytes) / (1024 * 1024), 'g', 3));
}
}  // namespace

qint64 readBufferFor(qint64 maxBytes) {
    // Not maxBytes + 1: Qt's HTTP thread may stop handing data over up to one block (at most
    // 128 KiB from a socket, 16 KiB from an HTTP/2 frame) short of the read buffer, and then
    // reads no more until this thread reads. A body stalled there just past the limit is
    // still seen and aborted, instead of waiting for the transfer timeout.
    constexpr qint64 kBlockSlack = 1024 * 1024;
    return maxBytes + kBlockSlack;
}

void bound(QNetworkReply *reply, qint64 maxBytes, int deadlineMs, const QString &what,
           const char *limitName) {
    // Without a read buffer size Qt's HTTP thread reads the socket as fast as it can and
    // queues everything for this thread: an endless body grew to 1.3 GB before the first
    // progress signal was looked at. With it, Qt stops reading once that much waits unread.
    reply->setReadBufferSize(readBufferFor(maxBytes));
    const QString tooLarge =
        QCoreApplication::translate(
            "ReplyGuard",
            "the %1 is larger than %2, far more than a real one, so Spacetape stopped "
            "downloading it; the server may be faulty or not the one it should be: try again "
            "later, or check the address")
            .arg(what, mib(maxBytes));
    // Checked before any body byte is buffered, then as bytes arrive: memory stays bounded.
    QObject::connect(
        reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, tooLarge, limitName] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > maxBytes)
                abortWith(reply, tooLarge, limitName);
        });
    // Qt emits downloadProgress at most every 100 ms: once the read buffer is full no more
    // arrives, so the last one may never come. readyRead comes with every piece; what
    // waits unread then tells (a reader that keeps the buffer empty is caught by progress).
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [reply, maxBytes, tooLarge, limitName] {
                         if (reply->bytesAvailable() > maxBytes)
                             abortWith(reply, tooLarge, limitName);
                     });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes, tooLarge, limitName](qint64 received, qint64 total) {
                         if (received > maxBytes || total > maxBytes)
                             abortWith(reply, tooLarge, limitName);
                     });
    if (deadlineMs > 0) {
        QPointer<QNetworkReply> guarded(reply);
        QTimer::singleShot(deadlineMs, reply, [guarded, deadlineMs, what] {
            if (guarded && guarded->isRunning())
                abortWith(guarded,
                          QCoreApplication::translate(
                              "ReplyGuard",
                              "the %1 did not arrive within %2 s; the server is too slow: try "
                              "again later")
                              .arg(what)
                              .arg(deadlineMs / 1000),
                          "kBodyDeadlineMs");
        });
    }
}

QString failure(const QNetworkReply *reply) {
    return reply ? reply->property(kFailureProperty).toString() : QString();
}

}  // namespace spacetape::replyguard
