#pragma once
// `school …`: the school's side of the archive from the command line. Each
// area lists with `school AREA --db FILE` and adds with `school AREA add …`;
// the areas live in SchoolWork*Command.cpp.
#include "cli/CliCommand.h"

namespace rr {

extern const QString kSchoolWorkSynopsis;

// Each runs one area; `add` is true for `school AREA add`. The parser has
// the area's options; the file is open (for writing when adding).
int runSchoolGuidance(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io);
int runSchoolMembers(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io);
int runSchoolContacts(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io);
int runSchoolDocuments(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, const QString &sub, CliIo &io);
int runSchoolActivities(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io);
int runSchoolFunding(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io);
int runSchoolCompleteness(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io);

// The options of each area and sub-command.
void addSchoolWorkOptions(QCommandLineParser &parser, const QString &area, const QString &sub);

// --semester or, without it, the semester holding `date` (for adding) / the current one (for lists).
std::optional<qint64> semesterForDate(const std::shared_ptr<Database> &db, const QCommandLineParser &parser,
                                      const QDate &date, CliIo &io, int &exitCode);

} // namespace rr
