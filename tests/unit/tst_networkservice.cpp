// SPDX-License-Identifier: MIT
#include "fake/FakeHttpServer.h"
#include "net/NetworkService.h"
#include "support/ThrowAwayCa.h"

#include <QFile>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace spacetape;
using spacetape::test::FakeHttpServer;
using spacetape::test::FakeRequest;
using spacetape::test::FakeResponse;

namespace {

/// Waits for @p reply to finish and returns its body; the reply is deleted.
QByteArray waitForBody(QNetworkReply *reply) {
    std::unique_ptr<QNetworkReply> owner(reply);
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(15000))
            return "<timeout>";
    }
    return reply->readAll();
}

QNetworkCookie cookieFor127(const QByteArray &name, const QByteArray &value) {
    QNetworkCookie cookie(name, value);
    cookie.setDomain(QStringLiteral("127.0.0.1"));
    cookie.setPath(QStringLiteral("/"));
    return cookie;
}

}  // namespace

class TestNetworkService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cdnRequestCarriesBrowserHeadersAndNoCredentials() {
        NetworkService network;
        const QNetworkRequest request =
            network.cdnRequest(QUrl(QStringLiteral("https://prod-fastly.video.pscp.tv/a.aac")));
        QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
                 NetworkService::defaultUserAgent());
        QVERIFY(NetworkService::defaultUserAgent().startsWith("Mozilla/5.0"));
        QCOMPARE(request.rawHeader("Referer"), QByteArray("https://x.com/"));
        QVERIFY(!request.hasRawHeader("Cookie"));
        QVERIFY(!request.hasRawHeader("Authorization"));
        QVERIFY(!request.hasRawHeader("x-csrf-token"));
        QCOMPARE(request.attribute(QNetworkRequest::CookieLoadControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));
        QCOMPARE(request.attribute(QNetworkRequest::CookieSaveControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::NoLessSafeRedirectPolicy));
        QCOMPARE(request.transferTimeout(), NetworkService::kDefaultTransferTimeoutMs);
    }

    void apiRequestCarriesUserAgentButNoReferer() {
        NetworkService network;
        network.setUserAgent("SpacetapeTest/1.0");
        network.setTransferTimeoutMs(1234);
        const QNetworkRequest request = network.apiRequest(
            QUrl(QStringLiteral("https://x.com/i/api/graphql/x/AudioSpaceById")));
        QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
                 QByteArray("SpacetapeTest/1.0"));
        QVERIFY(!request.hasRawHeader("Referer"));
        QVERIFY(!request.hasRawHeader("Authorization"));
        QCOMPARE(request.transferTimeout(), 1234);
    }

    void cdnRequestOmitsJarCookiesOnTheWire() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveFile("/cdn/a.aac", "chunk", "audio/aac");
        server.serveFile("/api/x", "{}", "application/json");
        NetworkService network;
        QVERIFY(network.cookieJar()->insertCookie(cookieFor127("auth_token", "secret")));

        QCOMPARE(waitForBody(network.get(network.cdnRequest(server.url("/cdn/a.aac")))),
                 QByteArray("chunk"));
        QCOMPARE(waitForBody(network.get(network.apiRequest(server.url("/api/x")))),
                 QByteArray("{}"));

        const QList<FakeRequest> log = server.requestLog();
        QCOMPARE(log.size(), 2);
        const FakeRequest &cdn = log[0];
        QCOMPARE(cdn.header("referer"), QByteArray("https://x.com/"));
        QCOMPARE(cdn.header("user-agent"), NetworkService::defaultUserAgent());
        QVERIFY(!cdn.headers.contains("cookie"));
        QVERIFY(!cdn.headers.contains("authorization"));
        QVERIFY(!cdn.headers.contains("x-csrf-token"));
        // A cookie put in the jar on purpose does go with API requests.
        QCOMPARE(log[1].header("cookie"), QByteArray("auth_token=secret"));
        QVERIFY(!log[1].headers.contains("referer"));
    }

    void setCookieFromAServerIsNeverStored() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.addRoute("/", [](const FakeRequest &) -> std::optional<FakeResponse> {
            FakeResponse r;
            r.addHeader("Set-Cookie", "tracker=1; Path=/");
            r.body = "ok";
            return r;
        });
        NetworkService network;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(waitForBody(network.get(network.apiRequest(server.url("/api")))), "ok");
            QCOMPARE(waitForBody(network.get(network.cdnRequest(server.url("/cdn")))), "ok");
        }
        for (const FakeRequest &r : server.requestLog())
            QVERIFY(!r.headers.contains("cookie"));
        QVERIFY(network.cookieJar()->cookiesForUrl(server.url("/api")).isEmpty());
    }

    // Qt 6.4 opens six connections per host and manager; the pool must go beyond that.
    void poolRunsMoreThanSixRequestsToOneHostAtOnce() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(600);
        server.serveFile("/c", "x", "text/plain");
        NetworkService network;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < 18; ++i) {
            replies.emplace_back(network.get(network.cdnRequest(server.url("/c"))));
        }
        QCOMPARE(network.managerCount(), 3);
        QCOMPARE(network.inFlight(), 18);
        for (auto &reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(15000));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
        }
        QCOMPARE(network.inFlight(), 0);
        QVERIFY2(server.maxInFlight() > 12, qPrintable(QString::number(server.maxInFlight())));
        QCOMPARE(server.requestCount("/c"), 18);

        // Idle managers are reused, not multiplied.
        server.clearRequestLog();
        server.setLatencyMs(0);
        QCOMPARE(waitForBody(network.get(network.cdnRequest(server.url("/c")))), "x");
        QCOMPARE(network.managerCount(), 3);
    }

    void singleManagerIsLimitedToSixConnections() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(300);
        server.serveFile("/c", "x", "text/plain");
        NetworkService network;
        network.setMaxManagers(1);
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < 12; ++i) {
            replies.emplace_back(network.get(network.cdnRequest(server.url("/c"))));
        }
        for (auto &reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(15000));
        }
        QCOMPARE(network.managerCount(), 1);
        QCOMPARE(server.maxInFlight(), NetworkService::kConnectionsPerManager);
    }

    void manualProxyCarriesRequestsButLoopbackGoesDirect() {
        FakeHttpServer proxy;  // answers absolute-form requests like a forward proxy
        QVERIFY(proxy.listen());
        proxy.serveFile("/chunk", "via proxy", "text/plain");
        NetworkService network;
        network.setProxyMode(
            ProxyMode::Manual,
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        QCOMPARE(network.proxyMode(), ProxyMode::Manual);
        QCOMPARE(waitForBody(network.get(
                     network.cdnRequest(QUrl(QStringLiteral("http://cdn.example.invalid/chunk"))))),
                 "via proxy");
        QCOMPARE(proxy.requestLog().value(0).header("host"), QByteArray("cdn.example.invalid"));

        FakeHttpServer direct;
        QVERIFY(direct.listen());
        direct.serveFile("/d", "direct", "text/plain");
        QCOMPARE(waitForBody(network.get(network.cdnRequest(direct.url("/d")))), "direct");
        QCOMPARE(direct.requestCount("/d"), 1);
        QCOMPARE(proxy.requestCount(), 1);
    }

    void followsSameOrSaferRedirects() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.addRoute("/moved", [](const FakeRequest &) -> std::optional<FakeResponse> {
            FakeResponse r;
            r.status = 302;
            r.addHeader("Location", "/target");
            return r;
        });
        server.serveFile("/target", "arrived", "text/plain");
        NetworkService network;
        QCOMPARE(waitForBody(network.get(network.cdnRequest(server.url("/moved")))), "arrived");
        // The Referer survives the redirect: edges check it on the final URL too.
        QCOMPARE(server.requestLog().value(1).header("referer"), QByteArray("https://x.com/"));
    }

    void transferTimeoutAbortsAStalledRequest() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveFile("/slow", QByteArray(4000, 'a'), "text/plain");
        server.trickle("/slow", 1, 100);  // one 100-byte burst a second
        NetworkService network;
        network.setTransferTimeoutMs(300);
        std::unique_ptr<QNetworkReply> reply(network.get(network.cdnRequest(server.url("/slow"))));
        QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(15000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QTRY_COMPARE(server.inFlight(), 0);
    }

    // ---- the login: one helper builds every request that carries it ----

    void loginRequestCarriesTheLoginAndStaysOnItsOrigin() {
        NetworkService network;
        const QNetworkRequest request = network.loginRequest(
            QUrl(QStringLiteral("https://x.com/home")), "auth_token=a; ct0=b", "b");
        QCOMPARE(request.rawHeader("Cookie"), QByteArray("auth_token=a; ct0=b"));
        QCOMPARE(request.rawHeader("x-csrf-token"), QByteArray("b"));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
        QCOMPARE(request.attribute(QNetworkRequest::CookieLoadControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));
        QCOMPARE(request.attribute(QNetworkRequest::CookieSaveControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));
        // Without a token (a page, a key): the Cookie header only.
        QVERIFY(!network.loginRequest(QUrl(QStringLiteral("https://x.com/home")), "c=d")
                     .hasRawHeader("x-csrf-token"));
    }

    void loginRequestIsNotFollowedToAnotherServer() {
        FakeHttpServer server;
        FakeHttpServer other;  // must never see the login, nor any request of this one
        QVERIFY(server.listen());
        QVERIFY(other.listen());
        other.serveFile("/stolen", "gotcha", "text/plain");
        const QByteArray elsewhere = other.url(QStringLiteral("/stolen")).toEncoded();
        server.addRoute("/home", [elsewhere](const FakeRequest &) -> std::optional<FakeResponse> {
            FakeResponse r;
            r.status = 302;
            r.addHeader("Location", elsewhere);
            return r;
        });
        NetworkService network;
        std::unique_ptr<QNetworkReply> reply(
            network.get(network.loginRequest(server.url("/home"), "auth_token=a; ct0=b", "b")));
        QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(15000));
        QCOMPARE(reply->error(), QNetworkReply::InsecureRedirectError);
        QCOMPARE(server.requestLog().value(0).header("cookie"), QByteArray("auth_token=a; ct0=b"));
        QCOMPARE(other.requestCount(), 0);
    }

    void loginNeverTravelsOverPlainHttpToAnotherComputer_data() {
        QTest::addColumn<QString>("apiOrigin");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("carried");
        QTest::newRow("x.com over https") << QString() << "https://x.com/i/api/x" << true;
        QTest::newRow("plain http elsewhere") << QString() << "http://example.com/x" << false;
        QTest::newRow("routed to plain http elsewhere") << "http://192.0.2.7:8080"
                                                        << "https://x.com/i/api/x" << false;
        QTest::newRow("routed to https elsewhere") << "https://mirror.example"
                                                   << "https://x.com/i/api/x" << true;
        QTest::newRow("routed to the loopback fake") << "http://127.0.0.1:8080"
                                                     << "https://x.com/i/api/x" << true;
        QTest::newRow("localhost over http") << QString() << "http://localhost:1/k" << true;
        QTest::newRow("::1 over http") << QString() << "http://[::1]:1/k" << true;
    }

    void loginNeverTravelsOverPlainHttpToAnotherComputer() {
        QFETCH(QString, apiOrigin);
        QFETCH(QString, url);
        QFETCH(bool, carried);
        NetworkService network;
        network.setApiOrigin(QUrl(apiOrigin));
        const QNetworkRequest request = network.loginRequest(QUrl(url), "auth_token=a", "a");
        QCOMPARE(request.hasRawHeader("Cookie"), carried);
        QCOMPARE(request.hasRawHeader("x-csrf-token"), carried);
        // Whatever the URL, the redirect rule holds.
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
    }

    // ---- the tests' CA: loopback hosts only ----

    void testCaIsTrustedForLoopbackHostsOnly() {
        QTemporaryDir dir;
        const QString pem = dir.filePath(QStringLiteral("ca.pem"));
        QFile file(pem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(spacetape::test::throwAwayCaPem());
        file.close();
        const QSslCertificate ca =
            QSslCertificate::fromData(spacetape::test::throwAwayCaPem()).value(0);
        QVERIFY(!ca.isNull());

        NetworkService network;
        QVERIFY(!network.trustsLoopbackCa());
        const auto trusted = network.trustCaForLoopback(pem);
        QVERIFY2(trusted.ok(), qPrintable(trusted.error()));
        QCOMPARE(*trusted, 1);
        QVERIFY(network.trustsLoopbackCa());
        const auto trusts = [&ca](const QNetworkRequest &request) {
            return request.sslConfiguration().caCertificates().contains(ca);
        };
        QVERIFY(trusts(network.cdnRequest(QUrl(QStringLiteral("https://127.0.0.1:8443/c")))));
        QVERIFY(trusts(network.cdnRequest(QUrl(QStringLiteral("https://127.8.9.10/c")))));
        QVERIFY(trusts(network.cdnRequest(QUrl(QStringLiteral("https://localhost/c")))));
        QVERIFY(trusts(network.apiRequest(QUrl(QStringLiteral("https://[::1]:8443/x")))));
        // Nor does a fake's redirect take the test CA to another host.
        QCOMPARE(network.cdnRequest(QUrl(QStringLiteral("https://127.0.0.1:8443/c")))
                     .attribute(QNetworkRequest::RedirectPolicyAttribute)
                     .toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
        // x.com, the CDN and every other host: the system's trust store only.
        QVERIFY(!trusts(network.apiRequest(QUrl(QStringLiteral("https://x.com/i/api/x")))));
        QVERIFY(!trusts(network.loginRequest(QUrl(QStringLiteral("https://x.com/home")), "a=b")));
        QVERIFY(!trusts(network.cdnRequest(
            QUrl(QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/a.aac")))));
        QVERIFY(!trusts(network.cdnRequest(QUrl(QStringLiteral("https://localhost.example/c")))));
    }

    void aTestCaFileThatIsNoCaIsRefused() {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.pem"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        NetworkService network;
        QVERIFY(!network.trustCaForLoopback(junk).ok());
        QVERIFY(!network.trustCaForLoopback(dir.path()).ok());  // a folder, not a file
        QVERIFY(!network.trustCaForLoopback(dir.filePath(QStringLiteral("missing.pem"))).ok());
        QVERIFY(!network.trustsLoopbackCa());
    }
};

QTEST_GUILESS_MAIN(TestNetworkService)
#include "tst_networkservice.moc"
