// SPDX-License-Identifier: MIT
// A Space's speakers and chat saved with its audio, end to end through spacetape-cli and the
// fake X: chunks with scripted Hydra turns, a chat service with the fake's own truth. The file
// gets a chapter per long turn (Nero and QuickTime), NAME.space.json and NAME.vtt land beside
// it with turns within ±1.5 s and chat lines within ±1 s of the truth, the audio stays
// bit-exact; --no-extras keeps only the audio, and a chat that cannot be read costs one line,
// not the download.
#include "extras/SpaceJson.h"
#include "fake/FakeChatService.h"
#include "fake/FakeSpaceRig.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace spacetape;
using namespace spacetape::extras;
using namespace spacetape::test;

namespace {

const QString kChatToken = QStringLiteral("chat-T0ken_for.extras");
const QString kGraceId = QStringLiteral("1mnxeRqWoaPxO");
const QString kAlanId = QStringLiteral("1OdKrBnaEPXKX");
const QString kHostId = QStringLiteral("1eWKyPLBZDnQA");
/// The replay starts this long after the Space did (a host's trim): chat placed by the send
/// time instead of the Hydra clock would land this much too late.
constexpr double kReplayStartsAfter = 5.0;

FakeChatMessage chatLine(int type, const QString &text, double spaceSeconds) {
    FakeChatMessage m;
    m.type = type;
    m.text = text;
    m.mediaSeconds = spaceSeconds;  // the fake's truth, on the Space's own timeline
    return m;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestSpaceExtras : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    HydraScript m_script;
    std::optional<ChunkFixture> m_fixture;
    QDateTime m_startedAt = QDateTime(QDate(2026, 10, 3), QTime(17, 0, 4, 500), Qt::UTC);

    struct Rig : FakeSpaceRig {
        FakeChatService chat{http()};
        explicit Rig(const ChunkFixture &fixture) : FakeSpaceRig(fixture) {}
    };

    /// The fake X with one ended Space (three people on stage) and, unless @p withChat is
    /// false, its chat.
    void addSpace(Rig &rig, bool withChat) {
        FakeSpace space = rig.makeSpace(QStringLiteral("1vOxwjaWEgyKB"));
        space.title = QStringLiteral("Extras");
        space.startedAt = m_startedAt;
        space.endedAt = m_startedAt.addSecs(3600);
        space.hostPeriscopeId = kHostId;
        space.speakerHandles = {QStringLiteral("grace_h"), QStringLiteral("alan_t")};
        space.speakerPeriscopeIds = {kGraceId, kAlanId};
        space.chatToken = kChatToken;
        rig.x().addSpace(space);
        if (!withChat)
            return;
        QList<FakeChatMessage> script;
        script << chatLine(1, QStringLiteral("hello from the first minute"), 12.0);
        script << chatLine(2, QStringLiteral("🔥"), 20.5);
        FakeChatMessage zero = chatLine(1, QStringLiteral("no ntp on this one"), 33.0);
        zero.ntp = FakeChatMessage::Ntp::Zero;
        script << zero;
        script << chatLine(45, QStringLiteral("a final caption"), 47.25);
        FakeChatMessage interim = chatLine(45, QStringLiteral("an interim"), 46.0);
        interim.final = false;
        script << interim;
        script << chatLine(1, QStringLiteral("near the end"), 95.0);
        rig.chat.setChat(kChatToken, m_startedAt, script);
        rig.chat.setPageSize(2);
        rig.chat.setDuplicates(true);
    }

    CliRun download(Rig &rig, const QString &out, const QStringList &extra = {}) {
        QTemporaryDir home;
        return runCli(QStringList{QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                                  QStringLiteral("-o"), out} +
                          extra + QStringList{QStringLiteral("1vOxwjaWEgyKB")},
                      cliEnvironment(home.path()));
    }

    static QString savedAudio(const QString &out) {
        const QStringList files =
            QDir(out).entryList({QStringLiteral("*.m4a")}, QDir::Files, QDir::Name);
        return files.size() == 1 ? QDir(out).filePath(files.first()) : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_media.isValid());
        // Ada (host, slot 0) opens for 35 s, Grace speaks 40 s, Alan closes; a short word from
        // the host in the middle is no chapter of its own.
        m_script.userIds = {kGraceId, kAlanId};
        m_script.userNames = {QStringLiteral("grace_h"), QStringLiteral("alan_t")};
        m_script.turns = {{0, 1.0, 36.0}, {1, 37.0, 77.0}, {0, 60.0, 62.0}, {2, 78.0, 115.0}};
        // The audio's first sample was captured kReplayStartsAfter into the Space.
        m_script.ntpStart = double(m_startedAt.toMSecsSinceEpoch()) / 1000.0 + kNtpToUnixSeconds +
                            kReplayStartsAfter;
        ChunkFixtureOptions options;
        options.firstSequence = 2231;
        options.chunkSecondsPattern = {3.1, 2.9, 3.0, 3.2};
        options.hydra = m_script;
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 120.0, &error, options);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void speakersAndChatAreSavedBesideTheAudio() {
        Rig rig(*m_fixture);
        addSpace(rig, true);
        QTemporaryDir out;
        const CliRun run = download(rig, out.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString audio = savedAudio(out.path());
        QVERIFY2(!audio.isEmpty(), qPrintable(QDir(out.path()).entryList().join(' ')));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(audio), decodedPcmMd5(m_fixture->cleanAdtsPath));

        const QString base = audio.chopped(4);
        const QByteArray json = readAll(base + QStringLiteral(".space.json"));
        QVERIFY2(!json.isEmpty(), "NAME.space.json is missing");
        const QJsonObject root = QJsonDocument::fromJson(json).object();

        // Who spoke when, on the file's timeline, within ±1.5 s of the script.
        const QJsonArray speaking = root.value(QStringLiteral("speaking")).toArray();
        struct Turn {
            QString who;
            double start, end;
        };
        const QList<Turn> expected = {{QStringLiteral("adahost"), 1.0, 36.0},
                                      {QStringLiteral("grace_h"), 37.0, 77.0},
                                      {QStringLiteral("adahost"), 60.0, 62.0},
                                      {QStringLiteral("alan_t"), 78.0, 115.0}};
        QCOMPARE(speaking.size(), expected.size());
        for (const Turn &turn : expected) {
            bool found = false;
            for (const QJsonValue &value : speaking) {
                const QJsonObject s = value.toObject();
                if (s.value(QStringLiteral("screen_name")).toString() == turn.who &&
                    std::abs(s.value(QStringLiteral("start")).toDouble() - turn.start) <= 1.5 &&
                    std::abs(s.value(QStringLiteral("end")).toDouble() - turn.end) <= 1.5)
                    found = true;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("no turn of %1 at %2–%3 in %4")
                                           .arg(turn.who)
                                           .arg(turn.start)
                                           .arg(turn.end)
                                           .arg(QString::fromUtf8(json))));
        }

