#include "cli/CliApp.h"

#include "cli/CliCommand.h"
#include "cli/CliSignIn.h"
#include "cli/commands/BackupCliSupport.h"
#include "i18n/Language.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString cliTr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("rr::Cli", text, disambiguation, n);
}

QString takeSubcommand(QStringList &arguments, const QStringList &known)
{
    if (arguments.size() < 2 || !known.contains(arguments.at(1)))
        return {};
    const QString name = arguments.takeAt(1);
    arguments[0] += u' ' + name;
    return name;
}

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands{
        {u"demo"_s, u"demo --out FILE [--force]"_s, QT_TRANSLATE_NOOP("rr::Cli", "write the demo school to a new data file"),
         runDemoCommand},
        {u"init"_s, u"init --db FILE --school NAME --teacher NAME --semester NAME --from DATE --to DATE [--no-statutory] "
                   "[--protect [--admin USER] | --no-protect]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "set a school up in a new data file; the teacher becomes the current user"),
         runInitCommand},
        {u"check"_s, u"check --db FILE"_s, QT_TRANSLATE_NOOP("rr::Cli", "check a data file's integrity and version"),
         runCheckCommand},
        {u"semesters"_s, u"semesters --db FILE"_s, QT_TRANSLATE_NOOP("rr::Cli", "list the semesters, oldest first"),
         runSemestersCommand},
        {u"students"_s, u"students --db FILE"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list the students with their LRC status (ID numbers masked)"), runStudentsCommand},
        {u"staff"_s,
         u"staff --db FILE | staff add --db FILE --name NAME --role ROLE [--role ROLE …] [--class CLASS …] "
         "[--phone PHONE] [--gender 男|女] | staff retire --db FILE --name NAME --date DATE"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list, add or retire staff"), runStaffCommand},
        {u"rooms"_s, u"rooms --db FILE | rooms add --db FILE --name NAME --type TYPE [--capacity N]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list the rooms, or add one with its type's default rules"), runRoomsCommand},
        {u"import-roster"_s, u"import-roster FILE.xlsx|FILE.csv --db FILE [--dry-run]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "import students from a roster; one line per row"), runImportRosterCommand},
        {u"export-roster"_s, u"export-roster --db FILE --out X.xlsx|X.csv [--with-sensitive]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "export the LRC roster for the centre"), runExportRosterCommand},
        {u"print"_s,
         u"print --list | print FORM --db FILE --out X.pdf [--student ID|NAME] [--semester ID|NAME] [--week N] "
         "[--room ID|NAME] [--session ID] [--from DATE --to DATE | --month YYYY-MM] [--inspection ID]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "render a printed form to PDF"), runPrintCommand},
        {u"inspect"_s, u"inspect --db FILE --from DATE --to DATE [--inspector NAME] [--out X.pdf] [--save]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "inspect the training records of a period; one line per problem"),
         runInspectCommand},
        {u"alerts"_s, u"alerts --db FILE"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list what is due or overdue (IEP reviews and every other area), one per line, most urgent first"),
         runAlertsCommand},
        {u"contacts"_s, u"contacts --db FILE [--student S] [--semester T] | contacts add … | contacts rule --db FILE --per-month N"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list or record contacts with families (家校联系); set how many a month"), runContactsCommand},
        {u"counselling"_s, u"counselling --db FILE --student S [--with-sensitive] | counselling add …"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "a student's counselling sessions (masked unless --with-sensitive), or record one"),
         runCounsellingCommand},
        {u"semesters add"_s, u"semesters add --db FILE --name NAME --from DATE --to DATE [--current] [--no-statutory]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "add a semester with the statutory holidays inside it"), runSemestersCommand},
        {u"holidays"_s, u"holidays --db FILE --semester ID|NAME"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list the semester's holidays and make-up workdays, one per line"), runHolidaysCommand},
        {u"holidays add"_s, u"holidays add --db FILE --semester ID|NAME --date DATE [--to DATE] --name NAME [--workday]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "add a holiday, or with --workday a make-up workday, to the school calendar"),
         runHolidaysCommand},
        {u"holidays add-statutory"_s, u"holidays add-statutory --db FILE --semester ID|NAME"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "add the statutory holidays that fall inside the semester"), runHolidaysCommand},
        {u"slot add"_s,
         u"slot add --db FILE --student S --instructor T --room R --weekday 1-7 --start HH:MM --end HH:MM "
         "[--from DATE] [--to DATE] [--service KEY]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "add a weekly timetable slot; hard conflicts are refused"), runSlotCommand},
        {u"slot end"_s, u"slot end --db FILE --slot ID --date DATE"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "end a slot on its last day; its earlier meetings stay"), runSlotCommand},
        {u"slot change"_s,
         u"slot change --db FILE --slot ID --date DATE (--cancel | [--to-date DATE] [--start HH:MM] [--end HH:MM] "
         "[--room R] [--instructor T] | --undo) [--reason TEXT]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "cancel or move one meeting of a slot, replacing that date's change, or undo it"),
         runSlotCommand},
        {u"slots"_s, u"slots --db FILE [--semester ID|NAME]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list the timetable slots with their validity period, one per line"), runSlotsCommand},
        {u"lrc"_s,
         u"lrc --db FILE --student S | lrc step --db FILE --student S --step STEP --date D --who NAME [--reason R] "
         "[--note N] | lrc correct --db FILE --student S --event ID --reason R --who NAME"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "a student's LRC workflow: history, next step, correction of a mistaken step"),
         runLrcCommand},
        {u"backup"_s, u"backup --db FILE [--out FILE|FOLDER] [--encrypt]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "back the data file up (also while the program has it open), check the copy; into a folder "
                                      "with rotation; the password is asked for"),
         runBackupCommand},
        {u"verify-backup"_s, u"verify-backup FILE"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "check a backup whole and show what it holds"), runVerifyBackupCommand},
        {u"restore"_s, u"restore --from BACKUP --db FILE"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "restore a backup over a data file, all or nothing, keeping a safety copy of the file"),
         runRestoreCommand},
        {u"backups"_s, u"backups --folder FOLDER | backups --db FILE"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list the backups in a folder with what they hold, newest first"), runBackupsCommand},
        {u"backup-policy"_s,
         u"backup-policy --db FILE [--folder FOLDER] [--keep-daily N] [--keep-weekly N] [--on-exit yes|no] [--daily yes|no] "
         "[--encrypt yes|no]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "show or set where and when backups are made, and when the last good one was"),
         runBackupPolicyCommand},
        {u"bench-data"_s, u"bench-data --out FILE [--students N] [--years Y] [--attachments]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "write a large school for the benchmark (at most 5000 students, 20 years) to a new file"),
         runBenchDataCommand},
        {u"school"_s, u"school guidance|members|contacts|documents|activities|funding|completeness --db FILE [add …]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "the school's archive: guidance visits, groups, contacts, documents, activities, funding"),
         runSchoolWorkCommand},
        {u"accounts"_s, u"accounts --db FILE"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "list the accounts, one per line: user name, staff member, roles, disabled (no secrets)"),
         runAccountsCommand},
        {u"accounts add"_s, u"accounts add --db FILE --staff NAME --role ROLE [--role ROLE …] [--name USER]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "add an account for a staff member; the password is read from the terminal or standard input"),
         runAccountsCommand},
        {u"accounts disable"_s, u"accounts disable|enable --db FILE --name USER"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "disable an account (or enable it again)"), runAccountsCommand},
        {u"accounts password"_s, u"accounts password --db FILE [--name USER]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "change your password; an administrator resets another account's"), runAccountsCommand},
        {u"accounts recover"_s, u"accounts recover --db FILE --name USER"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "reset an administrator's forgotten password with the recovery code"), runAccountsCommand},
        {u"ledger"_s,
         u"ledger --db FILE [--room R] [--category C] | ledger add|categories [add]|loan|return|receive|issue|import|export|"
         u"check|maintain|repair|damage|paid|scrap|approve-scrap|transfer|history|schedule add|schedules|loans|"
         u"stocktake [start|tick|count|report|confirm]|usage [--unused] …"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "the equipment and materials ledger: items, loans, stock, events, schedules, stocktakes, import, export"),
         runLedgerCommand},
        {u"audit"_s,
         u"audit --db FILE [--since DATE] [--until DATE] [--by NAME] [--kind KIND] [--record TABLE:ID] [--export FILE]"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "the audit trail: who changed or read what and when, filtered, or exported"),
         runAuditCommand},
        {u"retention"_s, u"retention --db FILE [--years N] | retention delete --db FILE --student ID --confirm"_s,
         QT_TRANSLATE_NOOP("rr::Cli", "students who left more than N years ago, for review; delete one with all their records"),
         runRetentionCommand},
    };
    return commands;
}

