// SPDX-License-Identifier: MIT
#pragma once

#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "job/DownloadJob.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace spacetape::test {

/// The live rhythm (LiveTiming) ÷ 30, like FakeLiveSpace's scaled clock (3 s of audio every
/// 100 ms), for tests that record a fake live Space.
inline spacetape::LiveTiming scaledLiveTiming() {
    spacetape::LiveTiming timing;
    timing.dynamicPollMs = 100;
    timing.fullListPollMs = 1000;
    timing.metadataPollMs = 1000;
    timing.hostDisconnectGraceSeconds = 20;
    timing.finalPlaylistWindowSeconds = 10;
    timing.finalPlaylistRetryMs = 333;
    return timing;
}

/// What happens to a live Space and when, in timeline milliseconds (see FakeLiveSpace).
struct FakeLiveScript {
    QString spaceId;
    QString title = QStringLiteral("Live Space");
    int startsInMs = 0;       ///< NotStarted (stream status 404) until then
    int chunkPeriodMs = 100;  ///< one chunk appears per period (scaled time: 3 s of audio)
    int chunks = -1;          ///< chunks until the end; -1: every chunk of the playlist
    QString endState = QStringLiteral("Ended");  ///< Ended, TimedOut or Canceled
    bool replayAvailable = true;  ///< false: after the end every playlist 404s for good
    int windowSize = 5;           ///< chunks in the dynamic playlist
    /// The Space ends this many periods after its last chunk went on air (X's playlists
    /// linger a little after the host ends it).
    int endAfterLastChunkPeriods = 3;
    /// After the end the dynamic playlist keeps its last window with ENDLIST instead of 404ing.
    bool dynamicEndListAtEnd = false;
    int finalPlaylistDelayMs = 0;  ///< the final playlist 404s this long after the end
    int finalPlaylistShortMs = 0;  ///< then lists all but the last 3 chunks this long
    /// [from, to) ms after the start: the dynamic playlist 404s (host gone), X still says Running.
    QList<QPair<int, int>> hostDisconnects;
};

/**
 * @brief A Space on air, served like X's live CDN and API (facts §1.4, §7), on a timeline.
 *
 * Chunks come from an existing VOD playlist and the chunk files beside it (a ChunkFixture's,
 * or bench_makechunks'), one per chunkPeriodMs after the start: tests run a 3-minute Space in
 * seconds. The clock is injectable (setClock()); by default real time since construction.
 *
 * Serves the dynamic playlist (a window of the last chunks, chunk URIs under the transcode
 * folder, no ENDLIST), the master playlist beside it with one decoy variant under
 * `/transcode/<region>/<deploy>/<JWT>/audio-space/` listing every chunk since seq 0, and the
 * original chunks under the matching `/non_transcode/…/audio-space/` folder (the transcode
 * copies 404: fetching them is a bug). Updates the FakeXServer's Space (state, started_at,
 * ended_at) through a hook. After the end: dynamic 404; final playlist 404 for a while, then
 * with ENDLIST — or 404 for good when the replay is disabled.
 */
class FakeLiveSpace {
public:
    using Clock = std::function<qint64()>;

    /// Reads @p playlistPath (its chunk files must sit beside it) and registers the Space.
    FakeLiveSpace(FakeHttpServer &http, FakeXServer &x, const QString &playlistPath,
                  FakeLiveScript script);

    /// Timeline milliseconds now; replaces the real clock (e.g. a counter the test advances).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 nowMs() const { return m_clock(); }

    const FakeLiveScript &script() const { return m_script; }
    /// Chunks listed so far (the live edge), between 0 and chunkCount().
    int chunksListed() const;
    int chunkCount() const { return m_chunkCount; }
    bool running() const;
    bool ended() const;
    /// Timeline ms of the end.
    qint64 endMs() const;
    /// Timeline ms at which chunk @p index is listed; wall-clock epoch ms with the real clock.
    qint64 listedAtMs(int index) const;
    qint64 listedAtEpochMs(int index) const { return m_epochAtZeroMs + listedAtMs(index); }

    /// What X's stream status gives: the dynamic playlist URL (`?type=live`).
    QUrl dynamicPlaylistUrl() const;
    QByteArray dynamicPath() const;
    QByteArray masterPath() const;
    QByteArray variantPath() const;
    /// Where the original chunk @p index is served (what a client must fetch).
    QByteArray chunkPath(int index) const;
    /// The transcoded copy's path (never to be fetched).
    QByteArray transcodeChunkPath(int index) const;
    QList<qint64> sequences() const { return m_sequences.mid(0, m_chunkCount); }
    /// Σ EXTINF of the chunks of the whole Space (the audio ended_at − started_at covers).
    double totalSeconds() const;

private:
    std::optional<FakeResponse> answer(const FakeRequest &request) const;
    QByteArray mediaPlaylist(int from, int to, bool endList, bool absoluteChunks) const;
    bool hostGone(qint64 sinceStartMs) const;
    void updateSpace(FakeSpace &space) const;

    FakeHttpServer &m_http;
    FakeLiveScript m_script;
    QString m_dir;
    QStringList m_names;
    QList<qint64> m_sequences;
    QList<double> m_durations;
    int m_chunkCount = 0;
    QByteArray m_token;
    QByteArray m_variantName;
    QElapsedTimer m_elapsed;
    qint64 m_epochAtZeroMs = 0;
    QDateTime m_audioStart;
    Clock m_clock;
};

}  // namespace spacetape::test
