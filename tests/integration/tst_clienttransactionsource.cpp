// SPDX-License-Identifier: MIT
// ClientTransactionSource against a loopback X web app: what it fetches, when, with which
// login, what it caches, and that calls never wait for it.
#include "fake/FakeHttpServer.h"
#include "net/NetworkService.h"
#include "support/TestData.h"
#include "x/BundleDiscovery.h"
#include "x/ClientTransaction.h"
#include "x/ClientTransactionSource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");
const QByteArray kOnDemandPath = "/responsive-web/client-web/ondemand.s.4c1f7e2aa.js";
const QString kPath = QStringLiteral("/i/api/graphql/_TgkQtc04XURgCocb1y9CA/AudioSpaceById");
// The logged-out "x-web" shell of 2026-07: a key, but no chunk map.
const QByteArray kShell =
    "<!DOCTYPE html><html><head><meta name=\"twitter-site-verification\" "
    "content=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"></head>"
    "<body><div id=\"root\"></div></body></html>";

XLogin login() {
    XLogin l;
    l.authToken = kAuthToken;
    l.ct0 = kCt0;
    return l;
}

ClientTransaction expectedFrom(const char *homepage) {
    return *ClientTransaction::fromPages(
        QString::fromUtf8(unitTestData(QStringLiteral("xct/") + homepage)),
        QString::fromUtf8(unitTestData("xct/ondemand.s.4c1f7e2aa.js")));
}
}  // namespace

class TestClientTransactionSource : public QObject {
    Q_OBJECT

    /// A loopback X, a network routed to it, a cache file, and a clock the test moves.
    struct Rig {
        FakeHttpServer http;
        NetworkService network;
        QTemporaryDir dir;
        QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        Rig() {
            http.listen();
            network.setApiOrigin(http.baseUrl());
            http.serveFile(kOnDemandPath, unitTestData("xct/ondemand.s.4c1f7e2aa.js"),
                           "application/javascript");
        }
        QString cache() const { return dir.filePath(QStringLiteral("client-transaction.json")); }
        std::unique_ptr<ClientTransactionSource> source() {
            auto s = std::make_unique<ClientTransactionSource>(network, cache());
            s->setClock([this] { return now; });
            s->setRandomByte([] { return quint8(0x5A); });
            return s;
        }
        int pageRequests() const { return http.requestCount("/") + http.requestCount("/home"); }
    };

private Q_SLOTS:
    void firstCallGoesWithoutTheHeaderThenCallsAreSigned() {
        Rig rig;
        rig.http.serveFile("/", unitTestData("xct/home_c.html"), "text/html");
        auto source = rig.source();
        QSignalSpy ready(source.get(), &ClientTransactionSource::ready);
        QSignalSpy failed(source.get(), &ClientTransactionSource::failed);

        QCOMPARE(source->headerFor("GET", kPath), std::optional<QByteArray>());
        QVERIFY(source->isFetching());
        QVERIFY(ready.wait(20000));
        QCOMPARE(failed.count(), 0);
        const auto header = source->headerFor("GET", kPath + QStringLiteral("?variables=%7B%7D"));
        QVERIFY(header);
        QCOMPARE(
            *header,
            expectedFrom("home_c.html").headerFor("GET", kPath, rig.now.toSecsSinceEpoch(), 0x5A));
        QCOMPARE(rig.http.requestCount("/"), 1);
        QCOMPARE(rig.http.requestCount(kOnDemandPath), 1);
        // Signed calls cost no request.
        QVERIFY(source->headerFor("POST", kPath));
        QCOMPARE(rig.http.requestLog().size(), 2);
        QVERIFY(QFile::exists(rig.cache()));
    }

    void aLoginFetchesHomeWithTheCookies() {
        Rig rig;
        rig.http.serveFile("/", kShell, "text/html");
        const QByteArray home = unitTestData("xct/home_a.html");
        rig.http.addRoute("/home", [home](const FakeRequest &r) -> std::optional<FakeResponse> {
            if (!r.header("cookie").contains("auth_token="))
                return FakeResponse{302, {{"Location", "/i/flow/login"}}, {}};
            return FakeResponse{200, {{"Content-Type", "text/html"}}, home};
        });
        auto source = rig.source();
        source->setLogin(login());
        QSignalSpy ready(source.get(), &ClientTransactionSource::ready);
        source->refresh();
        QVERIFY(ready.wait(20000));
        QCOMPARE(rig.http.requestCount("/home"), 1);
        QCOMPARE(rig.http.requestCount("/"), 0);
        QCOMPARE(
            *source->headerFor("GET", kPath),
            expectedFrom("home_a.html").headerFor("GET", kPath, rig.now.toSecsSinceEpoch(), 0x5A));
    }

