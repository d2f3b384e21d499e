#include "calendar/ChineseDate.h"
#include "cli/CliCommand.h"

#include <QCoreApplication>
#include "lrc/LrcRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runStudentsCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"students --db FILE"_s;
    QCommandLineParser parser;
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    // ID numbers are masked, also inside names and classes (a misread file
    // can put one there): a terminal's scroll-back is a list like any other.
    const auto states = LrcRepository(db).allStates();
    if (!states)
        return failWith(io, states.error().message);
    const auto students = StudentRepository(db).summaries();
    if (!students)
        return failWith(io, students.error().message);
    for (const StudentSummary &s : *students) {
        QStringList needs;
        for (const Need &need : s.needs)
            needs << needTextChinese(need);
        io.out << s.id << '\t' << maskIdNumbersInText(s.name) << '\t' << chineseGrade(s.grade) << '\t'
               << maskIdNumbersInText(s.className) << '\t'
               << placementChinese(s.placement) << '\t' << needs.join(u'、') << '\t' << s.maskedIdNumber << '\t'
               << lrcStateChinese(states->value(s.id, LrcState::None)) << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
