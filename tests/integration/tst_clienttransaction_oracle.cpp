// SPDX-License-Identifier: MIT
// Our x-client-transaction-id against an independent implementation, the npm package
// x-client-transaction-id 0.3.1 (installed by tests/oracle/install.sh as a CTest fixture),
// on the same synthetic homepages. The header's first byte is random: the oracle's is read
// back and given to ours, so whole headers compare.
#include "support/TestData.h"
#include "x/BundleDiscovery.h"
#include "x/ClientTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {

struct Case {
    QByteArray method;
    QString path;
    qint64 sinceEpoch;  ///< seconds since X's epoch, what the oracle takes
};

QList<Case> cases() {
    // Methods, paths X's client signs (with and without Unicode), and times that fill one,
    // two, three and four bytes of the time field, up to 2038.
    const QList<QByteArray> methods = {"GET", "POST", "PUT", "DELETE", "PATCH"};
    const QStringList paths = {
        QStringLiteral("/i/api/graphql/_TgkQtc04XURgCocb1y9CA/AudioSpaceById"),
        QStringLiteral("/i/api/1.1/live_video_stream/status/28_2011223344556677889"),
        QStringLiteral("/1.1/guest/activate.json"),
        QStringLiteral("/i/api/fleets/v1/avatar_content"),
        QStringLiteral("/i/api/graphql/oUZZZ8Oddwxs8Cd3iW3UEA/UserByScreenName"),
        QStringLiteral("/i/api/graphql/rR7CQrr8kxb6fatlUaB61Q/AudioSpaceById"),
        QStringLiteral("/i/spaces/1MnxnpXwQqyGO/peek"),
        QStringLiteral("/i/api/2/search/Café_Ω"),
        QStringLiteral("/"),
    };
    const QList<qint64> times = {1,        255,      256,       65535,     65536,
                                 16777215, 16777216, 113443200, 120000000, 2147483647};
    QList<Case> out;
    for (int i = 0; i < 10; ++i)
        out.append({methods.at(i % methods.size()), paths.at(i % paths.size()), times.at(i)});
    return out;
}

QString oracleDir() {
    return QStringLiteral(SPACETAPE_ORACLE_DIR);
}

QString dataPath(const QString &name) {
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/unit/data/xct/") + name;
}

}  // namespace

class TestClientTransactionOracle : public QObject {
    Q_OBJECT
    int m_compared = 0;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(),
                 "node is missing: install the nodejs package (packaging/install-deps.sh)");
        QVERIFY2(
            QFileInfo::exists(oracleDir() + "/node_modules/x-client-transaction-id/package.json"),
            qPrintable(QStringLiteral("the oracle is not installed: run "
                                      "tests/oracle/install.sh %1 (CTest does it as the "
                                      "oracle/install fixture)")
                           .arg(oracleDir())));
    }

    void sameHeadersAsTheNpmPackage_data() {
        QTest::addColumn<QString>("homepage");
        // a: frame 0, t ≈ 0.1 (a frame time of 38.5 tens, rounded up like JavaScript);
        // b: frame 1, t = 0; c: frame 2, t ≈ 0.53; d: frame 3, t ≈ 8 (past the curve's end),
        // with another ondemand.s chunk naming four time indices.
        for (const char *page : {"a", "b", "c", "d"})
            QTest::newRow(page) << QStringLiteral("home_%1.html").arg(QLatin1String(page));
    }

    void sameHeadersAsTheNpmPackage() {
        QFETCH(QString, homepage);
        const QString html = QString::fromUtf8(unitTestData(QStringLiteral("xct/") + homepage));
        const auto onDemandUrl = BundleDiscovery::onDemandUrl(html);
        QVERIFY(onDemandUrl);
        const QString onDemandJs =
            QString::fromUtf8(unitTestData(QStringLiteral("xct/") + onDemandUrl->fileName()));
        const auto ours = ClientTransaction::fromPages(html, onDemandJs);
        QVERIFY2(ours, qPrintable(ours.error()));

        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QList<Case> all = cases();
        QJsonArray caseJson;
        for (const Case &c : all)
            caseJson.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(c.method)},
                                        {QStringLiteral("path"), c.path},
                                        {QStringLiteral("time"), c.sinceEpoch}});
        const QString casesPath = work.filePath(QStringLiteral("cases.json"));
        QVERIFY(!writeFile(casesPath, QJsonDocument(caseJson).toJson()).isEmpty());

        QProcess node;
        node.start(
            QStringLiteral("node"),
            {QStringLiteral(SPACETAPE_ORACLE_SOURCE) + QStringLiteral("/xct.mjs"), oracleDir(),
             dataPath(homepage), QFileInfo(dataPath(homepage)).absolutePath(), casesPath});
        QVERIFY2(node.waitForFinished(120000), "node did not finish");
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 node.readAllStandardError().constData());
        const QJsonObject oracle = QJsonDocument::fromJson(node.readAllStandardOutput()).object();

        QCOMPARE(oracle.value(QStringLiteral("onDemandUrl")).toString(), onDemandUrl->toString());
        QCOMPARE(oracle.value(QStringLiteral("animationKey")).toString().toLatin1(),
                 ours->animationKey());
        const QJsonArray ids = oracle.value(QStringLiteral("ids")).toArray();
        QCOMPARE(ids.size(), all.size());
        for (int i = 0; i < all.size(); ++i) {
            const QByteArray theirs = ids.at(i).toString().toLatin1();
            const QByteArray decoded = QByteArray::fromBase64(theirs);
            QVERIFY(!decoded.isEmpty());
            const auto random = quint8(decoded.at(0));
            const QByteArray mine =
                ours->headerFor(all.at(i).method, all.at(i).path,
                                ClientTransaction::kEpochSeconds + all.at(i).sinceEpoch, random);
            QVERIFY2(mine == theirs,
                     qPrintable(QStringLiteral("%1 %2 at %3: ours %4, npm %5")
                                    .arg(QString::fromLatin1(all.at(i).method), all.at(i).path)
                                    .arg(all.at(i).sinceEpoch)
                                    .arg(QString::fromLatin1(mine), QString::fromLatin1(theirs))));
            ++m_compared;
        }
    }

    void cleanupTestCase() { qInfo("%d headers equal to the npm package's", m_compared); }
};

QTEST_GUILESS_MAIN(TestClientTransactionOracle)
#include "tst_clienttransaction_oracle.moc"
