// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace spacetape {

/// Version, purpose, and the licenses of Spacetape and the libraries it links dynamically.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

}  // namespace spacetape
