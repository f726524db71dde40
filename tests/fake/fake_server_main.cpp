// SPDX-License-Identifier: MIT
// The fake CDN as a standalone program, for benchmarks and CLI tests:
//   spacetape-fake-server --dir DIR [--prefix /cdn/] [--latency-ms 50] [--port 0]
//   [--space ID=TITLE]...  also answer X's API (FakeXServer) for these Spaces, all playing
//                          the folder's playlist; reach it with --api-origin (demos, screenshots)
//   [--scheduled-space ID=TITLE@SECONDS]...  a Space scheduled to start in SECONDS (never does)
//   [--fail PATH=STATUS]...  PATH answers STATUS forever (e.g. /1.1/guest/activate.json=429)
//   [--endless PATH]...  PATH answers its body, then spaces for ever (an endless body)
//   [--query-id QUERYID]  AudioSpaceById answers this queryId only (X rotated it; discovery
//                          finds it)   [--homepage-needs-login]  2026 stripped homepage
//   [--login AUTH_TOKEN:CT0]  the login X accepts (any other cookies get 401)
//   [--live-space ID=TITLE [--starts-in SECONDS] [--chunks N] [--chunk-seconds S]
//    [--end-state Ended|TimedOut|Canceled] [--replay-disabled] [--final-delay SECONDS]
//    [--host-disconnect FROM-TO]]  a Space on air (FakeLiveSpace) playing the folder's
//                          playlist one chunk every S seconds (default 3: real time)
// First stdout line: the base URL. On SIGTERM/SIGINT: "requests=N max_in_flight=M", then for a
// live Space one "listed SEQ EPOCH_MS" line per chunk that went on air; exit 0.
#include "fake/FakeHttpServer.h"
#include "fake/FakeLiveSpace.h"
#include "fake/FakeXServer.h"
#include "support/AdtsFrames.h"
#include "x/XApiConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

