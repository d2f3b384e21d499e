#include "rooms/Room.h"

#include <QCoreApplication>
#include <array>

namespace rr {

namespace {
struct TypeInfo {
    RoomType type;
    const char *key;
    const char16_t *chinese;
    const char *label;
};
constexpr std::array<TypeInfo, 7> kTypes{{
    {RoomType::ResourceRoom, "resource_room", u"资源教室", QT_TRANSLATE_NOOP("rr::Rooms", "Resource room")},
    {RoomType::SensoryIntegration, "sensory_integration", u"感统训练室", QT_TRANSLATE_NOOP("rr::Rooms", "Sensory integration room")},
    {RoomType::IndividualTraining, "individual_training", u"个训室", QT_TRANSLATE_NOOP("rr::Rooms", "Individual training room")},
    {RoomType::Rehabilitation, "rehabilitation", u"康复训练室", QT_TRANSLATE_NOOP("rr::Rooms", "Rehabilitation room")},
    {RoomType::Equipment, "equipment", u"器械训练室", QT_TRANSLATE_NOOP("rr::Rooms", "Equipment training room")},
    {RoomType::Montessori, "montessori", u"蒙台梭利室", QT_TRANSLATE_NOOP("rr::Rooms", "Montessori room")},
    {RoomType::Other, "other", u"其他功能室", QT_TRANSLATE_NOOP("rr::Rooms", "Other room")},
}};
const TypeInfo &info(RoomType type)
{
    for (const TypeInfo &t : kTypes)
        if (t.type == type)
            return t;
    return kTypes.back();
}
} // namespace

QString roomTypeKey(RoomType type) { return QString::fromLatin1(info(type).key); }
RoomType roomTypeFromKey(const QString &key)
{
    for (const TypeInfo &t : kTypes)
        if (key == QLatin1String(t.key))
            return t.type;
    return RoomType::Other;
}
QString roomTypeChinese(RoomType type) { return QString::fromUtf16(info(type).chinese); }
QString roomTypeLabel(RoomType type) { return QCoreApplication::translate("rr::Rooms", info(type).label); }

} // namespace rr
