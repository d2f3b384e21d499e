#pragma once
// The archive documents of a semester: category, title, date, files.
#include "schoolwork/SchoolWork.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class SchoolDocumentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Category, Title, Date, Files, Note, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SchoolDocumentListModel(QObject *parent = nullptr);

    void setRecords(QList<SchoolDocument> records);
    const QList<SchoolDocument> &records() const { return m_records; }
    int rowOfId(qint64 id) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SchoolDocument> m_records;
};

} // namespace rr
