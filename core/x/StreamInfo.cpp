// SPDX-License-Identifier: MIT
#include "x/StreamInfo.h"

#include "util/Limits.h"
#include "util/SafeText.h"
#include "x/SpaceMetadata.h"  // xErrorMessages
#include "x/XJson.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace spacetape {

namespace {

bool isWebUrl(const QUrl &url) {
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString fileNameOf(const QUrl &url) {
    return url.fileName();
}

}  // namespace

QUrl unwrapAuthorizedUrl(const QUrl &url) {
    QUrl current = url;
    // A wrapper inside a wrapper has not been seen, but costs nothing to allow.
    for (int depth = 0; depth < 3; ++depth) {
        if (!current.path().contains(QLatin1String("/authorized_status"))) {
            break;
        }
        const QUrlQuery query(current);
        if (!query.hasQueryItem(QStringLiteral("url"))) {
            break;
        }
        const QUrl inner(query.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded));
        if (!isWebUrl(inner)) {
            break;
        }
        current = inner;
    }
    return current;
}

QUrl StreamInfo::playlistUrl() const {
    const QUrl preferred = noRedirectPlaybackUrl.isEmpty() ? location : noRedirectPlaybackUrl;
    return unwrapAuthorizedUrl(preferred);
}

bool StreamInfo::isLive() const {
    if (!status.isEmpty()) {
        return status.compare(QLatin1String("LIVE"), Qt::CaseInsensitive) == 0;
    }
    const QUrl url = playlistUrl();
    return fileNameOf(url).startsWith(QLatin1String("dynamic_playlist")) ||
           QUrlQuery(url).queryItemValue(QStringLiteral("type")) == QLatin1String("live");
}

bool StreamInfo::isVideo() const {
    const QUrl url = playlistUrl();
    if (url.isEmpty()) {
        return false;
    }
    return !url.path().contains(QLatin1String("/audio-space/")) ||
           fileNameOf(url).startsWith(QLatin1String("master_dynamic_"));
}

Expected<StreamInfo> StreamInfo::fromJson(const QByteArray &json) {
    const Expected<QJsonObject> parsed = parseJsonObject(json);
    if (!parsed) {
        return fail(tr("X's answer about this Space's stream could not be read (%1). "
                       "Try again later, or update Spacetape.")
                        .arg(parsed.error()));
    }
    const QJsonObject &body = *parsed;
    const QJsonObject source = body.value(QLatin1String("source")).toObject();

    StreamInfo info;
    info.location = QUrl(source.value(QLatin1String("location")).toString().trimmed());
    info.noRedirectPlaybackUrl =
        QUrl(source.value(QLatin1String("noRedirectPlaybackUrl")).toString().trimmed());
    info.status = source.value(QLatin1String("status")).toString();
    info.streamType = source.value(QLatin1String("streamType")).toString();
    // It goes into a JSON body to another host: only a plain token is passed on.
    info.chatToken =
        asciiToken(body.value(QLatin1String("chatToken")).toString(), limits::kMaxChatTokenChars);

    if (info.location.isEmpty() && info.noRedirectPlaybackUrl.isEmpty()) {
        const QString errors = xErrorMessages(body);
        if (!errors.isEmpty()) {
            return fail(tr("X refused to give this Space's stream address: \"%1\".").arg(errors));
        }
        return fail(
            tr("X gave no stream address for this Space. Right after a Space "
               "ends its recording can take a few minutes to appear: try "
               "again shortly."));
    }
    // A broken preferred address is dropped so playlistUrl() falls back to the other.
    if (!info.noRedirectPlaybackUrl.isEmpty() && !isWebUrl(info.noRedirectPlaybackUrl)) {
        info.noRedirectPlaybackUrl = QUrl();
    }
    if (!info.location.isEmpty() && !isWebUrl(info.location)) {
        info.location = QUrl();
    }
    if (info.location.isEmpty() && info.noRedirectPlaybackUrl.isEmpty()) {
        return fail(tr("X gave a stream address for this Space that is not a web "
                       "address (\"%1\"). X may have changed its API: update "
                       "Spacetape.")
                        .arg(source.value(QLatin1String("location")).toString().left(200)));
    }
    return info;
}

QUrl masterPlaylistUrlFor(const QUrl &dynamicPlaylistUrl) {
    if (!isWebUrl(dynamicPlaylistUrl)) {
        return {};
    }
    QUrl master = dynamicPlaylistUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                              QUrl::RemoveFilename);
    master.setPath(master.path(QUrl::FullyEncoded) + QStringLiteral("master_playlist.m3u8"),
                   QUrl::TolerantMode);
    return master;
}

QUrl nonTranscodeBaseFor(const QUrl &variantPlaylistUrl) {
    if (!isWebUrl(variantPlaylistUrl)) {
        return {};
    }
    const QStringList segments =
        variantPlaylistUrl.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    const QString audioSpace = QStringLiteral("audio-space");
    QStringList base;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment == QLatin1String("non_transcode")) {
            const int end = segments.indexOf(audioSpace, i + 1);
            if (end < 0) {
                return {};
            }
            base = segments.mid(0, end + 1);
            break;
        }
        if (segment == QLatin1String("transcode")) {
            // <region>/<deploy>/<JWT>/audio-space; the JWT is what the original
            // chunks' folder lacks, so everything from it up to audio-space goes.
            const int end = segments.indexOf(audioSpace, i + 1);
            if (end < i + 3) {
                return {};
            }
            base = segments.mid(0, i);
            base << QStringLiteral("non_transcode") << segments.at(i + 1) << segments.at(i + 2)
                 << audioSpace;
            break;
        }
    }
    if (base.isEmpty()) {
        return {};
    }
    QUrl result = variantPlaylistUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    result.setPath(base.join(QLatin1Char('/')) + QLatin1Char('/'), QUrl::TolerantMode);
    return result;
}

}  // namespace spacetape
