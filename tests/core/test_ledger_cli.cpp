#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "ledger/LedgerItemRepository.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList initSchool(const QString &db)
{
    return {u"init"_s, u"--db"_s, db, u"--school"_s, u"星光小学"_s, u"--teacher"_s, u"马晓燕"_s,
            u"--semester"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2027-01-22"_s, u"--no-protect"_s};
}

test::CliRun run(const QStringList &arguments)
{
    const auto result = test::runCli(arguments);
    INFO(QString(arguments.join(u' ') + u"\n"_s + result.out + result.err).toStdString());
    return result;
}

QStringList lines(const QString &out) { return out.split(u'\n', Qt::SkipEmptyParts); }

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

struct School {
    QTemporaryDir dir;
    QString db = dir.filePath(u"school.sqlite"_s);
    School()
    {
        REQUIRE(run(initSchool(db)).exitCode == 0);
        REQUIRE(run({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"资源教室二"_s, u"--type"_s, u"资源教室"_s}).exitCode == 0);
        REQUIRE(run({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"个训室一"_s, u"--type"_s, u"个训室"_s}).exitCode == 0);
        REQUIRE(run({u"staff"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"王老师"_s, u"--role"_s, u"任课教师"_s}).exitCode == 0);
    }
};

} // namespace

TEST_CASE("ledger from the CLI on a new school: categories, add, list, loan, return, stock", "[ledger][cli]")
{
    School s;
    auto categories = run({u"ledger"_s, u"categories"_s, u"--db"_s, s.db});
    REQUIRE(categories.exitCode == 0);
    CHECK(lines(categories.out).size() == 9);
    auto added = run({u"ledger"_s, u"categories"_s, u"add"_s, u"--db"_s, s.db, u"--name"_s, u"心理沙盘"_s, u"--code"_s, u"sp"_s});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(u"SP"_s));
    CHECK(lines(run({u"ledger"_s, u"categories"_s, u"--db"_s, s.db}).out).size() == 10);
    CHECK(run({u"ledger"_s, u"categories"_s, u"add"_s, u"--db"_s, s.db, u"--name"_s, u"心理沙盘"_s}).exitCode == 1);

    auto board = run({u"ledger"_s, u"add"_s, u"--db"_s, s.db, u"--name"_s, u"平衡板"_s, u"--category"_s, u"感统器材"_s,
                      u"--quantity"_s, u"2"_s, u"--price"_s, u"120.50"_s, u"--unit"_s, u"块"_s, u"--room"_s, u"资源教室二"_s,
                      u"--date"_s, u"2026-09-01"_s});
    REQUIRE(board.exitCode == 0);
    CHECK(board.out.contains(u"GT-001"_s));
    REQUIRE(run({u"ledger"_s, u"add"_s, u"--db"_s, s.db, u"--name"_s, u"益智积木"_s, u"--category"_s, u"教具"_s,
                 u"--room"_s, u"个训室一"_s, u"--date"_s, u"2026-09-01"_s}).exitCode == 0);
    REQUIRE(run({u"ledger"_s, u"add"_s, u"--db"_s, s.db, u"--name"_s, u"A4纸"_s, u"--category"_s, u"低值易耗品"_s,
                 u"--quantity"_s, u"10"_s, u"--unit"_s, u"包"_s, u"--date"_s, u"2026-09-01"_s}).exitCode == 0);
    CHECK(run({u"ledger"_s, u"add"_s, u"--db"_s, s.db, u"--name"_s, u"X"_s, u"--category"_s, u"没有的类别"_s}).exitCode == 1);
    CHECK(run({u"ledger"_s, u"add"_s, u"--db"_s, s.db, u"--category"_s, u"教具"_s}).exitCode == 2);

    auto list = run({u"ledger"_s, u"--db"_s, s.db});
    REQUIRE(list.exitCode == 0);
    const QStringList items = lines(list.out);
    REQUIRE(items.size() == 3);
    for (const QString &line : items) {
        bool isId = false;
        line.section(u'\t', 0, 0).toLongLong(&isId);
        CHECK(isId);
    }
    CHECK(items.at(0).contains(u"GT-001\t平衡板\t感统器材\t资源教室二\t2块\t120.50\t241.00"_s));
    CHECK(lines(run({u"ledger"_s, u"--db"_s, s.db, u"--room"_s, u"个训室一"_s}).out).size() == 1);
    CHECK(lines(run({u"ledger"_s, u"--db"_s, s.db, u"--category"_s, u"HC"_s}).out).size() == 1);
    CHECK(run({u"ledger"_s, u"--db"_s, s.db, u"--room"_s, u"没有的房间"_s}).exitCode == 1);

    auto loan = run({u"ledger"_s, u"loan"_s, u"--db"_s, s.db, u"--item"_s, u"GT-001"_s, u"--borrower"_s, u"王老师"_s,
                     u"--due"_s, u"2026-09-10"_s, u"--date"_s, u"2026-09-02"_s});
    REQUIRE(loan.exitCode == 0);
    CHECK(lines(run({u"ledger"_s, u"--db"_s, s.db}).out).at(0).count(u'\t') == 9);   // with what is on loan
    auto refused = run({u"ledger"_s, u"loan"_s, u"--db"_s, s.db, u"--item"_s, u"JJ-001"_s, u"--borrower"_s, u"王老师"_s,
                        u"--due"_s, u"2026-09-10"_s, u"--date"_s, u"2026-09-02"_s});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"不得带离该室"_s));
    CHECK(run({u"ledger"_s, u"loan"_s, u"--db"_s, s.db, u"--item"_s, u"GT-001"_s, u"--borrower"_s, u"没有这个人"_s,
               u"--due"_s, u"2026-09-10"_s}).exitCode == 1);
    CHECK(run({u"ledger"_s, u"loan"_s, u"--db"_s, s.db, u"--item"_s, u"GT-001"_s, u"--borrower"_s, u"王老师"_s}).exitCode == 2);

    REQUIRE(run({u"ledger"_s, u"return"_s, u"--db"_s, s.db, u"--item"_s, u"GT-001"_s, u"--date"_s, u"2026-09-09"_s}).exitCode == 0);
    CHECK(run({u"ledger"_s, u"return"_s, u"--db"_s, s.db, u"--item"_s, u"GT-001"_s}).exitCode == 1);
    CHECK(lines(run({u"ledger"_s, u"--db"_s, s.db}).out).at(0).count(u'\t') == 8);

    auto issued = run({u"ledger"_s, u"issue"_s, u"--db"_s, s.db, u"--item"_s, u"HC-001"_s, u"--quantity"_s, u"4"_s,
                       u"--reason"_s, u"打印"_s});
    REQUIRE(issued.exitCode == 0);
    CHECK(issued.out.contains(u"6"_s));
    CHECK(run({u"ledger"_s, u"issue"_s, u"--db"_s, s.db, u"--item"_s, u"HC-001"_s, u"--quantity"_s, u"7"_s}).exitCode == 1);
    CHECK(run({u"ledger"_s, u"receive"_s, u"--db"_s, s.db, u"--item"_s, u"HC-001"_s, u"--quantity"_s, u"5"_s}).exitCode == 0);
    CHECK(lines(run({u"ledger"_s, u"--db"_s, s.db, u"--category"_s, u"HC"_s}).out).at(0).contains(u"\t11包\t"_s));
}

