#pragma once
// The school's contacts with families, one row each, for the 家校联系 page:
// date, student, kind, staff and the opening of what was said. The family's
// situation and views stay off the list (they are in the dialog and on the
// printed record); counselling is never here.
#include "family/FamilyContact.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rr {

class SchoolContactListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Student, Kind, Staff, Content, ColumnCount };
    static constexpr int ContactRole = Qt::UserRole + 1;   // the contact's id
    static constexpr int StudentRole = Qt::UserRole + 2;   // the student's id
    // Longer contents are cut here; the whole text is in the tool tip.
    static constexpr int kExcerptLength = 40;

    using QAbstractTableModel::QAbstractTableModel;
    // `studentNames`: id → name, for the Student column.
    void setContacts(const QList<FamilyContact> &contacts, const QHash<qint64, QString> &studentNames);
    const QList<FamilyContact> &contacts() const { return m_contacts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FamilyContact> m_contacts;
    QHash<qint64, QString> m_names;
};

} // namespace rr
