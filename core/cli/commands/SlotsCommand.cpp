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
    QHash<qint64, QString> rooms, staff, students;
    for (const Room &room : RoomRepository(db).all())
        rooms.insert(room.id, room.name);
    for (const StaffMember &member : StaffRepository(db).all())
        staff.insert(member.id, member.name);
    for (const StudentSummary &s : StudentRepository(db).summaries())
        students.insert(s.id, maskIdNumbersInText(s.name));   // a list: ID numbers in names masked
    // Tab-separated: id, weekday, time, students, instructor, room, from, until.
    for (const TimetableSlot &slot : TimetableRepository(db).slotsOf(semester->id)) {
        QStringList names;
        for (qint64 id : slot.studentIds)
            names << students.value(id);
        io.out << slot.id << '\t' << weekdayChinese(slot.weekday) << '\t' << slot.start.toString(u"HH:mm"_s) << u"–"_s
               << slot.end.toString(u"HH:mm"_s) << '\t' << names.join(u"、"_s) << '\t'
               << staff.value(slot.instructorId, u"—"_s) << '\t' << rooms.value(slot.roomId) << '\t'
               << slot.validFrom.toString(Qt::ISODate) << '\t' << slot.validUntil.toString(Qt::ISODate) << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
