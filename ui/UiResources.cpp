// SPDX-License-Identifier: MIT
#include "UiResources.h"

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSpacetapeResources() {
    Q_INIT_RESOURCE(spacetape);
}

namespace spacetape {

void ensureUiResources() {
    static const bool done = [] {
        initSpacetapeResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon uiIcon(const QString &name) {
    ensureUiResources();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

}  // namespace spacetape
