// SPDX-License-Identifier: MIT
#include "job/PlaylistLoader.h"

#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "net/RetryAfter.h"
#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "util/SafeText.h"
#include "x/StreamInfo.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace spacetape {

namespace {
constexpr int kPlaylistAttempts = 4;
constexpr int kPlaylistRetryMs = 1500;
}  // namespace

std::optional<ChunkKey> LoadedPlaylist::keyFor(qint64 sequence) const {
    const auto it = keys.constFind(sequence);
    if (it == keys.constEnd())
        return std::nullopt;
    return *it;
}

PlaylistLoader::PlaylistLoader(NetworkService &network, QObject *parent)
    : QObject(parent), m_network(network) {
    qRegisterMetaType<std::shared_ptr<const spacetape::LoadedPlaylist>>();
}

PlaylistLoader::~PlaylistLoader() {
    abort();
}

void PlaylistLoader::setNotFoundRetry(int windowSeconds, int intervalMs) {
    m_notFoundWindowSeconds = qMax(0, windowSeconds);
    m_notFoundIntervalMs = qMax(1, intervalMs);
}

void PlaylistLoader::setKeyCookieHeader(const QByteArray &cookieHeader) {
    m_keyCookieHeader = cookieHeader;
}

void PlaylistLoader::load(const QUrl &playlistUrl) {
    abort();
    m_loading = true;
    m_notFoundSince.invalidate();
    m_chunkBase = QUrl();
    m_chain.start(playlistUrl);
    m_loginKeyUrls.clear();
    fetchPlaylist(playlistUrl, 1);
}

void PlaylistLoader::abort() {
    ++m_generation;
    m_loading = false;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void PlaylistLoader::failWith(const QString &message) {
    m_loading = false;
    ++m_generation;
    Q_EMIT failed(message);
}

void PlaylistLoader::fetchPlaylist(const QUrl &url, int attempt) {
    if (url.isLocalFile()) {
        QFile file(url.toLocalFile());
        // Only a regular file: a FIFO or a device (/dev/zero) would block or never end.
        if (!QFileInfo(file.fileName()).isFile()) {
            failWith(tr("Could not read the playlist %1: it is not a regular file.")
                         .arg(url.toLocalFile()));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            failWith(tr("Could not read the playlist %1: %2.")
                         .arg(url.toLocalFile(), file.errorString()));
            return;
        }
        const QByteArray body = file.read(limits::kMaxPlaylistBytes + 1);
        if (body.size() > limits::kMaxPlaylistBytes) {
            failWith(tr("The playlist %1 is larger than %2 MiB (limit "
                        "kMaxPlaylistBytes); it is refused.")
                         .arg(url.toLocalFile())
                         .arg(limits::kMaxPlaylistBytes / (1024 * 1024)));
            return;
        }
        onPlaylist(body, url);
        return;
    }
    if (!urlpolicy::isWebUrl(url)) {
        failWith(tr("The playlist address “%1” is not an http(s) address.")
                     .arg(printable(url.toDisplayString(), 120)));
        return;
    }
    QNetworkReply *reply = m_network.get(m_network.cdnRequest(url));
    replyguard::bound(reply, limits::kMaxPlaylistBytes, limits::kBodyDeadlineMs,
                      //: the download named in "the %1 is larger than ..."
                      tr("playlist"), "kMaxPlaylistBytes");
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, attempt, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (const QString guard = replyguard::failure(reply); !guard.isEmpty()) {
            failWith(tr("Could not download the playlist: %1.").arg(guard));
            return;
        }
        if (reply->error() == QNetworkReply::NoError) {
            onPlaylist(reply->readAll(), reply->url());
            return;
        }
        if (status == 404 && m_notFoundWindowSeconds > 0) {
            // Right after a Space ends its replay can 404 for minutes: wait it out.
            if (!m_notFoundSince.isValid())
                m_notFoundSince.start();
            const qint64 leftMs =
                qint64(m_notFoundWindowSeconds) * 1000 - m_notFoundSince.elapsed();
            if (leftMs > 0) {
                const int interval = m_notFoundIntervalMs;
                Q_EMIT waiting(tr("The replay is not ready yet (the Space just "
                                  "ended) — next try in %1 s, giving up in %2 s")
                                   .arg((interval + 999) / 1000)
                                   .arg((leftMs + 999) / 1000),
                               int((leftMs + 999) / 1000));
                QTimer::singleShot(interval, this, [this, url, attempt, generation] {
                    if (generation == m_generation)
                        fetchPlaylist(url, attempt);
                });
                return;
            }
        }
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            // Not a network hiccup: retrying or blaming the link would mislead.
            failWith(tr("Could not download the playlist: the server's TLS "
                        "certificate was refused (%1). The connection is not safe; "
                        "check the computer's date and any proxy or antivirus that "
                        "inspects HTTPS.")
                         .arg(printable(reply->errorString(), 200)));
            return;
        }
        if (attempt < kPlaylistAttempts && (status == 0 || status >= 500 || status == 429)) {
            // A busy server's Retry-After says when it will answer again: an earlier try
            // would only be refused and use up an attempt.
            const int asked = retryafter::delayMs(reply);
            const int delay = std::max(kPlaylistRetryMs * attempt, asked);
            if (asked > 0) {
                const int seconds = (delay + 999) / 1000;
                Q_EMIT waiting(tr("The server is busy (HTTP %1) and asked to wait — next "
                                  "try in %2 s")
                                   .arg(status)
                                   .arg(seconds),
                               seconds);
            }
            QTimer::singleShot(delay, this, [this, url, attempt, generation] {
                if (generation == m_generation)
                    fetchPlaylist(url, attempt + 1);
            });
            return;
        }
        const QString why =
            status ? QStringLiteral("HTTP %1").arg(status) : printable(reply->errorString(), 200);
        failWith(tr("Could not download the playlist (%1). The link may have "
                    "expired: resolve the Space again, or check your connection.")
                     .arg(why));
    });
}

