// SPDX-License-Identifier: MIT
// The chat client against the fake chat service: access, pages, the three ends, duplicates,
// placement against the fake's truth, no credentials to the chat hosts, caps, live polling.
#include "extras/ChatClient.h"
#include "extras/ChatParse.h"
#include "fake/FakeChatService.h"
#include "fake/FakeHttpServer.h"
#include "net/NetworkService.h"
#include "util/Limits.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace spacetape;
using namespace spacetape::extras;
using namespace spacetape::test;

namespace {

const QString kChatToken = QStringLiteral("chat-Tok3n.abc_DEF");
const QDateTime kStartedAt = QDateTime(QDate(2026, 11, 1), QTime(18, 0, 7, 250), Qt::UTC);

FakeChatMessage message(int type, const QString &text, double at,
                        FakeChatMessage::Ntp ntp = FakeChatMessage::Ntp::Number) {
    FakeChatMessage m;
    m.type = type;
    m.text = text;
    m.mediaSeconds = at;
    m.ntp = ntp;
    return m;
}

/// A Space's chat with every kind and every NTP form; texts are unique, so tests find the
/// truth by text. Kept: everything but "interim …" and the unknown stage event.
QList<FakeChatMessage> script() {
    using Ntp = FakeChatMessage::Ntp;
    QList<FakeChatMessage> s;
    s << message(3, QString(), 1.0);  // a join
    s << message(1, QStringLiteral("hello everyone"), 3.2);
    s << message(2, QStringLiteral("🔥"), 4.9, Ntp::String);
    s << message(1, QStringLiteral("ntp zero line"), 7.7, Ntp::Zero);
    s << message(45, QStringLiteral("interim welc"), 9.0);
    s.last().final = false;
    s << message(45, QStringLiteral("welcome to the space"), 9.6);
    s << message(201, QStringLiteral("chat caption"), 12.1, Ntp::String);
    s << message(1, QStringLiteral("[cc] typed caption"), 14.0);
    s << message(2, QStringLiteral("💯"), 15.5, Ntp::LiveFrameOnly);
    s << message(2, QStringLiteral("👏"), 15.6);
    FakeChatMessage event = message(40, QString(), 18.3);
    event.stageEvent = 9;
    event.guest = QStringLiteral("bob");
    s << event;
    FakeChatMessage unknown = message(40, QString(), 19.0);
    unknown.stageEvent = 77;
    s << unknown;
    s << message(1, QStringLiteral("last words"), 25.25, Ntp::String);
    return s;
}
constexpr int kKeptInScript = 11;

struct Rig {
    FakeHttpServer http;
    FakeChatService chat{http};
    NetworkService network;
    ChatClient client{network};

    Rig() {
        http.listen();
        network.setApiOrigin(http.baseUrl());
        chat.setChat(kChatToken, kStartedAt, script());
        ChatTiming timing;
        timing.pollIntervalMs = 30;
        client.setTiming(timing);
    }
    /// Runs fetchHistory to its end; the finished() arguments.
    QList<QVariant> read(const QString &token = kChatToken) {
        QSignalSpy done(&client, &ChatClient::finished);
        client.fetchHistory(token);
        if (!done.wait(30000))
            return {};
        return done.takeFirst();
    }
};

QString entryTexts(const std::vector<ChatEntry> &entries) {
    QStringList texts;
    for (const ChatEntry &e : entries)
        texts << chatKindName(e.kind) + QLatin1Char(':') + e.text;
    return texts.join(QLatin1String(" | "));
}

}  // namespace

class TestChatClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsEveryPage_data() {
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("duplicates");
        QTest::newRow("503 end") << int(FakeChatService::End::Status503) << false;
        QTest::newRow("empty cursor") << int(FakeChatService::End::EmptyCursor) << false;
        QTest::newRow("empty page") << int(FakeChatService::End::EmptyPage) << false;
        QTest::newRow("503 end, duplicates") << int(FakeChatService::End::Status503) << true;
        QTest::newRow("empty cursor, duplicates") << int(FakeChatService::End::EmptyCursor) << true;
    }
    void readsEveryPage() {
        QFETCH(int, end);
        QFETCH(bool, duplicates);
        Rig rig;
        rig.chat.setEnd(FakeChatService::End(end));
        rig.chat.setDuplicates(duplicates);
        rig.chat.setPageSize(3);
        const QList<QVariant> result = rig.read();
        QVERIFY(!result.isEmpty());
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
        const auto &entries = rig.client.entries();
        QCOMPARE(int(entries.size()), kKeptInScript);
        QSet<QString> uuids;
        for (const ChatEntry &e : entries)
            uuids.insert(e.uuid);
        QCOMPARE(int(uuids.size()), kKeptInScript);
        QCOMPARE(rig.chat.accessCalls(), 1);
        // 13 messages in pages of 3: 5 pages; 503 and empty-page ends ask once more.
        const int pages = 5;
        const bool asksPastTheEnd = FakeChatService::End(end) != FakeChatService::End::EmptyCursor;
        QCOMPARE(rig.chat.historyCalls(), pages + (asksPastTheEnd ? 1 : 0));
        if (duplicates)
            QVERIFY(rig.client.duplicatesDropped() > 0);
        else
            QCOMPARE(rig.client.duplicatesDropped(), 0);
        // Only final captions; every reaction.
        const QString texts = entryTexts(entries);
        QVERIFY2(!texts.contains(QLatin1String("interim")), qPrintable(texts));
        QVERIFY2(texts.contains(QLatin1String("caption:welcome to the space")), qPrintable(texts));
        QVERIFY2(texts.contains(QLatin1String("caption:typed caption")), qPrintable(texts));
        QVERIFY2(texts.contains(QLatin1String("caption:chat caption")), qPrintable(texts));
        int reactions = 0;
        for (const ChatEntry &e : entries)
            reactions += e.kind == ChatKind::Reaction ? 1 : 0;
        QCOMPARE(reactions, 3);
        QVERIFY2(texts.contains(QLatin1String("speaker:is now a speaker")), qPrintable(texts));
        QVERIFY2(texts.contains(QLatin1String("join:")), qPrintable(texts));
    }

    void placedWithinASecondOfTheTruth() {
        Rig rig;
        const QList<QVariant> result = rig.read();
        QVERIFY(!result.isEmpty() && result.at(0).toBool());
        // The clock the Hydra frames give: one stamp a second, NTP = ntpAtMediaZero() + t.
        NtpClock clock;
        for (int t = 0; t <= 40; ++t)
            clock.addStamp(rig.chat.ntpAtMediaZero() + t, double(t));
        std::vector<ChatEntry> entries = rig.client.entries();
        placeChat(entries, &clock, kStartedAt.toMSecsSinceEpoch());
        QHash<QString, double> truth;
        for (const FakeChatMessage &m : script())
            truth.insert(m.text, m.mediaSeconds);
        for (const ChatEntry &e : entries) {
            if (e.kind == ChatKind::Join || e.kind == ChatKind::Speaker)
                continue;  // their text is ours, not the script's
            const QString key = e.text == QLatin1String("typed caption")
                                    ? QStringLiteral("[cc] typed caption")
                                    : e.text;
            QVERIFY2(truth.contains(key), qPrintable(e.text));
            QVERIFY(e.at);
            QVERIFY2(qAbs(*e.at - truth.value(key)) <= 1.0,
                     qPrintable(QStringLiteral("%1 at %2, said at %3")
                                    .arg(e.text)
                                    .arg(*e.at)
                                    .arg(truth.value(key))));
            // The NTP ones through the clock land far closer than the second allowed.
            if (e.ntpSeconds > 0)
                QVERIFY2(qAbs(*e.at - truth.value(key)) < 0.01, qPrintable(e.text));
        }
        // Without a clock: timestamp − started_at, off by the send latency only.
        std::vector<ChatEntry> byTime = rig.client.entries();
        placeChat(byTime, nullptr, kStartedAt.toMSecsSinceEpoch());
        QCOMPARE(byTime.back().text, QStringLiteral("last words"));
        QVERIFY(qAbs(*byTime.back().at - 25.25) <= 1.0);
    }

    void noCredentialReachesTheChatHosts() {
        Rig rig;
        // A login the app holds, set deliberately for the fake's host: it must stay home.
        QNetworkCookie auth("auth_token", "0123456789abcdef0123456789abcdef01234567");
        auth.setDomain(QStringLiteral("127.0.0.1"));
        auth.setPath(QStringLiteral("/"));
        QNetworkCookie ct0("ct0", "abcdef0123456789abcdef0123456789");
        ct0.setDomain(QStringLiteral("127.0.0.1"));
        ct0.setPath(QStringLiteral("/"));
        rig.network.cookieJar()->insertCookie(auth);
        rig.network.cookieJar()->insertCookie(ct0);
        QVERIFY(
            !rig.network.cookieJar()->cookiesForUrl(rig.http.url(QStringLiteral("/"))).isEmpty());
        const QList<QVariant> result = rig.read();
        QVERIFY(!result.isEmpty() && result.at(0).toBool());
        const QList<FakeRequest> requests = rig.chat.requests();
        QVERIFY(requests.size() >= 2);
        for (const FakeRequest &r : requests) {
            QVERIFY2(r.header("cookie").isEmpty(), r.path.constData());
            QVERIFY2(r.header("authorization").isEmpty(), r.path.constData());
            QVERIFY2(r.header("x-csrf-token").isEmpty(), r.path.constData());
            QVERIFY2(r.header("x-guest-token").isEmpty(), r.path.constData());
        }
        // The access call went to the routed Periscope API path.
        QCOMPARE(requests.first().path, QByteArray(FakeChatService::kAccessPath));
        // Periscope's API host is routed, but it is no X host (which may get the login).
        QVERIFY(!NetworkService::isXHost(QStringLiteral("proxsee.pscp.tv")));
        QCOMPARE(rig.network.routed(QUrl(QString::fromLatin1(ChatClient::kAccessUrl))).port(),
                 int(rig.http.port()));
    }

    void refusedTokenSaysWhy() {
        Rig rig;
        const QList<QVariant> result = rig.read(QStringLiteral("wrong-token"));
        QVERIFY(!result.isEmpty());
        QVERIFY(!result.at(0).toBool());
        const QString reason = result.at(1).toString();
        QVERIFY2(reason.contains(QLatin1String("403")) &&
                     reason.contains(QLatin1String("chat token not valid")),
                 qPrintable(reason));
        QVERIFY(!reason.contains(QLatin1Char('\n')));
        QCOMPARE(rig.chat.historyCalls(), 0);
    }

    void noTokenNoRequest() {
        Rig rig;
        const QList<QVariant> result = rig.read(QString());
        QVERIFY(!result.isEmpty());
        QVERIFY(!result.at(0).toBool());
        QVERIFY(!result.at(1).toString().isEmpty());
        QCOMPARE(rig.chat.accessCalls(), 0);
    }

    void endpointMustBeHttps_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("remote http") << QStringLiteral("http://chatman.example.com");
        QTest::newRow("file") << QStringLiteral("file:///etc");
        QTest::newRow("garbage") << QStringLiteral("\x1b[2J not a url");
    }
    void endpointMustBeHttps() {
        QFETCH(QString, endpoint);
        Rig rig;
        rig.chat.setEndpoint(endpoint);
        const QList<QVariant> result = rig.read();
        QVERIFY(!result.isEmpty());
        QVERIFY(!result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(QLatin1String("https")),
                 qPrintable(result.at(1).toString()));
        QVERIFY(!result.at(1).toString().contains(QChar(0x1b)));
        QCOMPARE(rig.chat.historyCalls(), 0);
    }

    void pagesAreCapped() {
        Rig rig;
        QList<FakeChatMessage> many;
        for (int i = 0; i < limits::kMaxChatPages + 20; ++i)
            many << message(2, QStringLiteral("👍"), i * 0.1);
        rig.chat.setChat(kChatToken, kStartedAt, many);
        rig.chat.setPageSize(1);
        const QList<QVariant> result = rig.read();
        QVERIFY(!result.isEmpty());
        QVERIFY(result.at(0).toBool());
        QCOMPARE(rig.client.pagesRead(), limits::kMaxChatPages);
        QCOMPARE(int(rig.client.entries().size()), limits::kMaxChatPages);
    }

    void oversizedPageIsRefused() {
        Rig rig;
        QList<FakeChatMessage> big;
        for (int i = 0; i < 10; ++i)
            big << message(1, QString(1024 * 1024, QLatin1Char('a' + i)), i);
        rig.chat.setChat(kChatToken, kStartedAt, big);
        rig.chat.setPageSize(10);
        const QList<QVariant> result = rig.read();
        QVERIFY(!result.isEmpty());
        QVERIFY(!result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(QLatin1String("8 MiB")),
                 qPrintable(result.at(1).toString()));
    }

    void totalTimeIsBounded() {
        Rig rig;
        rig.http.setLatencyMs(40);
        rig.chat.setPageSize(1);
        ChatTiming timing;
        timing.historyDeadlineMs = 150;
        rig.client.setTiming(timing);
        const QList<QVariant> result = rig.read();
        QVERIFY(!result.isEmpty());
        QVERIFY(!result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(QLatin1String("kChatHistoryDeadlineMs")),
                 qPrintable(result.at(1).toString()));
        QVERIFY(rig.chat.historyCalls() < 13);
    }

    void liveKeepsPolling() {
        Rig rig;
        rig.chat.setChat(kChatToken, kStartedAt, script().mid(0, 4));
        rig.chat.setEnd(FakeChatService::End::EmptyPage);
        QSignalSpy done(&rig.client, &ChatClient::finished);
        rig.client.startLive(kChatToken);
        QTRY_COMPARE_WITH_TIMEOUT(int(rig.client.entries().size()), 4, 10000);
        // Said later, while recording: the next polls bring it, nothing twice.
        const QList<FakeChatMessage> rest = script().mid(4);
        for (const FakeChatMessage &m : rest)
            rig.chat.append(m);
        QTRY_COMPARE_WITH_TIMEOUT(int(rig.client.entries().size()), kKeptInScript, 10000);
        const int calls = rig.chat.historyCalls();
        QTRY_VERIFY_WITH_TIMEOUT(rig.chat.historyCalls() > calls + 2, 10000);
        QCOMPARE(int(rig.client.entries().size()), kKeptInScript);
        QCOMPARE(done.count(), 0);
        rig.client.stop();
        QCOMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).toBool());
        QVERIFY(!rig.client.isRunning());
    }

    void liveSocketBringsMessagesAtOnce() {
        Rig rig;
        rig.chat.setChat(kChatToken, kStartedAt, script().mid(0, 2));
        QVERIFY(rig.chat.listenSocket(true));
        ChatTiming timing;
        timing.pollIntervalMs = 60 * 60 * 1000;  // no second poll within the test
        rig.client.setTiming(timing);
        rig.client.setChatnowUrl(rig.chat.socketUrl());
        rig.client.startLive(kChatToken);
        QTRY_COMPARE_WITH_TIMEOUT(int(rig.client.entries().size()), 2, 10000);
        // The client said who it is and which room it joins (facts §9).
        QTRY_COMPARE_WITH_TIMEOUT(rig.chat.socketReceived().size(), 2, 10000);
        QVERIFY2(rig.chat.socketReceived().at(0).contains(QLatin1String("acc-") + kChatToken),
                 qPrintable(rig.chat.socketReceived().at(0)));
        QVERIFY2(rig.chat.socketReceived().at(1).contains(QLatin1String("1YqKDqWqdPLxV")),
                 qPrintable(rig.chat.socketReceived().at(1)));
        const int polls = rig.chat.historyCalls();
        rig.chat.append(message(1, QStringLiteral("said live"), 30));
        QTRY_COMPARE_WITH_TIMEOUT(int(rig.client.entries().size()), 3, 10000);
        QCOMPARE(rig.client.entries().back().text, QStringLiteral("said live"));
        QCOMPARE(rig.client.socketMessages(), 1);
        QCOMPARE(rig.chat.historyCalls(), polls);  // it came by the socket
        rig.client.stop();
    }

    void liveSocketWithPresenceOnlyLeavesItToPolling() {
        Rig rig;
        rig.chat.setChat(kChatToken, kStartedAt, script().mid(0, 2));
        QVERIFY(rig.chat.listenSocket(false));
        rig.client.setChatnowUrl(rig.chat.socketUrl());
        rig.client.startLive(kChatToken);
        QTRY_COMPARE_WITH_TIMEOUT(int(rig.client.entries().size()), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.chat.socketReceived().size(), 2, 10000);
        rig.chat.append(message(1, QStringLiteral("said live"), 30));
        rig.chat.append(message(2, QStringLiteral("❤️"), 31));
        QTRY_COMPARE_WITH_TIMEOUT(int(rig.client.entries().size()), 4, 10000);
        QCOMPARE(rig.client.socketMessages(), 0);
        rig.client.stop();
    }

    void liveSurvivesA503BeforeAnyPage() {
        // 503 is the end of a replay's history, but only "nothing yet" while live.
        Rig rig;
        rig.chat.setChat(kChatToken, kStartedAt, {});
        QSignalSpy done(&rig.client, &ChatClient::finished);
        rig.client.startLive(kChatToken);
        QTRY_VERIFY_WITH_TIMEOUT(rig.chat.historyCalls() >= 2, 10000);
        rig.chat.append(message(1, QStringLiteral("first!"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(int(rig.client.entries().size()), 1, 10000);
        rig.client.stop();
        QCOMPARE(done.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
