#include "cli/commands/CalendarCliOptions.h"

#include "calendar/SemesterRepository.h"
#include "common/LenientDate.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
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
    if (parser.isSet(u"semester"_s)) {
        auto semester = semesters.find(parser.value(u"semester"_s));
        if (!semester)
            exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "There is no semester \"%1\" (see semesters).")
                                        .arg(parser.value(u"semester"_s)));
        return semester;
    }
    auto current = semesters.byId(SettingsRepository(db).profile().currentSemesterId);
    if (!current)
        exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "There is no current semester; give --semester."));
    return current;
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

std::optional<qint64> staffByKey(const std::shared_ptr<Database> &db, const QString &key, CliIo &io, int &exitCode)
{
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    QList<qint64> matches;
    for (const StaffMember &member : StaffRepository(db).all())
        if (member.isActive() && ((isNumber && member.id == id) || member.name == key.trimmed()))
            matches.append(member.id);
    if (matches.size() == 1)
        return matches.first();
    exitCode = failWith(io, matches.isEmpty()
                                ? QCoreApplication::translate("rr::Cli", "There is no staff member \"%1\" (see staff).").arg(key)
                                : QCoreApplication::translate("rr::Cli", "Several staff members are called \"%1\"; give the number.")
                                      .arg(key));
    return std::nullopt;
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
