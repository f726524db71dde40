// SPDX-License-Identifier: MIT
// API calls per hour spent waiting for a scheduled Space and watching hosts.
//
// Two measurements of the shipped rhythms (ScheduleTiming{} and WatchTiming{}):
//  1. "policy": ScheduledSpaceWaiter::nextPollDelayMs / HostWatcher::nextPollDelayMs walked
//     with a simulated clock — exact, instant.
//  2. "run": the real ScheduledSpaceWaiter and HostWatcher against the in-process fake X,
//     with every duration divided by kScale (time compressed 600×: 5 min → 500 ms), counting
//     the requests the fake received. Request round trips are not compressed, so this counts
//     a few percent low at the fastest rhythm.
//   build/tests/bench/bench_watchcalls [--quick]   (--quick: policy figures only)
#include "fake/FakeHttpServer.h"
#include "fake/FakeWatchApi.h"
#include "fake/FakeXServer.h"
#include "net/NetworkService.h"
#include "watch/HostWatcher.h"
#include "watch/ScheduledSpaceWaiter.h"
#include "x/XApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace spacetape;
using namespace spacetape::test;

namespace {
constexpr int kScale = 600;
constexpr qint64 kAheadSeconds = 6 * 3600;
const QString kSpaceId = QStringLiteral("1ZkKzXXXXXXXX");

struct Scenario {
    const char *name;
    qint64 lateSeconds;  ///< when it starts, after the scheduled time; -1: never
};
const Scenario kScenarios[] = {
    {"starts on time", 0}, {"starts 30 min late", 1800}, {"never starts (gives up at +2 h)", -1}};

struct Count {
    int far = 0, near = 0;
    double hours = 0;
};

/// The shipped policy walked with a simulated clock.
Count simulateWait(const Scenario &s) {
    const ScheduleTiming timing;
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const QDateTime start = t0.addSecs(kAheadSeconds);
    QDateTime now = t0;
    Count c;
    for (;;) {
        const qint64 delay = ScheduledSpaceWaiter::nextPollDelayMs(now, start, timing);
        if (delay < 0)
            break;
        now = now.addMSecs(delay);
        (now.msecsTo(start) > timing.nearWindowMs ? c.far : c.near)++;
        if (s.lateSeconds >= 0 && now >= start.addSecs(s.lateSeconds))
            break;  // this answer says Running
    }
    c.hours = double(t0.msecsTo(now)) / 3600000.0;
    return c;
}

/// The real waiter against the fake, 600× faster.
Count runWait(const Scenario &s) {
    FakeHttpServer http;
    http.listen();
    FakeXServer x(http);
    NetworkService network;
    network.setApiOrigin(http.baseUrl());
    QTemporaryDir dir;
    XApiClient api(network);
    api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));

    const ScheduleTiming shipped;
    ScheduleTiming timing;
    timing.farPollMs = shipped.farPollMs / kScale;
    timing.nearWindowMs = shipped.nearWindowMs / kScale;
    timing.nearPollMs = shipped.nearPollMs / kScale;
    timing.lateGraceSeconds = shipped.lateGraceSeconds / kScale;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const QDateTime start = t0.addMSecs(kAheadSeconds * 1000 / kScale);

    FakeSpace space;
    space.id = kSpaceId;
    space.mediaKey = QStringLiteral("28_9");
    space.state = QStringLiteral("NotStarted");
    space.scheduledStart = start;
    x.addSpace(space);
    Count c;
    // Split the count where the near window begins, by the requests' arrival times.
    QObject::connect(&http, &FakeHttpServer::requestReceived, [&](const FakeRequest &r) {
        if (!r.path.endsWith("/AudioSpaceById"))
            return;
        (QDateTime::currentDateTimeUtc().msecsTo(start) > timing.nearWindowMs ? c.far : c.near)++;
    });
    QTimer goLive;
    goLive.setSingleShot(true);
    goLive.setTimerType(Qt::PreciseTimer);  // a coarse 36 s timer may fire 1.8 s early
    QObject::connect(&goLive, &QTimer::timeout, [&] {
        space.state = QStringLiteral("Running");
        x.addSpace(space);
    });
    if (s.lateSeconds >= 0)
        goLive.start(int(t0.msecsTo(start) + s.lateSeconds * 1000 / kScale));

    ScheduledSpaceWaiter waiter(
        api,
        [&] {
            SpaceMetadata m;
            m.id = kSpaceId;
            m.state = SpaceState::NotStarted;
            m.scheduledStart = start;
            return m;
        }(),
        timing);
    QEventLoop loop;
    QObject::connect(&waiter, &ScheduledSpaceWaiter::started, &loop, &QEventLoop::quit);
    QObject::connect(&waiter, &ScheduledSpaceWaiter::didNotStart, &loop, &QEventLoop::quit);
    waiter.start();
    loop.exec();
    c.hours = double(t0.msecsTo(QDateTime::currentDateTimeUtc())) * kScale / 3600000.0;
    return c;
}

