#include "rooms/RoomListModel.h"

namespace rr {

RoomListModel::RoomListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RoomListModel::setRooms(QList<Room> rooms)
{
    beginResetModel();
    m_rooms = std::move(rooms);
    endResetModel();
}

int RoomListModel::rowOfRoom(qint64 roomId) const
{
    for (int i = 0; i < m_rooms.size(); ++i)
        if (m_rooms.at(i).id == roomId)
            return i;
    return -1;
}

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Room &room = m_rooms.at(index.row());
    if (role == RoomIdRole)
        return room.id;
    if (role == Qt::TextAlignmentRole && index.column() == Capacity)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return room.name;
    case Type: return roomTypeLabel(room.type);
    case Capacity: return room.capacity;
    case Location: return room.location;
    default: return {};
    }
}

QVariant RoomListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Room");
    case Type: return tr("Type");
    case Capacity: return tr("Capacity");
    case Location: return tr("Location");
    default: return {};
    }
}

} // namespace rr
