// SPDX-License-Identifier: MIT
// The chat service's messages (facts §9): payload in payload, NTP forms, kinds, hostile text.
#include "extras/ChatParse.h"
#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "x/StreamInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace spacetape;
using namespace spacetape::extras;

namespace {

/// 2023-06-01 11:00:03.284Z as the service writes it: NTP 32.32 in digits (above 2^63).
const QByteArray kNtpDigits = "16727205414910048600";
constexpr double kNtpSeconds = 3894606003.284;

/// A payload as the service nests it: the body is a JSON string inside the payload's JSON.
/// @p rawFields is spliced into the body's text verbatim (for numbers QJsonDocument would
/// rewrite).
QJsonObject adaSender() {
    return {{QStringLiteral("user_id"), QStringLiteral("1lDxLnrWaLnKE")},
            {QStringLiteral("username"), QStringLiteral("ada")},
            {QStringLiteral("display_name"), QStringLiteral("Ada L")}};
}

QString payloadWith(const QJsonObject &body, const QByteArray &rawFields,
                    const QJsonObject &sender) {
    QByteArray bodyText = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!rawFields.isEmpty())
        bodyText.insert(bodyText.size() - 1, "," + rawFields);
    const QJsonObject payload{{QStringLiteral("room"), QStringLiteral("1YqKDqWqdPLxV")},
                              {QStringLiteral("uuid"), QStringLiteral("u-1")},
                              {QStringLiteral("sender"), sender},
                              {QStringLiteral("body"), QString::fromUtf8(bodyText)}};
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QString payloadWith(const QJsonObject &body, const QByteArray &rawFields = QByteArray()) {
    return payloadWith(body, rawFields, adaSender());
}

QJsonObject body(int type, const QString &text) {
    return {{QStringLiteral("type"), type},
            {QStringLiteral("body"), text},
            {QStringLiteral("timestamp"), 1685617203684LL}};
}

}  // namespace

