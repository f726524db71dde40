// SPDX-License-Identifier: MIT
#pragma once

#include "hls/HlsPlaylist.h"
#include "job/VariantChain.h"
#include "media/ChunkDecryptor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkReply;

namespace spacetape {

class NetworkService;

/// A media playlist ready to fetch: chunk URLs point at the original chunks, keys are known.
struct LoadedPlaylist {
    HlsPlaylist playlist;  ///< Kind::Media, segments ordered by sequence, never empty
    /// Chunk sequence → AES-128 key and IV, for encrypted Spaces only.
    QHash<qint64, ChunkKey> keys;

    /// The key that decrypts chunk @p sequence; nothing when it is not encrypted.
    std::optional<ChunkKey> keyFor(qint64 sequence) const;
};

/**
 * @brief Turns a Space's playlist URL into its list of chunks, the way X serves it.
 *
 * Follows a master playlist to its one variant and fetches the untouched originals of a
 * transcoded variant (facts §1.4), fetches the EXT-X-KEY keys of encrypted Spaces with the
 * login's Cookie header (the only CDN-side request that carries it), retries transient
 * failures (no sooner than a 429's or 503's Retry-After asks, up to limits::kMaxRetryAfterMs),
 * and waits out the 404 of a replay that is still being published. Local .m3u8 files work
 * too. Used by DownloadJob and by the preview, so this logic exists once.
 */
class PlaylistLoader : public QObject {
    Q_OBJECT
public:
    explicit PlaylistLoader(NetworkService &network, QObject *parent = nullptr);
    ~PlaylistLoader() override;

    /// Keep retrying a 404 playlist for @p windowSeconds (0: fail at once), every @p intervalMs.
    void setNotFoundRetry(int windowSeconds, int intervalMs);
    /// Secret: sent only to EXT-X-KEY URIs; never stored or logged.
    void setKeyCookieHeader(const QByteArray &cookieHeader);

    /// Starts loading; exactly one of loaded() or failed() follows unless abort() comes first.
    void load(const QUrl &playlistUrl);
    /// Stops a load without a signal.
    void abort();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(std::shared_ptr<const spacetape::LoadedPlaylist> playlist);
    /// What failed and what the user can do.
    void failed(const QString &message);
    /// A wait the user should see (the replay is not ready yet, the server asked to wait);
    /// an empty message ends it.
    void waiting(const QString &message, int secondsLeft);

private:
    void fetchPlaylist(const QUrl &url, int attempt);
    void onPlaylist(const QByteArray &body, const QUrl &url);
    void fetchKeys(QList<QUrl> pending, std::shared_ptr<LoadedPlaylist> result);
    void useKeys(std::shared_ptr<LoadedPlaylist> result);
    void failWith(const QString &message);

    NetworkService &m_network;
    int m_notFoundWindowSeconds = 0;
    int m_notFoundIntervalMs = 10000;
    QByteArray m_keyCookieHeader;
    bool m_loading = false;
    quint64 m_generation = 0;  ///< answers of an aborted load are dropped
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_notFoundSince;   ///< since the playlist first answered 404
    QUrl m_chunkBase;                ///< non_transcode base for chunks of a transcoded variant
    VariantChain m_chain;            ///< masters followed by this load (no revisits)
    QHash<QUrl, QByteArray> m_keys;  ///< EXT-X-KEY URI → 16-byte key
    QSet<QUrl> m_loginKeyUrls;       ///< key URIs named as https X/Periscope addresses
};

}  // namespace spacetape

Q_DECLARE_METATYPE(std::shared_ptr<const spacetape::LoadedPlaylist>)
