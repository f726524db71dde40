// SPDX-License-Identifier: MIT
#include "net/ReplyGuard.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace spacetape::replyguard {

namespace {
constexpr char kFailureProperty[] = "spacetape_guard_failure";

void abortWith(QNetworkReply *reply, const QString &why) {
    if (reply->property(kFailureProperty).toString().isEmpty())
        reply->setProperty(kFailureProperty, why);
    reply->abort();
}

QString mib(qint64 bytes) {
    return QCoreApplication::translate("ReplyGuard", "%1 MiB")
        .arg(QString::number(double(bytes) / (1024 * 1024), 'g', 3));
}
}  // namespace

void bound(QNetworkReply *reply, qint64 maxBytes, int deadlineMs, const QString &what,
           const char *limitName) {
    const QString tooLarge = QCoreApplication::translate(
                                 "ReplyGuard", "the %1 is larger than %2 (limit %3); it is refused")
                                 .arg(what, mib(maxBytes), QLatin1String(limitName));
    // Checked before any body byte is buffered, then as bytes arrive: memory stays bounded.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            abortWith(reply, tooLarge);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes, tooLarge](qint64 received, qint64 total) {
                         if (received > maxBytes || total > maxBytes)
                             abortWith(reply, tooLarge);
                     });
    if (deadlineMs > 0) {
        QPointer<QNetworkReply> guarded(reply);
        QTimer::singleShot(deadlineMs, reply, [guarded, deadlineMs, what] {
            if (guarded && guarded->isRunning())
                abortWith(guarded,
                          QCoreApplication::translate("ReplyGuard",
                                                      "the %1 did not arrive within %2 s (limit "
                                                      "kBodyDeadlineMs); the server is too slow")
                              .arg(what)
                              .arg(deadlineMs / 1000));
        });
    }
}

QString failure(const QNetworkReply *reply) {
    return reply ? reply->property(kFailureProperty).toString() : QString();
}

}  // namespace spacetape::replyguard
