#pragma once
#include <QList>
#include <QString>

namespace rr {

// Functional rooms (功能室) of seed 000.
enum class RoomType { ResourceRoom, SensoryIntegration, IndividualTraining, Rehabilitation, Equipment, Montessori, Other };

struct Room {
    qint64 id = 0;
    QString name;
    RoomType type = RoomType::ResourceRoom;
    int capacity = 1;
    QString location;
    bool operator==(const Room &) const = default;
};

QList<RoomType> allRoomTypes();   // in the order of the type list
QString roomTypeKey(RoomType type);
RoomType roomTypeFromKey(const QString &key);
QString roomTypeChinese(RoomType type);
QString roomTypeLabel(RoomType type);

} // namespace rr
