// SPDX-License-Identifier: MIT
#pragma once

#include "util/Expected.h"

#include <QString>
#include <QUrl>

namespace spacetape::urlpolicy {

/// http or https with a host.
bool isWebUrl(const QUrl &url);

/// True for this computer: localhost, 127.0.0.0/8 and ::1 (the tests' fake servers).
bool isLoopbackHost(const QString &host);

/// What a playlist names: says which message a refused URI gets.
enum class UriKind { Variant, Chunk, Key };

/**
 * Whether @p resolved, a URI a playlist @p playlistUrl names, may be followed: a remote
 * playlist may only name http(s) URIs; a local playlist may also name local files.
 * @p kind (a variant, a chunk or a key) chooses the message.
 */
Expected<void> mayFollow(const QUrl &playlistUrl, const QUrl &resolved, UriKind kind);

/// True for X's and Periscope's own (non-CDN) hosts: x.com, twitter.com, periscope.tv,
/// pscp.tv and their subdomains, except the `*.video.pscp.tv` audio CDN.
bool isXOrPeriscopeHost(const QString &host);

/**
 * Whether a key URI, as the playlist names it (@p namedUri, before resolving or rerouting),
 * may be sent the user's login: an absolute https URI on an X or Periscope host. A relative
 * URI would resolve against the CDN, which must never see the login.
 */
bool keyMayCarryLogin(const QString &namedUri);

/**
 * Whether the chat service's @p endpoint (from accessChatPublic) may be used: https with a
 * host and no user info, or plain http to a loopback host (the tests' fake). Anything else
 * (a file, another scheme, http across the network) is refused.
 */
bool isAllowedChatEndpoint(const QUrl &endpoint);

/// Whether a cover (avatar) URL may be fetched: http(s) only, never a local file.
bool isAllowedImageUrl(const QUrl &url);

}  // namespace spacetape::urlpolicy
