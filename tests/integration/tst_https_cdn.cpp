// SPDX-License-Identifier: MIT
// spacetape-cli against an HTTPS fake CDN, as the real one is (facts §8): HTTP/2 when the
// server offers it by ALPN, HTTP/1.1 when it does not, the same file either way; and a
// certificate no trusted CA signed is refused with a message that says so.
//
// The server is tests/fake/tls_cdn.mjs (Node.js: Qt 6.4 has no HTTP/2 server); its CA is made
// here by tests/fake/make_test_certs.sh and trusted only through SPACETAPE_TEST_CA_FILE.
// Without node the test fails: packaging/install-deps.sh installs it.
#include "support/Md5Checks.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/MediaTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace spacetape::test;

namespace {

const QString kFakeDir = QStringLiteral(SPACETAPE_TEST_FAKE_DIR);

/// The Node.js HTTPS CDN serving a folder, for the life of the object.
class TlsCdn {
public:
    TlsCdn(const QString &node, const QString &dir, const QString &certDir, const QString &certName,
           const QString &alpn, const QString &logPath) {
        m_process.setProgram(node);
        m_process.setArguments({kFakeDir + QStringLiteral("/tls_cdn.mjs"), QStringLiteral("--dir"),
                                dir, QStringLiteral("--prefix"), QStringLiteral("/cdn/"),
                                QStringLiteral("--cert"),
                                certDir + QLatin1Char('/') + certName + QStringLiteral(".pem"),
                                QStringLiteral("--key"),
                                certDir + QLatin1Char('/') + certName + QStringLiteral(".key"),
                                QStringLiteral("--alpn"), alpn, QStringLiteral("--log"), logPath});
        m_process.start();
    }
    ~TlsCdn() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished();
        }
    }
    /// The base URL from the server's first line, or empty when it did not come up.
    QString baseUrl() {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(15000))
                return {};
        }
        return QString::fromUtf8(m_process.readLine().trimmed());
    }
    QByteArray errors() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
};

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The protocol of every request the server logged ("2.0 h2 GET /cdn/..." lines).
QStringList protocolsIn(const QString &logPath) {
    QStringList protocols;
    for (const QByteArray &line : fileBytes(logPath).split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() >= 2)
            protocols.append(QString::fromLatin1(fields.at(0) + ' ' + fields.at(1)));
    }
    return protocols;
}

}  // namespace

class TestHttpsCdn : public QObject {
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_node;
    QString m_certDir;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;
    QByteArray m_localOutput;  ///< the m4a made from the playlist on disk

    struct Download {
        CliRun run;
        QString file;
        QStringList protocols;  ///< one per request the server saw
    };

    /// Downloads the fixture's playlist from a fresh server offering @p alpn.
    Download download(const QString &alpn, const QString &certName, bool trustTestCa) {
        Download result;
        QTemporaryDir home;
        const QString log = home.filePath(QStringLiteral("requests.log"));
        TlsCdn cdn(m_node, m_fixture->dir, m_certDir, certName, alpn, log);
        const QString base = cdn.baseUrl();
        if (base.isEmpty()) {
            result.run.err = "the HTTPS fake CDN did not start: " + cdn.errors();
            return result;
        }
        QProcessEnvironment env = cliEnvironment(home.path());
        if (trustTestCa)
            env.insert(QStringLiteral("SPACETAPE_TEST_CA_FILE"), m_certDir + "/ca.pem");
        else
            env.remove(QStringLiteral("SPACETAPE_TEST_CA_FILE"));
        const QString out = home.filePath(QStringLiteral("out"));
        result.run = runCli(
            {QStringLiteral("-o"), out, base + QStringLiteral("/cdn/") + m_fixture->playlistName},
            env);
        const QStringList files = QDir(out).entryList({QStringLiteral("*.m4a")}, QDir::Files);
        if (!files.isEmpty()) {
            // Outlive the temporary home: keep a copy next to the fixture.
            result.file = m_work.filePath(alpn.section(QLatin1Char(','), 0, 0).remove('/') +
                                          QLatin1Char('-') + certName + QStringLiteral(".m4a"));
            QFile::remove(result.file);
            QFile::copy(QDir(out).filePath(files.first()), result.file);
        }
        result.protocols = protocolsIn(log);
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!m_node.isEmpty(),
                 "node (Node.js 20) is needed for the HTTPS fake CDN: run "
                 "packaging/install-deps.sh");
        m_certDir = m_work.filePath(QStringLiteral("tls"));
        const ProcessRun certs = runProcess(kFakeDir + QStringLiteral("/make_test_certs.sh"),
                                            {m_certDir}, QProcessEnvironment::systemEnvironment());
        QVERIFY2(certs.finished && certs.exitCode == 0, certs.err.constData());

