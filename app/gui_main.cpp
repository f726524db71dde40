// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Spacetape"));
    QApplication::setOrganizationName(QStringLiteral("Spacetape"));
    QApplication::setApplicationVersion(QStringLiteral(SPACETAPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("spacetape"));

    spacetape::MainWindow window;
    window.show();
    return app.exec();
}
