// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace spacetape {

/**
 * @brief Sorts the queue by a column on request; unsorted it shows queue order.
 *
 * Clicking a header cycles ascending → descending → queue order (cycleSort()), because
 * the queue order is what the scheduler follows and users need a way back to it.
 */
class QueueSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QueueSortProxy(QObject *parent = nullptr);

    /// Next sort state for a click on @p column; sortColumn() is -1 when back to queue order.
    void cycleSort(int column);
    /// Back to queue order.
    void clearSort();
    bool isSorted() const { return sortColumn() >= 0; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

}  // namespace spacetape