void PlaylistLoader::onPlaylist(const QByteArray &body, const QUrl &url) {
    auto playlist = HlsPlaylist::parse(body, url);
    if (!playlist) {
        failWith(playlist.error());
        return;
    }
    if (playlist->kind == HlsPlaylist::Kind::Master) {
        // X's masters carry one variant (with decoy video fields): follow it, by the rules
        // every reader of masters shares.
        auto next = m_chain.follow(url, *playlist);
        if (!next) {
            failWith(next.error());
            return;
        }
        const QUrl variant = *next;
        // The transcoded variant's chunks are also served, untouched, under the
        // matching non_transcode path: fetch the originals.
        if (variant.path().contains(QLatin1String("/transcode/")))
            m_chunkBase = nonTranscodeBaseFor(variant);
        fetchPlaylist(variant, 1);
        return;
    }
    Q_EMIT waiting(QString(), 0);
    if (m_chunkBase.isValid()) {
        for (HlsSegment &segment : playlist->segments)
            segment.url = m_chunkBase.resolved(QUrl(segment.url.fileName()));
    }
    if (playlist->segments.isEmpty()) {
        failWith(
            tr("The playlist lists no audio chunks; if the Space just ended, "
               "try again in a few minutes."));
        return;
    }
    for (const HlsSegment &segment : playlist->segments) {
        if (auto allowed = urlpolicy::mayFollow(url, segment.url, urlpolicy::UriKind::Chunk);
            !allowed) {
            failWith(allowed.error());
            return;
        }
        if (segment.key) {
            if (auto allowed = urlpolicy::mayFollow(url, segment.key->uri, urlpolicy::UriKind::Key);
                !allowed) {
                failWith(allowed.error());
                return;
            }
        }
    }
    QList<QUrl> keyUrls;
    for (const HlsSegment &segment : playlist->segments) {
        if (!segment.key || segment.key->method == QLatin1String("NONE"))
            continue;
        if (segment.key->method != QLatin1String("AES-128")) {
            failWith(tr("This Space is encrypted with %1, which Spacetape cannot "
                        "decrypt yet.")
                         .arg(segment.key->method));
            return;
        }
        if (!keyUrls.contains(segment.key->uri)) {
            keyUrls << segment.key->uri;
            if (urlpolicy::keyMayCarryLogin(segment.key->namedUri))
                m_loginKeyUrls.insert(segment.key->uri);
        }
    }
    auto result = std::make_shared<LoadedPlaylist>();
    result->playlist = std::move(*playlist);
    fetchKeys(keyUrls, result);
}

