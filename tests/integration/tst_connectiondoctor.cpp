// SPDX-License-Identifier: MIT
// The connection doctor in-process, against the fake X: its advice follows what X answered
// (the failure's kind and HTTP status), never the words of the message, which a translation
// may change entirely.
#include "diag/ConnectionDoctor.h"
#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "support/KeychainSupport.h"
#include "support/ScopedTranslator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {

/// A translation that words XApiClient's guest-session failures without the "HTTP" the
/// English has, and the network failure with it: the opposite of what a text search expects.
QString misleadingWords(const QByteArray &source) {
    if (source.startsWith("X refused a guest session"))
        return QStringLiteral("Gastsitzung verweigert (Status %1%2).");
    if (source.startsWith("Could not reach X to start a guest session"))
        return QStringLiteral("HTTP-Verbindung zu X gescheitert: %1");
    return {};
}

/// A loopback port nothing listens on: connections to it are refused at once.
quint16 closedPort() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

}  // namespace

class TestConnectionDoctor : public QObject {
    Q_OBJECT

    KeychainProbe m_keychain;

    /// Runs every check (no Space given) and returns the guest token's result.
    StepResult guestTokenCheck(NetworkService &network) {
        // A keychain service of this test's own: the doctor's keychain check writes a probe.
        ConnectionDoctor doctor(network, m_keychain.service());
        doctor.api().setTiming(XApiTiming{20, 5});
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start();
        if (!finished.wait(30000))
            return {};
        for (const StepResult &r : doctor.results()) {
            if (r.step == DoctorStep::GuestToken)
                return r;
        }
        return {};
    }

    /// Runs every check for the Space @p spaceId and returns all results.
    QList<StepResult> checksWithSpace(NetworkService &network, const QString &spaceId) {
        ConnectionDoctor doctor(network, m_keychain.service());
        doctor.api().setTiming(XApiTiming{20, 5});
        doctor.setSpaceId(spaceId);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start();
        if (!finished.wait(30000))
            return {};
        return doctor.results();
    }

    static StepResult resultOf(const QList<StepResult> &results, DoctorStep step) {
        for (const StepResult &r : results) {
            if (r.step == step)
                return r;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // the doctor's caches go to a test folder
    }
    void init() { m_keychain.renewService(); }
    void cleanup() { m_keychain.clear(); }

    void guestRefusalIsToldFromTheStatusNotTheText() {
        FakeHttpServer http;
        FakeXServer x{http};
        QVERIFY(http.listen());
        http.failForever("/1.1/guest/activate.json", 403);
        NetworkService network;
        network.setApiOrigin(http.baseUrl());

        StepResult r;
        {
            const ScopedTranslator translator("spacetape::XApiClient", misleadingWords);
            r = guestTokenCheck(network);
        }

        QCOMPARE(r.step, DoctorStep::GuestToken);
        QCOMPARE(r.outcome, StepOutcome::Failed);
        QVERIFY2(r.message.startsWith(QStringLiteral("Gastsitzung verweigert (Status 403")),
                 qPrintable(r.message));
        QVERIFY2(!r.message.contains(QStringLiteral("HTTP")), qPrintable(r.message));
        QVERIFY2(r.remedy.contains(QStringLiteral("no guest sessions")), qPrintable(r.remedy));
    }

    void unreachableXIsToldFromTheMissingStatusNotTheText() {
        NetworkService network;
        network.setApiOrigin(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())));

        StepResult r;
        {
            const ScopedTranslator translator("spacetape::XApiClient", misleadingWords);
            r = guestTokenCheck(network);
        }

