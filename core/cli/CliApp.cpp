#include "cli/CliApp.h"

#include "cli/CliCommand.h"
#include "i18n/Language.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString cliTr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("rr::Cli", text, disambiguation, n);
}

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands{
        {u"demo"_s, u"demo --out FILE [--force]"_s, QT_TRANSLATE_NOOP("rr::Cli", "write the demo school to a new data file"),
         runDemoCommand},
        {u"check"_s, u"check --db FILE"_s, QT_TRANSLATE_NOOP("rr::Cli", "check a data file's integrity and version"),
         runCheckCommand},
        {u"semesters"_s, u"semesters --db FILE"_s, QT_TRANSLATE_NOOP("rr::Cli", "list the semesters, oldest first"),
         runSemestersCommand},
        {u"students"_s, u"students --db FILE"_s, QT_TRANSLATE_NOOP("rr::Cli", "list the students (ID numbers masked)"),
         runStudentsCommand},
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
    };
    return commands;
}

static void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("rr::Cli", "ResourceRoom command line (resourceroom-cli %1)").arg(QStringLiteral(RR_VERSION)) << '\n'
        << QCoreApplication::translate("rr::Cli", "Usage: resourceroom-cli COMMAND [options]") << "\n\n";
    for (const CliCommand &command : cliCommands())
        out << "  " << command.synopsis << "\n      " << cliTr(command.summary) << '\n';
    out << "\n  --version\n  --help\n";
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

Result<std::shared_ptr<Database>> openDatabaseOption(const QCommandLineParser &parser)
{
    const QString path = parser.value(u"db"_s);
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Cli", "--db FILE is required."));
    return Database::open(path, OpenMode::OpenExisting);
}

Result<std::shared_ptr<Database>> openDatabaseForWriting(const QCommandLineParser &parser)
{
    const QString path = parser.value(u"db"_s);
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Cli", "--db FILE is required."));
    return Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
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
    for (const CliCommand &command : cliCommands()) {
        if (command.name == arguments.at(1)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.at(0) + u' ' + command.name);
            return command.run(rest, io);
        }
    }
    return usageError(io, QCoreApplication::translate("rr::Cli", "unknown command \"%1\"").arg(arguments.at(1)), u"COMMAND [options] (see --help)"_s);
}

} // namespace rr
