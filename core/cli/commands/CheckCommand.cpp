#include "cli/CliCommand.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "students/StudentRepository.h"

#include <QDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runCheckCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"check --db FILE"_s;
    QCommandLineParser parser;
    parser.addOption({u"db"_s, cliTr("the data file"), u"FILE"_s});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (!parser.isSet(u"db"_s))
        return usageError(io, cliTr("--db FILE is required."), synopsis);
    auto db = openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);
    const IntegrityReport report = checkIntegrity(**db);
    io.out << cliTr("Data file: %1").arg(QDir::toNativeSeparators((*db)->path())) << '\n'
           << cliTr("Data version: %1 (program: %2)").arg(report.schemaVersion).arg(report.latestVersion) << '\n';
    if (!(*db)->upgradeBackupPath().isEmpty())
        io.out << cliTr("Upgraded; the previous file was kept as %1")
                      .arg(QDir::toNativeSeparators((*db)->upgradeBackupPath()))
               << '\n';
    io.out << cliTr("Students: %1").arg(StudentRepository(*db).count()) << '\n';
    for (const QString &problem : report.problems)
        io.out << cliTr("Problem: %1").arg(problem) << '\n';
    io.out << (report.sound() ? cliTr("Result: sound") : cliTr("Result: %n problem(s)", nullptr, int(report.problems.size())))
           << Qt::endl;
    return report.sound() ? ExitSuccess : ExitBadInput;
}

} // namespace rr
