// SPDX-License-Identifier: MIT
#include "job/VariantChain.h"

#include "net/UrlPolicy.h"
#include "util/Limits.h"

namespace spacetape {

void VariantChain::start(const QUrl &url) {
    m_visited = {url};
}

Expected<QUrl> VariantChain::follow(const QUrl &masterUrl, const HlsPlaylist &master) {
    if (master.variants.isEmpty())
        return fail(tr("The master playlist lists no stream to download."));
    const QUrl variant = master.variants.first().url;
    if (auto allowed = urlpolicy::mayFollow(masterUrl, variant, urlpolicy::UriKind::Variant);
        !allowed)
        return fail(allowed.error());
    if (m_visited.contains(variant))
        return fail(
            tr("The master playlist leads back to a playlist already read (a loop); it is "
               "refused."));
    if (m_visited.size() > limits::kMaxVariantDepth)
        return fail(tr("The master playlist leads through more than %1 masters; it is refused.")
                        .arg(limits::kMaxVariantDepth));
    m_visited.append(variant);
    return variant;
}

}  // namespace spacetape
