// SPDX-License-Identifier: MIT
// The fake CDN as a standalone program, for benchmarks and CLI tests:
//   spacetape-fake-server --dir DIR [--prefix /cdn/] [--latency-ms 50] [--port 0]
// First stdout line: the base URL. On SIGTERM/SIGINT: "requests=N max_in_flight=M", exit 0.
#include "fake/FakeHttpServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

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
    parser.addOptions({dirOption, prefixOption, latencyOption, portOption});
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
    std::fflush(stdout);
    return 0;
}
