// SPDX-License-Identifier: MIT
#include "SingleInstance.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>

using namespace spacetape;

namespace {
/// A key nobody else uses, so parallel test runs never meet.
QString uniqueKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Runs the blocking sendToPrimary() like a second process would: outside this event loop.
class Sender {
public:
    Sender(const QStringList &args, const QString &key) {
        m_thread.reset(QThread::create(
            [this, args, key] { m_ok = SingleInstance::sendToPrimary(args, key, 20000); }));
        m_thread->start();
    }
    ~Sender() { m_thread->wait(); }
    bool finished() const { return m_thread->isFinished(); }
    bool ok() const { return m_ok; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_ok{false};
};
}  // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstBecomesPrimarySecondDoesNot() {
        const QString key = uniqueKey();
        SingleInstance first(key);
        QVERIFY(first.tryBecomePrimary());
        QVERIFY(first.isPrimary());
        SingleInstance second(key);
        QVERIFY(!second.tryBecomePrimary());
        QVERIFY(!second.isPrimary());
        // A different key (another user's home) is independent.
        SingleInstance other(uniqueKey());
        QVERIFY(other.tryBecomePrimary());
    }

    void secondInstanceMessageReachesTheFirst() {
        const QString key = uniqueKey();
        SingleInstance primary(key);
        QVERIFY(primary.tryBecomePrimary());
        QSignalSpy received(&primary, &SingleInstance::messageReceived);
        const QStringList links = {
            QStringLiteral("https://x.com/i/spaces/1YqJDqWqLOYJV"),
            QStringLiteral("https://twitter.com/i/spaces/1vOxwdyYrlqKB?s=20"),
            QStringLiteral("Ünïcödé title with spaces and \"quotes\"")};
        Sender sender(links, key);
        QVERIFY(received.wait(20000));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), links);
        // The sender learns that its message arrived (it exits only then).
        QTRY_VERIFY_WITH_TIMEOUT(sender.finished(), 20000);
        QVERIFY(sender.ok());
    }

    void severalMessagesArriveInFull() {
        const QString key = uniqueKey();
        SingleInstance primary(key);
        QVERIFY(primary.tryBecomePrimary());
        QSignalSpy received(&primary, &SingleInstance::messageReceived);
        // Large enough to arrive in several reads.
        QStringList many;
        for (int i = 0; i < 2000; ++i)
            many << QStringLiteral("https://x.com/i/spaces/1YqJDqWqLOY%1").arg(i);
        {
            Sender a(many, key);
            Sender b({QStringLiteral("second")}, key);
            QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(a.finished() && b.finished(), 20000);
            QVERIFY(a.ok() && b.ok());
        }
        QStringList sizes;
        for (const auto &message : received)
            sizes << QString::number(message.at(0).toStringList().size());
        sizes.sort();
        QCOMPARE(sizes, (QStringList{QStringLiteral("1"), QStringLiteral("2000")}));
    }

    void sendingWithoutAPrimaryFailsQuickly() {
        QVERIFY(!SingleInstance::sendToPrimary({QStringLiteral("x")}, uniqueKey(), 20000));
    }

    void primaryGoneLetsTheNextOneTakeOver() {
        const QString key = uniqueKey();
        auto first = std::make_unique<SingleInstance>(key);
        QVERIFY(first->tryBecomePrimary());
        first.reset();
        SingleInstance next(key);
        QVERIFY(next.tryBecomePrimary());
    }

    void staleSocketOfACrashedInstanceIsReplaced() {
#ifdef Q_OS_UNIX
        const QString key = uniqueKey();
        QString path;
        {
            QLocalServer probe;
            QVERIFY(probe.listen(SingleInstance::serverName(key)));
            path = probe.fullServerName();
        }
        // A killed instance leaves its socket file with nobody listening: listen() on the
        // name then fails with "address in use", just as with this plain file.
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        SingleInstance next(key);
        QVERIFY(next.tryBecomePrimary());
        QSignalSpy received(&next, &SingleInstance::messageReceived);
        Sender sender({QStringLiteral("after the crash")}, key);
        QVERIFY(received.wait(20000));
        QCOMPARE(received.at(0).at(0).toStringList(),
                 QStringList{QStringLiteral("after the crash")});
#else
        QSKIP("socket files exist on Unix only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
