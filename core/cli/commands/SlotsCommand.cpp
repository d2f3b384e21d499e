// slots: the weekly timetable of a semester, one slot a line with its
// validity period.
#include "cli/CliCommand.h"
#include "cli/commands/CalendarCliOptions.h"
#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "timetable/TimetableRepository.h"
#include "timetable/Weekday.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runSlotsCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"slots --db FILE [--semester ID|NAME]"_s;
    QCommandLineParser parser;
    int exitCode = 0;
    const auto file = openSemesterOfFile(parser, arguments, io, synopsis, exitCode);
    if (!file)
        return exitCode;
    const std::shared_ptr<Database> &db = file->db;
    const Semester *semester = &file->semester;
    const auto rooms = RoomRepository(db).names();
    if (!rooms)
        return failWith(io, rooms.error().message);
    const auto slotList = TimetableRepository(db).slotsOf(semester->id);
    if (!slotList)
        return failWith(io, slotList.error().message);
    QHash<qint64, QString> staff, students;
    const auto allStaff = StaffRepository(db).all();
    if (!allStaff)
        return failWith(io, allStaff.error().message);
    for (const StaffMember &member : *allStaff)
        staff.insert(member.id, member.name);
    const auto summaries = StudentRepository(db).summaries();
    if (!summaries)
        return failWith(io, summaries.error().message);
    for (const StudentSummary &s : *summaries)
        students.insert(s.id, maskIdNumbersInText(s.name));   // a list: ID numbers in names masked
    // Tab-separated: id, weekday, time, students, instructor, room, from, until.
    for (const TimetableSlot &slot : *slotList) {
        QStringList names;
        for (qint64 id : slot.studentIds)
            names << students.value(id);
        io.out << slot.id << '\t' << weekdayChinese(slot.weekday) << '\t' << slot.start.toString(u"HH:mm"_s) << u"–"_s
               << slot.end.toString(u"HH:mm"_s) << '\t' << names.join(u"、"_s) << '\t'
               << staff.value(slot.instructorId, u"—"_s) << '\t' << rooms->value(slot.roomId) << '\t'
               << slot.validFrom.toString(Qt::ISODate) << '\t' << slot.validUntil.toString(Qt::ISODate) << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
