// SPDX-License-Identifier: MIT
// Hostile answers from "X" and "the CDN" (loopback fakes) and hostile saved files: nothing
// they say may delete a folder, read a local file, leak the login, or grow without bound.
#include "fake/FakeHttpServer.h"
#include "job/DownloadJob.h"
#include "job/SpaceRequestBuilder.h"
#include "media/AudioAssembler.h"
#include "media/ChunkDecryptor.h"
#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "net/SegmentFetcher.h"
#include "queue/DownloadQueue.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"
#include "support/IsolatedXApiClient.h"
#include "util/Limits.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

using namespace spacetape;
using namespace spacetape::test;

namespace {
const QString kId = QStringLiteral("1YqKDqWqdPLxV");
const QByteArray kCookie = "auth_token=0123456789abcdef0123456789abcdef01234567; ct0=ab";

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

bool writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A minimal AudioSpaceById answer with the fields a hostile server would bend.
QByteArray audioSpaceJson(const QString &restId, const QString &avatarUrl) {
    const QJsonObject result{
        {QStringLiteral("core"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Host")},
                                             {QStringLiteral("screen_name"), QStringLiteral("h")}}},
        {QStringLiteral("avatar"), QJsonObject{{QStringLiteral("image_url"), avatarUrl}}}};
    const QJsonObject metadata{
        {QStringLiteral("rest_id"), restId},
        {QStringLiteral("state"), QStringLiteral("Ended")},
        {QStringLiteral("title"), QStringLiteral("Hostile")},
        {QStringLiteral("media_key"), QStringLiteral("28_1976")},
        {QStringLiteral("started_at"), 1767261600000.0},
        {QStringLiteral("ended_at"), 1767261630000.0},
        {QStringLiteral("is_space_available_for_replay"), true},
        {QStringLiteral("creator_results"), QJsonObject{{QStringLiteral("result"), result}}}};
    const QJsonObject root{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("audioSpace"),
                      QJsonObject{{QStringLiteral("metadata"), metadata},
                                  {QStringLiteral("participants"), QJsonObject{}}}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// X's API as a hostile server answers it: guest token, AudioSpaceById from @p audioSpace,
/// and a stream status naming @p playlist.
void serveHostileX(FakeHttpServer &server, std::function<QByteArray()> audioSpace,
                   const QUrl &playlist) {
    server.addRoute("/1.1/guest/activate.json", [](const FakeRequest &) {
        FakeResponse response;
        response.body = R"({"guest_token":"1234567890"})";
        return std::optional<FakeResponse>(response);
    });
    server.addRoute("/i/api/graphql/", [audioSpace](const FakeRequest &) {
        FakeResponse response;
        response.body = audioSpace();
        return std::optional<FakeResponse>(response);
    });
    server.addRoute("/i/api/1.1/live_video_stream/status/", [playlist](const FakeRequest &) {
        FakeResponse response;
        response.body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("source"),
                             QJsonObject{{QStringLiteral("location"), playlist.toString()},
                                         {QStringLiteral("status"), QStringLiteral("ENDED")}}}})
                .toJson(QJsonDocument::Compact);
        return std::optional<FakeResponse>(response);
    });
}
}  // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    struct Run {
        JobResult result;
        bool finished = false;
    };

    Run runJob(NetworkService &network, const DownloadRequest &request,
               const DownloadSettings &settings, int timeoutMs = 30000) {
        DownloadJob job(network, request, settings);
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(timeoutMs);
        Run run;
        run.finished = !finished.isEmpty();
        if (run.finished)
            run.result = finished.first().first().value<JobResult>();
        return run;
    }

    DownloadSettings settingsIn(const QTemporaryDir &dir) {
        DownloadSettings settings;
        settings.outputDir = dir.filePath(QStringLiteral("out"));
        settings.cacheRoot = dir.filePath(QStringLiteral("cache"));
        settings.nameTemplate = QStringLiteral("{title}");
        return settings;
    }

    QString playlistText() {
        QFile file(m_fixture->playlistPath);
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
    }

    /// An encrypted copy of the fixture whose EXT-X-KEY names @p keyUri, served under /enc/.
    void serveEncrypted(FakeHttpServer &server, const QString &dir, const QString &keyUri,
                        const QByteArray &key) {
        QString playlist;
        int index = 0;
        for (const QString &line : playlistText().split(QLatin1Char('\n'))) {
            playlist += line + QLatin1Char('\n');
            if (line.startsWith(QLatin1String("#EXT-X-TARGETDURATION")))
                playlist += QStringLiteral("#EXT-X-KEY:METHOD=AES-128,URI=\"%1\"\n").arg(keyUri);
            if (line.startsWith(QLatin1String("chunk_"))) {
                QVERIFY(writeFile(dir + QLatin1Char('/') + line,
                                  encrypt(m_fixture->chunkBytes.at(index), key,
                                          ChunkDecryptor::ivForSequence(index))));
                ++index;
            }
        }
        QVERIFY(writeFile(dir + QStringLiteral("/p.m3u8"), playlist.toLatin1()));
        server.serveDirectory("/enc/", dir);
    }

    /// Whether any request @p server received carried the login.
    static bool sawCookie(const FakeHttpServer &server) {
        for (const FakeRequest &r : server.requestLog()) {
            if (r.headers.contains("cookie"))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<JobResult>();
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 9.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    // ---- 1. a Space ID from X's answer or the queue file never becomes a path ----

    void cacheKeyThatIsAPathDeletesNothing() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim + QStringLiteral("/precious.txt"), "keep me"));
        NetworkService network;
        for (const QString &key : {QStringLiteral("../victim"), victim}) {
            DownloadRequest request;
            request.playlistUrl = server.url(QStringLiteral("/cdn/") + m_fixture->playlistName);
            request.names.title = QStringLiteral("Space");
            request.cacheKey = key;
            const Run run = runJob(network, request, settingsIn(dir));
            QVERIFY(run.finished);
            QCOMPARE(run.result.state, JobState::Failed);
            QVERIFY2(run.result.error.contains(QStringLiteral("not a Space ID")),
                     qPrintable(run.result.error));
            QVERIFY(QFile::exists(victim + QStringLiteral("/precious.txt")));
        }
    }

    void xAnswerNamingAnotherSpaceIsRefused() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory("/cdn/", m_fixture->dir);
        QString restId = QStringLiteral("../../victim");
        serveHostileX(
            server, [&restId] { return audioSpaceJson(restId, QString()); },
            server.url(QStringLiteral("/cdn/audio-space/") + m_fixture->playlistName));
        NetworkService network;
        network.setApiOrigin(server.baseUrl());
        XApiClient api(network);
        SpaceRequestBuilder builder(network, api);
        for (const QString &hostile : {QStringLiteral("../../victim"), QStringLiteral("/tmp"),
                                       QStringLiteral("1OdKrBnaEPXKX")}) {
            restId = hostile;
            std::optional<Expected<PreparedSpace>> outcome;
            builder.build(kId, [&](Expected<PreparedSpace> prepared) { outcome = prepared; });
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
            QVERIFY2(!*outcome, qPrintable(hostile));
            QVERIFY2(outcome->error().contains(QStringLiteral("another Space")),
                     qPrintable(outcome->error()));
        }
    }

    void queueFileNamingAPathRemovesNothing() {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim + QStringLiteral("/precious.txt"), "keep me"));
        const QString stateFile = dir.filePath(QStringLiteral("queue.json"));
        // One entry's ID is relative to the cache root, the other's absolute.
        const QString otherId = QStringLiteral("1OdKrBnaEPXKX");
        const QJsonObject relative{{QStringLiteral("key"), kId},
                                   {QStringLiteral("input"), kId},
                                   {QStringLiteral("spaceId"), QStringLiteral("../victim")},
                                   {QStringLiteral("state"), QStringLiteral("Failed")}};
        const QJsonObject absolute{{QStringLiteral("key"), otherId},
                                   {QStringLiteral("input"), otherId},
                                   {QStringLiteral("spaceId"), victim},
                                   {QStringLiteral("state"), QStringLiteral("Failed")}};
        QVERIFY(writeFile(stateFile, QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                               {QStringLiteral("entries"),
                                                                QJsonArray{relative, absolute}}})
                                         .toJson()));
        NetworkService network;
        XApiClient api(network);
        DownloadQueue queue(network, api, stateFile);
        queue.setAutoStart(false);
        const DownloadSettings settings = settingsIn(dir);
        QVERIFY(QDir().mkpath(settings.cacheRoot));  // so that "<root>/../victim" resolves
        queue.setDownloadSettings(settings);
        QVERIFY(queue.restore());
        queue.remove(kId, true);
        queue.remove(otherId, true);
        QVERIFY(QFile::exists(victim + QStringLiteral("/precious.txt")));
    }

    void queueRemovalDeletesOnlyAFileTheQueueSaved() {
        // Issue 23 (11): "also delete the saved file" deleted whatever outputPath queue.json
        // named. Now only a regular .m4a inside the output folder whose tags carry the entry's
        // Space ID goes; everything else stays.
        QTemporaryDir dir;
        const DownloadSettings settings = settingsIn(dir);
        QVERIFY(QDir().mkpath(settings.outputDir));
        auto tagged = [&](const QString &path, const QString &spaceId) {
            SpaceTags tags;
            tags.title = QStringLiteral("Saved");
            tags.spaceId = spaceId;
            QDir().mkpath(QFileInfo(path).absolutePath());
            return AudioAssembler::assemble({ChunkFile{0, m_fixture->cleanAdtsPath, {}}}, tags,
                                            path)
                .ok();
        };
        auto id = [](int i) { return QStringLiteral("1HostileFile%1").arg(i); };
        const QString out = settings.outputDir;
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        // Each entry claims its file; every file but the last carries that entry's Space ID
        // where it is tagged at all, so only the other rules can keep it.
        struct Case {
            QString outputPath;  ///< as queue.json says
            QString file;        ///< what must still exist afterwards
        };
        const QList<Case> cases{
            {elsewhere + QStringLiteral("/victim0.m4a"),
             elsewhere + QStringLiteral("/victim0.m4a")},
            {out + QStringLiteral("/../elsewhere/victim1.m4a"),
             elsewhere + QStringLiteral("/victim1.m4a")},
            {out + QStringLiteral("/precious.txt"), out + QStringLiteral("/precious.txt")},
            {out + QStringLiteral("/untagged.m4a"), out + QStringLiteral("/untagged.m4a")},
            {out + QStringLiteral("/other.m4a"), out + QStringLiteral("/other.m4a")},
            {out + QStringLiteral("/link.m4a"), elsewhere + QStringLiteral("/victim5.m4a")},
        };
        QVERIFY(tagged(cases.at(0).file, id(0)));
        QVERIFY(tagged(cases.at(1).file, id(1)));
        QVERIFY(writeFile(cases.at(2).file, "keep me"));
        QVERIFY(writeFile(cases.at(3).file, "not an m4a of ours"));
        QVERIFY(tagged(cases.at(4).file, kId));  // another Space's recording
        QVERIFY(tagged(cases.at(5).file, id(5)));
        QVERIFY(QFile::link(cases.at(5).file, cases.at(5).outputPath));
        const QString mine = out + QStringLiteral("/sub/mine.m4a");
        const QString mineId = QStringLiteral("1HostileMine0");
        QVERIFY(tagged(mine, mineId));

        QJsonArray entries;
        auto entry = [](const QString &spaceId, const QString &outputPath) {
            return QJsonObject{{QStringLiteral("key"), spaceId},
                               {QStringLiteral("input"), spaceId},
                               {QStringLiteral("spaceId"), spaceId},
                               {QStringLiteral("state"), QStringLiteral("Done")},
                               {QStringLiteral("outputPath"), outputPath}};
        };
        for (int i = 0; i < cases.size(); ++i)
            entries.append(entry(id(i), cases.at(i).outputPath));
        entries.append(entry(mineId, mine));
        const QString stateFile = dir.filePath(QStringLiteral("queue.json"));
        QVERIFY(
            writeFile(stateFile, QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                           {QStringLiteral("entries"), entries}})
                                     .toJson()));
        NetworkService network;
        XApiClient api(network);
        DownloadQueue queue(network, api, stateFile);
        queue.setAutoStart(false);
        queue.setDownloadSettings(settings);
        QVERIFY(queue.restore());
        QCOMPARE(queue.count(), cases.size() + 1);
        for (int i = 0; i < cases.size(); ++i)
            queue.remove(id(i), true);
        QCOMPARE(queue.count(), 1);
        for (const Case &c : cases)
            QVERIFY2(QFileInfo::exists(c.file), qPrintable(c.outputPath));
        QVERIFY(QFileInfo(cases.at(5).outputPath).isSymLink());
        // The queue's own file, in a sub-folder of the output folder, still goes.
        queue.remove(mineId, true);
        QVERIFY(!QFileInfo::exists(mine));
    }

    // ---- 2. a remote playlist names web addresses only; masters cannot loop ----

    void remotePlaylistNamingLocalFilesIsRefused() {
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret.aac"));
        QVERIFY(writeFile(secret, m_fixture->chunkBytes.first()));
        const QString body = QStringLiteral(
                                 "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:3.0,\n%1\n"
                                 "#EXT-X-ENDLIST\n")
                                 .arg(QUrl::fromLocalFile(secret).toString());
        // (A local variant could as well be /dev/zero or a FIFO: never read one.)
        const QString localVariant =
            QStringLiteral("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n%1\n")
                .arg(QUrl::fromLocalFile(m_fixture->playlistPath).toString());
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveFile("/p/local-chunk.m3u8", body.toUtf8(), "application/vnd.apple.mpegurl");
        server.serveFile("/p/local-variant.m3u8", localVariant.toUtf8(),
                         "application/vnd.apple.mpegurl");
        NetworkService network;
        for (const char *path : {"/p/local-chunk.m3u8", "/p/local-variant.m3u8"}) {
            DownloadRequest request;
            request.playlistUrl = server.url(QString::fromLatin1(path));
            request.names.title = QStringLiteral("Local");
            request.cacheKey = kId;
            const Run run = runJob(network, request, settingsIn(dir));
            QVERIFY2(run.finished, path);
            QCOMPARE(run.result.state, JobState::Failed);
            QVERIFY2(run.result.error.contains(QStringLiteral("not an http(s) address")),
                     qPrintable(run.result.error));
        }
    }

    void mastersThatLoopAreRefused() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QByteArray self = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nself.m3u8\n";
        const QByteArray a = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nb.m3u8\n";
        const QByteArray b = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\na.m3u8?again=1\n";
        server.serveFile("/m/self.m3u8", self, "application/vnd.apple.mpegurl");
        server.serveFile("/m/a.m3u8", a, "application/vnd.apple.mpegurl");
        server.serveFile("/m/b.m3u8", b, "application/vnd.apple.mpegurl");
        // A chain of masters longer than limits::kMaxVariantDepth.
        for (int i = 0; i < 6; ++i)
            server.serveFile(
                QStringLiteral("/m/chain%1.m3u8").arg(i).toLatin1(),
                QStringLiteral("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nchain%1.m3u8\n")
                    .arg(i + 1)
                    .toLatin1(),
                "application/vnd.apple.mpegurl");
        NetworkService network;
        QTemporaryDir dir;
        for (const char *path : {"/m/self.m3u8", "/m/a.m3u8", "/m/chain0.m3u8"}) {
            DownloadRequest request;
            request.playlistUrl = server.url(QString::fromLatin1(path));
            request.cacheKey = kId;
            const Run run = runJob(network, request, settingsIn(dir));
            QVERIFY2(run.finished, path);
            QCOMPARE(run.result.state, JobState::Failed);
            QVERIFY2(run.result.error.contains(QStringLiteral("loop")) ||
                         run.result.error.contains(QStringLiteral("more than 3 masters")),
                     qPrintable(run.result.error));
        }
        QVERIFY(server.requestCount("/m/self.m3u8") <= 4);
    }

    // ---- 3. the login goes only to https X/Periscope key addresses, never elsewhere ----

    void keyLoginGoesOnlyToXOverHttps_data() {
        QTest::addColumn<QString>("keyUri");
        QTest::addColumn<bool>("loginExpected");  // X's own key address gets it
        QTest::addColumn<bool>("keyDelivered");
        QTest::newRow("X host over https")
            << QStringLiteral("https://x.com/i/api/1.1/live_video_stream/key/k1") << true << true;
        QTest::newRow("another host") << QStringLiteral("OTHER/keys/k1") << false << true;
        QTest::newRow("relative, to the CDN") << QStringLiteral("/keys/k1") << false << true;
        QTest::newRow("X host over plain http")
            << QStringLiteral("http://x.com/i/api/1.1/live_video_stream/key/k1") << false << true;
        // The redirect is not followed with the login: the key does not arrive.
        QTest::newRow("X host redirecting elsewhere")
            << QStringLiteral("https://x.com/i/api/1.1/live_video_stream/key/redirect") << true
            << false;
    }

    void keyLoginGoesOnlyToXOverHttps() {
        QFETCH(QString, keyUri);
        QFETCH(bool, loginExpected);
        QFETCH(bool, keyDelivered);
        const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        FakeHttpServer server;  // the CDN and, through the api origin, "x.com"
        FakeHttpServer other;   // a host that must never see the login
        QVERIFY(server.listen());
        QVERIFY(other.listen());
        const auto keyRoute = [key](const FakeRequest &) {
            FakeResponse response;
            response.body = key;
            return std::optional<FakeResponse>(response);
        };
        server.addRoute("/i/api/1.1/live_video_stream/key/k1", keyRoute);
        server.addRoute("/keys/k1", keyRoute);
        other.addRoute("/keys/k1", keyRoute);
        const QByteArray elsewhere = other.url(QStringLiteral("/keys/k1")).toEncoded();
        server.addRoute("/i/api/1.1/live_video_stream/key/redirect",
                        [elsewhere](const FakeRequest &) {
                            FakeResponse response;
                            response.status = 302;
                            response.addHeader("Location", elsewhere);
                            return std::optional<FakeResponse>(response);
                        });
        QTemporaryDir encrypted;
        keyUri.replace(QStringLiteral("OTHER"), other.baseUrl().toString());
        serveEncrypted(server, encrypted.path(), keyUri, key);

        NetworkService network;
        network.setApiOrigin(server.baseUrl());
        QTemporaryDir dir;
        DownloadRequest request;
        request.playlistUrl = server.url(QStringLiteral("/enc/p.m3u8"));
        request.names.title = QStringLiteral("Locked");
        request.cacheKey = kId;
        request.keyCookieHeader = kCookie;
        const Run run = runJob(network, request, settingsIn(dir));
        QVERIFY(run.finished);
        QVERIFY2(!sawCookie(other), "another host received the login");
        bool cdnSawCookie = false;
        bool xSawCookie = false;
        for (const FakeRequest &r : server.requestLog()) {
            if (!r.headers.contains("cookie"))
                continue;
            if (r.path.startsWith("/i/api/"))
                xSawCookie = true;
            else
                cdnSawCookie = true;
        }
        QVERIFY2(!cdnSawCookie, "the CDN received the login");
        QCOMPARE(xSawCookie, loginExpected);
        QCOMPARE(run.result.state, keyDelivered ? JobState::Done : JobState::Failed);
        if (!keyDelivered)
            QVERIFY2(run.result.error.contains(QStringLiteral("redirected to another host")),
                     qPrintable(run.result.error));
    }

    // ---- 4. a cover comes from the web only ----

    void fileAvatarIsNotEmbedded() {
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("private.png"));
        QVERIFY(writeFile(picture, QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(64, 'p')));
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QString avatar = QUrl::fromLocalFile(picture).toString();
        serveHostileX(
            server, [avatar] { return audioSpaceJson(kId, avatar); },
            server.url(QStringLiteral("/cdn/audio-space/p.m3u8")));
        NetworkService network;
        network.setApiOrigin(server.baseUrl());
        IsolatedXApiClient api(network, dir.path());
        SpaceRequestBuilder builder(network, api);
        std::optional<Expected<PreparedSpace>> outcome;
        builder.build(kId, [&](Expected<PreparedSpace> prepared) { outcome = prepared; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY2(*outcome, qPrintable(outcome->error()));
        QVERIFY((*outcome)->request.tags.cover.isEmpty());
    }

    // ---- 5. limits ----

    void oversizedBodiesAreRefusedByName() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        QByteArray hugePlaylist = "#EXTM3U\n";
        hugePlaylist += QByteArray(17 * 1024 * 1024, '#');
        server.serveFile("/big/p.m3u8", hugePlaylist, "application/vnd.apple.mpegurl");
        server.serveFile("/big/chunk.aac", QByteArray(17 * 1024 * 1024, 'x'), "audio/aac");
        NetworkService network;
        QTemporaryDir dir;
        DownloadRequest request;
        request.playlistUrl = server.url(QStringLiteral("/big/p.m3u8"));
        request.cacheKey = kId;
        const Run run = runJob(network, request, settingsIn(dir), 60000);
        QVERIFY(run.finished);
        QCOMPARE(run.result.state, JobState::Failed);
        // The size and what to do, never the name of a constant (issue 23, finding 9).
        QVERIFY2(run.result.error.contains(QStringLiteral("larger than 16 MiB")) &&
                     !run.result.error.contains(QStringLiteral("kMax")),
                 qPrintable(run.result.error));

        SegmentFetcher fetcher(network);
        fetcher.setCacheDir(dir.filePath(QStringLiteral("chunks")));
        fetcher.setBackoff(1, 1);
        QSignalSpy finished(&fetcher, &SegmentFetcher::finished);
        fetcher.start({SegmentRequest{0, server.url(QStringLiteral("/big/chunk.aac"))}});
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<FetchResult>();
        QVERIFY(result.status != FetchStatus::Complete);
        QVERIFY2(result.error.contains(QStringLiteral("larger than 16 MiB")) &&
                     !result.error.contains(QStringLiteral("kMax")),
                 qPrintable(result.error));
    }

    void oversizedJsonIsRefusedByName() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QByteArray huge =
            audioSpaceJson(kId, QString())
                .replace("\"Hostile\"", "\"" + QByteArray(9 * 1024 * 1024, 'a') + "\"");
        serveHostileX(
            server, [huge] { return huge; }, server.url(QStringLiteral("/cdn/audio-space/p.m3u8")));
        NetworkService network;
        network.setApiOrigin(server.baseUrl());
        XApiClient api(network);
        std::optional<Expected<SpaceMetadata>> outcome;
        api.fetchSpace(kId, [&](Expected<SpaceMetadata> metadata) { outcome = metadata; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY(!*outcome);
        QVERIFY2(outcome->error().contains(QStringLiteral("larger than 8 MiB")) &&
                     !outcome->error().contains(QStringLiteral("kMax")),
                 qPrintable(outcome->error()));
    }

    void tricklingBodiesTimeOut() {
        // One byte a second keeps the inactivity timeout quiet; the body deadline still ends it.
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveFile("/slow.json", QByteArray(64, ' '), "application/json");
        server.trickle("/slow.json", 1, 1);
        NetworkService network;
        QNetworkReply *reply =
            network.get(network.apiRequest(server.url(QStringLiteral("/slow.json"))));
        replyguard::bound(reply, limits::kMaxJsonBytes, 1500, QStringLiteral("answer from X"),
                          "kMaxJsonBytes");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(replyguard::failure(reply).contains(QStringLiteral("did not arrive within")),
                 qPrintable(replyguard::failure(reply)));
        delete reply;
    }

    void duplicateChunkLinesAreRefused() {
        // A local playlist listing every chunk twice would double the audio.
        QTemporaryDir dir;
        QString doubled;
        for (const QString &line : playlistText().split(QLatin1Char('\n'))) {
            doubled += line + QLatin1Char('\n');
            if (line.startsWith(QLatin1String("chunk_")))
                doubled += QStringLiteral("#EXTINF:3.0,\n%1\n").arg(line);
        }
        const QString path = QDir(m_fixture->dir).filePath(QStringLiteral("doubled.m3u8"));
        QVERIFY(writeFile(path, doubled.toLatin1()));
        NetworkService network;
        DownloadRequest request;
        request.playlistUrl = QUrl::fromLocalFile(path);
        request.names.title = QStringLiteral("Doubled");
        const Run run = runJob(network, request, settingsIn(dir));
        QVERIFY(run.finished);
        QCOMPARE(run.result.state, JobState::Failed);
        QVERIFY2(run.result.error.contains(QStringLiteral("more than once")),
                 qPrintable(run.result.error));
    }

    // ---- 6. server text reaches the terminal without control characters ----

    void serverTextReachesTheTerminalWithoutEscapes() {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.serveFile("/evil.m3u8", "\x1b]0;owned\x07\x1b[2Jnot a playlist\r\n", "text/plain");
        QTemporaryDir home;
        const CliRun run = runCli({QStringLiteral("-o"), home.filePath(QStringLiteral("out")),
                                   server.url(QStringLiteral("/evil.m3u8")).toString()},
                                  cliEnvironment(home.path()));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("not a playlist"), run.err.constData());
        QVERIFY2(!run.err.contains('\x1b') && !run.err.contains('\x07'), run.err.constData());
    }

    // ---- 7. numbers that would overflow ----

    void hugeRetryAfterHoldsBackInsteadOfOverflowing() {
        // 2^63-1 seconds × 1000 overflowed to a negative wait: an instant retry storm.
        FakeHttpServer server;
        QVERIFY(server.listen());
        int answered = 0;
        server.addRoute("/r/0.aac", [&answered](const FakeRequest &) {
            FakeResponse response;
            if (answered++ == 0) {
                response.status = 429;
                response.addHeader("Retry-After", "9223372036854775807");
            } else {
                response.body = "audio";
            }
            return std::optional<FakeResponse>(response);
        });
        NetworkService network;
        QTemporaryDir dir;
        SegmentFetcher fetcher(network);
        fetcher.setCacheDir(dir.path());
        fetcher.setBackoff(1, 1);
        QSignalSpy finished(&fetcher, &SegmentFetcher::finished);
        fetcher.start({SegmentRequest{0, server.url(QStringLiteral("/r/0.aac"))}});
        QTRY_COMPARE_WITH_TIMEOUT(answered, 1, 10000);
        // Held back for the (capped) Retry-After: no second request while we look.
        QVERIFY(!finished.wait(1500));
        QCOMPARE(answered, 1);
        fetcher.cancel();
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
