#pragma once
// 教职工: one row per staff member, serving or retired. SortRole gives the
// value a column sorts by; the current user's row is bold.
#include "staff/StaffMember.h"
#include "students/PinyinIndex.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class StaffListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Gender, Roles, ClassesLed, ClassesTaught, Subjects, Phone, Status, ColumnCount };
    enum Role { StaffIdRole = Qt::UserRole + 1, SortRole };

    explicit StaffListModel(QObject *parent = nullptr);

    void setStaff(QList<StaffMember> staff, qint64 currentUserId);
    const QList<StaffMember> &staff() const { return m_staff; }
    const StaffMember &memberAt(int row) const { return m_staff.at(row); }
    int rowOf(qint64 staffId) const;   // -1 when not listed
    // The name, its full pinyin or its initials match `query`.
    bool matches(int row, const QString &query) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const StaffMember &m) const;

    QList<StaffMember> m_staff;
    QList<PinyinKeys> m_keys;
    qint64 m_currentUserId = 0;
};

} // namespace rr
