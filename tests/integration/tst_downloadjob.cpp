// SPDX-License-Identifier: MIT
// A whole download through the fake CDN: playlist → chunks → .m4a in place.
#include "fake/FakeHttpServer.h"
#include "fake/FakeSpaceRig.h"
#include "job/DownloadJob.h"
#include "media/ChunkDecryptor.h"
#include "media/Tagger.h"
#include "net/NetworkService.h"
#include "net/SegmentFetcher.h"
#include "support/AesVectors.h"
#include "support/ChunkFixture.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "support/TestData.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QByteArray &kNistKey = nist::kKey;
const QByteArray &kNistIv = nist::kIv;

QByteArray encrypt(const QByteArray &clear, const QByteArray &key, const QByteArray &iv) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(clear.size() + 16, Qt::Uninitialized);
    int n = 0, tail = 0;
    EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), nullptr,
                       reinterpret_cast<const unsigned char *>(key.constData()),
                       reinterpret_cast<const unsigned char *>(iv.constData()));
    EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &n,
                      reinterpret_cast<const unsigned char *>(clear.constData()),
                      int(clear.size()));
    EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + n, &tail);
    EVP_CIPHER_CTX_free(ctx);
    out.truncate(n + tail);
    return out;
}

#ifdef Q_OS_UNIX
/// A named pipe in place of a chunk file: whoever reads that chunk waits inside it until the
/// test writes the chunk, which pins a mux thread at a known chunk without timing.
class ChunkPipe {
public:
    /// Replaces the file at @p path (keeping its bytes for write()) by a pipe.
    explicit ChunkPipe(const QString &path) : m_path(QFile::encodeName(path)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_bytes = file.readAll();
        file.close();
        m_ok = !m_bytes.isEmpty() && QFile::remove(path) && ::mkfifo(m_path.constData(), 0600) == 0;
    }
    ChunkPipe(const ChunkPipe &) = delete;
    ChunkPipe &operator=(const ChunkPipe &) = delete;
    /// A reader still waiting in the pipe (a test that failed) gets an empty chunk, so that
    /// its thread ends.
    ~ChunkPipe() {
        if (m_fd >= 0 || readerIsWaiting())
            ::close(m_fd);
    }

    bool ok() const { return m_ok; }
    /// Whether a reader has opened the pipe; true opens the writing end. Never blocks.
    bool readerIsWaiting() {
        if (m_fd < 0)
            m_fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK);  // ENXIO: no reader
        return m_fd >= 0;
    }
    /// Writes the chunk's bytes to the waiting reader and closes: it reads them, then the end.
    bool writeChunk() {
        if (m_fd < 0 || ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) & ~O_NONBLOCK) != 0)
            return false;
        qsizetype written = 0;
        while (written < m_bytes.size()) {
            const auto n = ::write(m_fd, m_bytes.constData() + written, m_bytes.size() - written);
            if (n <= 0)
                return false;
            written += n;
        }
        ::close(m_fd);
        m_fd = -1;
        return true;
    }

private:
    QByteArray m_path;
    QByteArray m_bytes;
    int m_fd = -1;
    bool m_ok = false;
};
#endif
}  // namespace

class TestDownloadJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;
    QByteArray m_referenceMd5;

    struct Run {
        JobResult result;
        QStringList warnings;
        QStringList waits;
    };

    Run runJob(NetworkService &network, const DownloadRequest &request,
               const DownloadSettings &settings, int timeoutMs = 60000) {
        DownloadJob job(network, request, settings);
        Run run;
        connect(&job, &DownloadJob::warning, this, [&](const QString &m) { run.warnings << m; });
        connect(&job, &DownloadJob::waiting, this, [&](const QString &m, int) {
            if (!m.isEmpty())
                run.waits << m;
        });
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(timeoutMs);
        if (!finished.isEmpty())
            run.result = finished.first().first().value<JobResult>();
        return run;
    }

    DownloadRequest requestFor(const FakeHttpServer &server, const QString &name) {
        DownloadRequest request;
        request.playlistUrl = server.url(QStringLiteral("/cdn/") + m_fixture->playlistName);
        request.names.title = name;
        request.tags.title = name;
        request.tags.spaceId = QStringLiteral("1YqKDqWqdPLxV");
        return request;
    }

    DownloadSettings settingsIn(const QTemporaryDir &dir) {
        DownloadSettings settings;
        settings.outputDir = dir.filePath(QStringLiteral("out"));
        settings.cacheRoot = dir.filePath(QStringLiteral("cache"));
        settings.nameTemplate = QStringLiteral("{title}");
        return settings;
    }

    /// The fake CDN serving the fixture, a network stack and a folder: what most tests need.
    struct Cdn {
        FakeHttpServer server;
        NetworkService network;
        QTemporaryDir dir;
        bool listening = false;
        explicit Cdn(const QString &fixtureDir) {
            listening = server.listen();
            server.serveDirectory("/cdn/", fixtureDir);
        }
    };

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<JobResult>();
        ChunkFixtureOptions options;
        options.strayBytesChunks = {1, 4};
        options.extraId3FramesChunks = {2};
        // Shaped like X's: the sequence does not start at 0, chunks last 2.9–3.2 s and
        // their EXTINF drifts from the audio they hold.
        options.firstSequence = 1234;
        options.chunkSecondsPattern = {2.9, 3.2, 3.0, 3.1, 2.95};
        options.extinfDriftSeconds = {0.04, -0.03, 0.012, -0.05};
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 30.0, &error, options);
        QVERIFY2(m_fixture, qPrintable(error));
        m_referenceMd5 = decodedPcmMd5(m_fixture->cleanAdtsPath);
        QVERIFY(!m_referenceMd5.isEmpty());
    }

    void downloadsBitExactAndCleansItsCache() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        server.setLatencyMs(20);
        NetworkService network;
        QTemporaryDir dir;
        const DownloadSettings settings = settingsIn(dir);
        const Run run = runJob(network, requestFor(server, QStringLiteral("Space")), settings);
        QCOMPARE(jobStateName(run.result.state), QStringLiteral("done"));
        QCOMPARE(run.result.outputPath, dir.filePath(QStringLiteral("out/Space.m4a")));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(run.result.outputPath), m_referenceMd5);
        QVERIFY(decodeErrors(run.result.outputPath).isEmpty());
        QCOMPARE(run.result.report.junkBytesSkipped, qint64(2 * 188));
        QVERIFY(run.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("376 stray bytes")));
        const auto tags = Tagger::read(run.result.outputPath);
        QVERIFY(tags);
        QCOMPARE(tags->title, QStringLiteral("Space"));
        QCOMPARE(tags->spaceId, QStringLiteral("1YqKDqWqdPLxV"));
        // Success removes the job's chunk cache.
        QVERIFY(QDir(settings.cacheRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void existingFilesFollowThePolicy() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        NetworkService network;
        QTemporaryDir dir;
        DownloadSettings settings = settingsIn(dir);
        QDir().mkpath(settings.outputDir);
        const QString existing = dir.filePath(QStringLiteral("out/Space.m4a"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        Run run = runJob(network, requestFor(server, QStringLiteral("Space")), settings);
        // Default policy: a new name; the file that was there stays untouched.
        QCOMPARE(run.result.state, JobState::Done);
        QCOMPARE(run.result.outputPath, dir.filePath(QStringLiteral("out/Space (2).m4a")));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(run.result.outputPath), m_referenceMd5);
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("keep me"));
        }

        settings.existsPolicy = ExistsPolicy::Skip;
        const int before = server.requestCount();
        run = runJob(network, requestFor(server, QStringLiteral("Space")), settings);
        QCOMPARE(run.result.state, JobState::Skipped);
        QCOMPARE(server.requestCount(), before);  // nothing downloaded

        settings.existsPolicy = ExistsPolicy::Overwrite;
        run = runJob(network, requestFor(server, QStringLiteral("Space")), settings);
        QCOMPARE(run.result.outputPath, existing);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(existing), m_referenceMd5);
    }

    void permanentlyMissingChunkFailsByNameAndKeepsTheCache() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        const QByteArray lost = "/cdn/" + m_fixture->chunkNames.at(3).toLatin1();
        server.failForever(lost, 404);
        NetworkService network;
        QTemporaryDir dir;
        const DownloadSettings settings = settingsIn(dir);
        const Run run = runJob(network, requestFor(server, QStringLiteral("Space")), settings);
        QCOMPARE(run.result.state, JobState::Failed);
        QCOMPARE(run.result.missing, QList<qint64>{m_fixture->sequences.at(3)});
        QVERIFY2(run.result.error.contains(QString::number(m_fixture->sequences.at(3))),
                 qPrintable(run.result.error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/Space.m4a"))));
        // The chunks that did arrive stay for a retry.
        const QStringList cached =
            QDir(settings.cacheRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(cached.size(), 1);
    }

    void allowedGapsSaveTheRestAndListTheGap() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        server.failForever("/cdn/" + m_fixture->chunkNames.at(2).toLatin1(), 404);
        NetworkService network;
        QTemporaryDir dir;
        DownloadSettings settings = settingsIn(dir);
        settings.allowGaps = true;
        const Run run = runJob(network, requestFor(server, QStringLiteral("Gappy")), settings);
        QCOMPARE(run.result.state, JobState::Done);
        QCOMPARE(run.result.missing, QList<qint64>{m_fixture->sequences.at(2)});
        QVERIFY(decodeErrors(run.result.outputPath).isEmpty());
    }

    void aChunkThatCannotBeSavedFailsTheJobEvenWithGapsAllowed() {
        // A local failure (the disk, the cache folder) is not a gap in X's recording: the job
        // must fail and say so, not save a file with holes or tell the user to retry later.
        Cdn cdn(m_fixture->dir);
        QVERIFY(cdn.listening);
        DownloadSettings settings = settingsIn(cdn.dir);
        settings.allowGaps = true;
        DownloadRequest request = requestFor(cdn.server, QStringLiteral("Blocked"));
        request.cacheKey = QStringLiteral("1YqKDqWqdPLxV");
        // A folder where chunk 3 must be saved: renaming the chunk into place fails.
        const QString cache = DownloadJob::cacheDirFor(settings, request.cacheKey);
        QVERIFY(QDir().mkpath(cache + QLatin1Char('/') +
                              SegmentFetcher::chunkFileName(m_fixture->sequences.at(3))));
        const Run run = runJob(cdn.network, request, settings);
        QCOMPARE(jobStateName(run.result.state), QStringLiteral("failed"));
        QVERIFY2(run.result.error.contains(QStringLiteral("Could not save chunk")),
                 qPrintable(run.result.error));
        QVERIFY2(!run.result.error.contains(QStringLiteral("could not be downloaded")),
                 qPrintable(run.result.error));
        QVERIFY(!QFile::exists(cdn.dir.filePath(QStringLiteral("out/Blocked.m4a"))));
    }

    void twoJobsRenderingTheSameNameDoNotOverwriteEachOther() {
        Cdn cdn(m_fixture->dir);
        QVERIFY(cdn.listening);
        cdn.server.setLatencyMs(20);
        const DownloadSettings settings = settingsIn(cdn.dir);  // "{title}", rename
        DownloadRequest first = requestFor(cdn.server, QStringLiteral("Same"));
        first.cacheKey = QStringLiteral("1YqKDqWqdPLxV");
        DownloadRequest second = requestFor(cdn.server, QStringLiteral("Same"));
        second.cacheKey = QStringLiteral("1OwxWXwaAMMGQ");
        DownloadJob a(cdn.network, first, settings);
        DownloadJob b(cdn.network, second, settings);
        QSignalSpy aFinished(&a, &DownloadJob::finished);
        QSignalSpy bFinished(&b, &DownloadJob::finished);
        a.start();
        b.start();  // both chose their name before either file exists
        QTRY_VERIFY_WITH_TIMEOUT(aFinished.size() == 1 && bFinished.size() == 1, 60000);
        const auto ra = aFinished.first().first().value<JobResult>();
        const auto rb = bFinished.first().first().value<JobResult>();
        QCOMPARE(jobStateName(ra.state), QStringLiteral("done"));
        QCOMPARE(jobStateName(rb.state), QStringLiteral("done"));
        QCOMPARE(ra.outputPath, cdn.dir.filePath(QStringLiteral("out/Same.m4a")));
        QCOMPARE(rb.outputPath, cdn.dir.filePath(QStringLiteral("out/Same (2).m4a")));
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(ra.outputPath), m_referenceMd5);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(rb.outputPath), m_referenceMd5);
        // Nothing else is left in the folder (no reservation outlives its job).
        QCOMPARE(QDir(settings.outputDir).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("Same (2).m4a"), QStringLiteral("Same.m4a")}));
    }

    void aNameHeldByACrashedRunIsTakenOver() {
        // The marker a killed process left (its PID gone): the restarted download keeps the
        // name instead of saving "Space (2).m4a" beside a marker that stays for ever.
        Cdn cdn(m_fixture->dir);
        QVERIFY(cdn.listening);
        const DownloadSettings settings = settingsIn(cdn.dir);
        QVERIFY(QDir().mkpath(settings.outputDir));
        const QString marker =
            cdn.dir.filePath(QStringLiteral("out/Space.m4a")) + OutputReservation::markerSuffix();
        QVERIFY(!writeFile(marker,
                           "2147483646\nspacetape\n" + QSysInfo::machineHostName().toUtf8() + "\n")
                     .isEmpty());
        const Run run =
            runJob(cdn.network, requestFor(cdn.server, QStringLiteral("Space")), settings);
        QCOMPARE(jobStateName(run.result.state), QStringLiteral("done"));
        QCOMPARE(run.result.outputPath, cdn.dir.filePath(QStringLiteral("out/Space.m4a")));
        QVERIFY(!QFile::exists(marker));
    }

    void cancelDuringMuxingLeavesNoFileAndKeepsTheChunks() {
        Cdn cdn(m_fixture->dir);
        QVERIFY(cdn.listening);
        const DownloadSettings settings = settingsIn(cdn.dir);
        DownloadJob job(cdn.network, requestFor(cdn.server, QStringLiteral("Muxed")), settings);
        connect(&job, &DownloadJob::stateChanged, this, [&job](JobState state) {
            if (state == JobState::Muxing)
                job.cancel();
        });
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto result = finished.first().first().value<JobResult>();
        QCOMPARE(jobStateName(result.state), QStringLiteral("canceled"));
        QVERIFY(QDir(settings.outputDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
        // The chunks stay for a later start.
        QCOMPARE(QDir(settings.cacheRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }

    void aDiscardDuringTheFirstMuxPassStopsItBeforeTheNextChunk() {
#ifndef Q_OS_UNIX
        QSKIP("needs a named pipe (mkfifo) to hold the mux thread inside a chunk");
#else
        Cdn cdn(m_fixture->dir);
        QVERIFY(cdn.listening);
        const DownloadSettings settings = settingsIn(cdn.dir);
        DownloadJob job(cdn.network, requestFor(cdn.server, QStringLiteral("Held")), settings);
        // Once the chunks are fetched, and before the mux thread starts, the second chunk
        // becomes a pipe the first pass waits in, and the third one a pipe nobody ever writes:
        // a first pass that went on after the discard would wait in it for good.
        QString cache;
        std::optional<ChunkPipe> held;
        std::optional<ChunkPipe> neverWritten;
        connect(&job, &DownloadJob::stateChanged, this, [&](JobState state) {
            const QDir root(settings.cacheRoot);
            const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            if (state != JobState::Muxing || folders.size() != 1)
                return;
            cache = root.filePath(folders.first());
            const auto chunkPath = [&](int index) {
                return QDir(cache).filePath(
                    SegmentFetcher::chunkFileName(m_fixture->sequences.at(index)));
            };
            held.emplace(chunkPath(1));
            neverWritten.emplace(chunkPath(2));
        });
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(held && held->readerIsWaiting(), 60000);
        QVERIFY(held->ok() && neverWritten->ok());

        job.discard(false);  // the mux thread is inside the second chunk of its first pass
        QCOMPARE(finished.size(), 1);
        QCOMPARE(jobStateName(finished.first().first().value<JobResult>().state),
                 QStringLiteral("canceled"));
        QVERIFY(held->writeChunk());
        // The chunks go once the mux thread stopped reading them: it stopped, without
        // opening the third chunk.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(cache), 10000);
        QVERIFY(QDir(settings.outputDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
#endif
    }

    /// Runs a job whose output folder (@p output) or cache root (else) lies below a file, so
    /// that it cannot be made; the job must fail naming it, before any chunk is fetched.
    void runWithAFolderThatCannotBeMade(bool output, const QString &remedy) {
        Cdn cdn(m_fixture->dir);
        QVERIFY(cdn.listening);
        DownloadSettings settings = settingsIn(cdn.dir);
        QVERIFY(!writeFile(cdn.dir.filePath(QStringLiteral("file")), "in the way").isEmpty());
        const QString impossible = cdn.dir.filePath(QStringLiteral("file/folder"));
        (output ? settings.outputDir : settings.cacheRoot) = impossible;
        const Run run =
            runJob(cdn.network, requestFor(cdn.server, QStringLiteral("Nowhere")), settings);
        QCOMPARE(jobStateName(run.result.state), QStringLiteral("failed"));
        QVERIFY2(run.result.error.contains(QDir::toNativeSeparators(impossible)),
                 qPrintable(run.result.error));
        QVERIFY2(run.result.error.contains(remedy), qPrintable(run.result.error));
        int chunkRequests = 0;
        for (const FakeRequest &r : cdn.server.requestLog())
            chunkRequests += r.path.contains("chunk_") ? 1 : 0;
        QCOMPARE(chunkRequests, 0);
    }

    void anOutputFolderThatCannotBeMadeFailsAtOnceNamingIt() {
        runWithAFolderThatCannotBeMade(true, QStringLiteral("choose another output folder"));
    }

    void aCacheFolderThatCannotBeMadeFailsNamingIt() {
        runWithAFolderThatCannotBeMade(false, QStringLiteral("free space"));
    }

    void allowedGapsNameExactlyTheMissingChunksAndTheirTimes() {
        Cdn cdn(m_fixture->dir);
        QVERIFY(cdn.listening);
        cdn.server.failForever("/cdn/" + m_fixture->chunkNames.at(1).toLatin1(), 404);
        cdn.server.failForever("/cdn/" + m_fixture->chunkNames.at(4).toLatin1(), 410);
        DownloadSettings settings = settingsIn(cdn.dir);
        settings.allowGaps = true;
        const Run run =
            runJob(cdn.network, requestFor(cdn.server, QStringLiteral("Holes")), settings);
        QCOMPARE(jobStateName(run.result.state), QStringLiteral("done"));
        const QList<qint64> gap{m_fixture->sequences.at(1), m_fixture->sequences.at(4)};
        QCOMPARE(run.result.missing, gap);
        const QString warned = run.warnings.join(QLatin1Char('\n'));
        // Which chunks, and where they were in the Space (by the playlist's durations).
        QVERIFY2(warned.contains(QStringLiteral("%1, %2").arg(gap.at(0)).arg(gap.at(1))),
                 qPrintable(warned));
        QVERIFY2(warned.contains(QStringLiteral("0:00:")), qPrintable(warned));
        QVERIFY(
            !warned.contains(QString::number(m_fixture->sequences.at(2)) + QStringLiteral(",")));
    }

    void justEndedReplayIsWaitedFor() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        const QByteArray playlist = "/cdn/" + m_fixture->playlistName.toLatin1();
        server.failTransiently(playlist, 3, 404);
        NetworkService network;
        QTemporaryDir dir;
        DownloadSettings settings = settingsIn(dir);
        settings.notFoundRetryIntervalMs = 100;
        DownloadRequest request = requestFor(server, QStringLiteral("Fresh"));
        request.notFoundRetrySeconds = 60;
        const Run run = runJob(network, request, settings);
        QCOMPARE(run.result.state, JobState::Done);
        QCOMPARE(server.requestCount(playlist), 4);
        QCOMPARE(run.waits.size(), 3);
        QVERIFY(run.waits.first().contains(QStringLiteral("not ready yet")));
    }

    void notFoundWithoutJustEndedFailsClearly() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        NetworkService network;
        QTemporaryDir dir;
        const Run run =
            runJob(network, requestFor(server, QStringLiteral("None")), settingsIn(dir));
        QCOMPARE(run.result.state, JobState::Failed);
        QVERIFY2(run.result.error.contains(QStringLiteral("404")), qPrintable(run.result.error));
    }

    void durationMismatchIsWarned() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        NetworkService network;
        QTemporaryDir dir;
        DownloadRequest request = requestFor(server, QStringLiteral("Short"));
        request.expectedDurationSeconds = 3600;  // the playlist holds 30 s
        const Run run = runJob(network, request, settingsIn(dir));
        QCOMPARE(run.result.state, JobState::Done);
        QVERIFY(
            run.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Space lasted 1:00:00")));
    }

    void encryptHelperMatchesTheNistVector() {
        // NIST SP 800-38A F.2.1 CBC-AES128.Encrypt: the helper below encrypts correctly.
        QCOMPARE(encrypt(nist::kPlaintext, kNistKey, kNistIv).toHex(),
                 (nist::kCiphertext + nist::kPaddingBlock).toHex());
    }

    void encryptedSpaceIsDecryptedWithALoggedInKey() {
        // An encrypted copy of the fixture: AES-128-CBC with the NIST SP 800-38A key; the
        // first chunks name the NIST IV explicitly, the rest (after a second EXT-X-KEY
        // without IV) use their media sequence (1234 + index, not the index) as the IV.
        QTemporaryDir encrypted;
        QByteArray playlist;
        QFile source(m_fixture->playlistPath);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray keyUri = "https://x.com/i/api/1.1/live_video_stream/key/k1";
        int index = 0;
        const int explicitIvChunks = 3;
        for (const QByteArray &line : source.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            if (line.startsWith("#EXTINF") && index == 0)
                playlist += "#EXT-X-KEY:METHOD=AES-128,URI=\"" + keyUri +
                            "\",IV=0x000102030405060708090A0B0C0D0E0F\n";
            if (line.startsWith("#EXTINF") && index == explicitIvChunks)
                playlist += "#EXT-X-KEY:METHOD=AES-128,URI=\"" + keyUri + "\"\n";
            playlist += line + '\n';
            if (line.startsWith("chunk_")) {
                QFile out(encrypted.filePath(QString::fromLatin1(line)));
                QVERIFY(out.open(QIODevice::WriteOnly));
                const QByteArray iv =
                    index < explicitIvChunks
                        ? kNistIv
                        : ChunkDecryptor::ivForSequence(m_fixture->sequences.at(index));
                out.write(encrypt(m_fixture->chunkBytes.at(index), kNistKey, iv));
                ++index;
            }
        }
        QCOMPARE(index, m_fixture->chunkNames.size());
        QFile pl(encrypted.filePath(m_fixture->playlistName));
        QVERIFY(pl.open(QIODevice::WriteOnly));
        pl.write(playlist);
        pl.close();

        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", encrypted.path());
        // The key lives on X (reached through the api origin): only there may the login go,
        // and X checks the exact auth_token, not a substring of the header.
        const QByteArray authToken = "0123456789abcdef0123456789abcdef01234567";
        FakeSpaceRig::serveKey(server, "/i/api/1.1/live_video_stream/key/k1", kNistKey, authToken);
        NetworkService network;
        network.setApiOrigin(server.baseUrl());
        QTemporaryDir dir;
        DownloadRequest request = requestFor(server, QStringLiteral("Locked"));
        // Without a login the key is refused, and the user is told why.
        Run run = runJob(network, request, settingsIn(dir));
        QCOMPARE(run.result.state, JobState::Failed);
        QVERIFY2(run.result.error.contains(QStringLiteral("log in")), qPrintable(run.result.error));
        // Another account's token is refused too.
        request.keyCookieHeader = "auth_token=" + authToken.left(39) + "8; ct0=ab";
        run = runJob(network, request, settingsIn(dir));
        QCOMPARE(run.result.state, JobState::Failed);

        request.keyCookieHeader = "auth_token=" + authToken + "; ct0=ab";
        run = runJob(network, request, settingsIn(dir));
        QCOMPARE(run.result.state, JobState::Done);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(run.result.outputPath), m_referenceMd5);
        for (const FakeRequest &r : server.requestLog()) {
            if (r.path.startsWith("/cdn/"))
                QVERIFY(!r.headers.contains("cookie"));
        }
    }

    void liveShapedSpaceIsSavedFromTheNonTranscodeOriginals() {
        // The stream status names a dynamic playlist: the client must go dynamic → master →
        // the transcoded variant (which lists every chunk), and fetch each chunk from the
        // non_transcode originals — the transcoded copies hold other audio.
        FakeSpaceRig rig(*m_fixture);
        FakeSpace space = rig.makeMasterSpace(QStringLiteral("1vOxwdLkLyXKB"));
        rig.x().addSpace(space);
        NetworkService network;
        network.setApiOrigin(rig.apiOrigin());
        QTemporaryDir dir;
        XApiClient api(network);
        api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
        std::optional<Expected<ResolvedSpace>> resolved;
        api.resolve(space.id, [&](Expected<ResolvedSpace> r) { resolved.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 30000);
        QVERIFY2(*resolved, qPrintable(resolved->error()));
        QCOMPARE((*resolved)->dynamicPlaylistUrl, QUrl(space.playlistUrl));
        const QByteArray originals = FakeSpaceRig::nonTranscodeFolder(space.id);
        QCOMPARE((*resolved)->playlistUrl, rig.http().url(QString::fromLatin1(originals) +
                                                          QStringLiteral("master_playlist.m3u8")));

        DownloadRequest request;
        request.playlistUrl = (*resolved)->playlistUrl;
        request.names.title = QStringLiteral("Live shaped");
        const Run run = runJob(network, request, settingsIn(dir));
        QCOMPARE(run.result.state, JobState::Done);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(run.result.outputPath), m_referenceMd5);
        int transcodedChunks = 0;
        for (const FakeRequest &r : rig.http().requestLog())
            transcodedChunks += r.path.contains("/transcode/") && r.path.endsWith(".aac");
        QCOMPARE(transcodedChunks, 0);
        for (const QString &name : m_fixture->chunkNames)
            QCOMPARE(rig.http().requestCount(originals + name.toLatin1()), 1);
    }

    void localPlaylistNeedsNoNetwork() {
        NetworkService network;
        QTemporaryDir dir;
        DownloadRequest request;
        request.playlistUrl = QUrl::fromLocalFile(m_fixture->playlistPath);
        request.names.title = QStringLiteral("Local");
        const Run run = runJob(network, request, settingsIn(dir));
        QCOMPARE(run.result.state, JobState::Done);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(run.result.outputPath), m_referenceMd5);
    }
};

QTEST_GUILESS_MAIN(TestDownloadJob)
#include "tst_downloadjob.moc"