        // The chat: every line within ±1 s of where it was said (the Space's time minus the
        // replay's start), reactions kept, only the final caption.
        const QJsonArray chat = root.value(QStringLiteral("chat")).toArray();
        struct Said {
            QString text;
            QString kind;
            double at;
        };
        const QList<Said> said = {
            {QStringLiteral("hello from the first minute"), QStringLiteral("chat"), 12.0},
            {QStringLiteral("🔥"), QStringLiteral("reaction"), 20.5},
            {QStringLiteral("a final caption"), QStringLiteral("caption"), 47.25},
            {QStringLiteral("near the end"), QStringLiteral("chat"), 95.0}};
        for (const Said &s : said) {
            bool found = false;
            for (const QJsonValue &value : chat) {
                const QJsonObject c = value.toObject();
                if (c.value(QStringLiteral("text")).toString() == s.text) {
                    found = true;
                    QCOMPARE(c.value(QStringLiteral("kind")).toString(), s.kind);
                    const double at = c.value(QStringLiteral("at")).toDouble();
                    QVERIFY2(std::abs(at - (s.at - kReplayStartsAfter)) <= 1.0,
                             qPrintable(QStringLiteral("%1 at %2").arg(s.text).arg(at)));
                }
            }
            QVERIFY2(found, qPrintable(s.text + QStringLiteral(" is missing")));
        }
        QVERIFY(!json.contains("an interim"));
        QVERIFY(json.contains("no ntp on this one"));  // placed by its time stamp instead

        // The same lines as subtitles.
        const QByteArray vtt = readAll(base + QStringLiteral(".vtt"));
        QVERIFY(vtt.startsWith("WEBVTT"));
        QVERIFY(vtt.contains("a final caption"));
        QVERIFY(vtt.contains("<v Listener One>hello from the first minute"));

        // One chapter per turn of 30 s or more, titled with the speaker, in both kinds.
        const QByteArray bytes = readAll(audio);
        QVERIFY(bytes.contains("chpl"));
        QVERIFY(bytes.contains("chap"));
        const ToolResult probed =
            runTool(QStringLiteral(SPACETAPE_FFPROBE),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"),
                     QStringLiteral("json"), QStringLiteral("-show_chapters"), audio});
        const QJsonArray chapters = QJsonDocument::fromJson(probed.out)
                                        .object()
                                        .value(QStringLiteral("chapters"))
                                        .toArray();
        QCOMPARE(chapters.size(), 3);
        QCOMPARE(chapters.at(1)
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("title")),
                 QJsonValue(QStringLiteral("GRACE_H")));
        QVERIFY(std::abs(chapters.at(1)
                             .toObject()
                             .value(QStringLiteral("start_time"))
                             .toString()
                             .toDouble() -
                         37.0) <= 1.5);
    }

    void noExtrasKeepsOnlyTheAudio() {
        Rig rig(*m_fixture);
        addSpace(rig, true);
        QTemporaryDir out;
        const CliRun run = download(rig, out.path(), {QStringLiteral("--no-extras")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1);
        const QString audio = savedAudio(out.path());
        QVERIFY(!readAll(audio).contains("chpl"));
        QVERIFY(rig.chat.accessCalls() == 0);  // the chat is not even asked for
    }

    void aChatThatCannotBeReadCostsOneLineNotTheDownload() {
        Rig rig(*m_fixture);
        addSpace(rig, false);  // the token is handed out, but the service refuses it
        QTemporaryDir out;
        const CliRun run = download(rig, out.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString audio = savedAudio(out.path());
        QVERIFY(!audio.isEmpty());
        QVERIFY2(run.err.contains("chat"), run.err.constData());
        // The speakers are still kept.
        const QByteArray json = readAll(audio.chopped(4) + QStringLiteral(".space.json"));
        QVERIFY(json.contains("grace_h"));
    }
};

QTEST_GUILESS_MAIN(TestSpaceExtras)
#include "tst_spaceextras.moc"
