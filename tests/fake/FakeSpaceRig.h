// SPDX-License-Identifier: MIT
#pragma once

#include "fake/FakeHttpServer.h"
#include "fake/FakeXServer.h"
#include "support/ChunkFixture.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace spacetape::test {

/// Shaped like X's replay CDN paths (facts §1.4). Below anything without
/// /audio-space/ a Space counts as video and is refused.
inline constexpr char kReplayCdnPrefix[] =
    "/Transcoding/v1/hls/t0k3n/non_transcode/us-east-1/"
    "periscope-replay-direct-prod-us-east-1-public/audio-space/";

/**
 * @brief The fake X API and replay CDN on one loopback server, every Space's
 * replay being the same ChunkFixture.
 *
 * Each Space gets its own CDN folder, so request counts and faults can aim at
 * one Space's chunks. Point the code under test at apiOrigin().
 */
class FakeSpaceRig {
public:
    /// Listens on a free port. @p fixture must outlive the rig.
    explicit FakeSpaceRig(const ChunkFixture &fixture);

    FakeHttpServer &http() { return m_http; }
    const FakeHttpServer &http() const { return m_http; }
    FakeXServer &x() { return m_x; }
    /// For NetworkService::setApiOrigin and --api-origin.
    QUrl apiOrigin() const { return m_http.baseUrl(); }

    /**
     * A Space whose replay playlist is the fixture's, served from now on in
     * the Space's own CDN folder, with a media key of its own. Adjust it, then
     * hand it to x().addSpace().
     */
    FakeSpace makeSpace(const QString &id);

    /**
     * A Space served the way X serves a live one (facts §1.4, §7): the stream status names
     * @p id's dynamic_playlist.m3u8?type=live, a sliding window of the last three chunks
     * without ENDLIST, in the Space's non_transcode folder. master_playlist.m3u8 beside it
     * names one decoy variant (8x8 video, avc1 codecs) under
     * /transcode/<region>/<deploy>/<JWT>/audio-space/, which lists every chunk (the
     * fixture's playlist). The chunks under /transcode/ are X's re-encoded copies: other
     * audio (here: the fixture's chunks in reverse order), so a client that does not
     * rewrite chunk URLs to the non_transcode originals saves the wrong audio.
     */
    FakeSpace makeMasterSpace(const QString &id);
    /// @p spaceId's non_transcode folder of a makeMasterSpace() Space (…/audio-space/).
    static QByteArray nonTranscodeFolder(const QString &spaceId);
    /// @p spaceId's transcode folder of a makeMasterSpace() Space (…/<JWT>/audio-space/).
    static QByteArray transcodeFolder(const QString &spaceId);

    /**
     * Serves the 16-byte AES-128 @p key at @p path the way X's key endpoint does: only to a
     * request whose Cookie header, parsed exactly, has auth_token equal to @p authToken
     * (403 otherwise; a substring match would let "xauth_token=…" through).
     */
    static void serveKey(FakeHttpServer &http, const QByteArray &path, const QByteArray &key,
                         const QByteArray &authToken);

    /// The CDN folder of @p spaceId's replay, ending in '/'.
    static QByteArray cdnFolder(const QString &spaceId);
    /// The CDN path of the chunk with sequence number @p sequence of @p spaceId's replay.
    QByteArray chunkPath(const QString &spaceId, qint64 sequence) const;
    /// The CDN paths of all of @p spaceId's chunks, in sequence order.
    QList<QByteArray> chunkPaths(const QString &spaceId) const;
    /// The requests that went to the CDN rather than to the X API.
    QList<FakeRequest> cdnRequests() const;

private:
    const ChunkFixture &m_fixture;
    FakeHttpServer m_http;
    FakeXServer m_x{m_http};
    int m_spaceCount = 0;
};

}  // namespace spacetape::test
