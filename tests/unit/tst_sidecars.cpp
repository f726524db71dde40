// SPDX-License-Identifier: MIT
// The files saved next to the audio: NAME.space.json (the contract outside scripts read, and
// read back by us), NAME.vtt (checked by ffmpeg's WebVTT reader too), re-basing to a section,
// atomic writes, and text from X that tries to break either file.
#include "extras/ExtrasRange.h"
#include "extras/Sidecars.h"
#include "extras/SpaceJson.h"
#include "extras/WebVtt.h"
#include "support/MediaTools.h"
#include "util/Limits.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::extras;
using namespace spacetape::test;

namespace {

ChatEntry entry(ChatKind kind, std::optional<double> at, const QString &text,
                const QString &name = QStringLiteral("Alice A."),
                const QString &handle = QStringLiteral("alice")) {
    ChatEntry e;
    e.kind = kind;
    e.at = at;
    e.text = text;
    e.displayName = name;
    e.screenName = handle;
    e.periscopeId = QStringLiteral("1eWKyPLBZDnQA");
    return e;
}

SpaceExtras sampleExtras() {
    SpaceExtras x;
    x.participants = {
        {QStringLiteral("1host"), QStringLiteral("host"), QStringLiteral("Host H."),
         QStringLiteral("host"), QUrl(QStringLiteral("https://pbs.twimg.com/a.jpg"))},
        {QStringLiteral("1eWKyPLBZDnQA"),
         QStringLiteral("alice"),
         QStringLiteral("Alice A."),
         QStringLiteral("speaker"),
         {}},
    };
    x.speaking = {
        {2.5, 40.1234, QStringLiteral("1host"), QStringLiteral("host"), QStringLiteral("Host H.")},
        {40.2, 95.0, QStringLiteral("1eWKyPLBZDnQA"), QStringLiteral("alice"),
         QStringLiteral("Alice A.")}};
    x.chat = {entry(ChatKind::Chat, 3.0004, QStringLiteral("hello")),
              entry(ChatKind::Reaction, 4.0, QStringLiteral("🔥")),
              entry(ChatKind::Caption, 5.5, QStringLiteral("welcome everyone"),
                    QStringLiteral("Host H."), QStringLiteral("host")),
              entry(ChatKind::Join, 6.0, QString()),
              entry(ChatKind::Speaker, 7.25, QStringLiteral("became a speaker")),
              entry(ChatKind::Chat, std::nullopt, QStringLiteral("never placed"))};
    x.chatAvailable = true;
    return x;
}

QStringList keysOf(const QJsonObject &o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// The cue payloads ffmpeg's own WebVTT reader finds in @p path (as SRT text), or empty.
QByteArray ffmpegSrt(const QString &path) {
    const ToolResult r =
        runTool(QStringLiteral(SPACETAPE_FFMPEG),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                 QStringLiteral("-f"), QStringLiteral("srt"), QStringLiteral("-")});
    return r.ok() && r.err.isEmpty() ? r.out : QByteArray("ffmpeg failed: ") + r.err;
}

}  // namespace

class TestSidecars : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void spaceJsonHasTheContractShape() {
        const QJsonObject root = SpaceJson::toJson(sampleExtras());
        QCOMPARE(keysOf(root), (QStringList{"chat", "participants", "speaking"}));

        const QJsonArray participants = root.value("participants").toArray();
        QCOMPARE(participants.size(), 2);
        const QJsonObject host = participants.at(0).toObject();
        QCOMPARE(keysOf(host),
                 (QStringList{"display_name", "periscope_id", "role", "screen_name"}));
        QCOMPARE(host.value("periscope_id").toString(), QStringLiteral("1host"));
        QCOMPARE(host.value("screen_name").toString(), QStringLiteral("host"));
        QCOMPARE(host.value("display_name").toString(), QStringLiteral("Host H."));
        QCOMPARE(host.value("role").toString(), QStringLiteral("host"));

        const QJsonArray speaking = root.value("speaking").toArray();
        QCOMPARE(speaking.size(), 2);
        const QJsonObject first = speaking.at(0).toObject();
        QCOMPARE(keysOf(first), (QStringList{"end", "screen_name", "start"}));
        QVERIFY(first.value("start").isDouble());
        QCOMPARE(first.value("start").toDouble(), 2.5);
        QCOMPARE(first.value("end").toDouble(), 40.123);  // to the millisecond
        QCOMPARE(first.value("screen_name").toString(), QStringLiteral("host"));

