#include "students/RosterProxyModel.h"

#include "students/StudentListModel.h"

namespace rr {

RosterProxyModel::RosterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(StudentListModel::SortRole);
    setSortLocaleAware(true);
}

void RosterProxyModel::setFilter(const RosterFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool RosterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_filter.matches(index.data(StudentListModel::EntryRole).value<RosterEntry>());
}

} // namespace rr
