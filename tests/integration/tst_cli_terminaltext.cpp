// SPDX-License-Identifier: MIT
// X's text on spacetape-cli's terminal: a scheduled Space's title, a failed look while waiting,
// a watched host's lookup error and a watched Space's failure all carry escape sequences, BEL,
// carriage returns, C1 controls and bidi overrides. None of them may reach stdout or stderr:
// the only control characters there are the CLI's own line ends (and, on a terminal, the
// carriage return of its updating line). JSON lines stay JSON, with the same text inside.
#include "fake/FakeSpaceRig.h"
#include "fake/FakeWatchApi.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/TestData.h"
#include "support/TestPaths.h"
#include "util/SafeText.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");
const QString kBrokenSpaceId = QStringLiteral("1OdKrBnaEPXKX");
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");

/// Clears the screen, rings, returns to the line start, and (C1 CSI, RLO) colours and turns
/// the rest around: everything a hostile title could try.
QString hostile(const QString &visible) {
    return QStringLiteral("Evil\x1b[2J\x07\rTitle") + QChar(0x9B) + QStringLiteral("31m") +
           QChar(0x202E) + visible + QChar(0x7F);
}
/// What a terminal-safe stream shows of hostile(@p visible): controls gone, \r a blank.
QByteArray shown(const QString &visible) {
    return (QStringLiteral("Evil[2J Title31m") + visible).toUtf8();
}

/// The first character of @p text that is a control character other than those in
/// @p allowed, as "U+XXXX at N", or empty when there is none.
QString firstControl(const QByteArray &text, const QString &allowed) {
    const QString decoded = QString::fromUtf8(text);
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const char16_t c = decoded.at(i).unicode();
        if (isControlCharacter(c) && !allowed.contains(QChar(c)))
            return QStringLiteral("U+%1 at %2 in: %3")
                .arg(int(c), 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(QString::fromLatin1(text.toPercentEncoding(" :/.,;()@\"'-_")));
    }
    return {};
}

/// A FakeHttpServer answer the way X refuses a call, with @p message as X's error text (for
/// AudioSpaceById X answers 200 with only `errors`: the client quotes their text).
FakeResponse xRefusal(const QString &message, int status = 400) {
    const QJsonObject body{
        {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), 214},
                                                          {QStringLiteral("message"), message}}}}};
    return jsonResponse(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool isAudioSpaceById(const FakeRequest &request) {
    return request.path.startsWith("/i/api/graphql/") && request.path.endsWith("/AudioSpaceById");
}
}  // namespace

