#pragma once
// What the school-calendar and timetable commands share: subcommands,
// dates, and finding a semester, student, staff member or room by id or name.
#include "calendar/Semester.h"
#include "cli/CliCommand.h"

#include <optional>

namespace rr {

// "holidays add …": true and the word taken off (the program name gets it),
// so the subcommand parses its own options.
bool takeSubcommand(QStringList &arguments, const QString &word);

// A date option as teachers type it; an invalid one prints the reason.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, CliIo &io, int &exitCode);

// --semester by id or name; without the option, the current semester
// (SemesterRepository::resolve).
std::optional<Semester> semesterOption(const QCommandLineParser &parser, const std::shared_ptr<Database> &db,
                                       CliIo &io, int &exitCode);

// For commands about one semester of one file: adds --db and --semester to
// `parser`, parses, opens the file and finds the semester; nullopt after
// printing why (exitCode set, 0 after --help).
struct SemesterOfFile {
    std::shared_ptr<Database> db;
    Semester semester;
};
std::optional<SemesterOfFile> openSemesterOfFile(QCommandLineParser &parser, const QStringList &arguments, CliIo &io,
                                                 const QString &synopsis, int &exitCode);

// An id or a name; nullopt after printing why (not found, ambiguous).
// (Staff: StaffRepository::findByKey.)
std::optional<qint64> studentByKey(const std::shared_ptr<Database> &db, const QString &key, CliIo &io, int &exitCode);
std::optional<qint64> roomByKey(const std::shared_ptr<Database> &db, const QString &key, CliIo &io, int &exitCode);

// "放假" or "调休上班", for the one-per-line lists.
QString calendarDayKind(const CalendarDay &day);

} // namespace rr
