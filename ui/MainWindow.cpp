// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include <QLabel>

namespace spacetape {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {
    setWindowTitle(tr("Spacetape"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/spacetape.svg")));
    auto *placeholder = new QLabel(tr("Paste a Space link to start."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(960, 600);
}

}  // namespace spacetape
