// SPDX-License-Identifier: MIT
#include "x/SpaceLink.h"

#include <QTest>

using namespace spacetape;

namespace {
const QString kId = QStringLiteral("1YqKDqWqdPLxV");
const QString kId2 = QStringLiteral("1OwxWXwaAMMGQ");
const QString kId3 = QStringLiteral("1ypKddkEvpmKW");
}  // namespace

class TestSpaceLink : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseId_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");  // empty: no ID
        // Accepted forms.
        QTest::newRow("x.com https") << "https://x.com/i/spaces/" + kId << kId;
        QTest::newRow("twitter.com") << "https://twitter.com/i/spaces/" + kId2 << kId2;
        QTest::newRow("www, http") << "http://www.x.com/i/spaces/" + kId << kId;
        QTest::newRow("www.twitter.com") << "https://www.twitter.com/i/spaces/" + kId << kId;
        QTest::newRow("mobile.twitter.com no scheme")
            << "mobile.twitter.com/i/spaces/" + kId << kId;
        QTest::newRow("mobile.x.com") << "https://mobile.x.com/i/spaces/" + kId << kId;
        QTest::newRow("m.x.com") << "m.x.com/i/spaces/" + kId << kId;
        QTest::newRow("m.twitter.com") << "https://m.twitter.com/i/spaces/" + kId << kId;
        QTest::newRow("no scheme") << "x.com/i/spaces/" + kId << kId;
        QTest::newRow("peek") << "https://x.com/i/spaces/" + kId + "/peek" << kId;
        QTest::newRow("peek + query") << "https://x.com/i/spaces/" + kId + "/peek?s=20" << kId;
        QTest::newRow("share query")
            << "https://twitter.com/i/spaces/" + kId + "?s=20&t=AbC-dEf_123xyz" << kId;
        QTest::newRow("trailing slash") << "https://x.com/i/spaces/" + kId + "/" << kId;
        QTest::newRow("fragment") << "https://x.com/i/spaces/" + kId + "#listen" << kId;
        QTest::newRow("upper-case host") << "HTTPS://X.COM/i/spaces/" + kId << kId;
        QTest::newRow("surrounding whitespace") << "  \t" + kId2 + " \r\n" << kId2;
        QTest::newRow("bare ID") << kId << kId;
        QTest::newRow("bare ID 2") << kId2 << kId2;
        QTest::newRow("lone bare ID not starting with 1")
            << QStringLiteral("2AbCdEfGhIjKl") << QStringLiteral("2AbCdEfGhIjKl");
        QTest::newRow("in prose with punctuation")
            << "Join us: https://x.com/i/spaces/" + kId + "!" << kId;
        QTest::newRow("angle brackets") << "<https://x.com/i/spaces/" + kId + ">" << kId;
        QTest::newRow("parentheses and full stop") << "(x.com/i/spaces/" + kId + ")." << kId;
        QTest::newRow("markdown link") << "[my Space](https://x.com/i/spaces/" + kId + ")" << kId;
        QTest::newRow("no spaces around, Japanese")
            << QStringLiteral("スペースはこちらhttps://x.com/i/spaces/") + kId +
                   QStringLiteral("参加してね")
            << kId;
        QTest::newRow("zero-width space after") << "x.com/i/spaces/" + kId + QChar(0x200B) << kId;
        QTest::newRow("colon before scheme") << "here:https://x.com/i/spaces/" + kId << kId;
        // Rejected forms.
        QTest::newRow("look-alike host evilx.com")
            << "https://evilx.com/i/spaces/" + kId << QString();
        QTest::newRow("x.com as subdomain")
            << "https://x.com.evil.net/i/spaces/" + kId << QString();
        QTest::newRow("x.com in a foreign path")
            << "https://evil.net/x.com/i/spaces/" + kId << QString();
        QTest::newRow("underscore-joined host") << "evil_x.com/i/spaces/" + kId << QString();
        QTest::newRow("user info hides host")
            << "https://x.com@evil.net/i/spaces/" + kId << QString();
        QTest::newRow("user info before x.com")
            << "https://evil.net@x.com/i/spaces/" + kId << QString();
        QTest::newRow("odd port") << "https://x.com:8443/i/spaces/" + kId << QString();
        QTest::newRow("ftp scheme") << "ftp://x.com/i/spaces/" + kId << QString();
        QTest::newRow("ID too short") << "https://x.com/i/spaces/" + kId.left(12) << QString();
        QTest::newRow("ID too long") << "https://x.com/i/spaces/" + kId + "V" << QString();
        QTest::newRow("extra path") << "https://x.com/i/spaces/" + kId + "/extra" << QString();
        QTest::newRow("post link")
            << QStringLiteral("https://x.com/someone/status/1790881461296513024") << QString();
        QTest::newRow("13-digit timestamp") << QStringLiteral("1700000000000") << QString();
        QTest::newRow("13-letter word") << QStringLiteral("documentation") << QString();
        QTest::newRow("12 characters") << kId.left(12) << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("non-ASCII letter") << QStringLiteral("1YqKDqWqdPLxé") << QString();
    }
    void parseId() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const std::optional<QString> id = SpaceLink::parseId(input);
        QCOMPARE(id.value_or(QString()), expected);
    }

    void scan_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("rejected");
        QTest::newRow("several links, prose, duplicates, rejects")
            << "Tonight: https://x.com/i/spaces/" + kId + " and tomorrow twitter.com/i/spaces/" +
                   kId2 + "?s=20.\nAlso " + kId3 + ", again x.com/i/spaces/" + kId +
                   "/peek. See https://x.com/someone/status/1790881461296513024 and "
                   "evilx.com/i/spaces/1dRJZlbLkjexB"
            << QStringList{kId, kId2, kId3}
            << QStringList{QStringLiteral("https://x.com/someone/status/1790881461296513024"),
                           QStringLiteral("evilx.com/i/spaces/1dRJZlbLkjexB")};
        QTest::newRow("one link per line, CRLF")
            << "https://x.com/i/spaces/" + kId2 + "\r\nhttps://x.com/i/spaces/" + kId + "\r\n"
            << QStringList{kId2, kId} << QStringList{};
        QTest::newRow("comma-separated bare IDs")
            << kId + "," + kId2 + ";" + kId3 << QStringList{kId, kId2, kId3} << QStringList{};
        QTest::newRow("timestamps and words are not IDs")
            << QStringLiteral(
                   "Started 1700000000000 in international waters, documentation "
                   "v2 at 1700000000000Z")
            << QStringList{} << QStringList{};
        QTest::newRow("bare token must start with 1 in prose")
            << QStringLiteral("code 2AbCdEfGhIjKl here") << QStringList{} << QStringList{};
        QTest::newRow("hashtag, mention, email-ish are not IDs")
            << "#" + kId + " @" + kId2 + " me@" + kId3 << QStringList{} << QStringList{};
        QTest::newRow("ID inside another site's query")
            << "https://example.com/?id=" + kId << QStringList{}
            << QStringList{"https://example.com/?id=" + kId};
        QTest::newRow("wrong-length Space link is rejected")
            << QStringLiteral("x.com/i/spaces/1YqKDq and more") << QStringList{}
            << QStringList{QStringLiteral("x.com/i/spaces/1YqKDq")};
        QTest::newRow("plain host names are not link-like")
            << QStringLiteral("Built with Node.js, see example.com or e.g. this.") << QStringList{}
            << QStringList{};
        QTest::newRow("look-alikes quoted as given")
            << "x.com.evil.net/i/spaces/" + kId + " https://x.com@evil.net/i/spaces/" + kId
            << QStringList{}
            << QStringList{"x.com.evil.net/i/spaces/" + kId,
                           "https://x.com@evil.net/i/spaces/" + kId};
        QTest::newRow("same reject twice listed once")
            << QStringLiteral("https://x.com/home https://x.com/home.") << QStringList{}
            << QStringList{QStringLiteral("https://x.com/home")};
        QTest::newRow("markdown and angle brackets")
            << "[a](https://x.com/i/spaces/" + kId + ") <https://twitter.com/i/spaces/" + kId2 +
                   "/peek>"
            << QStringList{kId, kId2} << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{} << QStringList{};
    }
    void scan() {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, rejected);
        const LinkScan result = SpaceLink::scan(text);
        QCOMPARE(result.ids, ids);
        QCOMPARE(result.rejected, rejected);
    }

    void isValidId_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("example 1") << kId << true;
        QTest::newRow("example 2") << kId2 << true;
        QTest::newRow("digits only (format is all it checks)")
            << QStringLiteral("1234567890123") << true;
        QTest::newRow("12") << kId.left(12) << false;
        QTest::newRow("14") << kId + "x" << false;
        QTest::newRow("dash") << QStringLiteral("1YqKDqWqd-LxV") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("1YqKDqWqdPLxé") << false;
        QTest::newRow("space") << QStringLiteral("1YqKDqWqdPLx ") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void isValidId() {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(SpaceLink::isValidId(id), valid);
    }

    void canonicalUrl() {
        QCOMPARE(SpaceLink::canonicalUrl(kId).toString(),
                 QStringLiteral("https://x.com/i/spaces/1YqKDqWqdPLxV"));
        QVERIFY(SpaceLink::canonicalUrl(QStringLiteral("../../etc")).isEmpty());
        QVERIFY(SpaceLink::canonicalUrl(QString()).isEmpty());
        // Round trip: the canonical URL parses back to the same ID.
        QCOMPARE(SpaceLink::parseId(SpaceLink::canonicalUrl(kId2).toString()).value_or(QString()),
                 kId2);
    }

    void rejectionMessage_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expectedParts");
        QTest::addColumn<QStringList>("unexpectedParts");
        const QString looksLike = QStringLiteral("A Space link looks like https://x.com/i/spaces/");
        const QString pointsTo = QStringLiteral("points to");
        QTest::newRow("post link")
            << QStringLiteral("https://x.com/user/status/123")
            << QStringList{QStringLiteral("not a Space link: “https://x.com/user/status/123”"),
                           QStringLiteral("links to a post"), looksLike}
            << QStringList{pointsTo};
        QTest::newRow("short ID") << QStringLiteral("x.com/i/spaces/1YqKDq")
                                  << QStringList{QStringLiteral("this one has 6"), looksLike}
                                  << QStringList{pointsTo};
        QTest::newRow("foreign host") << "https://evilx.com/i/spaces/" + kId
                                      << QStringList{QStringLiteral("points to evilx.com"),
                                                     QStringLiteral("Only x.com and twitter.com")}
                                      << QStringList{QStringLiteral("13 letters")};
        QTest::newRow("user info")
            << "https://x.com@evil.net/i/spaces/" + kId
            << QStringList{QStringLiteral("points to evil.net")} << QStringList{};
        QTest::newRow("hidden by user info")
            << "https://evil.net@x.com/i/spaces/" + kId
            << QStringList{QStringLiteral("hides its destination")} << QStringList{pointsTo};
        QTest::newRow("plain word") << QStringLiteral("hello")
                                    << QStringList{QStringLiteral("not a Space link: “hello”"),
                                                   looksLike, QStringLiteral("13-character ID")}
                                    << QStringList{pointsTo, QStringLiteral("post")};
        QTest::newRow("prose with a post link")
            << QStringLiteral("listen here https://twitter.com/a/status/9 tonight")
            << QStringList{QStringLiteral("links to a post")} << QStringList{pointsTo};
        QTest::newRow("newlines are flattened")
            << QStringLiteral("a\nb") << QStringList{QStringLiteral("“a b”")} << QStringList{};
        QTest::newRow("long input is elided")
            << QString(300, QLatin1Char('z')) << QStringList{QString(79, QLatin1Char('z')) + "…”"}
            << QStringList{QString(80, QLatin1Char('z'))};
    }
    void rejectionMessage() {
        QFETCH(QString, input);
        QFETCH(QStringList, expectedParts);
        QFETCH(QStringList, unexpectedParts);
        const QString message = SpaceLink::rejectionMessage(input);
        for (const QString &part : expectedParts) {
            QVERIFY2(message.contains(part), qPrintable(message));
        }
        for (const QString &part : unexpectedParts) {
            QVERIFY2(!message.contains(part), qPrintable(message));
        }
        QVERIFY(message.startsWith(QStringLiteral("not a Space link: “")));
        QVERIFY(message.size() < 400);
    }
};

QTEST_GUILESS_MAIN(TestSpaceLink)
#include "tst_spacelink.moc"
