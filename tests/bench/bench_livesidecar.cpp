// SPDX-License-Identifier: MIT
// What saving the live capture's sidecar costs with many chunks in separate folders (issue 23,
// finding 6): a sidecar of N chunks (default 60,000), each in a folder of its own, is planted
// in a cache folder; a LiveCapture finishing it after a restart loads it and saves it twice
// (start()), then once more when stopped (stop()). Only LiveCapture's public API is used, so
// the same file measures the code before and after a change.
//   build/tests/bench/bench_livesidecar [CHUNKS=60000]
#include "job/DownloadJob.h"
#include "job/LiveCapture.h"
#include "net/NetworkService.h"
#if __has_include("job/LiveSidecar.h")
#include "job/LiveSidecar.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace spacetape;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 60000;
    const QString id = QStringLiteral("1yNGaYPnYBMJj");
    QTemporaryDir dir;
    const QString cache = dir.filePath(id);
    QDir().mkpath(cache);
    // Port 9 (discard) on loopback: nothing answers, nothing leaves the machine.
    const QString host = QStringLiteral("http://127.0.0.1:9");
    QJsonArray bases, chunks;
    for (int i = 0; i < count; ++i) {
        bases.append(QStringLiteral("%1/f%2/").arg(host).arg(i));
        chunks.append(QJsonArray{double(i), 3.008, i,
                                 QStringLiteral("chunk_1733612345678901234_%1_a.aac").arg(i)});
    }
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("spaceId"), id},
                           {QStringLiteral("master"), host + QStringLiteral("/master.m3u8")},
                           {QStringLiteral("variant"), QString()},
                           {QStringLiteral("dynamic"), host + QStringLiteral("/dynamic.m3u8")},
                           {QStringLiteral("lastLiveSequence"), double(count - 1)},
                           {QStringLiteral("firstSequence"), 0},
                           {QStringLiteral("bases"), bases},
                           {QStringLiteral("chunks"), chunks}};
    QFile file(QDir(cache).filePath(LiveCapture::sidecarName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0)
        return 1;
    file.close();
    std::printf("sidecar: %d chunks in %d folders, %lld bytes\n", count, count,
                QFileInfo(file).size());

    NetworkService network;
    DownloadRequest request;
    request.playlistUrl = QUrl(host + QStringLiteral("/master.m3u8"));
    request.cacheKey = id;
    LiveSource live;
    live.dynamicPlaylistUrl = QUrl(host + QStringLiteral("/dynamic.m3u8"));
    live.spaceId = id;
    live.replayExpected = false;
    live.ended = true;
    request.live = live;
    DownloadSettings settings;
    settings.cacheRoot = dir.path();
    LiveCapture capture(network, request, settings, cache);
    QElapsedTimer timer;
    timer.start();
    capture.start();  // load + save on the end + save before the last fetch
    const qint64 startMs = timer.restart();
    capture.stop();  // one save
    const qint64 stopMs = timer.elapsed();
    std::printf("start() (load + 2 saves + fetch setup): %lld ms\n", startMs);
    std::printf("stop() (1 save): %lld ms\n", stopMs);
#if __has_include("job/LiveSidecar.h")
    const auto saved = LiveSidecar::read(cache, id);
    if (!saved) {
        std::printf("read back: %s\n", qPrintable(saved.error()));
        return 1;
    }
    timer.restart();
    const QByteArray json = saved->toJson();
    std::printf("LiveSidecar::toJson alone: %lld ms (%lld bytes)\n", timer.elapsed(),
                qint64(json.size()));
#endif
    return 0;
}
