#pragma once
// The contacts outside the school: kind, organisation, person, phone, note.
#include "schoolwork/SchoolWork.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class PartnerListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Organisation, Person, Phone, Note, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PartnerListModel(QObject *parent = nullptr);

    void setRecords(QList<SchoolContact> records);
    const QList<SchoolContact> &records() const { return m_records; }
    int rowOfId(qint64 id) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SchoolContact> m_records;
};

} // namespace rr