TEST_CASE("ledger import: GB18030 CSV with errors and warnings per row, dry run, limits; export and re-import .xlsx",
          "[ledger][cli][import]")
{
    School s;
    const QString csv = s.dir.filePath(u"台账.csv"_s);
    const QString text =
        u"星光小学资源教室物资台账\n"
        u"编号,名称,类别,规格型号,单位,数量,单价,金额,购置日期,经费来源,功能室,保管人,状况,可借用,有效期至,无关列\n"
        u"KF-101,站立架,康复训练设备,儿童型,台,1,\"1,800.00\",1800.00,2024/3/5,专项经费,资源教室二,马晓燕,完好,是,,x\n"
        u",触觉球,感统器材,,个,6,25,160,2024-03-05,专项经费,多功能厅,李四,完好,否,,\n"
        u",碘伏,药品,100ml,瓶,2,8.5,17,2025-01-01,,资源教室二,,,,2025-06-30,\n"
        u",,教具,,,1,,,,,,,,,,\n"
        u",蹦床,没有的类别,,台,1,300,300,,,,,,,,\n"
        u",平板,教具,,台,两,300,,,,,,,,,\n"
        u"KF-101,重复编号,康复训练设备,,台,1,1,1,,,,,,,,\n"
        u",,,,,,,,,,,,,,,\n"
        u"合计,,,,,,,,,,,,,,,\n"_s;
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    writeFile(csv, QByteArray(gb18030.encode(text)));

    auto dry = run({u"ledger"_s, u"import"_s, csv, u"--db"_s, s.db, u"--dry-run"_s});
    INFO(QString(dry.out + dry.err).toStdString());
    REQUIRE(dry.exitCode == 0);
    const QStringList rows = lines(dry.out);
    REQUIRE(rows.size() == 9);   // seven rows, the unused column, the summary
    CHECK(rows.at(0).contains(u"站立架"_s));
    CHECK_FALSE(rows.at(0).contains(u"错误"_s));
    CHECK(rows.at(1).contains(u"多功能厅"_s));    // warning: no such room
    CHECK(rows.at(1).contains(u"李四"_s));        // warning: not on the staff list
    CHECK(rows.at(1).contains(u"150.00"_s));      // warning: 6 × 25 is not 160
    CHECK(rows.at(2).contains(u"2025"_s));        // warning: expired
    CHECK(rows.at(3).startsWith(u"6"_s) == false);
    CHECK(rows.at(3).contains(u"6"_s));
    CHECK(rows.at(4).contains(u"没有的类别"_s));
    CHECK(rows.at(5).contains(u"两"_s));
    CHECK(rows.at(6).contains(u"KF-101"_s));
    CHECK(dry.out.contains(u"无关列"_s));
    CHECK(lines(run({u"ledger"_s, u"--db"_s, s.db}).out).isEmpty());

    auto real = run({u"ledger"_s, u"import"_s, csv, u"--db"_s, s.db, u"--date"_s, u"2026-09-01"_s});
    REQUIRE(real.exitCode == 0);
    const QStringList listed = lines(run({u"ledger"_s, u"--db"_s, s.db}).out);
    REQUIRE(listed.size() == 3);
    CHECK(listed.join(u'\n').contains(u"KF-101\t站立架\t康复训练设备\t资源教室二\t1台\t1800.00\t1800.00"_s));
    CHECK(listed.join(u'\n').contains(u"GT-001\t触觉球"_s));

    // Export, then import into another new school: the same ledger.
    const QString xlsx = s.dir.filePath(u"ledger.xlsx"_s);
    REQUIRE(run({u"ledger"_s, u"export"_s, u"--db"_s, s.db, u"--out"_s, xlsx}).exitCode == 0);
    School other;
    auto again = run({u"ledger"_s, u"import"_s, xlsx, u"--db"_s, other.db, u"--date"_s, u"2026-09-01"_s});
    REQUIRE(again.exitCode == 0);
    CHECK(lines(run({u"ledger"_s, u"--db"_s, other.db}).out).size() == 3);

    // A file without the headings, and one too large, are refused whole.
    const QString bad = s.dir.filePath(u"bad.csv"_s);
    writeFile(bad, "a,b,c\n1,2,3\n");
    auto refused = run({u"ledger"_s, u"import"_s, bad, u"--db"_s, s.db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"名称"_s));
    const QString huge = s.dir.filePath(u"huge.csv"_s);
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("名称,类别\n");
        const QByteArray line = QStringLiteral("球,教具\n").toUtf8();
        for (int i = 0; i < 20'001; ++i)
            file.write(line);
    }
    auto tooMany = run({u"ledger"_s, u"import"_s, huge, u"--db"_s, s.db, u"--dry-run"_s});
    CHECK(tooMany.exitCode == 1);
    CHECK(tooMany.err.contains(u"20000"_s));
}
