// SPDX-License-Identifier: MIT
// Which addresses may receive the user's X login (key URIs), which a playlist may name, which
// covers may be fetched. Each "false" row would send the login to someone else if the rule it
// is about were dropped: every host below is https, so only the host rule can refuse it.
#include "net/UrlPolicy.h"

#include <QTest>

using namespace spacetape;

class TestUrlPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyMayCarryLogin_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("mayCarryLogin");
        // X's and Periscope's own hosts.
        QTest::newRow("x.com") << "https://x.com/i/keys/1" << true;
        QTest::newRow("api.x.com") << "https://api.x.com/1.1/keys/1" << true;
        QTest::newRow("twitter.com") << "https://twitter.com/k" << true;
        QTest::newRow("api.twitter.com") << "https://api.twitter.com/k" << true;
        QTest::newRow("pscp.tv") << "https://pscp.tv/k" << true;
        QTest::newRow("proxsee.pscp.tv") << "https://proxsee.pscp.tv/api/v2/key" << true;
        QTest::newRow("periscope.tv") << "https://www.periscope.tv/k" << true;
        QTest::newRow("upper-case host") << "https://API.X.COM/k" << true;
        // Foreign hosts, look-alikes and tricks, all over https.
        QTest::newRow("foreign host") << "https://evil.example/k" << false;
        QTest::newRow("x.com as a subdomain of another") << "https://x.com.evil.net/k" << false;
        QTest::newRow("suffix without a dot") << "https://evilx.com/k" << false;
        QTest::newRow("suffix without a dot, twitter") << "https://nottwitter.com/k" << false;
        QTest::newRow("user info naming x.com") << "https://x.com@evil.net/k" << false;
        QTest::newRow("user info on x.com itself") << "https://user:pw@x.com/k" << false;
        // The audio CDN never sees the login, though it is under pscp.tv.
        QTest::newRow("CDN host") << "https://prod-fastly-us-east-1.video.pscp.tv/k" << false;
        QTest::newRow("CDN apex") << "https://video.pscp.tv/k" << false;
        QTest::newRow("periscope CDN") << "https://a.video.periscope.tv/k" << false;
        // Not https, or not absolute.
        QTest::newRow("plain http") << "http://x.com/k" << false;
        QTest::newRow("relative") << "/k" << false;
        QTest::newRow("scheme-relative") << "//x.com/k" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("empty") << "" << false;
    }
    void keyMayCarryLogin() {
        QFETCH(QString, uri);
        QFETCH(bool, mayCarryLogin);
        QCOMPARE(urlpolicy::keyMayCarryLogin(uri), mayCarryLogin);
    }

    void isXOrPeriscopeHost_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("expected");
        QTest::newRow("x.com") << "x.com" << true;
        QTest::newRow("abs.twimg is not X's API") << "abs.twimg.com" << false;
        QTest::newRow("look-alike") << "evilx.com" << false;
        QTest::newRow("look-alike pscp") << "notpscp.tv" << false;
        QTest::newRow("CDN") << "prod-fastly-eu-west-1.video.pscp.tv" << false;
        QTest::newRow("chat service") << "prod-chatman-ancillary-eu-central-1.pscp.tv" << true;
        QTest::newRow("empty") << "" << false;
    }
    void isXOrPeriscopeHost() {
        QFETCH(QString, host);
        QFETCH(bool, expected);
        QCOMPARE(urlpolicy::isXOrPeriscopeHost(host), expected);
    }

    void mayFollowOnlyWebAddressesFromTheNetwork_data() {
        QTest::addColumn<QUrl>("playlist");
        QTest::addColumn<QUrl>("target");
        QTest::addColumn<bool>("allowed");
        const QUrl remote(QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/p.m3u8"));
        const QUrl local = QUrl::fromLocalFile(QStringLiteral("/tmp/space/p.m3u8"));
        QTest::newRow("remote → https") << remote << QUrl("https://cdn.example/c.aac") << true;
        QTest::newRow("remote → http") << remote << QUrl("http://cdn.example/c.aac") << true;
        QTest::newRow("remote → file") << remote << QUrl("file:///etc/passwd") << false;
        QTest::newRow("remote → data") << remote << QUrl("data:,x") << false;
        QTest::newRow("remote → hostless https") << remote << QUrl("https:///c.aac") << false;
        QTest::newRow("local → file") << local << QUrl::fromLocalFile("/tmp/space/c.aac") << true;
        QTest::newRow("local → https") << local << QUrl("https://cdn.example/c.aac") << true;
    }
    void mayFollowOnlyWebAddressesFromTheNetwork() {
        QFETCH(QUrl, playlist);
        QFETCH(QUrl, target);
        QFETCH(bool, allowed);
        for (const auto kind :
             {urlpolicy::UriKind::Variant, urlpolicy::UriKind::Chunk, urlpolicy::UriKind::Key}) {
            const auto verdict = urlpolicy::mayFollow(playlist, target, kind);
            QCOMPARE(bool(verdict), allowed);
            if (!allowed)
                QVERIFY(!verdict.error().isEmpty());
        }
    }

    void coversComeOnlyFromTheWeb() {
        QVERIFY(urlpolicy::isAllowedImageUrl(QUrl("https://pbs.twimg.com/a.jpg")));
        QVERIFY(!urlpolicy::isAllowedImageUrl(QUrl("file:///etc/shadow")));
        QVERIFY(!urlpolicy::isAllowedImageUrl(QUrl("qrc:/icons/a.svg")));
        QVERIFY(!urlpolicy::isAllowedImageUrl(QUrl()));
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
