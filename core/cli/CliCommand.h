#pragma once
// The CLI is a list of commands; later capabilities add theirs to
// cliCommands() in CliApp.cpp. A command parses its own options, calls core,
// prints Chinese lines that are easy to grep, and returns an exit code.
#include "common/Clock.h"
#include "common/Result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace rr {

class Database;

enum ExitCode { ExitSuccess = 0, ExitBadInput = 1, ExitBadUsage = 2 };

struct CliIo {
    QTextStream &out;
    QTextStream &err;
    std::shared_ptr<const Clock> clock;
};

struct CliCommand {
    QString name;
    QString synopsis;                 // e.g. "check --db FILE"
    const char *summary;              // English source; shown translated
    std::function<int(const QStringList &arguments, CliIo &io)> run;
};

const QList<CliCommand> &cliCommands();

// Shared by the commands.
int failWith(CliIo &io, const QString &reason);                 // exit 1, one line
int usageError(CliIo &io, const QString &reason, const QString &synopsis);  // exit 2
// The options a command cannot run without: ExitSuccess when each of `names`
// is given and not blank, else the usage error naming the first one missing.
int requireOptions(const QCommandLineParser &parser, const QStringList &names, CliIo &io, const QString &synopsis);
// Parses `arguments` (the command's own, program name first); on a usage
// error prints it and returns false with `exitCode` set.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, CliIo &io, const QString &synopsis,
                  int &exitCode);
Result<std::shared_ptr<Database>> openDatabaseOption(const QCommandLineParser &parser);
// For commands that write: also takes the writer lock, and refuses (with who
// holds it) while the GUI or another command has the file open for writing.
Result<std::shared_ptr<Database>> openDatabaseForWriting(const QCommandLineParser &parser);
// For commands built around one data file: adds --db FILE to `parser`,
// parses, requires it and opens the file. On failure prints the reason and
// returns nullptr with `exitCode` set (0 after --help).
// Commands that write pass `forWriting` (see openDatabaseForWriting).
std::shared_ptr<Database> parseAndOpenDatabase(QCommandLineParser &parser, const QStringList &arguments, CliIo &io,
                                               const QString &synopsis, int &exitCode, bool forWriting = false);
QString cliTr(const char *text, const char *disambiguation = nullptr, int n = -1);
// For commands with sub-commands (`staff add …`): when the first argument
// after the program name is one of `known`, removes it, appends it to the
// program name and returns it; otherwise returns an empty string.
QString takeSubcommand(QStringList &arguments, const QStringList &known);

// The commands, one file each in cli/commands/.
int runDemoCommand(const QStringList &arguments, CliIo &io);
int runCheckCommand(const QStringList &arguments, CliIo &io);
int runSemestersCommand(const QStringList &arguments, CliIo &io);
int runPrintCommand(const QStringList &arguments, CliIo &io);
int runStudentsCommand(const QStringList &arguments, CliIo &io);
int runImportRosterCommand(const QStringList &arguments, CliIo &io);
int runExportRosterCommand(const QStringList &arguments, CliIo &io);
int runInspectCommand(const QStringList &arguments, CliIo &io);
int runInitCommand(const QStringList &arguments, CliIo &io);
int runStaffCommand(const QStringList &arguments, CliIo &io);
int runRoomsCommand(const QStringList &arguments, CliIo &io);
int runSemesterAddCommand(const QStringList &arguments, CliIo &io);   // "semesters add"
int runHolidaysCommand(const QStringList &arguments, CliIo &io);      // holidays [add | add-statutory]
int runSlotCommand(const QStringList &arguments, CliIo &io);          // slot add | slot end | slot change
int runSlotsCommand(const QStringList &arguments, CliIo &io);
int runLrcCommand(const QStringList &arguments, CliIo &io);
int runBenchDataCommand(const QStringList &arguments, CliIo &io);
int runAlertsCommand(const QStringList &arguments, CliIo &io);
int runContactsCommand(const QStringList &arguments, CliIo &io);      // contacts [add | rule]
int runCounsellingCommand(const QStringList &arguments, CliIo &io);   // counselling [add]
int runSchoolWorkCommand(const QStringList &arguments, CliIo &io);   // school AREA [add|attach|extract]
int runAccountsCommand(const QStringList &arguments, CliIo &io);   // accounts [add | disable | enable | password | recover]
int runLedgerCommand(const QStringList &arguments, CliIo &io);     // ledger [add | categories | loan | return | …]
int runAuditCommand(const QStringList &arguments, CliIo &io);
int runRetentionCommand(const QStringList &arguments, CliIo &io);   // retention [delete]

} // namespace rr
