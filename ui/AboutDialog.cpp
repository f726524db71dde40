// SPDX-License-Identifier: MIT
#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace spacetape {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("About Spacetape"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/spacetape.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // The library versions are the ones running, not the ones built against: that is what
    // a bug report needs.
    text->setText(
        tr("<h2>Spacetape %1</h2>"
           "<p>Saves X Spaces as tagged audio files.</p>"
           "<p>Copyright © the Spacetape authors. Released under the "
           "<a href=\"https://opensource.org/license/mit\">MIT License</a>.</p>"
           "<p>Spacetape links these libraries dynamically; you may replace them with "
           "compatible versions:</p>"
           "<ul>"
           "<li><a href=\"https://www.qt.io\">Qt</a> %2 — GNU LGPL v3</li>"
           "<li><a href=\"https://taglib.org\">TagLib</a> — GNU LGPL v2.1 or Mozilla Public "
           "License 1.1</li>"
           "<li><a href=\"https://github.com/frankosterfeld/qtkeychain\">QtKeychain</a> — "
           "BSD 3-Clause License</li>"
           "</ul>"
           "<p>Spacetape is not affiliated with X Corp.</p>")
            .arg(QStringLiteral(SPACETAPE_VERSION), QString::fromLatin1(qVersion())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

}  // namespace spacetape
