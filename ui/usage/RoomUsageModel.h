#pragma once
// The room usage log (资源教室使用登记) of a room and a date range: the
// training sessions read from their records and the uses entered by hand,
// with date, time, room, who, purpose, number and names of students and the
// teaching aids.
#include "usage/RoomUsage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rr {

class RoomUsageModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Time, Room, Kind, Who, Purpose, Count, Students, Aids, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, SessionIdRole };

    explicit RoomUsageModel(QObject *parent = nullptr);

    void setEntries(QList<RoomUsageEntry> entries, QHash<qint64, QString> roomNames);
    const QList<RoomUsageEntry> &entries() const { return m_entries; }
    int rowOfEntry(qint64 entryId) const;
    static QString studentsText(const RoomUsageEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RoomUsageEntry> m_entries;
    QHash<qint64, QString> m_roomNames;
};

} // namespace rr
