// SPDX-License-Identifier: MIT
#pragma once

#include "hls/HlsPlaylist.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace spacetape {

/**
 * @brief The rules for following a master playlist to its variant, kept in one place.
 *
 * X's masters carry one variant (with decoy video fields). A master from the network is
 * hostile input like any other: its variant must pass the URL policy (urlpolicy::mayFollow),
 * a chain of masters is followed at most limits::kMaxVariantDepth hops deep, and a playlist
 * already read in this chain is never read again (a master naming itself, or two naming each
 * other). PlaylistLoader and LiveCapture both follow masters through this class.
 */
class VariantChain {
    Q_DECLARE_TR_FUNCTIONS(VariantChain)
public:
    /// Starts a new chain at @p url, the playlist asked for first.
    void start(const QUrl &url);
    /**
     * The variant to read after @p master, read from @p masterUrl, or why it must not be
     * read. On success the variant counts as read in this chain.
     */
    Expected<QUrl> follow(const QUrl &masterUrl, const HlsPlaylist &master);
    /// Playlists read in this chain so far (the start and every variant followed).
    int length() const { return int(m_visited.size()); }

private:
    QList<QUrl> m_visited;
};

}  // namespace spacetape