class TestCliTerminalText : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    /// The fake X with one scheduled Space whose title is hostile; its second look fails
    /// with a hostile message, its third finds it ended (with a replay to save).
    struct ScheduledRig : FakeSpaceRig {
        FakeSpace space;
        int looks = 0;
        explicit ScheduledRig(const ChunkFixture &fixture) : FakeSpaceRig(fixture) {
            space = makeSpace(kSpaceId);
            space.title = hostile(QStringLiteral("Title"));
            space.state = QStringLiteral("NotStarted");
            space.scheduledStart = QDateTime::currentDateTimeUtc().addSecs(90);
            x().addSpace(space);
            http().prependRoute("/i/api/graphql/", [this](const FakeRequest &request) {
                if (!isAudioSpaceById(request))
                    return std::optional<FakeResponse>();
                ++looks;
                if (looks == 2)
                    return std::optional<FakeResponse>(
                        xRefusal(hostile(QStringLiteral("Poll")), 200));
                if (looks == 3) {
                    FakeSpace ended = space;
                    ended.state = QStringLiteral("Ended");
                    x().addSpace(ended);
                }
                return std::optional<FakeResponse>();
            });
        }
        QStringList args(const QString &out) const {
            return {QStringLiteral("--api-origin"), apiOrigin().toString(),
                    QStringLiteral("--wait"),       kSpaceId,
                    QStringLiteral("-o"),           out};
        }
    };

    static QProcessEnvironment environment(const QString &home) {
        QProcessEnvironment env = cliEnvironment(home);
        env.insert(QStringLiteral("SPACETAPE_KEYCHAIN_SERVICE"),
                   QStringLiteral("spacetape-test-") + QUuid::createUuid().toString(QUuid::Id128));
        env.insert(QStringLiteral("SPACETAPE_SCHEDULE_POLL_MS"), QStringLiteral("100"));
        env.insert(QStringLiteral("SPACETAPE_WATCH_POLL_MS"), QStringLiteral("100"));
        return env;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 60.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void scheduledTitleAndPollFailureArePrintedWithoutControlCharacters() {
        ScheduledRig rig(*m_fixture);
        QTemporaryDir home;
        const CliRun run =
            runCli(rig.args(home.filePath(QStringLiteral("out"))), environment(home.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(rig.looks >= 3);
        // The text is there, readable; its controls are not.
        QVERIFY2(run.out.contains("Waiting for “" + shown(QStringLiteral("Title")) + "”"),
                 run.out.constData());
        QVERIFY2(run.err.contains(shown(QStringLiteral("Poll"))), run.err.constData());
        QVERIFY2(run.err.contains("Still waiting."), run.err.constData());
        QVERIFY(run.out.contains("Saved: "));
        const QString outControl = firstControl(run.out, QStringLiteral("\n"));
        QVERIFY2(outControl.isEmpty(), qPrintable(outControl));
        const QString errControl = firstControl(run.err, QStringLiteral("\n"));
        QVERIFY2(errControl.isEmpty(), qPrintable(errControl));
    }

    void theUpdatingLineOnATerminalCarriesOnlyItsOwnCarriageReturn() {
        // script(1) gives the CLI a terminal (a pty) for stdout and stderr alike.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) from util-linux is needed for a pseudo-terminal");
        ScheduledRig rig(*m_fixture);
        QTemporaryDir home;
        QStringList command{cliPath()};
        command << rig.args(home.filePath(QStringLiteral("out")));
        for (QString &word : command)
            word = QLatin1Char('\'') + word + QLatin1Char('\'');  // no quote in any of them
        QProcess terminal;
        terminal.setProcessEnvironment(environment(home.path()));
        QByteArray shownOnTerminal;
        connect(&terminal, &QProcess::readyReadStandardOutput, this,
                [&] { shownOnTerminal += terminal.readAllStandardOutput(); });
        terminal.start(script, {QStringLiteral("-qefc"), command.join(QLatin1Char(' ')),
                                QStringLiteral("/dev/null")});
        QVERIFY(terminal.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(terminal.state() == QProcess::NotRunning, 120000);
        shownOnTerminal += terminal.readAllStandardOutput();
        QCOMPARE(terminal.exitCode(), 0);
        // The countdown is a line updated in place: "\r" then the text.
        QVERIFY2(shownOnTerminal.contains("\rWaiting for “" + shown(QStringLiteral("Title")) +
                                          "”: starts in "),
                 shownOnTerminal.constData());
        QVERIFY2(shownOnTerminal.contains(shown(QStringLiteral("Poll"))),
                 shownOnTerminal.constData());
        QVERIFY(shownOnTerminal.contains("Saved: "));
        const QString control = firstControl(shownOnTerminal, QStringLiteral("\r\n"));
        QVERIFY2(control.isEmpty(), qPrintable(control));
        // The title's own \r would have sent the cursor back before "Title".
        QVERIFY(!shownOnTerminal.contains("\rTitle"));
    }

    void jsonLinesCarryTheSameTextEscaped() {
        ScheduledRig rig(*m_fixture);
        QTemporaryDir home;
        QStringList args = rig.args(home.filePath(QStringLiteral("out")));
        args << QStringLiteral("--json");
        const CliRun run = runCli(args, environment(home.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString outControl = firstControl(run.out, QStringLiteral("\n"));
        QVERIFY2(outControl.isEmpty(), qPrintable(outControl));
        const QString errControl = firstControl(run.err, QStringLiteral("\n"));
        QVERIFY2(errControl.isEmpty(), qPrintable(errControl));
        // Escaped, not dropped: a JSON reader gets X's title exactly.
        bool sawTitle = false;
        bool sawWarning = false;
        for (const QByteArray &line : run.out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            const QString name = event.value(QStringLiteral("event")).toString();
            if (name == QLatin1String("scheduled")) {
                QCOMPARE(event.value(QStringLiteral("title")).toString(), rig.space.title);
                sawTitle = true;
            } else if (name == QLatin1String("warning")) {
                // The failed look (other warnings may follow, such as a short replay).
                sawWarning = sawWarning || event.value(QStringLiteral("message"))
                                               .toString()
                                               .contains(hostile(QStringLiteral("Poll")));
            }
        }
        QVERIFY2(sawTitle, run.out.constData());
        QVERIFY2(sawWarning, run.out.constData());
    }

    void watchedHostErrorsAndFailedRecordingsArePrintedWithoutControlCharacters() {
        FakeSpaceRig rig(*m_fixture);
        FakeWatchApi watch(rig.http());
        rig.x().setValidLogin(kAuthToken, kCt0);
        watch.setValidLogin(kAuthToken, kCt0);
        watch.setRefreshDelaySeconds(0);
        watch.addUser({QStringLiteral("bob"), QStringLiteral("1002"), QStringLiteral("Bob")});
        FakePresence live;  // bob is live with a Space X then refuses to describe
        live.spaceId = kBrokenSpaceId;
        live.creatorId = QStringLiteral("1002");
        watch.setLive(live);
        // Tried before FakeWatchApi's routes: the lookup of @adahost, and the broken Space.
        rig.http().prependRoute("/i/api/graphql/", [](const FakeRequest &request) {
            if (request.path.endsWith("/UserByScreenName") && request.query.contains("adahost"))
                return std::optional<FakeResponse>(xRefusal(hostile(QStringLiteral("Host"))));
            if (isAudioSpaceById(request))
                return std::optional<FakeResponse>(xRefusal(hostile(QStringLiteral("Job")), 200));
            return std::optional<FakeResponse>();
        });
        QTemporaryDir home;
        const QString cookies = writeFile(home.filePath(QStringLiteral("cookies.txt")),
                                          netscapeCookies(kAuthToken, kCt0));
        QProcess cli;
        cli.setProcessEnvironment(environment(home.path()));
        QByteArray out;
        QByteArray err;
        connect(&cli, &QProcess::readyReadStandardOutput, this,
                [&] { out += cli.readAllStandardOutput(); });
        connect(&cli, &QProcess::readyReadStandardError, this,
                [&] { err += cli.readAllStandardError(); });
        cli.start(cliPath(), {QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                              QStringLiteral("--cookies"), cookies, QStringLiteral("-o"),
                              home.filePath(QStringLiteral("out")), QStringLiteral("watch"),
                              QStringLiteral("adahost"), QStringLiteral("bob")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains(shown(QStringLiteral("Host"))), err.constData(),
                                  60000);
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains(shown(QStringLiteral("Job"))), err.constData(),
                                  60000);
        cli.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        QVERIFY2(err.contains("@adahost: "), err.constData());
        QVERIFY2(err.contains("https://x.com/i/spaces/" + kBrokenSpaceId.toLatin1() + ": "),
                 err.constData());
        const QString outControl = firstControl(out, QStringLiteral("\n"));
        QVERIFY2(outControl.isEmpty(), qPrintable(outControl));
        const QString errControl = firstControl(err, QStringLiteral("\n"));
        QVERIFY2(errControl.isEmpty(), qPrintable(errControl));
    }
};

QTEST_GUILESS_MAIN(TestCliTerminalText)
#include "tst_cli_terminaltext.moc"
