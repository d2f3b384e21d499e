#pragma once
// The leadership and working groups: group, name, role, from and to.
#include "schoolwork/SchoolWork.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class GroupMemberListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Name, Role, From, To, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit GroupMemberListModel(QObject *parent = nullptr);

    void setRecords(QList<GroupMember> records);
    const QList<GroupMember> &records() const { return m_records; }
    int rowOfId(qint64 id) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GroupMember> m_records;
};

} // namespace rr
