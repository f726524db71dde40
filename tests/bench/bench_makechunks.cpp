// SPDX-License-Identifier: MIT
// Makes a Space-like chunk set for benchmarks: a VOD playlist, ~3 s packed-audio
// chunks (ID3 PRIV + ADTS) and the clean reference ADTS.
//   bench_makechunks OUT_DIR SECONDS [STRAY_PERCENT] [hydra]
// "hydra" adds X's Hydra tags about once a second (the host and three speakers taking 40 s
// turns in rotation), so the fake server's chunks carry a speaker timeline.
// Prints the playlist's file name on stdout.
#include "support/ChunkFixture.h"
#include "support/MediaTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: bench_makechunks OUT_DIR SECONDS [STRAY_PERCENT] [hydra]\n";
        return 2;
    }
    const QString outDir = args.at(1);
    const double seconds = args.at(2).toDouble();
    const int strayPercent = args.size() > 3 ? args.at(3).toInt() : 0;
    QDir().mkpath(outDir);

    const QString reference = QDir(outDir).filePath(QStringLiteral("reference.aac"));
    // ~96 kbit/s stereo gives ~36 KB per 3-second chunk, as on X.
    const QString encodeError = spacetape::test::encodeAdts(reference, 48000, 2, seconds, 96);
    if (!encodeError.isEmpty()) {
        err << encodeError << '\n';
        return 1;
    }
    spacetape::test::ChunkFixtureOptions options;
    const int expectedChunks = int(seconds / options.chunkSeconds) + 1;
    for (int i = 0; strayPercent > 0 && i < expectedChunks; i += 100 / strayPercent)
        options.strayBytesChunks.insert(i);
    if (args.size() > 4 && args.at(4) == QLatin1String("hydra")) {
        spacetape::test::HydraScript script;
        script.userIds = {QStringLiteral("1mnxeRqWoaPxO"), QStringLiteral("1OdKrBnaEPXKX"),
                          QStringLiteral("1YpKkZEWVBaJj")};
        script.userNames = {QStringLiteral("grace_h"), QStringLiteral("alan_t"),
                            QStringLiteral("kjohnson")};
        for (double t = 0; t < seconds; t += 45)
            script.turns << spacetape::test::HydraTurn{int(t / 45) % 4, t + 2, t + 42};
        options.hydra = script;
    }
    QString error;
    const QString chunkDir = QDir(outDir).filePath(QStringLiteral("cdn"));
    const auto fixture = spacetape::test::makeChunkFixture(reference, chunkDir, options, &error);
    if (!fixture) {
        err << error << '\n';
        return 1;
    }
    QTextStream(stdout) << fixture->playlistName << '\n';
    return 0;
}
