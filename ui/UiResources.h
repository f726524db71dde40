// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace spacetape {

/// Registers the compiled-in icons. spacetape_ui is a static library, so the linker would
/// otherwise drop the resource object nobody refers to; safe to call any number of times.
void ensureUiResources();

/// The SVG icon ":/icons/<name>.svg".
QIcon uiIcon(const QString &name);

}  // namespace spacetape
