// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace spacetape {

/**
 * @brief Paints the progress column as a progress bar with the style's own look.
 *
 * Reads QueueModel::ProgressRole (0..1, or -1 when unknown) and the display text. One
 * delegate paints every row: no widget per row, so a queue of thousands stays cheap.
 */
class ProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

}  // namespace spacetape
