#include "ChildRun.h"
#include "Measures.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace rr::bench {

using namespace Qt::Literals::StringLiterals;

namespace {

// Milliseconds from the spawn to the child's report of its first painted
// window; nullopt (with the reason in `why`) when it did not report.
std::optional<double> firstShow(const QString &program, const QStringList &arguments, long *rssKiB, QString *why)
{
    const ChildRun run = runChild(program, arguments, {u"RR_REPORT_FIRST_SHOW=1"_s});
    static const QRegularExpression line(u"^first-show (\\d+) (\\d+)$"_s, QRegularExpression::MultilineOption);
    const auto match = line.match(run.out);
    if (!run.started || run.exitCode != 0 || !match.hasMatch()) {
        *why = run.started ? QCoreApplication::translate("rr::Bench", "%1 exited with %2: %3")
                                 .arg(QDir(program).dirName())
                                 .arg(run.exitCode)
                                 .arg(run.err.trimmed().right(300))
                           : QCoreApplication::translate("rr::Bench", "%1 could not be started").arg(program);
        return std::nullopt;
    }
    *rssKiB = std::max(*rssKiB, match.captured(2).toLong());
    return double(match.captured(1).toLongLong() - run.spawnNs) / 1e6;
}

} // namespace

void measureStart(const BenchSetup &setup, BenchReport &report, long *peakKiB)
{
    const QString program = QDir(setup.programDir).filePath(u"resourceroom"_s);
    const QString bare = QDir(setup.programDir).filePath(u"resourceroom-bare-window"_s);
    const QString measure = QCoreApplication::translate("rr::Bench", "Start to main window shown");
    const QString target = QCoreApplication::translate("rr::Bench", "≤ 1.5 × bare window");
    QList<double> programTimes;
    QList<double> bareTimes;
    long bareKiB = 0;
    QString why;
    // One round unmeasured first: libraries and fonts come into the page
    // cache, as they are on a PC that has run the program before.
    for (int round = 0; round <= setup.runs; ++round) {
        const auto b = firstShow(bare, {}, &bareKiB, &why);
        const auto p = firstShow(program, {u"--db"_s, setup.dataFile}, peakKiB, &why);
        if (!b || !p) {
            report.failed(measure, target, why);
            return;
        }
        if (round == 0)
            continue;
        bareTimes.append(*b);
        programTimes.append(*p);
    }
    const Spread programSpread = spreadOf(programTimes);
    const Spread bareSpread = spreadOf(bareTimes);
    const double ratio = programSpread.median / std::max(0.001, bareSpread.median);
    report.add({QCoreApplication::translate("rr::Bench", "Bare Qt window shown"), spreadText(bareSpread), {}, std::nullopt});
    report.add({measure,
                spreadText(programSpread) + QCoreApplication::translate("rr::Bench", "; %1 × the bare window").arg(ratio, 0, 'f', 2),
                target, ratio <= 1.5});
}

} // namespace rr::bench
