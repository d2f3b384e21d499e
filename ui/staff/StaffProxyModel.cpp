#include "staff/StaffProxyModel.h"

#include "staff/StaffListModel.h"

namespace rr {

StaffProxyModel::StaffProxyModel(StaffListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(StaffListModel::SortRole);
    setSortLocaleAware(true);
}

void StaffProxyModel::setRole(std::optional<StaffRole> role)
{
    m_role = role;
    invalidateRowsFilter();
}

void StaffProxyModel::setService(Service service)
{
    m_service = service;
    invalidateRowsFilter();
}

void StaffProxyModel::setQuery(const QString &query)
{
    m_query = query.trimmed();
    invalidateRowsFilter();
}

bool StaffProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const StaffMember &m = m_source->memberAt(sourceRow);
    if (m_role && !m.hasRole(*m_role))
        return false;
    if ((m_service == Service::Serving && m.isRetired()) || (m_service == Service::Retired && !m.isRetired()))
        return false;
    return m_source->matches(sourceRow, m_query);
}

} // namespace rr
