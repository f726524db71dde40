// SPDX-License-Identifier: MIT
#include "fake/FakeLiveSpace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace spacetape::test {

namespace {
// Shaped like X's live CDN folders (facts §1.4): the JWT sits only in the transcode path.
constexpr char kRegion[] = "us-east-1";
constexpr char kDeploy[] = "periscope-replay-direct-prod-us-east-1-public";
constexpr char kJwt[] = "eyJhbGciOiJIUzI1NiJ9.eyJsaXZlIjp0cnVlfQ.c2lnbmF0dXJl";

FakeResponse playlistResponse(const QByteArray &body) {
    FakeResponse r;
    r.addHeader("Content-Type", "application/vnd.apple.mpegurl");
    r.body = body;
    return r;
}

FakeResponse notFound() {
    FakeResponse r;
    r.status = 404;
    r.body = "Not Found";
    return r;
}
}  // namespace

FakeLiveSpace::FakeLiveSpace(FakeHttpServer &http, FakeXServer &x, const QString &playlistPath,
                             FakeLiveScript script)
    : m_http(http), m_script(std::move(script)) {
    m_dir = QFileInfo(playlistPath).absolutePath();
    QFile file(playlistPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("FakeLiveSpace: cannot read %s", qPrintable(playlistPath));
    qint64 sequence = 0;
    double duration = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:"))
            sequence = line.mid(22).toLongLong();
        else if (line.startsWith("#EXTINF:"))
            duration = line.mid(8).split(',').first().toDouble();
        else if (!line.isEmpty() && !line.startsWith('#')) {
            m_names << QString::fromLatin1(line);
            m_durations << duration;
            m_sequences << sequence++;
        }
    }
    m_chunkCount =
        m_script.chunks < 0 ? int(m_names.size()) : std::min(m_script.chunks, int(m_names.size()));
    m_token = "/Transcoding/v1/hls/l1v3" + m_script.spaceId.toLatin1() + '/';
    m_variantName =
        "playlist_16794" +
        QByteArray::number(qHash(m_script.spaceId) % 100000000000000ULL).rightJustified(14, '0') +
        ".m3u8";
    m_elapsed.start();
    m_epochAtZeroMs = QDateTime::currentMSecsSinceEpoch();
    m_clock = [this] { return m_elapsed.elapsed(); };
    // started_at/ended_at in audio time, so ended_at − started_at matches Σ EXTINF.
    m_audioStart = QDateTime::fromMSecsSinceEpoch(m_epochAtZeroMs, Qt::UTC);

    m_http.addRoute(m_token, [this](const FakeRequest &request) { return answer(request); });
    FakeSpace space;
    space.id = m_script.spaceId;
    space.title = m_script.title;
    space.mediaKey =
        QStringLiteral("28_%1").arg(1977000000000000000LL + (qHash(space.id) % 1000000));
    space.playlistUrl = dynamicPlaylistUrl().toString();
    updateSpace(space);
    x.addSpace(space);
    x.setSpaceHook(space.id, [this](FakeSpace &s) { updateSpace(s); });
}

qint64 FakeLiveSpace::listedAtMs(int index) const {
    return m_script.startsInMs + qint64(index + 1) * m_script.chunkPeriodMs;
}

int FakeLiveSpace::chunksListed() const {
    const qint64 since = nowMs() - m_script.startsInMs;
    if (since < 0)
        return 0;
    return int(std::min<qint64>(m_chunkCount, since / std::max(1, m_script.chunkPeriodMs)));
}

qint64 FakeLiveSpace::endMs() const {
    return listedAtMs(m_chunkCount - 1) +
           qint64(m_script.endAfterLastChunkPeriods) * m_script.chunkPeriodMs;
}

bool FakeLiveSpace::ended() const {
    return nowMs() >= endMs();
}

bool FakeLiveSpace::running() const {
    return nowMs() >= m_script.startsInMs && !ended();
}

double FakeLiveSpace::totalSeconds() const {
    double total = 0;
    for (int i = 0; i < m_chunkCount; ++i)
        total += m_durations.at(i);
    return total;
}

bool FakeLiveSpace::hostGone(qint64 sinceStartMs) const {
    for (const auto &window : m_script.hostDisconnects) {
        if (sinceStartMs >= window.first && sinceStartMs < window.second)
            return true;
    }
    return false;
}

