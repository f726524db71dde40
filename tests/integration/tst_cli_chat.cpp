// SPDX-License-Identifier: MIT
// spacetape-cli chat through the fake X and its chat service: lines with positions, --json,
// hostile text kept off the terminal, and one clear line with exit 1 when the chat cannot be
// read.
#include "fake/FakeChatService.h"
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "support/CliProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
const QString kChatToken = QStringLiteral("cli-chat-token");
const QDateTime kStartedAt = QDateTime(QDate(2026, 11, 1), QTime(18, 0), Qt::UTC);

FakeChatMessage message(int type, const QString &text, double at) {
    FakeChatMessage m;
    m.type = type;
    m.text = text;
    m.mediaSeconds = at;
    return m;
}

/// The fake X with one ended Space and its chat (no audio: the command reads none).
struct Rig {
    FakeHttpServer http;
    FakeXServer x{http};
    FakeChatService chat{http};

    explicit Rig(const QString &chatToken = kChatToken) {
        http.listen();
        FakeSpace space;
        space.id = kSpaceId;
        space.mediaKey = QStringLiteral("28_1976000000000000001");
        space.startedAt = kStartedAt;
        space.endedAt = kStartedAt.addSecs(3600);
        space.playlistUrl =
            http.url(QStringLiteral("/hls/audio-space/playlist_1.m3u8?type=replay")).toString();
        space.chatToken = chatToken;
        x.addSpace(space);
        QList<FakeChatMessage> script;
        script << message(1, QStringLiteral("hello from the start"), 2.0);
        FakeChatMessage evil =
            message(1, QStringLiteral("\x1b]0;owned\x07gotcha\x1b[2J\u202Etxt.exe"), 65.0);
        evil.senderName = QStringLiteral("Eve\x1b[31m Red");
        evil.senderHandle = QStringLiteral("eve");
        script << evil;
        script << message(2, QStringLiteral("🎉"), 3723.0);
        FakeChatMessage caption = message(45, QStringLiteral("and that is the news"), 70.0);
        caption.ntp = FakeChatMessage::Ntp::Zero;
        script << caption;
        FakeChatMessage interim = message(45, QStringLiteral("and that"), 69.0);
        interim.final = false;
        script << interim;
        chat.setChat(kChatToken, kStartedAt, script);
        chat.setPageSize(2);
        chat.setDuplicates(true);
    }
    CliRun run(const QStringList &args) {
        QTemporaryDir home;
        return runCli(QStringList{QStringLiteral("--api-origin"), http.baseUrl().toString()} + args,
                      cliEnvironment(home.path()));
    }
};
}  // namespace

class TestCliChat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void printsOneLinePerEntry() {
        Rig rig;
        const CliRun run = rig.run(
            {QStringLiteral("chat"), QStringLiteral("https://x.com/i/spaces/%1").arg(kSpaceId)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList lines =
            QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);  // the interim caption is dropped, the duplicates too
        QVERIFY2(lines.at(0).startsWith(QLatin1String("00:00:02  chat")), qPrintable(lines.at(0)));
        QVERIFY(
            lines.at(0).contains(QLatin1String("Listener One (@listener1): hello from the "
                                               "start")));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("00:01:05  chat")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QLatin1String("gotcha")));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("00:01:10  caption")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("01:02:03  reaction")),
                 qPrintable(lines.at(3)));
        QVERIFY(lines.at(3).contains(QStringLiteral("🎉")));
        // Nothing from the chat can steer the terminal.
        for (const char c : run.out)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(QString::number(uchar(c), 16)));
        QVERIFY(!run.out.contains("\xe2\x80\xae"));  // U+202E
        QVERIFY2(run.err.contains("4 entries"), run.err.constData());
    }

    void jsonOneObjectPerLine() {
        Rig rig;
        const CliRun run = rig.run({QStringLiteral("chat"), kSpaceId, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QList<double> truth = {2.0, 65.0, 70.0, 3723.0};
        const QStringList kinds = {QStringLiteral("chat"), QStringLiteral("chat"),
                                   QStringLiteral("caption"), QStringLiteral("reaction")};
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError error{};
            const QJsonObject entry = QJsonDocument::fromJson(lines.at(i), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
            QCOMPARE(entry.value(QLatin1String("kind")).toString(), kinds.at(i));
            QVERIFY2(qAbs(entry.value(QLatin1String("at")).toDouble() - truth.at(i)) <= 1.0,
                     lines.at(i).constData());
            QVERIFY(entry.value(QLatin1String("timestamp_ms")).toDouble() > 0);
            QVERIFY(entry.contains(QLatin1String("screen_name")));
            QVERIFY(entry.contains(QLatin1String("display_name")));
        }
        const QJsonObject evil = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(evil.value(QLatin1String("screen_name")).toString(), QStringLiteral("eve"));
        QVERIFY(!evil.value(QLatin1String("text")).toString().contains(QChar(0x1b)));
        QVERIFY(!evil.value(QLatin1String("display_name")).toString().contains(QChar(0x1b)));
    }

    void unreadableChatIsOneLineAndExit1() {
        Rig rig{QString()};  // the stream status carries no chat token
        const CliRun run = rig.run({QStringLiteral("chat"), kSpaceId});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QList<QByteArray> errLines = run.err.trimmed().split('\n');
        QVERIFY2(errLines.size() == 1, run.err.constData());
        QVERIFY2(errLines.first().contains("chat token"), run.err.constData());

        Rig refused(QStringLiteral("a-token-the-service-does-not-know"));
        const CliRun second = refused.run({QStringLiteral("chat"), kSpaceId});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("403"), second.err.constData());
    }

    void usage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no link") << QStringList{QStringLiteral("chat")};
        QTest::newRow("two links") << QStringList{QStringLiteral("chat"), kSpaceId, kSpaceId};
        QTest::newRow("not a Space")
            << QStringList{QStringLiteral("chat"), QStringLiteral("https://example.com/")};
    }
    void usage() {
        QFETCH(QStringList, args);
        Rig rig;
        const CliRun run = rig.run(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(rig.chat.accessCalls(), 0);
    }

    void helpNamesTheCommand() {
        Rig rig;
        const CliRun run = rig.run({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("spacetape-cli [options] chat LINK"));
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_cli_chat.moc"