void PlaylistLoader::fetchKeys(QList<QUrl> pending, std::shared_ptr<LoadedPlaylist> result) {
    if (pending.isEmpty()) {
        useKeys(result);
        return;
    }
    const QUrl url = pending.takeFirst();
    if (m_keys.contains(url)) {
        fetchKeys(pending, result);
        return;
    }
    const quint64 generation = m_generation;
    const auto accept = [this, url, pending, result, generation](const QByteArray &key,
                                                                 const QString &why) {
        if (generation != m_generation)
            return;
        if (key.size() != 16) {
            failWith(tr("Could not get this encrypted Space's key (%1). It is for "
                        "subscribers: log in with an account that can listen to it.")
                         .arg(why.isEmpty() ? tr("%1 bytes instead of 16").arg(key.size()) : why));
            return;
        }
        m_keys.insert(url, key);
        fetchKeys(pending, result);
    };
    if (url.isLocalFile()) {
        QFile file(url.toLocalFile());
        if (!QFileInfo(file.fileName()).isFile()) {
            accept({}, tr("the key is not a regular file"));
            return;
        }
        accept(file.open(QIODevice::ReadOnly) ? file.read(17) : QByteArray(), file.errorString());
        return;
    }
    // The one request that carries the login besides X's API (facts §3) — and only when the
    // playlist names an https X/Periscope address; never across a redirect to another host.
    const bool withLogin = m_loginKeyUrls.contains(url) && !m_keyCookieHeader.isEmpty();
    const QNetworkRequest request = withLogin ? m_network.loginRequest(url, m_keyCookieHeader)
                                              : m_network.cdnRequest(m_network.routed(url));
    QNetworkReply *reply = m_network.get(request);
    replyguard::bound(reply, limits::kMaxKeyBytes, limits::kBodyDeadlineMs,
                      //: the download named in "the %1 is larger than ..."
                      tr("key"), "kMaxKeyBytes");
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, accept, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (const QString guard = replyguard::failure(reply); !guard.isEmpty())
            accept({}, guard);
        else if (reply->error() == QNetworkReply::InsecureRedirectError)
            accept({}, tr("the key server redirected to another host, which is "
                          "never sent the login"));
        else if (reply->error() != QNetworkReply::NoError)
            accept({}, status ? QStringLiteral("HTTP %1").arg(status)
                              : printable(reply->errorString(), 200));
        else
            accept(reply->read(17), {});
    });
}

void PlaylistLoader::useKeys(std::shared_ptr<LoadedPlaylist> result) {
    for (const HlsSegment &segment : std::as_const(result->playlist.segments)) {
        if (!segment.key || !m_keys.contains(segment.key->uri))
            continue;
        const QByteArray iv = segment.key->iv.isEmpty()
                                  ? ChunkDecryptor::ivForSequence(segment.mediaSequence)
                                  : segment.key->iv;
        result->keys.insert(segment.sequence(), ChunkKey{m_keys.value(segment.key->uri), iv});
    }
    m_loading = false;
    ++m_generation;
    Q_EMIT loaded(std::shared_ptr<const LoadedPlaylist>(std::move(result)));
}

}  // namespace spacetape