void FakeLiveSpace::updateSpace(FakeSpace &space) const {
    space.replayAvailable = m_script.replayAvailable;
    if (nowMs() < m_script.startsInMs) {
        space.state = QStringLiteral("NotStarted");
        space.startedAt = QDateTime();
        space.scheduledStart = m_audioStart.addMSecs(m_script.startsInMs);
        return;
    }
    if (m_chunkCount == 0) {
        // Never went on air (a host canceling a scheduled Space): straight to the end state.
        space.state = m_script.endState;
        space.startedAt = QDateTime();
        space.scheduledStart = m_audioStart.addMSecs(m_script.startsInMs);
        return;
    }
    space.startedAt = m_audioStart.addMSecs(m_script.startsInMs);
    if (ended()) {
        space.state = m_script.endState;
        space.endedAt = space.startedAt.addMSecs(qint64(std::llround(totalSeconds() * 1000)));
    } else {
        space.state = QStringLiteral("Running");
        space.endedAt = QDateTime();
    }
}

QUrl FakeLiveSpace::dynamicPlaylistUrl() const {
    return m_http.url(QString::fromLatin1(dynamicPath()) + QStringLiteral("?type=live"));
}

QByteArray FakeLiveSpace::dynamicPath() const {
    return m_token + "non_transcode/" + kRegion + '/' + kDeploy + "/audio-space/" +
           "dynamic_playlist.m3u8";
}

QByteArray FakeLiveSpace::masterPath() const {
    return m_token + "non_transcode/" + kRegion + '/' + kDeploy + "/audio-space/" +
           "master_playlist.m3u8";
}

QByteArray FakeLiveSpace::variantPath() const {
    return m_token + "transcode/" + kRegion + '/' + kDeploy + '/' + kJwt + "/audio-space/" +
           m_variantName;
}

QByteArray FakeLiveSpace::chunkPath(int index) const {
    return m_token + "non_transcode/" + kRegion + '/' + kDeploy + "/audio-space/" +
           m_names.at(index).toLatin1();
}

QByteArray FakeLiveSpace::transcodeChunkPath(int index) const {
    return m_token + "transcode/" + kRegion + '/' + kDeploy + '/' + kJwt + "/audio-space/" +
           m_names.at(index).toLatin1();
}

QByteArray FakeLiveSpace::mediaPlaylist(int from, int to, bool endList, bool absoluteChunks) const {
    QByteArray text = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n";
    text += "#EXT-X-MEDIA-SEQUENCE:" +
            QByteArray::number(from < m_sequences.size() ? m_sequences.at(from) : 0) + "\n";
    for (int i = from; i < to; ++i) {
        text += "#EXTINF:" + QByteArray::number(m_durations.at(i), 'f', 3) + ",\n";
        // The live window points at transcoded copies; clients must fetch the originals.
        text += (absoluteChunks ? transcodeChunkPath(i) : m_names.at(i).toLatin1()) + "\n";
    }
    if (endList)
        text += "#EXT-X-ENDLIST\n";
    return text;
}

std::optional<FakeResponse> FakeLiveSpace::answer(const FakeRequest &request) const {
    const qint64 now = nowMs();
    const int listed = chunksListed();
    const bool started = now >= m_script.startsInMs;
    const bool over = ended();
    const qint64 sinceEnd = now - endMs();
    if (!started)
        return notFound();
    if (request.path == dynamicPath()) {
        if (over && m_script.dynamicEndListAtEnd)
            return playlistResponse(mediaPlaylist(std::max(0, m_chunkCount - m_script.windowSize),
                                                  m_chunkCount, true, true));
        if (over || hostGone(now - m_script.startsInMs))
            return notFound();
        return playlistResponse(
            mediaPlaylist(std::max(0, listed - m_script.windowSize), listed, false, true));
    }
    if (request.path == masterPath()) {
        if (over && !m_script.replayAvailable)
            return notFound();
        return playlistResponse(
            "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n"
            "#EXT-X-STREAM-INF:BANDWIDTH=350000,RESOLUTION=8x8,CODECS=\"avc1."
            "4d001e,mp4a.40.2\"\n" +
            variantPath() + "?type=live\n");
    }
    if (request.path == variantPath()) {
        if (!over)
            return playlistResponse(mediaPlaylist(0, listed, false, false));
        if (!m_script.replayAvailable || sinceEnd < m_script.finalPlaylistDelayMs)
            return notFound();
        if (sinceEnd < qint64(m_script.finalPlaylistDelayMs) + m_script.finalPlaylistShortMs)
            return playlistResponse(mediaPlaylist(0, std::max(0, m_chunkCount - 3), true, false));
        return playlistResponse(mediaPlaylist(0, m_chunkCount, true, false));
    }
    for (int i = 0; i < listed; ++i) {
        if (request.path != chunkPath(i))
            continue;
        QFile file(QDir(m_dir).filePath(m_names.at(i)));
        if (!file.open(QIODevice::ReadOnly))
            return notFound();
        FakeResponse r;
        r.addHeader("Content-Type", "audio/aac");
        r.body = file.readAll();
        return r;
    }
    return notFound();
}

}  // namespace spacetape::test
