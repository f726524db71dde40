// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace spacetape {

/// The application's main window: link bar, download queue and details pane.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

}  // namespace spacetape