        QCOMPARE(r.step, DoctorStep::GuestToken);
        QCOMPARE(r.outcome, StepOutcome::Failed);
        QVERIFY2(r.message.startsWith(QStringLiteral("HTTP-Verbindung zu X gescheitert")),
                 qPrintable(r.message));
        QVERIFY2(r.remedy.contains(QStringLiteral("internet connection")), qPrintable(r.remedy));
        QVERIFY2(!r.remedy.contains(QStringLiteral("guest sessions")), qPrintable(r.remedy));
    }

    void guestRateLimitIsToldFromTheStatus() {
        FakeHttpServer http;
        FakeXServer x{http};
        QVERIFY(http.listen());
        http.failForever("/1.1/guest/activate.json", 429);
        NetworkService network;
        network.setApiOrigin(http.baseUrl());

        const StepResult r = guestTokenCheck(network);
        QCOMPARE(r.step, DoctorStep::GuestToken);
        QCOMPARE(r.outcome, StepOutcome::Failed);
        QVERIFY2(r.remedy.contains(QStringLiteral("rate limit")), qPrintable(r.remedy));
    }

    void aGuestSessionLostDuringTheSpaceCheckIsToldWithItsOwnReason_data() {
        QTest::addColumn<QString>("renewal");
        QTest::addColumn<QString>("messageStart");
        QTest::addColumn<QString>("remedyPart");
        // The translator words the 403 without "HTTP" and the broken connection with it.
        QTest::newRow("renewal rate limited") << "429"
                                              << "X refuses new guest sessions for now (HTTP 429"
                                              << "rate limit";
        QTest::newRow("renewal refused") << "403"
                                         << "Gastsitzung verweigert (Status 403"
                                         << "no guest sessions";
        QTest::newRow("renewal cut off") << "cut"
                                         << "HTTP-Verbindung zu X gescheitert"
                                         << "internet connection";
    }

    void aGuestSessionLostDuringTheSpaceCheckIsToldWithItsOwnReason() {
        // The guest token check gets a token; X refuses it for AudioSpaceById (403 code 239),
        // and the one fresh token the client then asks for is not given. That failure is the
        // whole story: not "could not reach X: " with nothing after it.
        QFETCH(QString, renewal);
        QFETCH(QString, messageStart);
        QFETCH(QString, remedyPart);
        const QString spaceId = QStringLiteral("1YqKDqWqdPLxV");
        const QByteArray activatePath = "/1.1/guest/activate.json";
        FakeHttpServer http;
        FakeXServer x{http};
        QVERIFY(http.listen());
        FakeSpace space;
        space.id = spaceId;
        space.mediaKey = QStringLiteral("28_1976000000000000001");
        x.addSpace(space);
        x.setGuestTokenUses(0, 403);
        int activations = 0;
        http.prependRoute(activatePath, [&](const FakeRequest &) -> std::optional<FakeResponse> {
            if (renewal == QLatin1String("cut")) {
                // The fake X answers each; all but the first (the guest token check's) are cut
                // off halfway.
                if (++activations == 1)
                    http.cutMidBody(activatePath, 100);
                return std::nullopt;
            }
            if (++activations == 1)
                return std::nullopt;  // the guest token check: the fake X hands one out
            FakeResponse response;
            response.status = renewal.toInt();
            if (response.status == 429) {
                response.addHeader("x-rate-limit-reset",
                                   QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600));
            }
            return response;
        });
        NetworkService network;
        network.setApiOrigin(http.baseUrl());

        QList<StepResult> results;
        {
            const ScopedTranslator translator("spacetape::XApiClient", misleadingWords);
            results = checksWithSpace(network, spaceId);
        }

        QCOMPARE(resultOf(results, DoctorStep::GuestToken).outcome, StepOutcome::Ok);
        QVERIFY(activations >= 2);
        const StepResult r = resultOf(results, DoctorStep::AudioSpaceById);
        QCOMPARE(r.step, DoctorStep::AudioSpaceById);
        QCOMPARE(r.outcome, StepOutcome::Failed);
        QVERIFY2(r.message.startsWith(messageStart), qPrintable(r.message));
        QVERIFY2(r.remedy.contains(remedyPart), qPrintable(r.remedy));
    }
};

QTEST_GUILESS_MAIN(TestConnectionDoctor)
#include "tst_connectiondoctor.moc"