    void aPageWithoutTheMapFallsThroughToTheNext() {
        Rig rig;
        rig.http.addRoute("/home", [](const FakeRequest &) -> std::optional<FakeResponse> {
            return FakeResponse{200, {{"Content-Type", "text/html"}}, kShell};
        });
        rig.http.serveFile("/", unitTestData("xct/home_b.html"), "text/html");
        auto source = rig.source();
        source->setLogin(login());
        QSignalSpy ready(source.get(), &ClientTransactionSource::ready);
        source->refresh();
        QVERIFY(ready.wait(20000));
        QCOMPARE(rig.http.requestCount("/home"), 1);
        QCOMPARE(rig.http.requestCount("/"), 1);
        QCOMPARE(source->headerFor("GET", kPath)->size(), 94);  // 70 bytes, base64, no padding
    }

    void aFailureIsReportedOnceAndCallsGoOnWithoutTheHeader() {
        Rig rig;
        rig.http.serveFile("/", kShell, "text/html");
        auto source = rig.source();
        QSignalSpy failed(source.get(), &ClientTransactionSource::failed);
        QCOMPARE(source->headerFor("GET", kPath), std::optional<QByteArray>());
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("ondemand.s")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!source->isFetching());

        // Within the hour: no new fetch, no header, no second report.
        rig.now = rig.now.addSecs(ClientTransactionSource::kRetryAfterFailureSeconds - 60);
        QCOMPARE(source->headerFor("GET", kPath), std::optional<QByteArray>());
        QVERIFY(!source->isFetching());
        QCOMPARE(rig.pageRequests(), 1);

        // After it, one new try, still failing quietly.
        rig.now = rig.now.addSecs(120);
        QCOMPARE(source->headerFor("GET", kPath), std::optional<QByteArray>());
        QVERIFY(source->isFetching());
        QTRY_VERIFY_WITH_TIMEOUT(!source->isFetching(), 20000);
        QCOMPARE(rig.pageRequests(), 2);
        QCOMPARE(failed.count(), 1);
    }

    void aMissingOnDemandChunkFails() {
        Rig rig;
        QByteArray html = unitTestData("xct/home_a.html");
        html.replace("4c1f7e2a", "00000000");  // names a chunk the server does not have
        rig.http.serveFile("/", html, "text/html");
        auto source = rig.source();
        QSignalSpy failed(source.get(), &ClientTransactionSource::failed);
        source->refresh();
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("HTTP 404")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!source->hasInputs());
    }

    void theCacheSignsTheFirstCallOfTheNextLaunchForADay() {
        Rig rig;
        rig.http.serveFile("/", unitTestData("xct/home_c.html"), "text/html");
        {
            auto first = rig.source();
            QSignalSpy ready(first.get(), &ClientTransactionSource::ready);
            first->refresh();
            QVERIFY(ready.wait(20000));
        }
        rig.http.clearRequestLog();
        const QByteArray expected =
            expectedFrom("home_c.html")
                .headerFor("GET", kPath, rig.now.addSecs(3600).toSecsSinceEpoch(), 0x5A);

        rig.now = rig.now.addSecs(3600);
        auto next = rig.source();
        QVERIFY(next->hasInputs());
        QCOMPARE(next->headerFor("GET", kPath), std::optional<QByteArray>(expected));
        QVERIFY(!next->isFetching());
        QCOMPARE(rig.http.requestLog().size(), 0);

        // A day later the old inputs still sign while new ones are fetched.
        rig.now = rig.now.addSecs(ClientTransactionSource::kMaxAgeSeconds);
        QSignalSpy ready(next.get(), &ClientTransactionSource::ready);
        QVERIFY(next->headerFor("GET", kPath));
        QVERIFY(next->isFetching());
        QVERIFY(ready.wait(20000));
        QCOMPARE(rig.http.requestCount("/"), 1);
    }

    void aDamagedCacheCostsOneFetch() {
        Rig rig;
        QVERIFY(!writeFile(rig.cache(), "{\"key\":\"@@\",\"animationKey\":\"zz\"}").isEmpty());
        rig.http.serveFile("/", unitTestData("xct/home_a.html"), "text/html");
        auto source = rig.source();
        QVERIFY(!source->hasInputs());
        QSignalSpy ready(source.get(), &ClientTransactionSource::ready);
        QVERIFY(!source->headerFor("GET", kPath));
        QVERIFY(ready.wait(20000));
        QVERIFY(source->headerFor("GET", kPath));
    }
};

QTEST_GUILESS_MAIN(TestClientTransactionSource)
#include "tst_clienttransactionsource.moc"
