// SPDX-License-Identifier: MIT
#include "LinkBar.h"

#include "UiResources.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace spacetape {

LinkBar::LinkBar(QWidget *parent)
    : QWidget(parent),
      m_edit(new QLineEdit(this)),
      m_add(new QPushButton(uiIcon(QStringLiteral("add")), tr("&Add"), this)),
      m_problemRow(new QWidget(this)),
      m_problemIcon(new QLabel(m_problemRow)),
      m_problemText(new QLabel(m_problemRow)) {
    m_edit->setPlaceholderText(tr("Paste Space links here (x.com/i/spaces/…), several at once"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(
        tr("Space links or IDs, separated by spaces or new lines. Enter adds them."));
    m_edit->setAccessibleName(tr("Space links"));
    m_add->setToolTip(tr("Add the links to the queue (Enter)"));
    m_add->setDefault(false);
    m_add->setAutoDefault(false);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(
        uiIcon(QStringLiteral("warning")).pixmap(iconSize, iconSize, QIcon::Normal));
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problemText->setWordWrap(true);
    m_problemText->setTextFormat(Qt::PlainText);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_problemText->setAccessibleName(tr("Problem with the links"));
    auto *problemLayout = new QHBoxLayout(m_problemRow);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemIcon);
    problemLayout->addWidget(m_problemText, 1);
    m_problemRow->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problemRow);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::returnPressed, this, &LinkBar::submit);
    connect(m_add, &QPushButton::clicked, this, &LinkBar::submit);
    // An old complaint next to new text would be read as being about the new text.
    connect(m_edit, &QLineEdit::textEdited, this, &LinkBar::clearProblems);
}

QString LinkBar::text() const {
    return m_edit->text();
}

void LinkBar::setText(const QString &text) {
    m_edit->setText(text);
}

void LinkBar::submit() {
    const QString text = m_edit->text().trimmed();
    if (!text.isEmpty())
        Q_EMIT submitted(text);
}

void LinkBar::showProblems(const QStringList &reasons) {
    if (reasons.isEmpty()) {
        clearProblems();
        return;
    }
    m_problemText->setText(reasons.join(QLatin1Char('\n')));
    m_problemRow->show();
}

void LinkBar::clearProblems() {
    m_problemText->clear();
    m_problemRow->hide();
}

QString LinkBar::problemText() const {
    return m_problemRow->isHidden() ? QString() : m_problemText->text();
}

}  // namespace spacetape
