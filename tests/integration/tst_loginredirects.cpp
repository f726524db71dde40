// SPDX-License-Identifier: MIT
// The X login never follows a redirect to another server (issue 23, finding 1): the web app's
// `/home` page fetched for x-client-transaction-id, and X API calls in cookie mode, through a
// loopback "x.com" that answers 302 to a second loopback server. The key fetch's redirect is
// covered by tst_hostileinput (keyLoginGoesOnlyToXOverHttps, "X host redirecting elsewhere").
#include "fake/FakeHttpServer.h"
#include "net/NetworkService.h"
#include "support/IsolatedXApiClient.h"
#include "support/TestData.h"
#include "x/ClientTransactionSource.h"
#include "x/XApiClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kAuthToken = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
const QString kCt0 = QStringLiteral("abcdef0123456789abcdef0123456789");
const QByteArray kOnDemandPath = "/responsive-web/client-web/ondemand.s.4c1f7e2aa.js";

XLogin login() {
    XLogin l;
    l.authToken = kAuthToken;
    l.ct0 = kCt0;
    return l;
}

/// Whether any request @p server received carried a piece of the login.
QStringList loginSeenBy(const FakeHttpServer &server) {
    QStringList seen;
    for (const FakeRequest &r : server.requestLog()) {
        const QByteArray all = r.header("cookie") + r.header("x-csrf-token");
        if (all.contains(kAuthToken.toLatin1()) || all.contains(kCt0.toLatin1()))
            seen << QString::fromLatin1(r.path);
    }
    return seen;
}

/// A route that answers 302 to @p target.
FakeHttpServer::Handler redirectTo(const QUrl &target) {
    const QByteArray location = target.toEncoded();
    return [location](const FakeRequest &) -> std::optional<FakeResponse> {
        FakeResponse r;
        r.status = 302;
        r.addHeader("Location", location);
        return r;
    };
}
}  // namespace

class TestLoginRedirects : public QObject {
    Q_OBJECT

    /// "x.com" (the api origin) and a second server that must never see the login.
    struct Rig {
        FakeHttpServer x;
        FakeHttpServer other;
        NetworkService network;
        QTemporaryDir dir;
        Rig() {
            x.listen();
            other.listen();
            network.setApiOrigin(x.baseUrl());
            // Whatever arrives at the other server gets a page that would work: before the
            // fix the fetch "succeeded" there, with the login.
            other.serveFile("/home", unitTestData("xct/home_a.html"), "text/html");
            other.addRoute("/i/api/", [](const FakeRequest &) -> std::optional<FakeResponse> {
                return FakeResponse{200, {{"Content-Type", "application/json"}}, "{}"};
            });
            for (FakeHttpServer *server : {&x, &other})
                server->serveFile(kOnDemandPath, unitTestData("xct/ondemand.s.4c1f7e2aa.js"),
                                  "application/javascript");
        }
    };

private Q_SLOTS:
    void homeRedirectingToAnotherServerSendsItNoLogin() {
        Rig rig;
        rig.x.addRoute("/home", redirectTo(rig.other.url(QStringLiteral("/home"))));
        rig.x.serveFile("/", unitTestData("xct/home_c.html"), "text/html");
        ClientTransactionSource source(rig.network,
                                       rig.dir.filePath(QStringLiteral("client-transaction.json")));
        source.setLogin(login());
        QSignalSpy ready(&source, &ClientTransactionSource::ready);
        QSignalSpy failed(&source, &ClientTransactionSource::failed);
        source.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!source.isFetching(), 20000);

        QCOMPARE(rig.x.requestCount("/home"), 1);
        QVERIFY(loginSeenBy(rig.x).contains(QStringLiteral("/home")));  // X's own host: yes
        QCOMPARE(loginSeenBy(rig.other), QStringList());
        QCOMPARE(rig.other.requestCount("/home"), 0);
        // The logged-out page next, as after any failing page: the inputs still arrive.
        QCOMPARE(rig.x.requestCount("/"), 1);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
    }

    void apiCallRedirectingToAnotherServerSendsItNoLogin() {
        Rig rig;
        const QString path = QStringLiteral("/i/api/1.1/users/show.json");
        rig.x.addRoute(path.toLatin1(), redirectTo(rig.other.url(path)));
        IsolatedXApiClient api(rig.network, rig.dir.path());
        api.setClientTransactionEnabled(false);
        api.setTiming({10, 5});  // the refused redirect is retried like a network error: quickly
        api.setLogin(login());
        std::optional<XApiClient::Response> answer;
        api.probe(QUrl(QStringLiteral("https://x.com") + path), AuthMode::Cookies,
                  [&answer](XApiClient::Response r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);

        QVERIFY(rig.x.requestCount(path.toLatin1()) >= 1);
        QVERIFY(!loginSeenBy(rig.x).isEmpty());
        QCOMPARE(loginSeenBy(rig.other), QStringList());
        QCOMPARE(rig.other.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginRedirects)
#include "tst_loginredirects.moc"
