// SPDX-License-Identifier: MIT
#include "auth/CookieImport.h"
#include "auth/XLogin.h"
#include "support/ExpectedChecks.h"
#include "support/TestData.h"

#include <QDebug>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {

// The values in data/cookies_*.txt|json (made up, shaped like real ones).
const QString kXAuthToken = QStringLiteral("0593829686619ac507e5fd3f4c60eccc48fde84f");
const QString kXCt0 = QStringLiteral(
    "7555b2058677dcfdd00ddf60cfe92bf6a427f055bd268e537eae9fb4a6b12ba447d2499cf14508e3d8ee63db0f6e"
    "7dec914a4807e3ad820c18daab957a1f3bdeb3cb59ed325fbdc0a07b2fcbcfc5b02d");
const QString kTwitterAuthToken = QStringLiteral("d20b835de5e1a51c850fb885d6f908fb71faa219");
const QString kTwitterCt0 = QStringLiteral(
    "378b3c13e8541a6fce506253dbe8291cacdf56993c9a5ac9ed18ed588775ff4b152315ea341c3006a5cf20e48f0f"
    "abe59ea3bc5efd8e37282623210f3dc7a615745fe4859d743692f138408583ac2e5d");

/// One cookies.txt line; expiry 4102444800 is 2100-01-01.
QByteArray line(const QString &domain, const QString &name, const QString &value,
                const QString &expires = QStringLiteral("4102444800"), bool httpOnly = false) {
    const bool subdomains = domain.startsWith(QLatin1Char('.'));
    return ((httpOnly ? QStringLiteral("#HttpOnly_") : QString()) + domain + '\t' +
            (subdomains ? "TRUE" : "FALSE") + "\t/\tTRUE\t" + expires + '\t' + name + '\t' + value +
            '\n')
        .toUtf8();
}

const QByteArray kHeader =
    "# Netscape HTTP Cookie File\n# This is a generated file! Do not edit.\n\n";

void expectFailure(const Expected<XLogin> &result, const QString &expected) {
    QVERIFY2(!result, result ? qPrintable(result->cookieHeader()) : "");
    QVERIFY2(result.error().contains(expected),
             qPrintable(QStringLiteral("got: ") + result.error()));
}

}  // namespace

class TestCookieImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- Netscape cookies.txt ---------------------------------------------------------------
    void readsABrowserExportPreferringXCom() {
        // CRLF line ends, #HttpOnly_ lines, google and twitter.com cookies around the x.com ones.
        const auto login = CookieImport::fromNetscapeFile(unitTestData("cookies_netscape_x.txt"));
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kXAuthToken);
        QCOMPARE(login->ct0, kXCt0);
        QVERIFY(login->handle.isEmpty());
        QVERIFY(!login->savedAt.isValid());
        QVERIFY(login->isComplete());
        QCOMPARE(login->cookieHeader(), "auth_token=" + kXAuthToken + "; ct0=" + kXCt0);
    }

    void readsTwitterComWhenXComIsAbsent() {
        const QByteArray text =
            kHeader + line(".twitter.com", "auth_token", kTwitterAuthToken, "4102444800", true) +
            line(".twitter.com", "ct0", kTwitterCt0);
        const auto login = CookieImport::fromNetscapeFile(text);
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kTwitterAuthToken);
        QCOMPARE(login->ct0, kTwitterCt0);
    }

    void neverMixesTheTwoSites() {
        // x.com has only auth_token; twitter.com has a full pair: take twitter.com's pair.
        const QByteArray text = kHeader + line(".x.com", "auth_token", kXAuthToken) +
                                line(".twitter.com", "auth_token", kTwitterAuthToken) +
                                line(".twitter.com", "ct0", kTwitterCt0);
        const auto login = CookieImport::fromNetscapeFile(text);
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kTwitterAuthToken);
        QCOMPARE(login->ct0, kTwitterCt0);
    }

    void subdomainsAndHostOnlyCookiesCount() {
        const QByteArray text =
            line("x.com", "auth_token", kXAuthToken) + line("www.x.com", "ct0", kXCt0);
        const auto login = CookieImport::fromNetscapeFile(text);
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->ct0, kXCt0);
        // A look-alike domain is another site.
        expectFailure(CookieImport::fromNetscapeFile(line(".notx.com", "auth_token", kXAuthToken) +
                                                     line(".notx.com", "ct0", kXCt0)),
                      "cookies only for other sites (e.g. .notx.com)");
    }

    void missingCookiesAreNamed() {
        expectFailure(
            CookieImport::fromNetscapeFile(kHeader + line(".x.com", "auth_token", kXAuthToken)),
            "this file has no ct0 cookie for x.com");
        expectFailure(CookieImport::fromNetscapeFile(kHeader + line(".x.com", "ct0", kXCt0) +
                                                     line(".x.com", "guest_id", "v1%3A1")),
                      "this file has no auth_token cookie for x.com");
        expectFailure(CookieImport::fromNetscapeFile(kHeader + line(".twitter.com", "ct0", kXCt0)),
                      "this file has no auth_token cookie for twitter.com");
    }

    void plainCommentsAreNotCookies() {
        // Only the #HttpOnly_ prefix turns a # line into a cookie.
        const QByteArray text = kHeader + "# " + line(".x.com", "auth_token", kXAuthToken) +
                                line(".x.com", "ct0", kXCt0);
        expectFailure(CookieImport::fromNetscapeFile(text), "no auth_token cookie for x.com");
    }

    void otherSitesOnlyIsExplained() {
        const QByteArray text = kHeader + line(".google.com", "NID", "511=abc") +
                                line(".youtube.com", "PREF", "f6=40000000");
        expectFailure(CookieImport::fromNetscapeFile(text),
                      "this file has cookies only for other sites (e.g. .google.com)");
    }

    void emptyExportIsExplained() {
        expectFailure(CookieImport::fromNetscapeFile(kHeader), "this file contains no cookies");
    }

    void malformedLinesAreReported() {
        const QByteArray text = kHeader + "x.com\tTRUE\t/\n";
        expectFailure(CookieImport::fromNetscapeFile(text),
                      "line 4 has 3 fields where 7 tab-separated fields are expected");
        expectFailure(CookieImport::fromNetscapeFile(kHeader + "x.com\tmaybe\t/\tTRUE\t0\tct0\t" +
                                                     kXCt0.toUtf8() + '\n'),
                      "line 4 has 7 fields");
    }

    void toleratesSpacesForTabsBomAndMissingFinalNewline() {
        QByteArray text = "\xEF\xBB\xBF" + kHeader + line(".x.com", "auth_token", kXAuthToken) +
                          line(".x.com", "ct0", kXCt0);
        text.replace('\t', "    ");  // an editor converted the tabs
        text.chop(1);
        const auto login = CookieImport::fromNetscapeFile(text);
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kXAuthToken);
        QCOMPARE(login->ct0, kXCt0);
    }

    void expiredCookiesAreRefusedUnlessAFreshOneExists() {
        // 978307200 is 2001-01-01.
        expectFailure(
            CookieImport::fromNetscapeFile(line(".x.com", "auth_token", kXAuthToken, "978307200") +
                                           line(".x.com", "ct0", kXCt0)),
            "the auth_token cookie in this file expired on 2001-01-01T00:00:00Z");
        const auto login = CookieImport::fromNetscapeFile(
            line(".x.com", "auth_token", kTwitterAuthToken, "978307200") +
            line(".x.com", "auth_token", kXAuthToken) + line(".x.com", "ct0", kXCt0, "0"));
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kXAuthToken);
    }

    void badValuesGetValidationMessages() {
        expectFailure(CookieImport::fromNetscapeFile(line(".x.com", "auth_token", "0593829686ab") +
                                                     line(".x.com", "ct0", kXCt0)),
                      "the auth_token cookie must be 40 hexadecimal characters; this one has 12");
        expectFailure(CookieImport::fromNetscapeFile(line(".x.com", "auth_token", kXAuthToken) +
                                                     line(".x.com", "ct0", "")),
                      "the ct0 cookie is missing");
    }

    // --- Cookie-Editor JSON -----------------------------------------------------------------
    void readsACookieEditorExport() {
        const auto login =
            CookieImport::fromCookieEditorJson(unitTestData("cookies_cookieeditor_x.json"));
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kXAuthToken);
        QCOMPARE(login->ct0, kXCt0);
    }

    void readsAPlaywrightStyleCookiesObject() {
        const QByteArray json =
            singleQuotedJson("{'cookies':[{'name':'auth_token','value':'" + kXAuthToken +
                             "','domain':'.x.com','path':'/','expires':4102444800,'httpOnly':true},"
                             "{'name':'ct0','value':'" +
                             kXCt0 + "','domain':'.x.com','path':'/','expires':-1}],'origins':[]}");
        const auto login = CookieImport::fromCookieEditorJson(json);
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->ct0, kXCt0);
    }

    void cookieEditorFailuresAreNamed() {
        expectFailure(CookieImport::fromCookieEditorJson("[{\"name\":\"auth_token\","),
                      "this file looks like JSON but cannot be read");
        expectFailure(CookieImport::fromCookieEditorJson(singleQuotedJson("{'version':1}")),
                      "not a cookies.txt or Cookie-Editor JSON file");
        expectFailure(CookieImport::fromCookieEditorJson(singleQuotedJson("[{'domain':'.x.com'}]")),
                      "not a cookies.txt or Cookie-Editor JSON file");
        expectFailure(CookieImport::fromCookieEditorJson("[]"), "this file contains no cookies");
        expectFailure(CookieImport::fromCookieEditorJson(singleQuotedJson(
                          "[{'domain':'.x.com','name':'auth_token','value':'" + kXAuthToken +
                          "','expirationDate':978307200.5},"
                          "{'domain':'.x.com','name':'ct0','value':'" +
                          kXCt0 + "','session':true}]")),
                      "the auth_token cookie in this file expired on 2001-01-01");
        expectFailure(CookieImport::fromCookieEditorJson(
                          singleQuotedJson("[{'domain':'.google.com','name':'NID','value':'1'}]")),
                      "cookies only for other sites (e.g. .google.com)");
    }

    // --- Cookie header and typed values -----------------------------------------------------
    void readsACookieHeader_data() {
        QTest::addColumn<QString>("header");
        const QString pair = "auth_token=" + kXAuthToken + "; ct0=" + kXCt0;
        QTest::newRow("bare") << pair;
        QTest::newRow("prefixed") << "Cookie: " + pair;
        QTest::newRow("lower-case prefix, no spaces")
            << "cookie:auth_token=" + kXAuthToken + ";ct0=" + kXCt0;
        QTest::newRow("among other cookies")
            << "Cookie: guest_id=v1%3A17; night_mode=2; auth_token=" + kXAuthToken +
                   "; lang=en; ct0=" + kXCt0 + "; twid=u%3D1234567890123456789\r\n";
        QTest::newRow("quoted") << "auth_token=\"" + kXAuthToken + "\"; ct0=\"" + kXCt0 + "\"";
    }
    void readsACookieHeader() {
        QFETCH(QString, header);
        const auto login = CookieImport::fromCookieHeader(header);
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kXAuthToken);
        QCOMPARE(login->ct0, kXCt0);
    }

    void cookieHeaderFailuresAreNamed() {
        expectFailure(CookieImport::fromCookieHeader("Cookie: auth_token=" + kXAuthToken),
                      "this Cookie header has no ct0 cookie");
        expectFailure(CookieImport::fromCookieHeader("ct0=" + kXCt0),
                      "this Cookie header has no auth_token cookie");
        expectFailure(
            CookieImport::fromCookieHeader("xauth_token=" + kXAuthToken + "; ct0=" + kXCt0),
            "no auth_token cookie");
    }

    void acceptsTypedValues() {
        const auto login =
            CookieImport::fromValues("  \"" + kXAuthToken.toUpper() + "\" ", "ct0=" + kXCt0 + "\n");
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kXAuthToken.toUpper());
        QCOMPARE(login->ct0, kXCt0);
        QVERIFY(CookieImport::fromValues(kXAuthToken, kXCt0.left(32)));  // the older, short ct0
    }

    // --- Format detection -------------------------------------------------------------------
    void detectsTheFormat_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("cookies.txt") << unitTestData("cookies_netscape_x.txt");
        QTest::newRow("Cookie-Editor") << unitTestData("cookies_cookieeditor_x.json");
        QTest::newRow("cookies.txt without header")
            << line(".x.com", "auth_token", kXAuthToken, "4102444800", true) +
                   line(".x.com", "ct0", kXCt0);
        QTest::newRow("Cookie header")
            << ("Cookie: auth_token=" + kXAuthToken + "; ct0=" + kXCt0 + "\n").toUtf8();
        QTest::newRow("JSON after blank lines")
            << "\n\n  " + unitTestData("cookies_cookieeditor_x.json");
    }
    void detectsTheFormat() {
        QFETCH(QByteArray, content);
        const auto login = CookieImport::fromAnyFile(content);
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->authToken, kXAuthToken);
        QCOMPARE(login->ct0, kXCt0);
    }

    void rejectsWhatIsNotACookieFile_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("blank") << QByteArray(" \r\n\t\n") << QStringLiteral("the file is empty");
        QTest::newRow("prose") << QByteArray("Dear diary,\ntoday I logged in to x.com.\n")
                               << QStringLiteral("not a cookies.txt or Cookie-Editor JSON file");
        QTest::newRow("binary") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                                << QStringLiteral("not a cookies.txt or Cookie-Editor JSON file");
        QTest::newRow("HAR-like JSON") << singleQuotedJson("{'log':{'entries':[]}}")
                                       << QStringLiteral("not a cookies.txt or Cookie-Editor JSON");
        QTest::newRow("broken JSON")
            << QByteArray("[{\"domain\":") << QStringLiteral("looks like JSON but cannot be read");
        QTest::newRow("netscape, other sites") << kHeader + line(".google.com", "NID", "1")
                                               << QStringLiteral("cookies only for other sites");
    }
    void rejectsWhatIsNotACookieFile() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        expectFailure(CookieImport::fromAnyFile(content), expected);
    }

    // --- XLogin -----------------------------------------------------------------------------
    void validateNamesTheProblem_data() {
        QTest::addColumn<QString>("authToken");
        QTest::addColumn<QString>("ct0");
        QTest::addColumn<QString>("expected");  // empty = valid
        QTest::newRow("valid 160") << kXAuthToken << kXCt0 << QString();
        QTest::newRow("valid 32") << kXAuthToken << kXCt0.left(32) << QString();
        QTest::newRow("short token")
            << kXAuthToken.left(12) << kXCt0
            << "the auth_token cookie must be 40 hexadecimal characters; this one has 12";
        QTest::newRow("long token") << kXAuthToken + "0" << kXCt0 << "this one has 41";
        QTest::newRow("non-hex token")
            << kXAuthToken.left(39) + "g" << kXCt0
            << "the auth_token cookie must be 40 hexadecimal characters; this one contains 'g'";
        QTest::newRow("space in token")
            << kXAuthToken.left(20) + " " + kXAuthToken.mid(21) << kXCt0 << "contains a space";
        QTest::newRow("no token") << QString() << kXCt0 << "the auth_token cookie is missing";
        QTest::newRow("no ct0") << kXAuthToken << QString() << "the ct0 cookie is missing";
        QTest::newRow("ct0 too short")
            << kXAuthToken << kXCt0.left(31)
            << "the ct0 cookie must be 32 to 160 hexadecimal characters; this one has 31";
        QTest::newRow("ct0 too long") << kXAuthToken << kXCt0 + "a"
                                      << "this one has 161";
        QTest::newRow("ct0 not hex")
            << kXAuthToken << kXCt0.left(40) + "-" + kXCt0.mid(41) << "this one contains '-'";
    }
    void validateNamesTheProblem() {
        QFETCH(QString, authToken);
        QFETCH(QString, ct0);
        QFETCH(QString, expected);
        XLogin login;
        login.authToken = authToken;
        login.ct0 = ct0;
        const auto valid = XLogin::validate(login);
        verifyOutcome(valid, expected);
    }

    void isCompleteNeedsBothCookies() {
        XLogin login;
        QVERIFY(!login.isComplete());
        login.authToken = kXAuthToken;
        QVERIFY(!login.isComplete());
        login.ct0 = kXCt0;
        QVERIFY(login.isComplete());
    }

    void debugOutputNeverShowsTheSecrets() {
        XLogin login;
        login.authToken = kXAuthToken;
        login.ct0 = kXCt0;
        login.handle = QStringLiteral("x");
        login.savedAt = QDateTime::fromSecsSinceEpoch(1737549012, Qt::UTC);

        QString text;
        QDebug(&text) << login;
        QVERIFY2(text.contains(QLatin1String("auth_token=<redacted 40 chars>")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ct0=<redacted 160 chars>")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("handle=@x")), qPrintable(text));

        // Through the real qDebug() path as well, as a log file would see it.
        static QStringList captured;
        captured.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) {
                captured.append(msg);
            });
        qDebug() << "login:" << login;
        qInstallMessageHandler(previous);
        QCOMPARE(captured.size(), 1);
        for (const QString &output : {text, captured.first()}) {
            // Not even a recognisable piece of either value.
            QVERIFY2(!output.contains(kXAuthToken.left(8)), qPrintable(output));
            QVERIFY2(!output.contains(kXAuthToken.right(8)), qPrintable(output));
            QVERIFY2(!output.contains(kXCt0.left(8)), qPrintable(output));
            QVERIFY2(!output.contains(kXCt0.mid(80, 8)), qPrintable(output));
            QVERIFY2(!output.contains(kXCt0.right(8)), qPrintable(output));
        }

        QString empty;
        QDebug(&empty) << XLogin{};
        QVERIFY2(empty.contains(QLatin1String("auth_token=<empty>")), qPrintable(empty));
    }
};

QTEST_GUILESS_MAIN(TestCookieImport)
#include "tst_cookieimport.moc"
