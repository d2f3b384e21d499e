#pragma once
// Filters the roster with a RosterFilter (grade, class, need, LRC state,
// placement, name or pinyin initials) and sorts on StudentListModel::SortRole.
#include "roster/Roster.h"

#include <QSortFilterProxyModel>

namespace rr {

class RosterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RosterProxyModel(QObject *parent = nullptr);
    void setFilter(const RosterFilter &filter);
    const RosterFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RosterFilter m_filter;
};

} // namespace rr