        QString error;
        m_fixture = makeEncodedChunkFixture(m_work.path(), 30.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
        m_referenceMd5 = decodedPcmMd5(m_fixture->cleanAdtsPath);
        QVERIFY(!m_referenceMd5.isEmpty());

        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out"));
        const CliRun local = runCli({QStringLiteral("-o"), out, m_fixture->playlistPath},
                                    cliEnvironment(home.path()));
        QCOMPARE(local.exitCode, 0);
        m_localOutput = fileBytes(QDir(out).filePath(
            QFileInfo(m_fixture->playlistPath).completeBaseName() + QStringLiteral(".m4a")));
        QVERIFY(!m_localOutput.isEmpty());
    }

    void downloadsOverHttp2WhenTheCdnOffersIt() {
        const Download d = download(QStringLiteral("h2,http/1.1"), QStringLiteral("server"), true);
        QVERIFY2(d.run.exitCode == 0, d.run.err.constData());
        QCOMPARE(d.protocols.size(), m_fixture->chunkNames.size() + 1);  // + the playlist
        QCOMPARE(d.protocols.filter(QStringLiteral("2.0 h2")).size(), d.protocols.size());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(d.file), m_referenceMd5);
        QVERIFY(fileBytes(d.file) == m_localOutput);  // bit-exact: the same file as from disk
    }

    void downloadsOverHttp11WhenTheCdnOffersOnlyThat() {
        const Download d = download(QStringLiteral("http/1.1"), QStringLiteral("server"), true);
        QVERIFY2(d.run.exitCode == 0, d.run.err.constData());
        QCOMPARE(d.protocols.size(), m_fixture->chunkNames.size() + 1);
        QCOMPARE(d.protocols.filter(QStringLiteral("1.1 http/1.1")).size(), d.protocols.size());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(d.file), m_referenceMd5);
        QVERIFY(fileBytes(d.file) == m_localOutput);
    }

    void refusesACertificateNoTrustedCaSigned() {
        // The rogue leaf names 127.0.0.1 too; only its CA is unknown.
        const Download d = download(QStringLiteral("h2,http/1.1"), QStringLiteral("rogue"), true);
        QVERIFY2(d.run.exitCode > 0, "a crash or a timeout is not a refusal");
        QVERIFY(d.file.isEmpty());
        QVERIFY2(d.run.err.contains("certificate"), d.run.err.constData());
        QVERIFY2(!d.run.err.contains("may have expired"), d.run.err.constData());
        QVERIFY(d.protocols.isEmpty());  // no request got past the handshake
    }

    void trustsTheTestCaOnlyWhenTold() {
        // The same good server, without SPACETAPE_TEST_CA_FILE: the system store knows no such CA.
        const Download d = download(QStringLiteral("h2,http/1.1"), QStringLiteral("server"), false);
        QVERIFY2(d.run.exitCode > 0, d.run.err.constData());
        QVERIFY2(d.run.err.contains("certificate"), d.run.err.constData());
        QVERIFY(d.protocols.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpsCdn)
#include "tst_https_cdn.moc"