static void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("rr::Cli", "ResourceRoom command line (resourceroom-cli %1)").arg(QStringLiteral(RR_VERSION)) << '\n'
        << QCoreApplication::translate("rr::Cli", "Usage: resourceroom-cli COMMAND [options]") << "\n\n";
    for (const CliCommand &command : cliCommands())
        out << "  " << command.synopsis << "\n      " << cliTr(command.summary) << '\n';
    out << "\n  --user NAME\n      "
        << QCoreApplication::translate("rr::Cli", "with any command on a data file protected by accounts: sign in as NAME "
                                                  "(the password is read from the terminal, or from standard input)")
        << "\n  --version\n  --help\n";
}

int failWith(CliIo &io, const QString &reason)
{
    io.err << QCoreApplication::translate("rr::Cli", "Error: %1").arg(reason.simplified()) << Qt::endl;
    return ExitBadInput;
}

int usageError(CliIo &io, const QString &reason, const QString &synopsis)
{
    io.err << QCoreApplication::translate("rr::Cli", "Usage error: %1").arg(reason.simplified()) << '\n'
           << QCoreApplication::translate("rr::Cli", "Usage: resourceroom-cli %1").arg(synopsis) << Qt::endl;
    return ExitBadUsage;
}

int requireOptions(const QCommandLineParser &parser, const QStringList &names, CliIo &io, const QString &synopsis)
{
    for (const QString &name : names)
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return usageError(io, QCoreApplication::translate("rr::Cli", "--%1 is required.").arg(name), synopsis);
    return ExitSuccess;
}

bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, CliIo &io, const QString &synopsis,
                  int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(u"help"_s);
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        exitCode = usageError(io, parser.errorText(), synopsis);
        return false;
    }
    if (parser.isSet(help)) {
        io.out << QCoreApplication::translate("rr::Cli", "Usage: resourceroom-cli %1").arg(synopsis) << Qt::endl;
        exitCode = ExitSuccess;
        return false;
    }
    return true;
}

// A protected file is usable only once --user signed in (CliSignIn.h).
static Result<std::shared_ptr<Database>> signedIn(Result<std::shared_ptr<Database>> db)
{
    if (!db)
        return db;
    if (auto done = signInForCli(*db); !done)
        return done.error();
    return db;
}

Result<std::shared_ptr<Database>> openDatabaseOption(const QCommandLineParser &parser)
{
    const QString path = parser.value(u"db"_s);
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Cli", "--db FILE is required."));
    return signedIn(Database::open(path, OpenMode::OpenExisting));
}

Result<std::shared_ptr<Database>> openDatabaseForWriting(const QCommandLineParser &parser)
{
    const QString path = parser.value(u"db"_s);
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Cli", "--db FILE is required."));
    return signedIn(Database::open(path, OpenMode::OpenExisting, Access::Exclusive));
}

std::shared_ptr<Database> parseAndOpenDatabase(QCommandLineParser &parser, const QStringList &arguments, CliIo &io,
                                               const QString &synopsis, int &exitCode, bool forWriting)
{
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return nullptr;
    if (!parser.isSet(u"db"_s)) {
        exitCode = usageError(io, QCoreApplication::translate("rr::Cli", "--db FILE is required."), synopsis);
        return nullptr;
    }
    auto db = forWriting ? openDatabaseForWriting(parser) : openDatabaseOption(parser);
    if (!db) {
        exitCode = failWith(io, db.error().message);
        return nullptr;
    }
    return *db;
}

int runCli(const QStringList &arguments)
{
    QCoreApplication::setOrganizationName(u"ResourceRoom"_s);
    QCoreApplication::setApplicationName(u"resourceroom"_s);
    installTranslations(qEnvironmentVariable("RR_LANG", u"zh_CN"_s));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err, systemClock()};

    if (arguments.size() < 2 || arguments.at(1) == u"--help"_s || arguments.at(1) == u"help"_s) {
        printHelp(out);
        return arguments.size() < 2 ? ExitBadUsage : ExitSuccess;
    }
    if (arguments.at(1) == u"--version"_s) {
        out << "resourceroom-cli " << RR_VERSION << Qt::endl;
        return ExitSuccess;
    }
    QStringList words = arguments;
    if (QString problem; !takeCliUser(words, problem))
        return usageError(io, problem, u"COMMAND --user NAME [options]"_s);
    // "holidays add" is listed on its own but run by "holidays": the first word picks the command.
    for (const CliCommand &command : cliCommands()) {
        const QString word = command.name.section(u' ', 0, 0);
        if (words.size() > 1 && word == words.at(1)) {
            setCliCommand(word);
            QStringList rest = words.mid(2);
            rest.prepend(words.at(0) + u' ' + word);
            return command.run(rest, io);
        }
    }
    return usageError(io, QCoreApplication::translate("rr::Cli", "unknown command \"%1\"").arg(words.value(1)), u"COMMAND [options] (see --help)"_s);
}

} // namespace rr
