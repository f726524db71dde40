// SPDX-License-Identifier: MIT
#include "job/SpaceRequestBuilder.h"

#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "util/TextFormat.h"
#include "x/SpaceLink.h"

#include <QNetworkReply>

namespace spacetape {

namespace {
// Right after a Space ends its replay playlist can 404 for a while (facts §1.5).
constexpr int kJustEndedWindowSeconds = 30 * 60;
constexpr int kJustEndedRetrySeconds = 5 * 60;

QStringList speakerNames(const SpaceMetadata &metadata) {
    QStringList names;
    for (const SpacePerson &person : metadata.speakers) {
        names << personText(person.displayName, person.handle);
    }
    return names;
}
}  // namespace

SpaceRequestBuilder::SpaceRequestBuilder(NetworkService &network, XApiClient &api, QObject *parent)
    : QObject(parent), m_network(network), m_api(api) {}

SpaceTags SpaceRequestBuilder::tagsFor(const SpaceMetadata &metadata) {
    SpaceTags tags;
    tags.title = spaceTitleOrId(metadata.title, metadata.id);
    tags.hostName = metadata.host.displayName;
    tags.hostHandle = metadata.host.handle;
    tags.startedAt = metadata.startedAt.isValid() ? metadata.startedAt : metadata.createdAt;
    tags.spaceId = metadata.id;
    tags.link = SpaceLink::canonicalUrl(metadata.id).toString();
    const QStringList speakers = speakerNames(metadata);
    for (const SpacePerson &person : metadata.speakers)
        tags.speakers << person.handle;
    const QString speakerList = speakers.join(QStringLiteral(", "));
    tags.description = speakers.isEmpty()
                           ? tr("X Space hosted by %1 (@%2).").arg(tags.hostName, tags.hostHandle)
                           : tr("X Space hosted by %1 (@%2). Speakers: %3.")
                                 .arg(tags.hostName, tags.hostHandle, speakerList);
    tags.comment = tags.link;
    if (!speakers.isEmpty())
        tags.comment += QLatin1Char('\n') + tr("Speakers: %1").arg(speakerList);
    return tags;
}

FilenameValues SpaceRequestBuilder::namesFor(const SpaceMetadata &metadata) {
    FilenameValues names;
    names.id = metadata.id;
    names.title = metadata.title;
    names.host = metadata.host.handle;
    names.hostName = metadata.host.displayName;
    names.startedAt = metadata.startedAt.isValid() ? metadata.startedAt : metadata.createdAt;
    names.durationSeconds = metadata.durationSeconds();
    return names;
}

void SpaceRequestBuilder::build(const QString &spaceId, XApiClient::Callback<PreparedSpace> done) {
    m_api.resolve(spaceId, [this, done](Expected<ResolvedSpace> resolved) {
        if (!resolved) {
            done(resolved.failure());
            return;
        }
        auto prepared = std::make_shared<PreparedSpace>();
        prepared->resolved = *resolved;
        const SpaceMetadata &meta = resolved->metadata;
        prepared->request.playlistUrl = resolved->playlistUrl;
        if (resolved->isLive()) {
            LiveSource live;
            live.dynamicPlaylistUrl = resolved->dynamicPlaylistUrl;
            live.spaceId = meta.id;
            live.replayExpected = meta.replayAvailable;
            XApiClient *api = &m_api;
            const QString id = meta.id;
            live.fetchMetadata = [api, id](std::function<void(Expected<SpaceMetadata>)> got) {
                api->fetchSpace(id, std::move(got));
            };
            prepared->request.live = live;
        }
        prepared->request.tags = tagsFor(meta);
        prepared->request.names = namesFor(meta);
        prepared->request.cacheKey = meta.id;
        prepared->request.extras.enabled = true;
        prepared->request.extras.metadata = meta;
        prepared->request.extras.chatToken = resolved->stream.chatToken;
        prepared->request.keyCookieHeader = m_api.keyCookieHeader();
        prepared->request.expectedDurationSeconds = meta.durationSeconds();
        if (meta.endedAt.isValid() &&
            meta.endedAt.secsTo(QDateTime::currentDateTimeUtc()) < kJustEndedWindowSeconds)
            prepared->request.notFoundRetrySeconds = kJustEndedRetrySeconds;

        // A cover comes from the web only: a file: URL would embed a local image.
        if (!urlpolicy::isAllowedImageUrl(meta.host.avatarUrl)) {
            done(*prepared);
            return;
        }
        // The cover is a nicety: a failed avatar download never fails the Space.
        QNetworkReply *reply = m_network.get(m_network.apiRequest(meta.host.avatarUrl));
        replyguard::bound(reply, limits::kMaxImageBytes, limits::kBodyDeadlineMs,
                          //: the download named in "the %1 is larger than ..."
                          tr("cover picture"), "kMaxImageBytes");
        connect(reply, &QNetworkReply::finished, this, [reply, prepared, done] {
            reply->deleteLater();
            const QByteArray image = reply->readAll();
            const bool jpeg = image.startsWith("\xFF\xD8\xFF");
            const bool png = image.startsWith("\x89PNG\r\n\x1A\n");
            if (reply->error() == QNetworkReply::NoError && (jpeg || png))
                prepared->request.tags.cover = image;
            done(*prepared);
        });
    });
}

}  // namespace spacetape
