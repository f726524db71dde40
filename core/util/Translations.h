// SPDX-License-Identifier: MIT
// Spacetape's translations (German, Japanese) and Qt's own, for a locale: used by the app and
// spacetape-cli alike.
#pragma once

#include <QLocale>

class QCoreApplication;

namespace spacetape {

/// Installs Spacetape's translation (embedded under :/i18n) and Qt's qtbase translation for
/// `locale` on `app`. Languages without a translation stay English. Call before any window or
/// message is created. Returns whether Spacetape's own translation was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

}  // namespace spacetape
