// SPDX-License-Identifier: MIT
// spacetape-cli at its door (app/Environment): a plain-http API origin on another computer is
// refused before anything is sent, and the tests' CA announces itself whenever it is in effect.
#include "support/CliProcess.h"
#include "support/TestPaths.h"
#include "support/ThrowAwayCa.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape::test;

namespace {
const QByteArray kCookies =
    "auth_token=0123456789abcdef0123456789abcdef01234567; "
    "ct0=abcdef0123456789abcdef0123456789\n";
// TEST-NET-1 (RFC 5737): nothing answers there, and nothing may be sent there either.
const QString kPlainHttpElsewhere = QStringLiteral("http://192.0.2.1:9");
}  // namespace

class TestCliEnvironment : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    QString writeFile(const QString &name, const QByteArray &bytes) {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void plainHttpOriginElsewhereIsRefusedWithCauseAndRemedy_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("fromVariable");
        const QString id = QStringLiteral("1YqKDqWqdPLxV");
        QTest::newRow("download, flag") << QStringList{id} << false;
        QTest::newRow("download, variable") << QStringList{id} << true;
        QTest::newRow("doctor, flag") << QStringList{QStringLiteral("doctor"), id} << false;
        QTest::newRow("watch, variable")
            << QStringList{QStringLiteral("watch"), QStringLiteral("@someone")} << true;
    }

    void plainHttpOriginElsewhereIsRefusedWithCauseAndRemedy() {
        QFETCH(QStringList, command);
        QFETCH(bool, fromVariable);
        const QString cookies = writeFile(QStringLiteral("cookies.txt"), kCookies);
        QVERIFY(!cookies.isEmpty());
        QProcessEnvironment env = cliEnvironment(m_home.path());
        QStringList args{QStringLiteral("--cookies"), cookies};
        if (fromVariable)
            env.insert(QStringLiteral("SPACETAPE_API_ORIGIN"), kPlainHttpElsewhere);
        else
            args << QStringLiteral("--api-origin") << kPlainHttpElsewhere;
        const ProcessRun run = runProcess(cliPath(), args + command, env, {}, 30000);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("unencrypted"), run.err.constData());  // the cause
        QVERIFY2(run.err.contains("https://"), run.err.constData());     // the remedy
        QVERIFY2(run.err.contains(fromVariable ? "SPACETAPE_API_ORIGIN" : "--api-origin"),
                 run.err.constData());
        // Refused at the door: long before a connection to TEST-NET could time out.
        QVERIFY2(run.elapsedMs < 15000, QByteArray::number(run.elapsedMs).constData());
    }

    void theTestCaSaysSoWheneverItIsInEffect() {
        const QString pem = writeFile(QStringLiteral("ca.pem"), throwAwayCaPem());
        QVERIFY(!pem.isEmpty());
        QProcessEnvironment env = cliEnvironment(m_home.path());
        const QStringList args{QStringLiteral("--api-origin"), QStringLiteral("http://127.0.0.1:9"),
                               QStringLiteral("no such Space")};
        const ProcessRun plain = runProcess(cliPath(), args, env, {}, 30000);
        QVERIFY(plain.finished);
        QVERIFY2(!plain.err.contains("loopback hosts only"), plain.err.constData());

        env.insert(QStringLiteral("SPACETAPE_TEST_CA_FILE"), pem);
        const ProcessRun withCa = runProcess(cliPath(), args, env, {}, 30000);
        QVERIFY(withCa.finished);
        QVERIFY2(withCa.err.contains("TEST SETTING"), withCa.err.constData());
        QVERIFY2(withCa.err.contains("loopback hosts only"), withCa.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliEnvironment)
#include "tst_cli_environment.moc"
