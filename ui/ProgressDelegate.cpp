// SPDX-License-Identifier: MIT
#include "ProgressDelegate.h"

#include "QueueModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace spacetape {

namespace {
constexpr int kSteps = 1000;
constexpr int kMargin = 2;
}  // namespace

ProgressDelegate::ProgressDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection first, like any other cell; the bar goes on top.
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const double fraction = index.data(QueueModel::ProgressRole).toDouble();
    if (fraction < 0)
        return;
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.rect = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    bar.palette = option.palette;
    // The chunk is drawn in the palette's highlight; keep it the active one so progress stays
    // readable when the window is in the background.
    bar.palette.setColor(QPalette::Inactive, QPalette::Highlight,
                         option.palette.color(QPalette::Active, QPalette::Highlight));
    bar.minimum = 0;
    bar.maximum = kSteps;
    bar.progress = int(fraction * kSteps);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) * 2));
    return size;
}

}  // namespace spacetape
