// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace spacetape {

/**
 * @brief Server-supplied text made safe to print or show.
 *
 * Text from X's answers, playlists and files may carry terminal escape sequences or other
 * control characters; printed raw, they can rewrite the user's terminal. printable() drops
 * every control character (C0, DEL, C1, and the Unicode bidi overrides) except that line
 * breaks and tabs become spaces, and cuts the result to @p maxChars.
 */
QString printable(const QString &text, int maxChars = 4000);

/**
 * Whether @p c is one of the characters printable() drops or replaces: C0 (line breaks and
 * tabs included), DEL, C1 and the Unicode bidi overrides. Output channels that keep their own
 * line structure (the CLI's streams, JSON escaping) use this one rule.
 */
bool isControlCharacter(char16_t c);

/**
 * @p text when it is a token that may be passed on to another server as it is (printable
 * ASCII without spaces, 1 to @p maxChars characters); otherwise empty. For the chat tokens X
 * hands out, which go into a JSON body to the chat service.
 */
QString asciiToken(const QString &text, int maxChars);

}  // namespace spacetape
