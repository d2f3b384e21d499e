#pragma once
// The months a student is short of contact with the family, as core's
// monthly check found them (familyShortfalls): who to call, for which month,
// how many contacts there were against how many are asked. No rule here.
#include "family/MonthlyFamilyCheck.h"

#include <QAbstractTableModel>

namespace rr {

class ContactShortfallModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Student, Month, Count, Status, ColumnCount };
    static constexpr int StudentRole = Qt::UserRole + 1;   // the student's id

    using QAbstractTableModel::QAbstractTableModel;
    void setShortfalls(const QList<FamilyShortfall> &shortfalls);
    const QList<FamilyShortfall> &shortfalls() const { return m_shortfalls; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FamilyShortfall> m_shortfalls;
};

} // namespace rr
