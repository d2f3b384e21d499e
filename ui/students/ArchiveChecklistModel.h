#pragma once
// The ten archive items of one student in one school year: present or
// missing, and the evidence (files, or records kept in the program).
#include "archive/ArchiveCompleteness.h"

#include <QAbstractTableModel>

namespace rr {

class ArchiveChecklistModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Item, Present, Evidence, ColumnCount };
    enum Role { ItemRole = Qt::UserRole + 1 };   // the ArchiveItem number

    using QAbstractTableModel::QAbstractTableModel;
    void setStatus(StudentArchiveStatus status);
    const StudentArchiveStatus &status() const { return m_status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString evidenceText(const ItemStatus &status);

private:
    StudentArchiveStatus m_status;
    QList<ArchiveItem> m_items = allArchiveItems();
};

} // namespace rr
