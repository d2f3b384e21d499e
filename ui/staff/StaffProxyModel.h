#pragma once
// Filters the staff list by role, by serving or retired, and by name or
// pinyin initials; sorts on StaffListModel::SortRole.
#include "staff/StaffMember.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace rr {

class StaffListModel;

class StaffProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Service { Serving, Retired, All };

    explicit StaffProxyModel(StaffListModel *source, QObject *parent = nullptr);
    void setRole(std::optional<StaffRole> role);
    void setService(Service service);
    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StaffListModel *m_source = nullptr;
    std::optional<StaffRole> m_role;
    Service m_service = Service::Serving;
    QString m_query;
};

} // namespace rr
