#pragma once
// The activity records of a semester: kind, date, topic, participants, photos.
#include "schoolwork/SchoolWork.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class ActivityListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Date, Topic, Participants, Photos, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ActivityListModel(QObject *parent = nullptr);

    void setRecords(QList<SchoolActivity> records);
    const QList<SchoolActivity> &records() const { return m_records; }
    int rowOfId(qint64 id) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SchoolActivity> m_records;
};

} // namespace rr
