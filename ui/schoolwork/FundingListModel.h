#pragma once
// The funding entries of a semester: date, amount in yuan, source, purpose, approval.
#include "schoolwork/SchoolWork.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class FundingListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Amount, Source, Purpose, Approval, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit FundingListModel(QObject *parent = nullptr);

    void setRecords(QList<FundingEntry> records);
    const QList<FundingEntry> &records() const { return m_records; }
    int rowOfId(qint64 id) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FundingEntry> m_records;
};

} // namespace rr
