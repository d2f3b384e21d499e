#pragma once
// The functional rooms (功能室): name, type, capacity, location.
#include "rooms/Room.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class RoomListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, Capacity, Location, ColumnCount };
    enum Role { RoomIdRole = Qt::UserRole + 1 };

    explicit RoomListModel(QObject *parent = nullptr);

    void setRooms(QList<Room> rooms);
    const QList<Room> &rooms() const { return m_rooms; }
    int rowOfRoom(qint64 roomId) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Room> m_rooms;
};

} // namespace rr
