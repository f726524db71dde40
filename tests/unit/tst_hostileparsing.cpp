// SPDX-License-Identifier: MIT
// Hostile bytes in playlists, the queue file and settings: refused with a message naming the
// problem, never undefined behaviour, never a secret in a plain file.
#include "hls/HlsPlaylist.h"
#include "queue/QueueEntry.h"
#include "settings/AppSettings.h"
#include "util/FilenameTemplate.h"
#include "util/Limits.h"
#include "util/SafeText.h"
#include "util/SpaceId.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;

namespace {
const QUrl kBase(QStringLiteral("https://prod-fastly-us-east-1.video.pscp.tv/a/playlist_1.m3u8"));

QString parseError(const QByteArray &text) {
    const auto playlist = HlsPlaylist::parse(text, kBase);
    return playlist ? QString() : playlist.error();
}
}  // namespace

class TestHostileParsing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbersThatWouldOverflowAreRefused_data() {
        QTest::addColumn<QByteArray>("playlist");
        QTest::addColumn<QString>("problem");
        QTest::newRow("media sequence + index")
            << QByteArray(
                   "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:9223372036854775807\n#EXTINF:3,\n"
                   "a.aac\n#EXTINF:3,\nb.aac\n")
            << QStringLiteral("too large a number");
        QTest::newRow("byterange offset + length")
            << QByteArray(
                   "#EXTM3U\n#EXTINF:3,\n#EXT-X-BYTERANGE:1000@9223372036854775000\n"
                   "a.aac\n")
            << QStringLiteral("too large a number");
        QTest::newRow("EXTINF 1e300")
            << QByteArray(
                   "#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:2026-01-01T00:00:00Z\n"
                   "#EXTINF:1e300,\na.aac\n#EXTINF:3,\nb.aac\n")
            << QStringLiteral("kMaxSegmentSeconds");
    }

    void numbersThatWouldOverflowAreRefused() {
        QFETCH(QByteArray, playlist);
        QFETCH(QString, problem);
        const QString error = parseError(playlist);
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void oversizedPlaylistsAreRefusedByName() {
        QByteArray big = "#EXTM3U\n";
        big += QByteArray(limits::kMaxPlaylistBytes, '#');
        QVERIFY(parseError(big).contains(QStringLiteral("kMaxPlaylistBytes")));

        QByteArray many = "#EXTM3U\n";
        many.reserve(limits::kMaxPlaylistEntries * 12);
        for (int i = 0; i <= limits::kMaxPlaylistEntries; ++i)
            many += "#EXTINF:3,\n" + QByteArray::number(i) + ".aac\n";
        QVERIFY(parseError(many).contains(QStringLiteral("kMaxPlaylistEntries")));
    }

    void repeatedChunksAreRefused() {
        const QString error = parseError(
            "#EXTM3U\n#EXTINF:3,\nchunk_1767261600000000000_7_a.aac\n"
            "#EXTINF:3,\nchunk_1767261600000000000_7_a.aac\n");
        QVERIFY2(error.contains(QStringLiteral("chunk 7 is listed more than once")),
                 qPrintable(error));
    }

    void serverTextInMessagesHasNoControlCharacters() {
        const QString error = parseError(
            "\x1b]0;owned\x07\x1b[31mhello\x9b"
            "2J\n");
        QVERIFY(!error.isEmpty());
        for (const QChar c : error)
            QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7F && c.unicode() <= 0x9F),
                     qPrintable(error));
        QCOMPARE(printable(QStringLiteral("a\x1b[2Jb\u202Ec\td")), QStringLiteral("a[2Jbc d"));
        // Found by fuzz_hlsplaylist: the key method and a JSON error were quoted raw.
        for (const QByteArray &text :
             {QByteArray("#EXTM3U\n#EXT-X-KEY:METHOD=AES\x1b[2J\n"),
              QByteArray("{\"errors\":[{\"message\":\"\\u001b]0;owned\\u0007\"}]}")}) {
            const QString quoted = parseError(text);
            QVERIFY(!quoted.isEmpty());
            QVERIFY2(!quoted.contains(QChar(0x1b)) && !quoted.contains(QChar(0x07)),
                     qPrintable(quoted));
        }
    }

    void queueFileNumbersDoNotOverflow() {
        QJsonObject json{{QStringLiteral("key"), QStringLiteral("1YqKDqWqdPLxV")},
                         {QStringLiteral("durationSeconds"), 1e300},
                         {QStringLiteral("bytesDone"), -1e300},
                         {QStringLiteral("fileSize"), 9.3e18},
                         {QStringLiteral("bytesPerSecond"), 1e300},
                         {QStringLiteral("missing"), QJsonArray{3.0, 1e300, -9.3e18}}};
        const QueueEntry entry = QueueEntry::fromJson(json);
        QCOMPARE(entry.durationSeconds, qint64(-1));
        QCOMPARE(entry.bytesDone, qint64(0));
        QCOMPARE(entry.fileSize, qint64(0));
        QVERIFY(entry.bytesPerSecond <= 1e12);
        QCOMPARE(entry.missing, QList<qint64>{3});
    }

    void cacheFoldersStayInsideTheCacheRoot() {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("chunks"));
        for (const QString &bad :
             {QStringLiteral("../x"), QStringLiteral(".."), QStringLiteral("/etc"), QString(),
              QStringLiteral("1YqKDqWqdPLx/"), QStringLiteral("1YqKDqWqdPLx."),
              QStringLiteral("1YqKDqWqdPLxVV")})
            QVERIFY2(!spaceid::cacheFolder(root, bad), qPrintable(bad));
        const auto good = spaceid::cacheFolder(root, QStringLiteral("1YqKDqWqdPLxV"));
        QVERIFY2(good, qPrintable(good.error()));
        QVERIFY(good->endsWith(QStringLiteral("/chunks/1YqKDqWqdPLxV")));
        // A symlink inside the root that leads out of it is not followed.
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QFile::link(dir.path(), root + QStringLiteral("/0123456789abcdef")));
        QVERIFY(!spaceid::cacheFolder(root, QStringLiteral("0123456789abcdef")));
    }

    void fallbackNameOfALongIdStaysWithinThePartLimit() {
        // Found by fuzz_filenametemplate: "Space " + a 200-byte ID made a 206-byte name.
        FilenameValues values;
        values.id = QString(66, QChar(0xFFFD));
        const QString name = FilenameTemplate::render(QString(), values);
        QVERIFY(name.startsWith(QStringLiteral("Space ")));
        QVERIFY2(name.toUtf8().size() <= 200, qPrintable(name));
    }

    void proxyPasswordNeverReachesTheSettingsFile() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(ini);
            settings.setManualProxy(QStringLiteral("http://alice:s3cr3t-pw@proxy.example:3128"));
            QCOMPARE(settings.manualProxy(), QStringLiteral("http://proxy.example:3128"));
            settings.sync();
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.contains("proxy.example"), saved.constData());
        QVERIFY2(!saved.contains("s3cr3t-pw") && !saved.contains("alice"), saved.constData());
        QCOMPARE(AppSettings::withoutProxyCredentials(QStringLiteral("bob@h:1")),
                 QStringLiteral("h:1"));
    }
};

QTEST_GUILESS_MAIN(TestHostileParsing)
#include "tst_hostileparsing.moc"
