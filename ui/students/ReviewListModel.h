#pragma once
// 待核对 items: student, class, what to check, the message, where it came
// from, when it was raised and whether (and by whom) it was checked.
#include "students/ReviewFlag.h"

#include <QAbstractTableModel>

namespace rr {

class ReviewListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Student, Class, Kind, Message, Source, Raised, Checked, ColumnCount };
    enum Role { FlagIdRole = Qt::UserRole + 1, StudentIdRole, SortRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setItems(QList<PendingReview> items);
    const QList<PendingReview> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PendingReview> m_items;
};

} // namespace rr