class TestChatParse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ntpForms_data() {
        QTest::addColumn<QString>("rawValue");  // as it stands in the body's JSON text
        QTest::addColumn<double>("expected");   // 0: none
        QTest::newRow("number above 2^63") << QString::fromLatin1(kNtpDigits) << kNtpSeconds;
        QTest::newRow("string") << QStringLiteral("\"%1\"").arg(QLatin1String(kNtpDigits))
                                << kNtpSeconds;
        QTest::newRow("string, spaces")
            << QStringLiteral("\" %1 \"").arg(QLatin1String(kNtpDigits)) << kNtpSeconds;
        QTest::newRow("small number") << QStringLiteral("4294967296") << 1.0;
        QTest::newRow("zero") << QStringLiteral("0") << 0.0;
        QTest::newRow("zero string") << QStringLiteral("\"0\"") << 0.0;
        QTest::newRow("negative") << QStringLiteral("-4294967296") << 0.0;
        QTest::newRow("negative string") << QStringLiteral("\"-4294967296\"") << 0.0;
        QTest::newRow("decimal string") << QStringLiteral("\"1.5\"") << 0.0;
        QTest::newRow("2^64") << QStringLiteral("18446744073709551616") << 0.0;
        QTest::newRow("2^64 string") << QStringLiteral("\"18446744073709551616\"") << 0.0;
        QTest::newRow("huge") << QStringLiteral("1e300") << 0.0;
        QTest::newRow("letters") << QStringLiteral("\"0x1234\"") << 0.0;
        QTest::newRow("bool") << QStringLiteral("true") << 0.0;
        QTest::newRow("object") << QStringLiteral("{}") << 0.0;
        QTest::newRow("null") << QStringLiteral("null") << 0.0;
    }
    void ntpForms() {
        QFETCH(QString, rawValue);
        QFETCH(double, expected);
        const QString payload = payloadWith(body(1, QStringLiteral("hi")),
                                            "\"ntpForBroadcasterFrame\":" + rawValue.toUtf8());
        const auto entry = ChatParse::parsePayload(payload);
        QVERIFY(entry);
        if (expected == 0)
            QCOMPARE(entry->ntpSeconds, 0.0);
        else
            QVERIFY2(qAbs(entry->ntpSeconds - expected) < 1e-3,
                     qPrintable(QString::number(entry->ntpSeconds, 'f', 6)));
        QCOMPARE(entry->timestampMs, 1685617203684LL);
    }

    void ntpStringIsExact() {
        // The string form keeps every digit: the fraction is read apart from the seconds.
        const auto seconds =
            ChatParse::ntpSeconds(QJsonValue(QStringLiteral("18446744069414584321")));
        QVERIFY(seconds);
        QCOMPARE(*seconds, 4294967295.0 + 1.0 / 4294967296.0);
    }

    void liveFrameWhenNoBroadcasterFrame() {
        const auto entry = ChatParse::parsePayload(
            payloadWith(body(1, QStringLiteral("hi")),
                        "\"ntpForBroadcasterFrame\":0,\"ntpForLiveFrame\":" + kNtpDigits));
        QVERIFY(entry);
        QVERIFY(qAbs(entry->ntpSeconds - kNtpSeconds) < 1e-3);
        const auto preferred = ChatParse::parsePayload(
            payloadWith(body(1, QStringLiteral("hi")),
                        "\"ntpForBroadcasterFrame\":4294967296,\"ntpForLiveFrame\":" + kNtpDigits));
        QVERIFY(preferred);
        QCOMPARE(preferred->ntpSeconds, 1.0);
    }

    void kinds_data() {
        QTest::addColumn<QByteArray>("bodyJson");
        QTest::addColumn<QString>("kind");  // empty: dropped
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("screenName");
        QTest::newRow("chat") << QByteArray(R"({"type":1,"body":"hello"})") << "chat"
                              << "hello"
                              << "ada";
        QTest::newRow("[cc] chat is a caption")
            << QByteArray(R"({"type":1,"body":"[cc] so we begin"})") << "caption"
            << "so we begin"
            << "ada";
        QTest::newRow("empty chat") << QByteArray(R"({"type":1,"body":"  "})") << ""
                                    << ""
                                    << "";
        QTest::newRow("reaction") << QByteArray(R"({"type":2,"body":"💯"})") << "reaction"
                                  << "💯"
                                  << "ada";
        QTest::newRow("join") << QByteArray(R"({"type":3})") << "join"
                              << "joined"
                              << "ada";
        QTest::newRow("speak request")
            << QByteArray(R"({"type":40,"guestBroadcastingEvent":1,"guestUsername":"bob"})")
            << "speaker"
            << "asked to speak"
            << "bob";
        QTest::newRow("now speaker")
            << QByteArray(R"({"type":40,"guestBroadcastingEvent":9,"guestUsername":"bob"})")
            << "speaker"
            << "is now a speaker"
            << "bob";
        QTest::newRow("muted, no guest: the sender")
            << QByteArray(R"({"type":40,"guestBroadcastingEvent":16})") << "speaker"
            << "muted"
            << "ada";
        QTest::newRow("unknown stage event")
            << QByteArray(R"({"type":40,"guestBroadcastingEvent":77,"guestUsername":"bob"})") << ""
            << ""
            << "";
        QTest::newRow("final caption")
            << QByteArray(R"({"type":45,"body":"welcome all","final":true})") << "caption"
            << "welcome all"
            << "ada";
        QTest::newRow("interim caption")
            << QByteArray(R"({"type":45,"body":"welcome","final":false})") << ""
            << ""
            << "";
        QTest::newRow("caption without final")
            << QByteArray(R"({"type":45,"body":"welcome"})") << ""
            << ""
            << "";
        QTest::newRow("chat caption") << QByteArray(R"({"type":201,"body":"cc line"})") << "caption"
                                      << "cc line"
                                      << "ada";
        QTest::newRow("unknown type") << QByteArray(R"({"type":7,"body":"x"})") << ""
                                      << ""
                                      << "";
        QTest::newRow("type as string") << QByteArray(R"({"type":"1","body":"x"})") << ""
                                        << ""
                                        << "";
        QTest::newRow("no type") << QByteArray(R"({"body":"x"})") << ""
                                 << ""
                                 << "";
        QTest::newRow("presence") << QByteArray(
                                         R"({"kind":4,"occupancy":12,"total_participants":30})")
                                  << ""
                                  << ""
                                  << "";
    }
    void kinds() {
        QFETCH(QByteArray, bodyJson);
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, screenName);
        const auto entry =
            ChatParse::parsePayload(payloadWith(QJsonDocument::fromJson(bodyJson).object()));
        if (kind.isEmpty()) {
            QVERIFY(!entry);
            return;
        }
        QVERIFY(entry);
        QCOMPARE(chatKindName(entry->kind), kind);
        QCOMPARE(entry->text, text);
        QCOMPARE(entry->screenName, screenName);
        QCOMPARE(entry->uuid, QStringLiteral("u-1"));
    }

    void senderFromBodyWhenPayloadHasNone() {
        QJsonObject b = body(1, QStringLiteral("hi"));
        b.insert(QStringLiteral("username"), QStringLiteral("cy"));
        b.insert(QStringLiteral("displayName"), QStringLiteral("Cy Press"));
        b.insert(QStringLiteral("remoteID"), QStringLiteral("1abc"));
        const auto entry = ChatParse::parsePayload(payloadWith(b, {}, QJsonObject{}));
        QVERIFY(entry);
        QCOMPARE(entry->screenName, QStringLiteral("cy"));
        QCOMPARE(entry->displayName, QStringLiteral("Cy Press"));
        QCOMPARE(entry->periscopeId, QStringLiteral("1abc"));
    }

    void hostileText() {
        // Terminal escapes, bidi overrides and line breaks never survive.
        const QString evil = QStringLiteral("\x1b]0;pwned\x07hi\x1b[2J\u202Egnp.exe\r\nnext");
        QJsonObject b = body(1, evil);
        const QJsonObject sender{{QStringLiteral("username"), QStringLiteral("ev\x1b[31mil")},
                                 {QStringLiteral("display_name"), QString(5000, QLatin1Char('D'))}};
        const auto entry = ChatParse::parsePayload(payloadWith(b, {}, sender));
        QVERIFY(entry);
        for (const QString &s : {entry->text, entry->screenName, entry->displayName}) {
            for (const QChar c : s) {
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c != QChar(0x202E),
                         qPrintable(QString::number(c.unicode(), 16)));
            }
        }
        QVERIFY(entry->text.contains(QLatin1String("next")));
        QCOMPARE(entry->displayName.size(), limits::kMaxChatNameChars);
    }

    void sizesAreCapped() {
        const auto entry =
            ChatParse::parsePayload(payloadWith(body(1, QString(20000, QLatin1Char('a')))));
        QVERIFY(entry);
        QCOMPARE(entry->text.size(), limits::kMaxChatTextChars);
        // A payload beyond kMaxChatPayloadChars is not read at all.
        QVERIFY(!ChatParse::parsePayload(
            payloadWith(body(1, QString(limits::kMaxChatPayloadChars, QLatin1Char('a'))))));
    }

    void malformedPayloads_data() {
        QTest::addColumn<QString>("payload");
        QTest::newRow("empty") << QString();
        QTest::newRow("not JSON") << QStringLiteral("\x7bnope");
        QTest::newRow("array") << QStringLiteral("[1,2]");
        QTest::newRow("body not JSON") << QStringLiteral("{\"body\":\"\x7bnope\"}");
        QTest::newRow("body a number") << QStringLiteral(R"({"body":12})");
        QTest::newRow("no body") << QStringLiteral(R"({"sender":{}})");
        QTest::newRow("deep nesting") << QString(5000, QChar(0x5b));
    }
    void malformedPayloads() {
        QFETCH(QString, payload);
        QVERIFY(!ChatParse::parsePayload(payload));
    }

    void bodyAsObjectIsAccepted() {
        const QString payload = QStringLiteral(R"({"uuid":"x","body":{"type":1,"body":"obj"}})");
        const auto entry = ChatParse::parsePayload(payload);
        QVERIFY(entry);
        QCOMPARE(entry->text, QStringLiteral("obj"));
    }

    void historyPage() {
        const QJsonObject message{{QStringLiteral("kind"), 1},
                                  {QStringLiteral("payload"), payloadWith(body(1, "a"))}};
        const QJsonObject presence{
            {QStringLiteral("kind"), 2},
            {QStringLiteral("payload"),
             QStringLiteral("{\"kind\":4,\"body\":\"{\\\"occupancy\\\":3}\"}")}};
        const QByteArray json =
            QJsonDocument(
                QJsonObject{{QStringLiteral("messages"),
                             QJsonArray{QJsonValue(message), QJsonValue(presence), QJsonValue(17),
                                        QJsonValue(QJsonValue::Null)}},
                            {QStringLiteral("cursor"), QStringLiteral("1764324000123456789")}})
                .toJson();
        const auto page = ChatParse::parseHistoryPage(json);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->messageCount, 4);
        QCOMPARE(int(page->entries.size()), 1);
        QCOMPARE(page->cursor, QStringLiteral("1764324000123456789"));

        const auto empty = ChatParse::parseHistoryPage("{\"messages\":[],\"cursor\":\"\"}");
        QVERIFY(empty);
        QCOMPARE(empty->messageCount, 0);
        QVERIFY(empty->cursor.isEmpty());
        QVERIFY(!ChatParse::parseHistoryPage("<html>busy</html>"));
        QVERIFY(!ChatParse::parseHistoryPage("[]"));
    }

    void placementThroughTheClock() {
        NtpClock clock;
        // The recording's media 0 is NTP 1000; 1 s of NTP per 1 s of media.
        for (int i = 0; i < 10; ++i)
            clock.addStamp(1000.0 + i, double(i));
        ChatEntry entry;
        entry.ntpSeconds = 1004.5;
        entry.timestampMs = 999999;  // ignored: the NTP wins
        QCOMPARE(*chatPosition(entry, &clock, 1, 0), 4.5);
        // NTP 0: timestamp − started_at − the recording's own start.
        entry.ntpSeconds = 0;
        entry.timestampMs = 1685617210500;
        QCOMPARE(*chatPosition(entry, &clock, 1685617200000, 2.0), 8.5);
        // An empty clock: the time stamp too.
        NtpClock none;
        entry.ntpSeconds = 1004.5;
        QCOMPARE(*chatPosition(entry, &none, 1685617200000), 10.5);
        QCOMPARE(*chatPosition(entry, nullptr, 1685617200000), 10.5);
        // Neither.
        entry.timestampMs = 0;
        QVERIFY(!chatPosition(entry, nullptr, 1685617200000));
    }

    void placeChatSorts() {
        std::vector<ChatEntry> entries(3);
        entries[0].timestampMs = 5000;
        entries[0].text = QStringLiteral("late");
        entries[1].text = QStringLiteral("nowhere");
        entries[2].timestampMs = 2000;
        entries[2].text = QStringLiteral("early");
        placeChat(entries, nullptr, 1000);
        QCOMPARE(entries[0].text, QStringLiteral("early"));
        QCOMPARE(*entries[0].at, 1.0);
        QCOMPARE(entries[1].text, QStringLiteral("late"));
        QCOMPARE(entries[2].text, QStringLiteral("nowhere"));
        QVERIFY(!entries[2].at);
    }

    void chatTokenFromStreamStatus_data() {
        QTest::addColumn<QJsonValue>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QJsonValue(QStringLiteral("abc.DEF-123_x=")) << "abc.DEF-123_x=";
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << "";
        QTest::newRow("number") << QJsonValue(12) << "";
        QTest::newRow("space") << QJsonValue(QStringLiteral("ab cd")) << "";
        QTest::newRow("control") << QJsonValue(QStringLiteral("ab\x1b[0m")) << "";
        QTest::newRow("non-ASCII") << QJsonValue(QStringLiteral("abç")) << "";
        QTest::newRow("too long") << QJsonValue(QString(limits::kMaxChatTokenChars + 1, 'a')) << "";
        QTest::newRow("at the limit") << QJsonValue(QString(limits::kMaxChatTokenChars, 'a'))
                                      << QString(limits::kMaxChatTokenChars, 'a');
    }
    void chatTokenFromStreamStatus() {
        QFETCH(QJsonValue, token);
        QFETCH(QString, expected);
        QJsonObject status{{QStringLiteral("source"),
                            QJsonObject{{QStringLiteral("location"),
                                         QStringLiteral("https://a.video.pscp.tv/x/"
                                                        "audio-space/playlist_1.m3u8")}}}};
        if (!token.isUndefined())
            status.insert(QStringLiteral("chatToken"), token);
        const auto info = StreamInfo::fromJson(QJsonDocument(status).toJson());
        QVERIFY2(info, qPrintable(info.error()));
        QCOMPARE(info->chatToken, expected);
    }

    void chatEndpoints_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://prod-chatman-ancillary-us-east-1.pscp.tv" << true;
        QTest::newRow("https replay") << "https://chatman-replay-eu-central-1.pscp.tv/" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080" << true;
        QTest::newRow("localhost http") << "http://localhost:8080" << true;
        QTest::newRow("remote http") << "http://chatman.pscp.tv" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("ws") << "wss://chatman.pscp.tv" << false;
        QTest::newRow("user info") << "https://a:b@chatman.pscp.tv" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("empty") << "" << false;
    }
    void chatEndpoints() {
        QFETCH(QString, endpoint);
        QFETCH(bool, allowed);
        QCOMPARE(urlpolicy::isAllowedChatEndpoint(QUrl(endpoint)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestChatParse)
#include "tst_chatparse.moc"
