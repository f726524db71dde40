// SPDX-License-Identifier: MIT
#include "QueueSortProxy.h"

#include "QueueModel.h"

namespace spacetape {

QueueSortProxy::QueueSortProxy(QObject *parent) : QSortFilterProxyModel(parent) {
    setSortRole(QueueModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void QueueSortProxy::cycleSort(int column) {
    if (sortColumn() != column)
        sort(column, Qt::AscendingOrder);
    else if (sortOrder() == Qt::AscendingOrder)
        sort(column, Qt::DescendingOrder);
    else
        clearSort();
}

void QueueSortProxy::clearSort() {
    sort(-1, Qt::AscendingOrder);
}

bool QueueSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Equal keys keep queue order, so a sorted view does not shuffle while values tie.
    return left.row() < right.row();
}

}  // namespace spacetape
