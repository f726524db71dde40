// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace spacetape {

/**
 * @brief Where a Space's audio is, from X's live_video_stream/status answer.
 *
 * The addresses point at Periscope's CDN; nothing here fetches them.
 */
struct StreamInfo {
    Q_DECLARE_TR_FUNCTIONS(StreamInfo)

public:
    QUrl location;               ///< `source.location`
    QUrl noRedirectPlaybackUrl;  ///< `source.noRedirectPlaybackUrl` (X's preferred address)
    QString status;              ///< `source.status`: "LIVE" or "ENDED" so far
    QString streamType;          ///< `source.streamType`, usually "HLS"
    /// `chatToken`: what the chat service (extras/ChatClient) takes to let this Space's chat
    /// be read. Empty when absent, too long (limits::kMaxChatTokenChars) or not printable
    /// ASCII. A secret of sorts: never printed.
    QString chatToken;

    /// noRedirectPlaybackUrl when present, else location; an authorized_status?url=… wrapper
    /// is replaced by the address it carries.
    QUrl playlistUrl() const;
    /// LIVE status; without a status, a dynamic_playlist or `type=live` address.
    bool isLive() const;
    /// A video Space: its playlist path has no `audio-space` folder, or is a
    /// master_dynamic_*.m3u8 (the shapes X has used for video since 2024).
    bool isVideo() const;

    /// Parses the whole JSON body of live_video_stream/status.
    static Expected<StreamInfo> fromJson(const QByteArray &json);
};

/// The address inside `…/live_video_stream/authorized_status/…?url=<real>`; other URLs unchanged.
QUrl unwrapAuthorizedUrl(const QUrl &url);

/// For a live dynamic_playlist.m3u8 URL: the master_playlist.m3u8 URL (same path, file name
/// replaced, no query).
QUrl masterPlaylistUrlFor(const QUrl &dynamicPlaylistUrl);

/// `…/transcode/<region>/<deploy>/<JWT>/audio-space/…` → `…/non_transcode/<region>/<deploy>/
/// audio-space/`, the base of the original chunks (a non_transcode URL gives its own folder).
/// An invalid QUrl when the path has neither shape.
QUrl nonTranscodeBaseFor(const QUrl &variantPlaylistUrl);

}  // namespace spacetape
