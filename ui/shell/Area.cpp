#include "shell/Area.h"

#include "shell/AreaIcons.h"

#include <QCoreApplication>
#include <array>

namespace rr {

namespace {

struct AreaInfo {
    Area area;
    const char *key;
    const char *title;
    const char *purpose;
};

constexpr std::array<AreaInfo, 10> kAreas{{
    {Area::Overview, "overview", QT_TRANSLATE_NOOP("rr::Areas", "Overview"),
     QT_TRANSLATE_NOOP("rr::Areas", "The school, the semester and what needs doing next.")},
    {Area::Students, "students", QT_TRANSLATE_NOOP("rr::Areas", "Students"),
     QT_TRANSLATE_NOOP("rr::Areas", "Each student's archive: enrolment, needs, assessments, family and history.")},
    {Area::Ieps, "ieps", QT_TRANSLATE_NOOP("rr::Areas", "IEPs"),
     QT_TRANSLATE_NOOP("rr::Areas", "Individual education plans per student and semester: present levels, goals, "
                                    "services, accommodations and their evaluation.")},
    {Area::Training, "training", QT_TRANSLATE_NOOP("rr::Areas", "Training records"),
     QT_TRANSLATE_NOOP("rr::Areas", "Individual training plans and a record of every training session, signed and "
                                    "traceable.")},
    {Area::ResourceRoom, "rooms", QT_TRANSLATE_NOOP("rr::Areas", "Resource room"),
     QT_TRANSLATE_NOOP("rr::Areas", "The functional rooms, their rules, the timetable and the log of every use.")},
    {Area::Equipment, "equipment", QT_TRANSLATE_NOOP("rr::Areas", "Equipment ledger"),
     QT_TRANSLATE_NOOP("rr::Areas", "Devices, teaching aids, books and medicines: registration, loans, checks, "
                                    "repairs, stocktaking and scrapping.")},
    {Area::FamilyContact, "family", QT_TRANSLATE_NOOP("rr::Areas", "Family contact"),
     QT_TRANSLATE_NOOP("rr::Areas", "Home visits, phone calls, parent meetings and guidance for training at home.")},
    {Area::SchoolArchive, "archive", QT_TRANSLATE_NOOP("rr::Areas", "School work"),
     QT_TRANSLATE_NOOP("rr::Areas", "Guidance visits received, the leadership group and contacts, the school's archive "
                                    "documents, activity records and funding.")},
    {Area::Printing, "printing", QT_TRANSLATE_NOOP("rr::Areas", "Printing and reports"),
     QT_TRANSLATE_NOOP("rr::Areas", "Print the forms of the archive or save them as PDF.")},
    {Area::Settings, "settings", QT_TRANSLATE_NOOP("rr::Areas", "Settings"),
     QT_TRANSLATE_NOOP("rr::Areas", "The school profile, the semesters and the language.")},
}};

const AreaInfo &info(Area area)
{
    return kAreas[std::size_t(areaIndex(area))];
}

} // namespace

QList<Area> allAreas()
{
    QList<Area> areas;
    for (const AreaInfo &a : kAreas)
        areas.append(a.area);
    return areas;
}

int areaIndex(Area area)
{
    return int(area);
}

Area areaAt(int index)
{
    return index >= 0 && index < int(kAreas.size()) ? kAreas[std::size_t(index)].area : Area::Overview;
}

QString areaKey(Area area)
{
    return QString::fromLatin1(info(area).key);
}

QString areaTitle(Area area)
{
    return QCoreApplication::translate("rr::Areas", info(area).title);
}

QString areaPurpose(Area area)
{
    return QCoreApplication::translate("rr::Areas", info(area).purpose);
}

QIcon areaIcon(Area area)
{
    return drawnAreaIcon(area);
}

} // namespace rr
