// The benchmark runs from one command and reports every measure. Figures
// are not checked: speed is never asserted in tests (docs/PERFORMANCE.md).
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("resourceroom-bench measures a small school and prints every measure")
{
    QTemporaryDir dir;
    const QString school = dir.filePath(u"small.rrdb"_s);
    const auto made = rr::test::runCli({u"bench-data"_s, u"--out"_s, school, u"--students"_s, u"5"_s, u"--years"_s, u"1"_s});
    REQUIRE(made.exitCode == 0);
    const QByteArray before = rr::test::sha256OfFile(school);

    QProcess bench;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RR_LANG"_s, u"en"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    bench.setProcessEnvironment(env);
    const QString report = dir.filePath(u"report.md"_s);
    bench.start(QStringLiteral(RR_BENCH_PATH), {u"--db"_s, school, u"--runs"_s, u"1"_s, u"--out"_s, report});
    REQUIRE(bench.waitForFinished(300000));
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    INFO(out.toStdString());
    INFO(QString::fromUtf8(bench.readAllStandardError()).toStdString());
    CHECK(bench.exitCode() == 0);
    CHECK_FALSE(out.contains(u"not measured"_s));

    QFile file(report);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(file.readAll());
    CHECK(table == out);
    const QStringList measures{u"Bare Qt window shown"_s,
                               u"Start to main window shown"_s,
                               u"Roster load (5 students)"_s,
                               u"Search keystroke to filtered roster"_s,
                               u"Opening a student's page"_s,
                               u"IEP PDF"_s,
                               u"A student's month of training records"_s,
                               u"Inspection of the semester, whole school"_s,
                               u"Import of 2,000 rows"_s,
                               u"Import of 20,000 rows"_s,
                               u"Peak memory, program started on the file"_s,
                               u"Peak memory, screens, forms and inspection"_s,
                               u"Peak memory, import of 20,000 rows"_s,
                               u"Data file size"_s};
    for (const QString &measure : measures) {
        INFO(measure.toStdString());
        CHECK(table.contains(u"| "_s + measure));
    }
    // Each row ends in a verdict (or — for a figure without a target).
    const QStringList rows = table.split(u'\n').filter(u"| "_s);
    CHECK(rows.size() == measures.size() + 1);   // and the header
    for (const QString &row : rows.mid(1))
        CHECK((row.endsWith(u"| met |"_s) || row.endsWith(u"| missed |"_s) || row.endsWith(u"| — |"_s)));
    // The school was only read: imports went into copies.
    CHECK(rr::test::sha256OfFile(school) == before);
}

TEST_CASE("resourceroom-bench without --db builds the school itself, in one command")
{
    QProcess bench;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RR_LANG"_s, u"en"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    bench.setProcessEnvironment(env);
    bench.start(QStringLiteral(RR_BENCH_PATH), {u"--students"_s, u"3"_s, u"--years"_s, u"1"_s, u"--runs"_s, u"1"_s});
    REQUIRE(bench.waitForFinished(300000));
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    const QString err = QString::fromUtf8(bench.readAllStandardError());
    INFO(out.toStdString());
    INFO(err.toStdString());
    CHECK(bench.exitCode() == 0);
    CHECK(err.contains(u"Building a school of 3 students over 1 years"_s));
    CHECK(out.contains(u"| Roster load (3 students)"_s));
    CHECK_FALSE(out.contains(u"not measured"_s));
}

TEST_CASE("resourceroom-bench refuses sizes bench-data refuses, before measuring anything")
{
    QProcess bench;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RR_LANG"_s, u"en"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    bench.setProcessEnvironment(env);
    bench.start(QStringLiteral(RR_BENCH_PATH), {u"--students"_s, u"999999"_s});
    REQUIRE(bench.waitForFinished(60000));
    CHECK(bench.exitCode() == 1);
    CHECK(bench.readAllStandardOutput().isEmpty());
    CHECK(QString::fromUtf8(bench.readAllStandardError()).contains(u"the school to measure could not be built"_s));
}
