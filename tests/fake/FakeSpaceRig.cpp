// SPDX-License-Identifier: MIT
#include "fake/FakeSpaceRig.h"

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
