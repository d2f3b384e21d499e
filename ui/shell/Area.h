#pragma once
// The areas of the program, in the order of the navigation list. Each has a
// title, a one-line purpose (shown while the area is still being built) and
// an icon.
#include <QIcon>
#include <QList>
#include <QString>

namespace rr {

enum class Area {
    Overview,
    Students,
    Ieps,
    Training,
    ResourceRoom,
    Equipment,
    FamilyContact,
    SchoolArchive,
    Printing,
    Settings,
};

QList<Area> allAreas();
int areaIndex(Area area);
Area areaAt(int index);                 // Overview when out of range
QString areaKey(Area area);             // stable, for object names: "students"
QString areaTitle(Area area);           // translated
QString areaPurpose(Area area);         // translated, one sentence
QIcon areaIcon(Area area);

} // namespace rr
