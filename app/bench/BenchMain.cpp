// resourceroom-bench: measures the program on a large school in one run and
// prints a Markdown table (measure, figure, target, met). The school comes
// from `resourceroom-cli bench-data`; it is only read — imports go into
// copies. Timings are reported, never asserted: see docs/PERFORMANCE.md.
#include "BenchReport.h"
#include "Measures.h"

#include "common/PeakMemory.h"
#include "common/PrivateFiles.h"
#include "i18n/Language.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>


using namespace Qt::Literals::StringLiterals;

namespace {

QString processorName()
{
    QFile cpu(u"/proc/cpuinfo"_s);
    if (cpu.open(QIODevice::ReadOnly))
        for (const QByteArray &line : cpu.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return QSysInfo::currentCpuArchitecture();
}


rr::bench::ReportRow memoryRow(const QString &what, long kiB)
{
    const double bytes = double(kiB) * 1024;
    return {what, rr::bench::mebibytes(bytes), QCoreApplication::translate("rr::Bench", "≤ 200 MB"),
            kiB > 0 ? std::optional<bool>(bytes <= 200.0 * 1048576) : std::optional<bool>(false)};
}

} // namespace

int main(int argc, char *argv[])
{
    rr::makeNewFilesPrivate();
    // Without a display the measures run on the offscreen platform (as the
    // tests do); the child processes inherit the choice.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ResourceRoom"_s);
    QCoreApplication::setApplicationName(u"resourceroom-bench"_s);
    rr::installTranslations(qEnvironmentVariable("RR_LANG", u"zh_CN"_s));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Bench", "the school to measure (made by resourceroom-cli bench-data)"),
                      u"FILE"_s});
    parser.addOption({u"students"_s, QCoreApplication::translate("rr::Bench", "without --db: build a school of N students first (default 600)"),
                      u"N"_s, u"600"_s});
    parser.addOption({u"years"_s, QCoreApplication::translate("rr::Bench", "without --db: over Y school years (default 10)"),
                      u"Y"_s, u"10"_s});
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Bench", "also write the report to this Markdown file"), u"FILE"_s});
    parser.addOption({u"runs"_s, QCoreApplication::translate("rr::Bench", "repetitions of each measure (1 to 50, default 5)"),
                      u"N"_s});
    parser.process(app);
    rr::bench::BenchSetup setup;
    if (parser.isSet(u"runs"_s)) {
        bool ok = false;
        setup.runs = parser.value(u"runs"_s).toInt(&ok);
        if (!ok || setup.runs < 1 || setup.runs > 50) {
            err << QCoreApplication::translate("rr::Bench", "Error: --runs must be a whole number from 1 to 50.") << Qt::endl;
            return 1;
        }
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        err << QCoreApplication::translate("rr::Bench", "Error: could not create a temporary folder.") << Qt::endl;
        return 1;
    }
    QString dataFile = parser.value(u"db"_s);
    if (dataFile.isEmpty()) {
        // One command from nothing: the school is built first, by the same
        // bench-data command (which checks the sizes), into the temporary folder.
        dataFile = QDir(work.path()).filePath(u"bench-school.sqlite"_s);
        err << QCoreApplication::translate("rr::Bench", "Building a school of %1 students over %2 years…")
                   .arg(parser.value(u"students"_s), parser.value(u"years"_s))
            << Qt::endl;
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"resourceroom-cli"_s),
                  {u"bench-data"_s, u"--out"_s, dataFile, u"--students"_s, parser.value(u"students"_s), u"--years"_s,
                   parser.value(u"years"_s)});
        if (!cli.waitForFinished(-1) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
            err << QCoreApplication::translate("rr::Bench", "Error: the school to measure could not be built.") << Qt::endl;
            return 1;
        }
    }
    if (!QFileInfo(dataFile).isFile()) {
        err << QCoreApplication::translate("rr::Bench", "Error: %1 does not exist.").arg(QDir::toNativeSeparators(dataFile))
            << Qt::endl;
        return 1;
    }
    setup.dataFile = QFileInfo(dataFile).absoluteFilePath();
    setup.programDir = QCoreApplication::applicationDirPath();
    setup.workDir = work.path();
    setup.clock = rr::systemClock();

    rr::bench::BenchReport report;
    long programKiB = 0;
    err << QCoreApplication::translate("rr::Bench", "Measuring start-up…") << Qt::endl;
    rr::bench::measureStart(setup, report, &programKiB);

    auto db = rr::Database::open(setup.dataFile, rr::OpenMode::OpenExisting, rr::Access::ReadOnly);
    if (!db) {
        err << QCoreApplication::translate("rr::Bench", "Error: %1").arg(db.error().message) << Qt::endl;
        return 1;
    }
    setup.db = *db;
    err << QCoreApplication::translate("rr::Bench", "Measuring screens and forms…") << Qt::endl;
    rr::bench::measureScreensAndForms(setup, report);
    const long benchKiB = rr::peakResidentKiB();
    setup.db.reset();
    db->reset();

    long importKiB = 0;
    err << QCoreApplication::translate("rr::Bench", "Measuring imports…") << Qt::endl;
    rr::bench::measureImports(setup, report, &importKiB);

    report.add(memoryRow(QCoreApplication::translate("rr::Bench", "Peak memory, program started on the file"), programKiB));
    report.add(memoryRow(QCoreApplication::translate("rr::Bench", "Peak memory, screens, forms and inspection"), benchKiB));
    report.add(memoryRow(QCoreApplication::translate("rr::Bench", "Peak memory, import of 20,000 rows"), importKiB));
    report.add({QCoreApplication::translate("rr::Bench", "Data file size"),
                rr::bench::mebibytes(double(QFileInfo(setup.dataFile).size())), {}, std::nullopt});

    const int cores = QThread::idealThreadCount();
    const QString machine = QCoreApplication::translate("rr::Bench", "%1 · %n core(s) · Qt %2 · platform %3 · %4", nullptr, cores)
                                .arg(processorName(), QString::fromLatin1(qVersion()), QGuiApplication::platformName(),
                                     QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s));
    const QString heading = u"## resourceroom-bench "_s + QStringLiteral(RR_VERSION) + u"\n\n"_s + machine + u"\n\n"_s
                            + QCoreApplication::translate("rr::Bench", "Data file: %1").arg(QDir::toNativeSeparators(setup.dataFile));
    const QString text = report.markdown(heading);
    out << text << Qt::flush;
    if (parser.isSet(u"out"_s)) {
        QSaveFile file(parser.value(u"out"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            err << QCoreApplication::translate("rr::Bench", "Error: could not write %1.").arg(parser.value(u"out"_s)) << Qt::endl;
            return 1;
        }
    }
    bool allTaken = true;
    for (const auto &row : report.rows())
        allTaken = allTaken && row.taken;
    return allTaken ? 0 : 1;
}