namespace {

std::atomic<bool> g_stopRequested{false};

extern "C" void requestStop(int) {
    g_stopRequested.store(true);
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spacetape-fake-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves a folder over HTTP/1.1 on 127.0.0.1 like a CDN, for tests and "
                       "benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder to serve."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"),
                                          QStringLiteral("URL path prefix (default /)."),
                                          QStringLiteral("PREFIX"), QStringLiteral("/"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-ms"), QStringLiteral("Delay added to every request (default 0)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port; 0 picks a free one (default)."),
                                        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption spaceOption(
        QStringLiteral("space"),
        QStringLiteral("Serve X's API for a Space ID=TITLE playing the folder's playlist."),
        QStringLiteral("ID=TITLE"));
    const QCommandLineOption liveOption(
        QStringLiteral("live-space"),
        QStringLiteral("Serve a live Space ID=TITLE playing the folder's playlist over time."),
        QStringLiteral("ID=TITLE"));
    const QCommandLineOption startsInOption(QStringLiteral("starts-in"),
                                            QStringLiteral("Live: seconds until it starts."),
                                            QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption chunksOption(QStringLiteral("chunks"),
                                          QStringLiteral("Live: chunks until it ends."),
                                          QStringLiteral("N"), QStringLiteral("-1"));
    const QCommandLineOption chunkSecondsOption(
        QStringLiteral("chunk-seconds"),
        QStringLiteral("Live: seconds between chunks (default 3; less scales time)."),
        QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption endStateOption(QStringLiteral("end-state"),
                                            QStringLiteral("Live: Ended, TimedOut or Canceled."),
                                            QStringLiteral("STATE"), QStringLiteral("Ended"));
    const QCommandLineOption replayDisabledOption(QStringLiteral("replay-disabled"),
                                                  QStringLiteral("Live: no replay after the end."));
    const QCommandLineOption finalDelayOption(
        QStringLiteral("final-delay"),
        QStringLiteral("Live: the final playlist 404s this many seconds after the end."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption disconnectOption(
        QStringLiteral("host-disconnect"),
        QStringLiteral("Live: the dynamic playlist 404s FROM-TO seconds after the start."),
        QStringLiteral("FROM-TO"));
    const QCommandLineOption scheduledOption(
        QStringLiteral("scheduled-space"),
        QStringLiteral("Serve X's API for a Space ID=TITLE@SECONDS that is scheduled to start "
                       "SECONDS from now (and never does; for demos and screenshots)."),
        QStringLiteral("ID=TITLE@SECONDS"));
    parser.addOption(scheduledOption);
    const QCommandLineOption failOption(QStringLiteral("fail"),
                                        QStringLiteral("PATH answers STATUS to every request."),
                                        QStringLiteral("PATH=STATUS"));
    const QCommandLineOption queryIdOption(
        QStringLiteral("query-id"),
        QStringLiteral("AudioSpaceById answers only this queryId (as after X rotated it)."),
        QStringLiteral("QUERYID"));
    const QCommandLineOption homepageOption(
        QStringLiteral("homepage-needs-login"),
        QStringLiteral("Logged-out visitors get a homepage without the chunk map."));
    const QCommandLineOption loginOption(QStringLiteral("login"),
                                         QStringLiteral("The login X accepts."),
                                         QStringLiteral("AUTH_TOKEN:CT0"));
    const QCommandLineOption endlessOption(
        QStringLiteral("endless"),
        QStringLiteral("PATH answers its body, then more bytes for ever (an endless body)."),
        QStringLiteral("PATH"));
    parser.addOptions({failOption, queryIdOption, homepageOption, loginOption, endlessOption});
    parser.addOptions({dirOption, prefixOption, latencyOption, portOption, spaceOption, liveOption,
                       startsInOption, chunksOption, chunkSecondsOption, endStateOption,
                       replayDisabledOption, finalDelayOption, disconnectOption});
    parser.process(app);

    const QString dir = parser.value(dirOption);
    if (dir.isEmpty() || !QDir(dir).exists()) {
        std::fprintf(stderr,
                     "spacetape-fake-server: --dir must name an existing folder (got \"%s\")\n",
                     qPrintable(dir));
        return 2;
    }
    QByteArray prefix = parser.value(prefixOption).toUtf8();
    if (!prefix.startsWith('/'))
        prefix.prepend('/');
    if (!prefix.endsWith('/'))
        prefix.append('/');
    bool latencyOk = false;
    bool portOk = false;
    const int latency = parser.value(latencyOption).toInt(&latencyOk);
    const int port = parser.value(portOption).toInt(&portOk);
    if (!latencyOk || latency < 0 || !portOk || port < 0 || port > 65535) {
        std::fprintf(stderr, "spacetape-fake-server: --latency-ms and --port take whole numbers\n");
        return 2;
    }

    spacetape::test::FakeHttpServer server;
    server.serveDirectory(prefix, dir);
    server.setLatencyMs(latency);
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "spacetape-fake-server: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    std::optional<spacetape::test::FakeXServer> x;
    const QStringList spaces = parser.values(spaceOption);
    std::optional<spacetape::test::FakeLiveSpace> live;
    if (parser.isSet(liveOption)) {
        const QStringList playlists = QDir(dir).entryList({QStringLiteral("*.m3u8")});
        if (playlists.isEmpty()) {
            std::fprintf(stderr, "spacetape-fake-server: --live-space needs a .m3u8 in --dir\n");
            return 2;
        }
        x.emplace(server);
        spacetape::test::FakeLiveScript script;
        const QString spec = parser.value(liveOption);
        script.spaceId = spec.section(QLatin1Char('='), 0, 0);
        script.title = spec.section(QLatin1Char('='), 1);
        script.startsInMs = int(parser.value(startsInOption).toDouble() * 1000);
        script.chunks = parser.value(chunksOption).toInt();
        script.chunkPeriodMs = std::max(1, int(parser.value(chunkSecondsOption).toDouble() * 1000));
        script.endState = parser.value(endStateOption);
        script.replayAvailable = !parser.isSet(replayDisabledOption);
        script.finalPlaylistDelayMs = int(parser.value(finalDelayOption).toDouble() * 1000);
        for (const QString &window : parser.values(disconnectOption))
            script.hostDisconnects.append(
                {int(window.section(QLatin1Char('-'), 0, 0).toDouble() * 1000),
                 int(window.section(QLatin1Char('-'), 1).toDouble() * 1000)});
        live.emplace(server, *x, QDir(dir).filePath(playlists.first()), script);
    }
    if (!spaces.isEmpty()) {
        const QStringList playlists = QDir(dir).entryList({QStringLiteral("*.m3u8")});
        if (playlists.isEmpty()) {
            std::fprintf(stderr, "spacetape-fake-server: --space needs a .m3u8 in --dir\n");
            return 2;
        }
        if (!x)
            x.emplace(server);
        const QStringList hosts = {QStringLiteral("Ada Host"), QStringLiteral("Grace Hopper"),
                                   QStringLiteral("Linus Ode"), QStringLiteral("Mae Jemison")};
        // One gradient avatar per host (ffmpeg draws it), so the details pane shows a face.
        const QStringList avatarColors = {
            QStringLiteral("c0=0x3d7ad6:c1=0x9b5de5"), QStringLiteral("c0=0xf15bb5:c1=0xfee440"),
            QStringLiteral("c0=0x00bbf9:c1=0x00f5d4"), QStringLiteral("c0=0xff924c:c1=0xc5283d")};
        QTemporaryDir avatarDir;
        int index = 0;
        for (const QString &spec : spaces) {
            spacetape::test::FakeSpace space;
            space.id = spec.section(QLatin1Char('='), 0, 0);
            space.title = spec.section(QLatin1Char('='), 1);
            space.mediaKey = QStringLiteral("28_%1").arg(1976000000000000000LL + index);
            space.hostName = hosts.at(index % hosts.size());
            space.hostHandle = space.hostName.toLower().remove(QLatin1Char(' '));
            const int host = index % hosts.size();
            const QByteArray avatar = spacetape::test::makeImage(
                avatarDir.filePath(QStringLiteral("avatar%1.png").arg(host)),
                QStringLiteral("gradients=s=400x400:%1:x0=0:y0=0:x1=400:y1=400:nb_colors=2")
                    .arg(avatarColors.at(host)));
            if (!avatar.isEmpty()) {
                const QByteArray base = "/profile_images/" + QByteArray::number(host) + "/" +
                                        space.hostHandle.toLatin1();
                server.serveFile(base + "_400x400.png", avatar, "image/png");
                server.serveFile(base + "_normal.png", avatar, "image/png");
                space.avatarPath = QString::fromLatin1(base + "_normal.png");
            }
            space.startedAt = QDateTime::currentDateTimeUtc().addDays(-index - 1);
            space.endedAt = space.startedAt.addSecs(3600);
            space.playlistUrl =
                server.url(QString::fromUtf8(prefix) + playlists.first()).toString();
            x->addSpace(space);
            ++index;
        }
    }

    for (const QString &spec : parser.values(scheduledOption)) {
        if (!x)
            x.emplace(server);
        spacetape::test::FakeSpace space;
        space.id = spec.section(QLatin1Char('='), 0, 0);
        const QString rest = spec.section(QLatin1Char('='), 1);
        space.title = rest.section(QLatin1Char('@'), 0, -2);
        space.state = QStringLiteral("NotStarted");
        space.scheduledStart = QDateTime::currentDateTimeUtc().addSecs(
            qint64(rest.section(QLatin1Char('@'), -1).toDouble()));
        space.startedAt = QDateTime();
        space.endedAt = QDateTime();
        space.mediaKey = QStringLiteral("28_19770%1").arg(qHash(space.id) % 100000000);
        space.hostName = QStringLiteral("Mae Jemison");
        space.hostHandle = QStringLiteral("maejemison");
        x->addSpace(space);
    }

    // Faults X has shown, for trying the CLI (spacetape-cli doctor) by hand.
    for (const QString &path : parser.values(endlessOption))
        server.sendEndlessBody(path.toUtf8(), -1);
    for (const QString &spec : parser.values(failOption))
        server.failForever(spec.section(QLatin1Char('='), 0, -2).toUtf8(),
                           spec.section(QLatin1Char('='), -1).toInt());
    if (x && parser.isSet(queryIdOption))
        x->setCurrentOperation(parser.value(queryIdOption),
                               spacetape::xapi::defaultFeatureSwitches());
    if (x && parser.isSet(homepageOption))
        x->setHomepageNeedsLogin(true);
    if (x && parser.isSet(loginOption))
        x->setValidLogin(parser.value(loginOption).section(QLatin1Char(':'), 0, 0),
                         parser.value(loginOption).section(QLatin1Char(':'), 1));

    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);

    // A signal handler may only touch an atomic; the event loop polls it.
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stopRequested.load())
            QCoreApplication::quit();
    });
    stopPoll.start(50);

    app.exec();
    std::printf("requests=%d max_in_flight=%d\n", server.requestCount(), server.maxInFlight());
    if (live) {
        const QList<qint64> sequences = live->sequences();
        for (int i = 0; i < live->chunksListed(); ++i)
            std::printf("listed %lld %lld\n", sequences.at(i), live->listedAtEpochMs(i));
    }
    std::fflush(stdout);
    return 0;
}
