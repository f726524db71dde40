// SPDX-License-Identifier: MIT
#include "fake/FakeSpaceRig.h"

#include "support/HttpCookies.h"

#include <QFile>

namespace spacetape::test {

FakeSpaceRig::FakeSpaceRig(const ChunkFixture &fixture) : m_fixture(fixture) {
    m_http.listen();
}

FakeSpace FakeSpaceRig::makeSpace(const QString &id) {
    m_http.serveDirectory(cdnFolder(id), m_fixture.dir);
    FakeSpace space;
    space.id = id;
    // The stream status is looked up by media key, so every Space needs its own.
    space.mediaKey = QStringLiteral("28_%1").arg(1976000000000000000LL + m_spaceCount++);
    space.playlistUrl = m_http
                            .url(QString::fromLatin1(cdnFolder(id)) + m_fixture.playlistName +
                                 QStringLiteral("?type=replay"))
                            .toString();
    return space;
}

QByteArray FakeSpaceRig::nonTranscodeFolder(const QString &spaceId) {
    // The token (first folder after hls/) is the Space's own, so that the non_transcode base
    // (everything up to audio-space/) differs per Space.
    return "/Transcoding/v1/hls/" + spaceId.toLatin1() +
           "/non_transcode/us-east-1/periscope-live-direct-prod-us-east-1-public/audio-space/";
}

QByteArray FakeSpaceRig::transcodeFolder(const QString &spaceId) {
    return "/Transcoding/v1/hls/" + spaceId.toLatin1() +
           "/transcode/us-east-1/periscope-live-direct-prod-us-east-1-public/"
           "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzcGFjZSJ9.c2lnbmF0dXJl/"
           "audio-space/";
}

FakeSpace FakeSpaceRig::makeMasterSpace(const QString &id) {
    const QByteArray originals = nonTranscodeFolder(id);
    const QByteArray transcoded = transcodeFolder(id);
    const ChunkFixture &fixture = m_fixture;
    QByteArray variantPlaylist;
    {
        QFile file(fixture.playlistPath);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("FakeSpaceRig::makeMasterSpace: cannot read the fixture's playlist");
        variantPlaylist = file.readAll();
    }
    m_http.addRoute(originals + "dynamic_playlist.m3u8", [fixture](const FakeRequest &) {
        const qsizetype first = std::max<qsizetype>(0, fixture.chunkNames.size() - 3);
        QByteArray body =
            "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n"
            "#EXT-X-MEDIA-SEQUENCE:" +
            QByteArray::number(fixture.sequences.at(first)) + "\n";
        for (qsizetype i = first; i < fixture.chunkNames.size(); ++i)
            body += "#EXTINF:3.008,\n" + fixture.chunkNames.at(i).toLatin1() + "\n";
        FakeResponse response;
        response.body = body;
        response.addHeader("Content-Type", "application/vnd.apple.mpegurl");
        return std::optional<FakeResponse>(response);
    });
    const QByteArray variantPath = transcoded + fixture.playlistName.toLatin1();
    m_http.addRoute(originals + "master_playlist.m3u8", [variantPath](const FakeRequest &) {
        FakeResponse response;
        response.body =
            "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n"
            "#EXT-X-STREAM-INF:BANDWIDTH=350000,RESOLUTION=8x8,"
            "CODECS=\"avc1.4d001e,mp4a.40.2\"\n" +
            variantPath + "?type=live\n";
        response.addHeader("Content-Type", "application/vnd.apple.mpegurl");
        return std::optional<FakeResponse>(response);
    });
    m_http.addRoute(transcoded, [fixture, transcoded, variantPath,
                                 variantPlaylist](const FakeRequest &request) {
        FakeResponse response;
        if (request.path == variantPath) {
            response.body = variantPlaylist;
            return std::optional<FakeResponse>(response);
        }
        const qsizetype index =
            fixture.chunkNames.indexOf(QString::fromLatin1(request.path.mid(transcoded.size())));
        if (index < 0)
            return std::optional<FakeResponse>();
        response.body = fixture.chunkBytes.at(fixture.chunkBytes.size() - 1 - index);
        return std::optional<FakeResponse>(response);
    });
    m_http.serveDirectory(originals, fixture.dir);

    FakeSpace space;
    space.id = id;
    space.mediaKey = QStringLiteral("28_%1").arg(1976000000000000000LL + m_spaceCount++);
    space.playlistUrl =
        m_http
            .url(QString::fromLatin1(originals) + QStringLiteral("dynamic_playlist.m3u8?type=live"))
            .toString();
    return space;
}

void FakeSpaceRig::serveKey(FakeHttpServer &http, const QByteArray &path, const QByteArray &key,
                            const QByteArray &authToken) {
    http.prependRoute(path, [path, key, authToken](const FakeRequest &request) {
        if (request.path != path)
            return std::optional<FakeResponse>();
        FakeResponse response;
        if (!hasExactCookie(request.header("cookie"), "auth_token", authToken)) {
            response.status = 403;
            response.body = "{\"errors\":[{\"code\":200,\"message\":\"Forbidden.\"}]}";
            return std::optional<FakeResponse>(response);
        }
        response.addHeader("Content-Type", "application/octet-stream");
        response.body = key;
        return std::optional<FakeResponse>(response);
    });
}

QByteArray FakeSpaceRig::cdnFolder(const QString &spaceId) {
    return QByteArray(kReplayCdnPrefix) + spaceId.toLatin1() + '/';
}

QByteArray FakeSpaceRig::chunkPath(const QString &spaceId, qint64 sequence) const {
    const qsizetype index = m_fixture.sequences.indexOf(sequence);
    // An empty path would aim a fault at every path: a wrong sequence is a broken test.
    if (index < 0)
        qFatal("FakeSpaceRig::chunkPath: the fixture has no chunk %lld", sequence);
    return chunkPaths(spaceId).at(index);
}

QList<QByteArray> FakeSpaceRig::chunkPaths(const QString &spaceId) const {
    QList<QByteArray> paths;
    for (const QString &name : m_fixture.chunkNames)
        paths << cdnFolder(spaceId) + name.toLatin1();
    return paths;
}

QList<FakeRequest> FakeSpaceRig::cdnRequests() const {
    QList<FakeRequest> requests;
    // Every path of X's media CDN starts so, whichever variant the client asks for.
    for (const FakeRequest &request : m_http.requestLog()) {
        if (request.path.startsWith("/Transcoding/"))
            requests << request;
    }
    return requests;
}

}  // namespace spacetape::test
