#include "rooms/Room.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {
constexpr EnumLabels<RoomType, 7> kTypes{"rr::Rooms", {{
    {RoomType::ResourceRoom, "resource_room", u"资源教室", QT_TRANSLATE_NOOP("rr::Rooms", "Resource room")},
    {RoomType::SensoryIntegration, "sensory_integration", u"感统训练室", QT_TRANSLATE_NOOP("rr::Rooms", "Sensory integration room")},
    {RoomType::IndividualTraining, "individual_training", u"个训室", QT_TRANSLATE_NOOP("rr::Rooms", "Individual training room")},
    {RoomType::Rehabilitation, "rehabilitation", u"康复训练室", QT_TRANSLATE_NOOP("rr::Rooms", "Rehabilitation room")},
    {RoomType::Equipment, "equipment", u"器械训练室", QT_TRANSLATE_NOOP("rr::Rooms", "Equipment training room")},
    {RoomType::Montessori, "montessori", u"蒙台梭利室", QT_TRANSLATE_NOOP("rr::Rooms", "Montessori room")},
    {RoomType::Other, "other", u"其他功能室", QT_TRANSLATE_NOOP("rr::Rooms", "Other room")},
}}};
} // namespace

QList<RoomType> allRoomTypes()
{
    QList<RoomType> types;
    for (const auto &entry : kTypes.entries())
        types.append(entry.value);
    return types;
}

QString roomTypeKey(RoomType type) { return kTypes.key(type); }
RoomType roomTypeFromKey(const QString &key) { return kTypes.fromKey(key); }
QString roomTypeChinese(RoomType type) { return kTypes.chinese(type); }
QString roomTypeLabel(RoomType type) { return kTypes.label(type); }

} // namespace rr
