#include "ChildRun.h"
#include "Measures.h"

#include "common/Result.h"
#include "demo/DemoPeople.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace rr::bench {

using namespace Qt::Literals::StringLiterals;

namespace {

// A roster as a school office exports it: `rows` new students with valid ID
// numbers (none already in the file: another region code), names and birth
// dates varied so that no two rows are the same child.
Result<QString> writeRoster(const QString &folder, int rows)
{
    const QString path = QDir(folder).filePath(u"roster-%1.csv"_s.arg(rows));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::FileUnusable, file.errorString());
    const QStringList surnames = u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗"_s.split(u' ');
    const QStringList given = u"小 子 思 佳 宇 欣 浩 梓 一 雨 晨 明 嘉 俊 若 文 家 志 铭 婉"_s.split(u' ');
    const QStringList last = u"涵 怡 然 轩 诺 桐 航 远 豪 杰 曦 阳 琪 博 萱 泽 强 彤 萌 清"_s.split(u' ');
    QTextStream out(&file);
    out << u"序号,姓名,性别,出生日期,身份证号,年级,班级,残疾类别,残疾等级,安置方式,班主任,家长姓名,联系电话,家庭住址\n"_s;
    const QDate firstBirth(2010, 9, 1);
    for (int i = 0; i < rows; ++i) {
        const QDate birth = firstBirth.addDays(i % 3650);
        const bool boy = i % 2 == 0;
        const int sequence = 2 * ((i / 3650) % 499) + (boy ? 1 : 2);
        const QString name = surnames.at(i % 20) + given.at((i / 20) % 20) + last.at((i / 400) % 20);
        const int grade = 1 + i % 6;
        out << (i + 1) << ',' << name << ',' << (boy ? u"男"_s : u"女"_s) << ',' << birth.toString(Qt::ISODate) << ','
            << makeCitizenId(u"650102"_s, birth, sequence) << ',' << grade << ',' << (1 + i % 8) << u"班,"_s
            << (i % 3 == 0 ? u"智力,四级,"_s : i % 3 == 1 ? u"学习障碍,,"_s : u"孤独症,,"_s) << u"随班就读,王丽,"_s
            << surnames.at(i % 20) << u"建军,"_s << u"137%1"_s.arg(10000000 + i, 8, 10, QLatin1Char('0')) << ','
            << u"解放路%1号"_s.arg(1 + i % 300) << '\n';
    }
    out.flush();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::FileUnusable, file.errorString());
    return path;
}

struct ImportRun {
    double ms = 0;
    long rssKiB = 0;
};

// The import into a fresh copy of the school, by the command line program.
Result<ImportRun> importInto(const BenchSetup &setup, const QString &roster, int rows, int run)
{
    const QString copy = QDir(setup.workDir).filePath(u"import-%1-%2.sqlite"_s.arg(rows).arg(run));
    QFile::remove(copy);
    if (!QFile::copy(setup.dataFile, copy))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Bench", "could not copy %1").arg(setup.dataFile));
    const ChildRun child = runChild(QDir(setup.programDir).filePath(u"resourceroom-cli"_s),
                                    {u"import-roster"_s, roster, u"--db"_s, copy}, {u"RR_LANG=en"_s, u"RR_REPORT_PEAK_MEMORY=1"_s});
    QFile::remove(copy);
    static const QRegularExpression imported(u"Imported (\\d+) students"_s);
    const auto match = imported.match(child.out);
    if (child.exitCode != 0 || !match.hasMatch())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Bench", "import-roster exited with %1: %2")
                                                      .arg(child.exitCode)
                                                      .arg(child.err.trimmed().right(300)));
    if (match.captured(1).toInt() != rows)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Bench", "%1 of %2 rows were imported")
                                                      .arg(match.captured(1))
                                                      .arg(rows));
    static const QRegularExpression peak(u"^peak-memory (\\d+)$"_s, QRegularExpression::MultilineOption);
    return ImportRun{child.wallMs, peak.match(child.err).captured(1).toLong()};
}

} // namespace

void measureImports(const BenchSetup &setup, BenchReport &report, long *peakKiB)
{
    const QString smallMeasure = QCoreApplication::translate("rr::Bench", "Import of 2,000 rows");
    const QString largeMeasure = QCoreApplication::translate("rr::Bench", "Import of 20,000 rows");
    const QString target = QCoreApplication::translate("rr::Bench", "≤ 12 × the 2,000-row import");
    auto small = writeRoster(setup.workDir, 2000);
    auto large = small ? writeRoster(setup.workDir, 20000) : small;
    if (!small || !large) {
        report.failed(largeMeasure, target, (small ? large : small).error().message);
        return;
    }
    QList<double> smallTimes;
    for (int run = 0; run < std::max(1, setup.runs / 2); ++run) {
        auto r = importInto(setup, *small, 2000, run);
        if (!r) {
            report.failed(smallMeasure, {}, r.error().message);
            return;
        }
        smallTimes.append(r->ms);
        *peakKiB = std::max(*peakKiB, r->rssKiB);
    }
    auto r = importInto(setup, *large, 20000, 0);
    if (!r) {
        report.failed(largeMeasure, target, r.error().message);
        return;
    }
    *peakKiB = std::max(*peakKiB, r->rssKiB);
    const Spread smallSpread = spreadOf(smallTimes);
    const double ratio = r->ms / std::max(0.001, smallSpread.median);
    report.add({smallMeasure, spreadText(smallSpread), {}, std::nullopt});
    report.add({largeMeasure,
                milliseconds(r->ms) + QCoreApplication::translate("rr::Bench", "; %1 × the 2,000-row import").arg(ratio, 0, 'f', 1),
                target, ratio <= 12});
}

} // namespace rr::bench
