// SPDX-License-Identifier: MIT
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace spacetape {

bool installTranslations(QCoreApplication &app, const QLocale &locale) {
    // Replaces what an earlier call installed (tests switch languages).
    static QTranslator *qtTranslator = nullptr;
    static QTranslator *appTranslator = nullptr;
    for (QTranslator **slot : {&qtTranslator, &appTranslator}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("spacetape"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        appTranslator = own;
        return true;
    }
    delete own;
    return false;
}

}  // namespace spacetape