        // Every placed entry, in order, with its kind; the one never placed is left out.
        const QJsonArray chat = root.value("chat").toArray();
        QCOMPARE(chat.size(), 5);
        QStringList kinds;
        for (const QJsonValue &v : chat) {
            const QJsonObject o = v.toObject();
            QCOMPARE(keysOf(o), (QStringList{"at", "display_name", "kind", "screen_name", "text"}));
            QVERIFY(o.value("at").isDouble());
            kinds << o.value("kind").toString();
        }
        QCOMPARE(kinds, (QStringList{"chat", "reaction", "caption", "join", "speaker"}));
        QCOMPARE(chat.at(0).toObject().value("at").toDouble(), 3.0);
        QCOMPARE(chat.at(1).toObject().value("text").toString(), QStringLiteral("🔥"));
        QCOMPARE(chat.at(2).toObject().value("display_name").toString(), QStringLiteral("Host H."));

        // The bytes are UTF-8 JSON that any reader takes.
        const QByteArray bytes = SpaceJson::toBytes(sampleExtras());
        QVERIFY(bytes.contains("🔥"));
        QCOMPARE(QJsonDocument::fromJson(bytes).object(), root);
    }

    void spaceJsonReadsBackWhatWasWritten() {
        const SpaceExtras written = sampleExtras();
        const auto read = SpaceJson::parse(SpaceJson::toBytes(written));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->participants.size(), size_t(2));
        QCOMPARE(read->participants[1].periscopeId, QStringLiteral("1eWKyPLBZDnQA"));
        QCOMPARE(read->participants[1].role, QStringLiteral("speaker"));
        QCOMPARE(read->speaking.size(), size_t(2));
        QCOMPARE(read->speaking[1].start, 40.2);
        // The handle finds the participant again: the window can show names.
        QCOMPARE(read->speaking[1].displayName, QStringLiteral("Alice A."));
        QCOMPARE(read->speaking[1].periscopeId, QStringLiteral("1eWKyPLBZDnQA"));
        QVERIFY(read->chatAvailable);
        QCOMPARE(read->chat.size(), size_t(5));
        QCOMPARE(read->chat[2].kind, ChatKind::Caption);
        QCOMPARE(*read->chat[4].at, 7.25);
        QCOMPARE(read->chat[4].text, QStringLiteral("became a speaker"));
    }

    void spaceJsonReaderSkipsWhatIsMalformed() {
        const QByteArray hostile =
            "{"
            "\"participants\": [7, {\"screen_name\": [\"x\"], \"display_name\": "
            "\"Evil\\u001b[2JName\\u202e\"}],"
            "\"speaking\": [{\"start\": 5, \"end\": 1}, {\"start\": \"1\", \"end\": 2}, "
            "{\"start\": 1, \"end\": \"2\"},"
            "{\"start\": 1, \"end\": 2, \"screen_name\": \"ok\"}],"
            "\"chat\": [{\"at\": 1, \"kind\": \"shout\", \"text\": \"unknown kind\"},"
            "{\"at\": null, \"kind\": \"chat\", \"text\": \"no position\"},"
            "{\"at\": 2, \"kind\": \"chat\", \"text\": \"line\\nbreak\\u0007bell\"},"
            "\"not an object\"]"
            "}";
        const auto read = SpaceJson::parse(hostile);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->participants.size(), size_t(1));
        QCOMPARE(read->participants[0].screenName, QString());
        QCOMPARE(read->participants[0].displayName, QStringLiteral("Evil[2JName"));
        QCOMPARE(read->speaking.size(), size_t(1));
        QCOMPARE(read->speaking[0].screenName, QStringLiteral("ok"));
        QCOMPARE(read->chat.size(), size_t(1));
        QCOMPARE(read->chat[0].text, QStringLiteral("line breakbell"));

        // Positions near the top of the double range are written back as they were read.
        const auto huge = SpaceJson::parse(
            "{\"chat\": [{\"at\": 1.5e308, \"kind\": \"chat\", \"text\": \"x\"}]}");
        QVERIFY(huge.ok());
        QCOMPARE(huge->chat.size(), size_t(1));
        const auto hugeAgain = SpaceJson::parse(SpaceJson::toBytes(*huge));
        QVERIFY(hugeAgain.ok());
        QCOMPARE(hugeAgain->chat.size(), size_t(1));
        QCOMPARE(*hugeAgain->chat[0].at, 1.5e308);

        QVERIFY(!SpaceJson::parse("[1,2]").ok());
        QVERIFY(!SpaceJson::parse("{\"chat\": [").ok());
        QVERIFY(!SpaceJson::parse(QByteArray()).ok());
        const auto empty = SpaceJson::parse("{}");
        QVERIFY(empty.ok());
        QVERIFY(!empty->chatAvailable);
    }

    void spaceJsonReaderRefusesOversizedFiles() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.space.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("{}") == 2);
            QVERIFY(file.resize(limits::kMaxSpaceJsonBytes + 1));  // sparse: costs no disk
        }
        const auto read = SpaceJson::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("kMaxSpaceJsonBytes")),
                 qPrintable(read.error()));
        QVERIFY(!SpaceJson::read(dir.filePath(QStringLiteral("missing.space.json"))).ok());
    }

    void vttHasOneCuePerChatLineAndCaption() {
        const QByteArray vtt = webVtt(sampleExtras());
        QCOMPARE(vtt, QByteArray("WEBVTT\n"
                                 "\n"
                                 "00:00:03.000 --> 00:00:05.500\n"
                                 "<v Alice A.>hello\n"
                                 "\n"
                                 "00:00:05.500 --> 00:00:10.500\n"
                                 "<v Host H.>welcome everyone\n"));
        // ffmpeg's WebVTT reader agrees: two cues, their texts, their times.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.vtt"));
        QVERIFY(writeAll(path, vtt));
        const QByteArray srt = ffmpegSrt(path);
        QVERIFY2(srt.contains("00:00:03,000 --> 00:00:05,500"), srt.constData());
        QVERIFY2(srt.contains("00:00:05,500 --> 00:00:10,500"), srt.constData());
        QVERIFY2(srt.contains("welcome everyone"), srt.constData());
        QCOMPARE(srt.count("-->"), 2);
    }

    void vttCueEndsAtTheNextLaterCue() {
        SpaceExtras x;
        x.chat = {entry(ChatKind::Chat, 10.0, QStringLiteral("a")),
                  entry(ChatKind::Chat, 10.0, QStringLiteral("b")),  // same moment: overlap
                  entry(ChatKind::Chat, 11.0, QStringLiteral("c")),
                  entry(ChatKind::Chat, -2.0, QStringLiteral("before the file"))};
        const QString vtt = QString::fromUtf8(webVtt(x));
        QVERIFY2(vtt.contains(QStringLiteral("00:00:00.000 --> 00:00:05.000\n<v Alice A.>before")),
                 qPrintable(vtt));
        QVERIFY2(vtt.contains(QStringLiteral("00:00:10.000 --> 00:00:11.000\n<v Alice A.>a\n")),
                 qPrintable(vtt));
        QVERIFY2(vtt.contains(QStringLiteral("00:00:10.000 --> 00:00:11.000\n<v Alice A.>b\n")),
                 qPrintable(vtt));
        QVERIFY2(vtt.contains(QStringLiteral("00:00:11.000 --> 00:00:16.000\n<v Alice A.>c\n")),
                 qPrintable(vtt));
    }

    void vttTimestamps() {
        QCOMPARE(vttTimestamp(0), QStringLiteral("00:00:00.000"));
        QCOMPARE(vttTimestamp(3723.4567), QStringLiteral("01:02:03.457"));
        QCOMPARE(vttTimestamp(59.9996), QStringLiteral("00:01:00.000"));
        QCOMPARE(vttTimestamp(100 * 3600), QStringLiteral("100:00:00.000"));
        QCOMPARE(vttTimestamp(-1), QStringLiteral("00:00:00.000"));
        QCOMPARE(vttTimestamp(qQNaN()), QStringLiteral("00:00:00.000"));
        QCOMPARE(vttTimestamp(1e300), QStringLiteral("00:00:00.000"));  // no UB, no garbage
    }

    void hostileTextCannotBreakTheVtt() {
        SpaceExtras x;
        x.chat = {
            entry(ChatKind::Chat, 1.0,
                  QStringLiteral("00:00:09.000 --> 00:00:10.000\n\nWEBVTT <b>bold</b> & \x1b[31m"),
                  QStringLiteral("Mallory</v><c.x>")),
            entry(ChatKind::Chat, 2.0, QStringLiteral("next\r\nline\u2028sep")),
            entry(ChatKind::Chat, 3.0, QStringLiteral("\n\t\x01"), QStringLiteral("Empty")),
            entry(ChatKind::Caption, 4.0, QStringLiteral("no name"), QString(), QString()),
        };
        const QByteArray vtt = webVtt(x);
        const QString text = QString::fromUtf8(vtt);
        // Only our three timing lines hold "-->", and no cue text line is blank.
        QCOMPARE(text.count(QStringLiteral("-->")), 3);
        QVERIFY(!text.contains(QStringLiteral("\n\n\n")));
        QVERIFY2(text.contains(QStringLiteral(
                     "<v Mallory&lt;/v&gt;&lt;c.x&gt;>00:00:09.000 --&gt; 00:00:10.000  "
                     "WEBVTT &lt;b&gt;bold&lt;/b&gt; &amp; [31m\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<v Alice A.>next  line sep\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nno name\n")), qPrintable(text));
        for (const QChar c : text)
            QVERIFY(c == u'\n' || c >= u' ');

        // ffmpeg reads exactly three cues, with the text unescaped.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.vtt"));
        QVERIFY(writeAll(path, vtt));
        const QByteArray srt = ffmpegSrt(path);
        QCOMPARE(srt.count("\n1\n") + (srt.startsWith("1\n") ? 1 : 0), 1);
        QVERIFY2(srt.contains("\n3\n") && !srt.contains("\n4\n"), srt.constData());
        QVERIFY2(srt.contains("00:00:09.000 --> 00:00:10.000  WEBVTT"), srt.constData());
    }

    void rebasedKeepsWhatFallsInsideTheSection() {
        const SpaceExtras section = rebased(sampleExtras(), 4.0, 50.0);
        QCOMPARE(section.participants.size(), size_t(2));
        QVERIFY(section.chatAvailable);
        // 2.5–40.12 → 0–36.12, 40.2–95 → 36.2–46.
        QCOMPARE(section.speaking.size(), size_t(2));
        QCOMPARE(section.speaking[0].start, 0.0);
        QVERIFY(qAbs(section.speaking[0].end - 36.1234) < 1e-9);
        QVERIFY(qAbs(section.speaking[1].start - 36.2) < 1e-9);
        QCOMPARE(section.speaking[1].end, 46.0);
        // 3.0 falls before, 4.0 at the start is in, the unplaced one is dropped.
        QCOMPARE(section.chat.size(), size_t(4));
        QCOMPARE(*section.chat[0].at, 0.0);
        QCOMPARE(section.chat[0].kind, ChatKind::Reaction);
        QCOMPARE(*section.chat[3].at, 3.25);

        // The end is exclusive; a range of nothing keeps nothing timed.
        QCOMPARE(rebased(sampleExtras(), 0, 4.0).chat.size(), size_t(1));
        QVERIFY(rebased(sampleExtras(), 10, 10).speaking.empty());
        QVERIFY(rebased(sampleExtras(), qQNaN(), 10).chat.empty());
        QCOMPARE(rebased(sampleExtras(), 0, 1000).chat.size(), size_t(5));
    }

    void writeSidecarsPutsBothFilesNextToTheAudio() {
        QTemporaryDir dir;
        const QString audio = dir.filePath(QStringLiteral("Space of 2024.06.01 – talk.m4a"));
        const SidecarPaths paths = sidecarPathsFor(audio);
        QCOMPARE(paths.spaceJson,
                 dir.filePath(QStringLiteral("Space of 2024.06.01 – talk.space.json")));
        QCOMPARE(paths.vtt, dir.filePath(QStringLiteral("Space of 2024.06.01 – talk.vtt")));

        QVERIFY(writeAll(paths.vtt, "old"));  // replaced, not appended to
        const auto written = writeSidecars(audio, sampleExtras());
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(readAll(paths.vtt), webVtt(sampleExtras()));
        QCOMPARE(readAll(paths.spaceJson), SpaceJson::toBytes(sampleExtras()));
        const auto read = SpaceJson::read(paths.spaceJson);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->chat.size(), size_t(5));
        // Nothing else was left in the folder (no temporary files).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void writeSidecarsFailureNamesTheFile() {
        QTemporaryDir dir;
        const QString audio = dir.filePath(QStringLiteral("missing-folder/x.m4a"));
        const auto written = writeSidecars(audio, sampleExtras());
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QStringLiteral("x.space.json")),
                 qPrintable(written.error()));
    }
};

QTEST_GUILESS_MAIN(TestSidecars)
#include "tst_sidecars.moc"
