// bench-data: a large school for the benchmark (resourceroom-bench). Never
// replaces a file: the benchmark's figures must not come from a school that
// overwrote someone's data.
#include "bench/BenchSchool.h"
#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// A whole number option within 1…maximum, or the Chinese refusal.
Result<int> boundedNumber(const QCommandLineParser &parser, const QString &name, int fallback, int maximum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).trimmed().toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Cli", "--%1 must be a whole number from 1 to %2.")
                                                      .arg(name)
                                                      .arg(maximum));
    return value;
}

} // namespace

int runBenchDataCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"bench-data --out FILE [--students N] [--years Y] [--attachments]"_s;
    QCommandLineParser parser;
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Cli", "the new data file"), u"FILE"_s});
    parser.addOption({u"students"_s, QCoreApplication::translate("rr::Cli", "how many students"), u"N"_s});
    parser.addOption({u"years"_s, QCoreApplication::translate("rr::Cli", "how many school years"), u"Y"_s});
    parser.addOption({u"attachments"_s, QCoreApplication::translate("rr::Cli", "add a scanned file per student and year")});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (int missing = requireOptions(parser, {u"out"_s}, io, synopsis); missing != ExitSuccess)
        return missing;
    const QString path = parser.value(u"out"_s);
    if (QFileInfo::exists(path))
        return failWith(io, QCoreApplication::translate("rr::Cli", "%1 exists already; bench-data never replaces a file.")
                                .arg(QDir::toNativeSeparators(path)));
    BenchSize size;
    auto students = boundedNumber(parser, u"students"_s, size.students, BenchSize::kMaxStudents);
    if (!students)
        return failWith(io, students.error().message);
    auto years = boundedNumber(parser, u"years"_s, size.years, BenchSize::kMaxYears);
    if (!years)
        return failWith(io, years.error().message);
    size.students = *students;
    size.years = *years;
    size.attachments = parser.isSet(u"attachments"_s);

    QElapsedTimer timer;
    timer.start();
    int shown = 0;
    auto written = writeBenchSchool(path, *io.clock, size, [&](int done, int total) {
        // A line every tenth of the way, so a long run shows it is alive.
        if (done * 10 / total > shown || done == total) {
            shown = done * 10 / total;
            io.err << QCoreApplication::translate("rr::Cli", "%1 of %2 students written").arg(done).arg(total) << Qt::endl;
        }
    });
    if (!written)
        return failWith(io, written.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Benchmark school written to %1").arg(QDir::toNativeSeparators(path)) << '\n'
           << QCoreApplication::translate("rr::Cli", "%1 students, %2 semesters, %3 IEPs, %4 training records, %5 progress points, "
                                                     "%6 assessments, %7 attachments")
                  .arg(written->students)
                  .arg(written->semesters)
                  .arg(written->ieps)
                  .arg(written->sessions)
                  .arg(written->progressPoints)
                  .arg(written->assessments)
                  .arg(written->attachments)
           << '\n'
           << QCoreApplication::translate("rr::Cli", "Took %1 s, file size %2 MB")
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
