// SPDX-License-Identifier: MIT
// The app's door (app/Environment): every SPACETAPE_* variable read in one place, bounded,
// and injected into core (issue 23 finding 10, issue 26 stage 2).
#include "Environment.h"
#include "auth/CredentialStore.h"
#include "net/NetworkService.h"
#include "support/ThrowAwayCa.h"
#include "util/SafeNumber.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace spacetape;

namespace {
Environment with(std::initializer_list<std::pair<const char *, QString>> variables) {
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(QString::fromLatin1(name), value);
    return Environment(env);
}

const QUrl kX;  // no --api-origin: x.com itself
const QUrl kFake(QStringLiteral("http://127.0.0.1:8080"));
const QUrl kMirror(QStringLiteral("https://mirror.example"));
}  // namespace

class TestEnvironment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- numbers a person typed ----

    void clampedIntegerNeverWraps() {
        QCOMPARE(clampedInteger(QStringLiteral(" 250 "), 1, 1000), std::optional<qint64>(250));
        QCOMPARE(clampedInteger(QStringLiteral("0"), 1, 1000), std::optional<qint64>(1));
        QCOMPARE(clampedInteger(QStringLiteral("-5"), 1, 1000), std::optional<qint64>(1));
        QCOMPARE(clampedInteger(QStringLiteral("99999999999999999999999"), 1, 1000),
                 std::optional<qint64>(1000));
        QCOMPARE(clampedInteger(QStringLiteral("-99999999999999999999999"), 1, 1000),
                 std::optional<qint64>(1));
        QCOMPARE(clampedInteger(QStringLiteral("12ms"), 1, 1000), std::optional<qint64>());
        QCOMPARE(clampedInteger(QStringLiteral("1e9"), 1, 1000), std::optional<qint64>());
        QCOMPARE(clampedInteger(QString(), 1, 1000), std::optional<qint64>());
        QCOMPARE(clampedInteger(QStringLiteral("-"), 1, 1000), std::optional<qint64>());
    }

    // ---- --api-origin / SPACETAPE_API_ORIGIN: the login never crosses a network in clear ----

    void apiOriginRefusesPlainHttpToAnotherComputer_data() {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("loopback fake") << "http://127.0.0.1:8080" << true;
        QTest::newRow("127/8") << "http://127.3.2.1:8080" << true;
        QTest::newRow("localhost") << "http://localhost:8080" << true;
        QTest::newRow("::1") << "http://[::1]:8080" << true;
        QTest::newRow("https mirror") << "https://mirror.example" << true;
        QTest::newRow("plain http elsewhere") << "http://mirror.example" << false;
        QTest::newRow("plain http on the LAN") << "http://192.168.1.2:8080" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.example" << false;
        QTest::newRow("not http") << "ftp://127.0.0.1" << false;
        QTest::newRow("no host") << "http://" << false;
    }

    void apiOriginRefusesPlainHttpToAnotherComputer() {
        QFETCH(QString, origin);
        QFETCH(bool, accepted);
        // From the flag and from the variable alike.
        const Environment none = with({});
        const auto fromFlag = none.apiOrigin(origin);
        QCOMPARE(fromFlag.ok(), accepted);
        const auto fromVariable = with({{"SPACETAPE_API_ORIGIN", origin}}).apiOrigin(std::nullopt);
        QCOMPARE(fromVariable.ok(), accepted);
        if (accepted) {
            QCOMPARE(*fromFlag, QUrl(origin));
        } else {
            QVERIFY2(fromFlag.error().contains(QLatin1String("--api-origin")),
                     qPrintable(fromFlag.error()));
            QVERIFY2(fromVariable.error().contains(QLatin1String("SPACETAPE_API_ORIGIN")),
                     qPrintable(fromVariable.error()));
        }
        if (origin == QLatin1String("http://mirror.example")) {
            // Cause and remedy.
            QVERIFY2(fromFlag.error().contains(QLatin1String("unencrypted")),
                     qPrintable(fromFlag.error()));
            QVERIFY2(fromFlag.error().contains(QLatin1String("https://")),
                     qPrintable(fromFlag.error()));
        }
    }

    void theFlagWinsOverTheVariableAndNothingMeansX() {
        const Environment env =
            with({{"SPACETAPE_API_ORIGIN", QStringLiteral("http://127.0.0.1:1")}});
        QCOMPARE(*env.apiOrigin(QStringLiteral("http://127.0.0.1:2")),
                 QUrl(QStringLiteral("http://127.0.0.1:2")));
        QCOMPARE(*env.apiOrigin(std::nullopt), QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(*with({}).apiOrigin(std::nullopt), QUrl());
    }

    // ---- rhythms: bounded, and never faster than shipped against X ----

    void watchPollOfOneMillisecondCannotHammerX() {
        const Environment env = with({{"SPACETAPE_WATCH_POLL_MS", QStringLiteral("1")}});
        const WatchTiming shipped;
        for (const QUrl &origin : {kX, kMirror}) {
            const WatchTiming t = env.watchTiming(origin);
            QCOMPARE(t.minPollMs, shipped.minPollMs);
            QVERIFY(t.jitterMs >= shipped.jitterMs);
            QVERIFY(t.maxBackoffMs >= shipped.maxBackoffMs);
        }
        // The loopback fake may be asked fast, but not in a busy loop.
        QCOMPARE(env.watchTiming(kFake).minPollMs, int(Environment::kMinTestMs));
        QCOMPARE(
            with({{"SPACETAPE_WATCH_POLL_MS", QStringLiteral("100")}}).watchTiming(kFake).minPollMs,
            100);
        // Slower than shipped is fine anywhere.
        QCOMPARE(
            with({{"SPACETAPE_WATCH_POLL_MS", QStringLiteral("120000")}}).watchTiming(kX).minPollMs,
            120000);
    }

    void hugeRhythmsDoNotOverflow() {
        const QString huge = QStringLiteral("99999999999999999999");
        const Environment env =
            with({{"SPACETAPE_WATCH_POLL_MS", huge},
                  {"SPACETAPE_SCHEDULE_POLL_MS", huge},
                  {"SPACETAPE_LIVE_TIMING",
                   QStringLiteral("dynamicPollMs=%1,hostDisconnectGraceSeconds=%1").arg(huge)}});
        const WatchTiming w = env.watchTiming(kFake);
        QCOMPARE(w.minPollMs, int(Environment::kMaxMs));
        QCOMPARE(w.maxBackoffMs, int(Environment::kMaxMs * 10));
        QVERIFY(w.jitterMs > 0);
        QCOMPARE(env.scheduleTiming(kX).farPollMs, int(Environment::kMaxMs));
        const LiveTiming l = env.liveTiming(kFake);
        QCOMPARE(l.dynamicPollMs, int(Environment::kMaxMs));
        QCOMPARE(l.hostDisconnectGraceSeconds, int(Environment::kMaxSeconds));
        // Still an int once LiveCapture turns the seconds into milliseconds.
        QVERIFY(qint64(l.hostDisconnectGraceSeconds) * 1000 <= INT_MAX);
    }

    void schedulePollIsBoundedLikeTheOthers() {
        const Environment env = with({{"SPACETAPE_SCHEDULE_POLL_MS", QStringLiteral("1")}});
        const ScheduleTiming shipped;
        QCOMPARE(env.scheduleTiming(kX).nearPollMs, shipped.nearPollMs);
        QCOMPARE(env.scheduleTiming(kX).farPollMs, shipped.nearPollMs);
        QCOMPARE(env.scheduleTiming(kFake).nearPollMs, int(Environment::kMinTestMs));
        QCOMPARE(with({{"SPACETAPE_SCHEDULE_POLL_MS", QStringLiteral("200")}})
                     .scheduleTiming(kFake)
                     .farPollMs,
                 200);
        // Not a number: the shipped rhythm.
        QCOMPARE(with({{"SPACETAPE_SCHEDULE_POLL_MS", QStringLiteral("fast")}})
                     .scheduleTiming(kFake)
                     .farPollMs,
                 shipped.farPollMs);
    }

    void liveTimingIsOneGrammarWithTheSameBounds() {
        const QString spec = QStringLiteral(
            "dynamicPollMs=1,fullListPollMs=1000,metadataPollMs=abc,noSuchName=5,"
            "hostDisconnectGraceSeconds=5,finalPlaylistWindowSeconds=10,finalPlaylistRetryMs=333");
        const Environment env = with({{"SPACETAPE_LIVE_TIMING", spec}});
        const LiveTiming shipped;

        const LiveTiming fake = env.liveTiming(kFake);
        QCOMPARE(fake.dynamicPollMs, int(Environment::kMinTestMs));
        QCOMPARE(fake.fullListPollMs, 1000);
        QCOMPARE(fake.metadataPollMs, shipped.metadataPollMs);  // not a number: untouched
        QCOMPARE(fake.hostDisconnectGraceSeconds, 5);
        QCOMPARE(fake.finalPlaylistWindowSeconds, 10);
        QCOMPARE(fake.finalPlaylistRetryMs, 333);

        // Against X: polls keep the shipped rhythm; waiting windows may be shorter.
        const LiveTiming real = env.liveTiming(kX);
        QCOMPARE(real.dynamicPollMs, shipped.dynamicPollMs);
        QCOMPARE(real.fullListPollMs, shipped.fullListPollMs);
        QCOMPARE(real.finalPlaylistRetryMs, shipped.finalPlaylistRetryMs);
        QCOMPARE(real.hostDisconnectGraceSeconds, 5);
        QCOMPARE(real.finalPlaylistWindowSeconds, 10);
    }

    void unsetVariablesChangeNothing() {
        const Environment env = with({});
        const WatchTiming w = env.watchTiming(kFake);
        QCOMPARE(w.minPollMs, WatchTiming().minPollMs);
        QCOMPARE(env.scheduleTiming(kFake).farPollMs, ScheduleTiming().farPollMs);
        QCOMPARE(env.liveTiming(kFake).dynamicPollMs, LiveTiming().dynamicPollMs);
        QVERIFY(!env.darkPalette());
        QVERIFY(env.screenshot().path.isEmpty());
        NetworkService network;
        env.configure(network);
        QVERIFY(!network.trustsLoopbackCa());
    }

    // ---- what is injected into core ----

    void theTestCaIsInjectedIntoTheNetworkForLoopbackOnly() {
        QTemporaryDir dir;
        const QString pem = dir.filePath(QStringLiteral("ca.pem"));
        QFile file(pem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::throwAwayCaPem());
        file.close();
        const QSslCertificate ca = QSslCertificate::fromData(test::throwAwayCaPem()).value(0);

        NetworkService network;
        with({{"SPACETAPE_TEST_CA_FILE", pem}}).configure(network);
        QVERIFY(network.trustsLoopbackCa());
        QVERIFY(network.cdnRequest(QUrl(QStringLiteral("https://127.0.0.1:1/c")))
                    .sslConfiguration()
                    .caCertificates()
                    .contains(ca));
        QVERIFY(!network.apiRequest(QUrl(QStringLiteral("https://x.com/i/api/x")))
                     .sslConfiguration()
                     .caCertificates()
                     .contains(ca));
    }

    void theKeychainServiceIsInjected() {
        with({{"SPACETAPE_KEYCHAIN_SERVICE", QStringLiteral("spacetape-test-door")}})
            .configureKeychain();
        QCOMPARE(CredentialStore::defaultService(), QStringLiteral("spacetape-test-door"));
        QCOMPARE(CredentialStore().service(), QStringLiteral("spacetape-test-door"));
        with({}).configureKeychain();
        QCOMPARE(CredentialStore::defaultService(), QStringLiteral("Spacetape"));
    }

    void screenshotSettingsAreParsedOnce() {
        const Environment env = with({{"SPACETAPE_SCREENSHOT", QStringLiteral("/tmp/a.png")},
                                      {"SPACETAPE_SCREENSHOT_DELAY_MS", QStringLiteral("9000")},
                                      {"SPACETAPE_SCREENSHOT_SELECT", QStringLiteral("4")},
                                      {"SPACETAPE_SCREENSHOT_PREVIEW", QStringLiteral("1520")},
                                      {"SPACETAPE_DARK", QStringLiteral("1")}});
        QCOMPARE(env.screenshot().path, QStringLiteral("/tmp/a.png"));
        QCOMPARE(env.screenshot().delayMs, 9000);
        QCOMPARE(env.screenshot().selectRow, std::optional<int>(4));
        QCOMPARE(env.screenshot().previewSeconds, std::optional<double>(1520));
        QVERIFY(env.darkPalette());
        QCOMPARE(with({{"SPACETAPE_SCREENSHOT_DELAY_MS", QStringLiteral("999999999999999")}})
                     .screenshot()
                     .delayMs,
                 int(Environment::kMaxMs));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
