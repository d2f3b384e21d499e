#include "cli/commands/CalendarCliOptions.h"

#include "calendar/SemesterRepository.h"
#include "common/LenientDate.h"
#include "rooms/RoomRepository.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

bool takeSubcommand(QStringList &arguments, const QString &word)
{
    if (arguments.size() < 2 || arguments.at(1) != word)
        return false;
    arguments.removeAt(1);
    arguments[0] += u' ' + word;
    return true;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, CliIo &io, int &exitCode)
{
    const QDate date = parseLenientDate(parser.value(name));
    if (date.isValid())
        return date;
    exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a date.").arg(parser.value(name)));
    return std::nullopt;
}

std::optional<Semester> semesterOption(const QCommandLineParser &parser, const std::shared_ptr<Database> &db,
                                       CliIo &io, int &exitCode)
{
    const SemesterRepository semesters(db);
    const auto semester = parser.isSet(u"semester"_s) ? semesters.find(parser.value(u"semester"_s))
                                                      : semesters.resolve(std::nullopt, *io.clock);
    if (!semester) {
        exitCode = failWith(io, semester.error().message);
        return std::nullopt;
    }
    return *semester;
}

std::optional<SemesterOfFile> openSemesterOfFile(QCommandLineParser &parser, const QStringList &arguments, CliIo &io,
                                                 const QString &synopsis, int &exitCode)
{
    parser.addOption({u"semester"_s, QCoreApplication::translate("rr::Cli", "the semester's number or name (default: the current one)"),
                      u"SEMESTER"_s});
    const auto db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return std::nullopt;
    auto semester = semesterOption(parser, db, io, exitCode);
    if (!semester)
        return std::nullopt;
    return SemesterOfFile{db, *semester};
}

std::optional<qint64> studentByKey(const std::shared_ptr<Database> &db, const QString &key, CliIo &io, int &exitCode)
{
    auto student = StudentRepository(db).find(key);
    if (!student) {
        exitCode = failWith(io, student.error().message);
        return std::nullopt;
    }
    return student->id;
}

std::optional<qint64> roomByKey(const std::shared_ptr<Database> &db, const QString &key, CliIo &io, int &exitCode)
{
    auto room = RoomRepository(db).find(key);
    if (!room) {
        exitCode = failWith(io, room.error().message);
        return std::nullopt;
    }
    return room->id;
}

QString calendarDayKind(const CalendarDay &day)
{
    return day.isWorkday ? QCoreApplication::translate("rr::Cli", "make-up workday")
                         : QCoreApplication::translate("rr::Cli", "holiday");
}

} // namespace rr
