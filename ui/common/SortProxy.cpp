#include "common/SortProxy.h"

#include "common/SortKey.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace rr {

SortProxy::SortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
    setDynamicSortFilter(true);
}

bool SortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftKey = left.data(SortKeyRole);
    const QVariant rightKey = right.data(SortKeyRole);
    if (leftKey.isValid() && rightKey.isValid())
        return compareCellValues(leftKey, rightKey) < 0;
    return compareCellValues(left.data(Qt::DisplayRole), right.data(Qt::DisplayRole)) < 0;
}

namespace {

template <typename View>
SortProxy *attach(View *view, QHeaderView *header, QAbstractItemModel *model)
{
    auto *proxy = new SortProxy(view);
    proxy->setSourceModel(model);
    view->setModel(proxy);
    // No column sorted until the teacher clicks one: the model's order (by
    // date, by time band, …) is the meaningful default.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    // Tab leaves the list for the next field (the filters, the buttons)
    // instead of walking its cells; the arrow keys move within it.
    view->setTabKeyNavigation(false);
    return proxy;
}

const QAbstractItemModel *rootModel(const QAbstractItemModel *model)
{
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return model;
}

} // namespace

SortProxy *makeSortable(QTableView *view, QAbstractItemModel *model)
{
    return attach(view, view->horizontalHeader(), model);
}

SortProxy *makeSortable(QTreeView *view, QAbstractItemModel *model)
{
    return attach(view, view->header(), model);
}

int sourceRow(const QModelIndex &viewIndex)
{
    QModelIndex index = viewIndex;
    while (index.isValid()) {
        auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
        if (!proxy)
            break;
        index = proxy->mapToSource(index);
    }
    return index.isValid() ? index.row() : -1;
}

int sourceRow(const QAbstractItemView *view, int viewRow)
{
    if (!view->model() || viewRow < 0)
        return -1;
    return sourceRow(view->model()->index(viewRow, 0));
}

int viewRow(const QAbstractItemView *view, int sourceRow)
{
    const QAbstractItemModel *model = view->model();
    if (!model || sourceRow < 0)
        return -1;
    // Walk down from the source model through each proxy to the view's model.
    QList<const QAbstractProxyModel *> chain;
    for (auto *proxy = qobject_cast<const QAbstractProxyModel *>(model); proxy;
         proxy = qobject_cast<const QAbstractProxyModel *>(proxy->sourceModel()))
        chain.prepend(proxy);
    QModelIndex index = rootModel(model)->index(sourceRow, 0);
    for (const QAbstractProxyModel *proxy : chain)
        index = proxy->mapFromSource(index);
    return index.isValid() ? index.row() : -1;
}

int currentSourceRow(const QAbstractItemView *view)
{
    return sourceRow(view->currentIndex());
}

} // namespace rr
