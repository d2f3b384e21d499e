#include "timetable/TimetableNames.h"
#include "calendar/ScreenDate.h"

#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<TimetableNames> TimetableNames::load(const std::shared_ptr<Database> &db)
{
    TimetableNames names;
    auto rooms = RoomRepository(db).all();
    if (!rooms)
        return rooms.error();
    names.rooms = *rooms;
    auto staff = StaffRepository(db).all();
    if (!staff)
        return staff.error();
    names.staff = *staff;
    auto students = StudentRepository(db).summaries();
    if (!students)
        return students.error();
    names.students = *students;
    return names;
}

QString TimetableNames::room(qint64 id) const
{
    for (const Room &r : rooms)
        if (r.id == id)
            return r.name;
    return {};
}

std::optional<Room> TimetableNames::roomById(qint64 id) const
{
    for (const Room &r : rooms)
        if (r.id == id)
            return r;
    return std::nullopt;
}

QString TimetableNames::staffName(qint64 id) const
{
    for (const StaffMember &m : staff)
        if (m.id == id)
            return m.name;
    return {};
}

QString TimetableNames::student(qint64 id) const
{
    for (const StudentSummary &s : students)
        if (s.id == id)
            return s.name;
    return {};
}

QString TimetableNames::studentList(const QList<qint64> &ids) const
{
    QStringList list;
    for (qint64 id : ids)
        list.append(student(id));
    return list.join(QCoreApplication::translate("rr::TimetableNames", ", ", "between names in a list"));
}

QString shortDate(const QDate &date)
{
    return screenShortDate(date);
}

QString timeRange(const QTime &start, const QTime &end)
{
    return start.toString(u"HH:mm"_s) + u"–"_s + end.toString(u"HH:mm"_s);
}

} // namespace rr
