// SPDX-License-Identifier: MIT
#include "support/HostilePages.h"
#include "support/TestData.h"
#include "util/Limits.h"
#include "x/BundleDiscovery.h"
#include "x/ClientTransaction.h"

#include <QCryptographicHash>
#include <QTest>

#include <cmath>

using namespace spacetape;
using namespace spacetape::test;

namespace {

ClientTransaction fromFixture(const char *homepage) {
    const QString html = QString::fromUtf8(unitTestData(QStringLiteral("xct/") + homepage));
    const auto onDemand = BundleDiscovery::onDemandUrl(html);
    if (!onDemand)
        qFatal("fixture %s names no ondemand.s chunk", homepage);
    const auto t = ClientTransaction::fromPages(
        html, QString::fromUtf8(unitTestData(QStringLiteral("xct/") + onDemand->fileName())));
    if (!t)
        qFatal("fixture %s: %s", homepage, qPrintable(t.error()));
    return *t;
}

}  // namespace

class TestClientTransaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheInputsOfTheFixturePages() {
        const QString html = QString::fromUtf8(unitTestData("xct/home_a.html"));
        const auto key = ClientTransaction::siteVerificationKey(html);
        QVERIFY2(key, qPrintable(key.error()));
        QCOMPARE(key->size(), 48);
        QCOMPARE(quint8(key->at(5)), quint8(0x40));
        QCOMPARE(ClientTransaction::onDemandIndices(
                     QString::fromUtf8(unitTestData("xct/ondemand.s.4c1f7e2aa.js"))),
                 QList<int>({2, 7, 18, 31}));  // decoys `(ab[3],16)` and `(q[123],16)` skipped
        for (int frame = 0; frame < 4; ++frame) {
            const auto rows = ClientTransaction::animationRows(html, frame);
            QVERIFY2(rows, qPrintable(rows.error()));
            QCOMPARE(rows->size(), 16);
            for (const auto &row : *rows)
                QCOMPARE(row.size(), 11);
        }
    }

    // Animation keys the npm package x-client-transaction-id computes for the same pages
    // (tst_clienttransaction_oracle checks it live); pinned so this holds without node.
    void animationKeysMatchTheIndependentImplementation_data() {
        QTest::addColumn<QByteArray>("homepage");
        QTest::addColumn<QByteArray>("animationKey");
        QTest::newRow("frame 0, frame time 38.5 tens rounds up")
            << QByteArray("home_a.html")
            << QByteArray("848ade0e3d70a3d70a3d8075c28f5c28f5c4075c28f5c28f5c40e3d70a3d70a3d800");
        QTest::newRow("frame 1, frame time 0")
            << QByteArray("home_b.html") << QByteArray("bd797b100100");
        QTest::newRow("frame 2, mid-curve")
            << QByteArray("home_c.html")
            << QByteArray("139ad96080deb851eb851eb80deb851eb851eb80800");
        QTest::newRow("frame 3, past the curve's end")
            << QByteArray("home_d.html")
            << QByteArray("94d2a8ae0d70a3d70a3d70808a3d70a3d70a408a3d70a3d70a40d70a3d70a3d70800");
    }

    void animationKeysMatchTheIndependentImplementation() {
        QFETCH(QByteArray, homepage);
        QFETCH(QByteArray, animationKey);
        QCOMPARE(fromFixture(homepage.constData()).animationKey(), animationKey);
    }

    void headerCarriesKeyTimeHashAndTheMarker() {
        const ClientTransaction t = fromFixture("home_c.html");
        const qint64 now = 1795000000;  // 2026-11-18
        const QString path = QStringLiteral("/i/api/graphql/_TgkQtc04XURgCocb1y9CA/AudioSpaceById");
        const QByteArray header = t.headerFor("GET", path, now, 0xA5);
        QVERIFY(!header.contains('='));
        const QByteArray raw = QByteArray::fromBase64(header);
        QCOMPARE(raw.size(), 1 + 48 + 4 + 16 + 1);
        QCOMPARE(quint8(raw.at(0)), quint8(0xA5));
        QByteArray plain;
        for (int i = 1; i < raw.size(); ++i)
            plain.append(char(quint8(raw.at(i)) ^ 0xA5));
        QCOMPARE(plain.left(48), t.key());
        const qint64 since = now - 1682924400;
        QByteArray littleEndian;
        for (int shift = 0; shift < 32; shift += 8)
            littleEndian.append(char((since >> shift) & 0xff));
        QCOMPARE(plain.mid(48, 4), littleEndian);
        const QByteArray hash =
            QCryptographicHash::hash("GET!" + path.toUtf8() + "!" + QByteArray::number(since) +
                                         "obfiowerehiring" + t.animationKey(),
                                     QCryptographicHash::Sha256);
        QCOMPARE(plain.mid(52, 16), hash.left(16));
        QCOMPARE(quint8(plain.at(68)), quint8(3));
    }

    void theRandomByteOnlyMasks() {
        const ClientTransaction t = fromFixture("home_a.html");
        const QByteArray a = QByteArray::fromBase64(t.headerFor("POST", "/x", 1790000000, 0));
        const QByteArray b = QByteArray::fromBase64(t.headerFor("POST", "/x", 1790000000, 0x3C));
        QCOMPARE(a.size(), b.size());
        for (int i = 1; i < a.size(); ++i)
            QCOMPARE(quint8(b.at(i)), quint8(quint8(a.at(i)) ^ 0x3C));
    }

    void theQueryIsNotSigned() {
        const ClientTransaction t = fromFixture("home_b.html");
        QCOMPARE(t.headerFor("GET", "/i/api/1.1/live_video_stream/status/28_1?client=web",
                             1790000000, 7),
                 t.headerFor("GET", "/i/api/1.1/live_video_stream/status/28_1", 1790000000, 7));
        QVERIFY(t.headerFor("GET", "/a", 1790000000, 7) != t.headerFor("GET", "/a", 1790000001, 7));
        QVERIFY(t.headerFor("GET", "/a", 1790000000, 7) !=
                t.headerFor("POST", "/a", 1790000000, 7));
    }

    void partsRoundTrip() {
        const ClientTransaction t = fromFixture("home_d.html");
        const auto again = ClientTransaction::fromParts(t.key(), t.animationKey());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->headerFor("GET", "/p", 1800000000, 99),
                 t.headerFor("GET", "/p", 1800000000, 99));
        QVERIFY(!ClientTransaction::fromParts(QByteArray(), "abc"));
        QVERIFY(!ClientTransaction::fromParts("key", "not hex"));
    }

    void hexWithFractionWritesEveryBinaryDigit_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("zero is empty") << 0.0 << QByteArray();
        QTest::newRow("one") << 1.0 << QByteArray("1");
        QTest::newRow("half") << 0.5 << QByteArray(".8");
        QTest::newRow("0.8, as a double") << 0.8 << QByteArray(".CCCCCCCCCCCCD");
        QTest::newRow("0.89") << 0.89 << QByteArray(".E3D70A3D70A3D8");
        QTest::newRow("255") << 255.0 << QByteArray("FF");
        QTest::newRow("16.25") << 16.25 << QByteArray("10.4");
    }

    void hexWithFractionWritesEveryBinaryDigit() {
        QFETCH(double, value);
        QFETCH(QByteArray, hex);
        QCOMPARE(ClientTransaction::hexWithFraction(value), hex);
    }

    void cubicBezierSolvesForXAndExtrapolates() {
        // The straight line: y = x everywhere inside.
        QVERIFY(std::fabs(ClientTransaction::cubicBezierValue(0.25, 0.25, 0.75, 0.75, 0.3) - 0.3) <
                1e-4);
        QCOMPARE(ClientTransaction::cubicBezierValue(0.4, 0.2, 0.6, 0.9, 0.0), 0.0);
        // Before 0 along the start tangent y1/x1, after 1 along the end one.
        QCOMPARE(ClientTransaction::cubicBezierValue(0.5, 1.0, 0.5, 0.0, -1.0), -2.0);
        QCOMPARE(ClientTransaction::cubicBezierValue(0.5, 1.0, 0.5, 0.0, 2.0), 3.0);
        QCOMPARE(ClientTransaction::cubicBezierValue(0.0, 0.0, 0.5, 0.25, -2.0), -1.0);
        // x2 = 1: the end tangent comes from the first control point, (y1 - 1) / (x1 - 1) = 2.
        QCOMPARE(ClientTransaction::cubicBezierValue(0.5, 0.0, 1.0, 0.5, 3.0), 5.0);
    }

    void missingInputsFailWithTheReason_data() {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("onDemand");
        QTest::addColumn<QString>("reason");
        const QByteArray home = unitTestData("xct/home_a.html");
        const QByteArray onDemand = unitTestData("xct/ondemand.s.4c1f7e2aa.js");
        QTest::newRow("x-web shell without a key")
            << QByteArray("<html><head></head><body><div id=\"root\"></div></body></html>")
            << onDemand << "twitter-site-verification";
        QByteArray noFrames = home;
        noFrames.replace("loading-x-anim", "loading-y-anim");
        QTest::newRow("no animation") << noFrames << onDemand << "loading-x-anim-0";
        QTest::newRow("ondemand without indices") << home << QByteArray("(a[2],10)") << "indices";
        QByteArray badKey = home;
        badKey.replace("name=\"twitter-site-verification\" content=\"",
                       "name=\"twitter-site-verification\" content=\"!!");
        QTest::newRow("key not base64") << badKey << onDemand << "base64";
        QTest::newRow("short rows") << QByteArray(
                                           "<meta name='twitter-site-verification' "
                                           "content='AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'>"
                                           "<svg id='loading-x-anim-0'><g><path "
                                           "d='M0'></path><path d='M 10,30 C 1 2 3'></path>"
                                           "</g></svg>")
                                    << QByteArray("(a[2],16)(a[3],16)") << "numbers";
    }

    void missingInputsFailWithTheReason() {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, onDemand);
        QFETCH(QString, reason);
        const auto t =
            ClientTransaction::fromPages(QString::fromUtf8(html), QString::fromUtf8(onDemand));
        QVERIFY(!t);
        QVERIFY2(t.error().contains(reason), qPrintable(t.error()));
    }

    // Issue 23, finding 3: tags are read in one pass, each at most kMaxTagChars long, at most
    // kMaxTagsScanned of them; attributes are read as HTML has them, not found in other values.
    void theKeyTagIsReadAsHtml_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("found");
        const QString key = QStringLiteral("content=\"QUFBQUFB\"");
        QTest::newRow("attributes in any order, single quotes")
            << QStringLiteral("<META content='QUFBQUFB' name='twitter-site-verification'/>")
            << true;
        QTest::newRow("the name inside another value")
            << QStringLiteral("<meta ") + key +
                   QStringLiteral(" property=\"x name='twitter-site-verification'\">")
            << false;
        QTest::newRow("<metadata> is not <meta>")
            << QStringLiteral("<metadata name=\"twitter-site-verification\" ") + key +
                   QStringLiteral(">")
            << false;
        QString decoys;
        for (int i = 0; i < limits::kMaxTagsScanned - 1; ++i)
            decoys += QStringLiteral("<meta charset=\"utf-8\">");
        const QString keyTag =
            QStringLiteral("<meta name=\"twitter-site-verification\" ") + key + QStringLiteral(">");
        QTest::newRow("after many tags") << decoys + keyTag << true;
        QTest::newRow("after too many tags")
            << decoys + QStringLiteral("<meta charset=\"utf-8\">") + keyTag << false;
        QTest::newRow("a tag longer than any real one")
            << QStringLiteral("<meta name=\"twitter-site-verification\" ") + key +
                   QString(limits::kMaxTagChars, QLatin1Char(' ')) + QStringLiteral(">")
            << false;
        QTest::newRow("600 KB of tags that never close")
            << hostilepages::unclosedMetas(600) << false;
    }

    void theKeyTagIsReadAsHtml() {
        QFETCH(QString, html);
        QFETCH(bool, found);
        const auto key = ClientTransaction::siteVerificationKey(html);
        QCOMPARE(bool(key), found);
        if (found)
            QCOMPARE(*key, QByteArray("AAAAAA"));
    }

    void unclosedPathsAreNoAnimation() {
        const auto rows = ClientTransaction::animationRows(hostilepages::unclosedPaths(600), 0);
        QVERIFY(!rows);
        QVERIFY2(rows.error().contains(QStringLiteral("no animated path")),
                 qPrintable(rows.error()));
    }
};

QTEST_GUILESS_MAIN(TestClientTransaction)
#include "tst_clienttransaction.moc"
