// SPDX-License-Identifier: MIT
// The rhythms Spacetape ships with, pinned: every live and watch test shortens them, so without
// this a 60 s host-disconnect grace instead of 600, or a metadata poll ten times as often (and a
// rate-limited login), would pass the whole suite. The values follow what X does (docs in the
// headers that declare them): live chunks are ~3 s, hosts reconnect within minutes, the final
// replay list can take minutes to appear, and presence polls of 30–60 s with jitter stay under
// X's limits.
#include "job/DownloadJob.h"
#include "watch/HostWatcher.h"
#include "x/XApiClient.h"

#include <QTest>

using namespace spacetape;

class TestDefaultTimings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveRecordingRhythm() {
        const LiveTiming live;
        QCOMPARE(live.dynamicPollMs, 3000);              // one target duration
        QCOMPARE(live.fullListPollMs, 30000);            // backfill what the window skipped
        QCOMPARE(live.metadataPollMs, 30000);            // AudioSpaceById at most twice a minute
        QCOMPARE(live.hostDisconnectGraceSeconds, 600);  // a host's reconnect takes minutes
        QCOMPARE(live.finalPlaylistWindowSeconds, 300);  // the final list can lag the end
        QCOMPARE(live.finalPlaylistRetryMs, 10000);
    }

    void hostWatchRhythm() {
        const WatchTiming watch;
        QCOMPARE(watch.minPollMs, 60000);
        QCOMPARE(watch.jitterMs, 10000);
        QCOMPARE(watch.maxBackoffMs, 15 * 60 * 1000);
    }

    void xApiRhythm() {
        const XApiTiming api;
        QCOMPARE(api.secondMs, 1000);  // a rate-limit second is a real second
        QCOMPARE(api.retryBaseMs, 500);
    }

    void downloadSettingsUseTheLiveDefaults() {
        const DownloadSettings settings;
        QCOMPARE(settings.live.hostDisconnectGraceSeconds, LiveTiming{}.hostDisconnectGraceSeconds);
        QCOMPARE(settings.live.metadataPollMs, LiveTiming{}.metadataPollMs);
        QCOMPARE(settings.notFoundRetryIntervalMs, 10000);
    }
};

QTEST_GUILESS_MAIN(TestDefaultTimings)
#include "tst_defaulttimings.moc"
