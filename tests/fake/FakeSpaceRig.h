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
