#include "cli/CliCommand.h"

#include <QCoreApplication>
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
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    const IntegrityReport report = checkIntegrity(*db);
    io.out << QCoreApplication::translate("rr::Cli", "Data file: %1").arg(QDir::toNativeSeparators(db->path())) << '\n'
           << QCoreApplication::translate("rr::Cli", "Data version: %1 (program: %2)").arg(report.schemaVersion).arg(report.latestVersion) << '\n';
    if (!db->upgradeBackupPath().isEmpty())
        io.out << QCoreApplication::translate("rr::Cli", "Upgraded; the previous file was kept as %1")
                      .arg(QDir::toNativeSeparators(db->upgradeBackupPath()))
               << '\n';
    // A file whose students cannot be counted is not sound, whatever the checks said.
    const auto students = StudentRepository(db).count();
    if (!students)
        return failWith(io, students.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Students: %1").arg(*students) << '\n';
    for (const QString &problem : report.problems)
        io.out << QCoreApplication::translate("rr::Cli", "Problem: %1").arg(problem) << '\n';
    io.out << (report.sound() ? QCoreApplication::translate("rr::Cli", "Result: sound") : QCoreApplication::translate("rr::Cli", "Result: %n problem(s)", nullptr, int(report.problems.size())))
           << Qt::endl;
    return report.sound() ? ExitSuccess : ExitBadInput;
}

} // namespace rr
