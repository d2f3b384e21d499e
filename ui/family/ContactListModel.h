#pragma once
// A student's contacts with the family, one row each. The family's situation
// and views are sensitive and stay off the list (they are in the dialog and
// on the printed record).
#include "family/FamilyContact.h"

#include <QAbstractTableModel>

namespace rr {

class ContactListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Staff, Present, Content, FollowUp, ColumnCount };
    static constexpr int ContactRole = Qt::UserRole + 1;   // the FamilyContact

    using QAbstractTableModel::QAbstractTableModel;
    void setContacts(const QList<FamilyContact> &contacts);
    const QList<FamilyContact> &contacts() const { return m_contacts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FamilyContact> m_contacts;
};

} // namespace rr