void printWait(const char *how, const Scenario &s, const Count &c) {
    const int calls = c.far + c.near;
    std::printf("  %-6s %-34s %5d calls in %5.2f h = %6.1f calls/h  (far %d, near/late %d)\n", how,
                s.name, calls, c.hours, calls / c.hours, c.far, c.near);
}

/// The budget X's limits leave (facts: poll every 30–60 s; one call covers 100 users): at most
/// one presence call per 100 hosts a minute, and one user lookup per host.
int presenceBudgetPerHour(int hosts) {
    return 60 * ((hosts + 99) / 100);
}

/// The real HostWatcher with 50 hosts against the fake, 600× faster, for one virtual hour.
/// False when it asked X more often than the budget allows.
bool runWatch(int hosts, int refreshDelaySeconds) {
    FakeHttpServer http;
    http.listen();
    FakeXServer x(http);
    FakeWatchApi watch(http);
    const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    const QString ct0 = QStringLiteral("abcdef0123456789abcdef0123456789");
    x.setValidLogin(token, ct0);
    watch.setValidLogin(token, ct0);
    watch.setRefreshDelaySeconds(refreshDelaySeconds);
    NetworkService network;
    network.setApiOrigin(http.baseUrl());
    QTemporaryDir dir;
    XApiClient api(network);
    api.setApiCache(ApiCache(dir.filePath(QStringLiteral("api-cache.json"))));
    XLogin login;
    login.authToken = token;
    login.ct0 = ct0;
    api.setLogin(login);

    HostWatcher watcher(api, dir.filePath(QStringLiteral("watch.json")));
    const WatchTiming shipped;
    WatchTiming timing;
    timing.minPollMs = shipped.minPollMs / kScale;
    timing.jitterMs = shipped.jitterMs / kScale;
    timing.maxBackoffMs = shipped.maxBackoffMs / kScale;
    watcher.setTiming(timing);
    for (int i = 0; i < hosts; ++i) {
        const QString handle = QStringLiteral("host%1").arg(i);
        watch.addUser({handle, QString::number(100000 + i), handle});
        (void)watcher.addHost(handle);
    }
    QEventLoop loop;
    QTimer::singleShot(3600 * 1000 / kScale, &loop, &QEventLoop::quit);
    watcher.start();
    loop.exec();
    watcher.stop();
    std::printf(
        "  run    %d hosts, refresh_delay_secs %-3d %5d presence calls/h + %d one-time "
        "lookups (first hour)\n",
        hosts, refreshDelaySeconds, int(watch.presenceCalls().size()),
        int(watch.userLookups().size()));
    const int presence = int(watch.presenceCalls().size());
    const int lookups = int(watch.userLookups().size());
    if (presence > presenceBudgetPerHour(hosts) || lookups > hosts) {
        std::printf("  OVER BUDGET: %d presence calls (budget %d), %d lookups (budget %d)\n",
                    presence, presenceBudgetPerHour(hosts), lookups, hosts);
        return false;
    }
    return true;
}
}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));

    std::printf(
        "Waiting for a Space scheduled 6 h ahead (AudioSpaceById; far: every 5 min, "
        "from 2 min before: every 15 s, gives up 2 h after):\n");
    for (const Scenario &s : kScenarios)
        printWait("policy", s, simulateWait(s));
    if (!quick) {
        for (const Scenario &s : kScenarios)
            printWait("run", s, runWait(s));
    }

    const WatchTiming t;
    bool withinBudget = true;
    std::printf(
        "\nWatching hosts (avatar_content, ≤100 users a call, every max(60 s, "
        "refresh_delay_secs) + 0–10 s jitter):\n");
    for (int hosts : {50, 250}) {
        const int calls = (hosts + 99) / 100;
        for (int refresh : {0, 30, 120}) {
            const double average =
                std::max(double(t.minPollMs), refresh * 1000.0) + t.jitterMs / 2.0;
            const double perHour = calls * 3600000.0 / average;
            std::printf(
                "  policy %d hosts, refresh_delay_secs %-3d %6.1f presence calls/h + %d "
                "one-time lookups\n",
                hosts, refresh, perHour, hosts);
            if (perHour > presenceBudgetPerHour(hosts)) {
                std::printf("  OVER BUDGET: the shipped timing asks %.1f calls/h (budget %d)\n",
                            perHour, presenceBudgetPerHour(hosts));
                withinBudget = false;
            }
        }
    }
    if (!quick)
        withinBudget = runWatch(50, 0) && withinBudget;
    // Non-zero above the budget, so a script or CI step running the benchmark notices.
    return withinBudget ? 0 : 1;
}
