#pragma once
// The guidance visits of a semester: date, visiting teacher, centre, what was guided, follow-up result.
#include "schoolwork/SchoolWork.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class GuidanceVisitListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Visitor, Centre, Topics, Result, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit GuidanceVisitListModel(QObject *parent = nullptr);

    void setRecords(QList<GuidanceVisit> records);
    const QList<GuidanceVisit> &records() const { return m_records; }
    int rowOfId(qint64 id) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GuidanceVisit> m_records;
};

} // namespace rr
