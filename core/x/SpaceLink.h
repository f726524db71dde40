// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace spacetape {

/// What SpaceLink::scan found in pasted text.
struct LinkScan {
    QStringList ids;  ///< unique, in order of appearance
    /// Link-like tokens that were not Space links, quoted as given (unique, in order).
    QStringList rejected;
};

/**
 * @brief Finds X Space IDs in links, bare IDs and pasted prose.
 *
 * Accepted hosts: x.com and twitter.com, bare or with www., mobile. or m.;
 * any scheme-less, http or https form; optional /peek, query, fragment and
 * trailing slash. Anything else that looks like a link (another host, a
 * look-alike such as x.com.evil.net, a post link, a wrong-length ID) is
 * rejected, never guessed at.
 *
 * Bare IDs: a Space ID is 13 ASCII letters/digits. On its own (parseId) a
 * 13-character token is accepted when it mixes letters and digits. Inside
 * prose (scan) it must also start with '1', as every Space ID seen so far does:
 * prose is full of 13-character tokens that are not IDs, such as
 * millisecond timestamps (1700000000000, all digits) and words like
 * "international" (all letters), and a false hit would start a download of
 * something the user never asked for.
 */
class SpaceLink {
    Q_DECLARE_TR_FUNCTIONS(SpaceLink)

public:
    /// The ID from one link or one bare ID (surrounding prose allowed: the first link wins).
    static std::optional<QString> parseId(const QString &text);
    /// Every Space link or bare ID in @p pastedText, plus the link-like tokens rejected.
    static LinkScan scan(const QString &pastedText);
    /// https://x.com/i/spaces/<id>; an empty QUrl when @p id is not valid.
    static QUrl canonicalUrl(const QString &id);
    /// Exactly 13 ASCII letters/digits.
    static bool isValidId(const QString &id);
    /// "not a Space link: “…”" followed by a hint fitting the input (what a Space link looks like).
    static QString rejectionMessage(const QString &input);
};

}  // namespace spacetape
