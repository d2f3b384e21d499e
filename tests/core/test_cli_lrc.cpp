// `lrc` on the command line: history with corrections, a step, a correction;
// the same refusals as the GUI (reason and 经办人 for 撤销), Chinese messages,
// exit codes 0/1/2. Starts from an empty data file, not the demo.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "lrc/LrcRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("lrc records steps, refuses a revocation without reason, corrects a mistaken step", "[cli][lrc]")
{
    auto temp = test::makeTempDatabase();
    Student s;
    s.name = u"陈小雨"_s;
    auto student = StudentRepository(temp->db).add(s);
    REQUIRE(student);
    const QString db = temp->path();
    temp->db.reset();   // the CLI opens the file itself

    auto step = [&](const QStringList &more) {
        return test::runCli(QStringList{u"lrc"_s, u"step"_s, u"--db"_s, db, u"--student"_s, u"陈小雨"_s} + more);
    };
    // Keys and Chinese names are both accepted.
    auto applied = step({u"--step"_s, u"applied"_s, u"--date"_s, u"2026-09-03"_s, u"--who"_s, u"家长"_s});
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out.contains(u"家长申请"_s));
    REQUIRE(step({u"--step"_s, u"学校意见"_s, u"--date"_s, u"2026-09-10"_s, u"--who"_s, u"何校长"_s}).exitCode == 0);
    REQUIRE(step({u"--step"_s, u"上报中心"_s, u"--date"_s, u"2026-09-20"_s, u"--who"_s, u"马晓燕"_s}).exitCode == 0);
    REQUIRE(step({u"--step"_s, u"中心确认"_s, u"--date"_s, u"2026-10-20"_s, u"--who"_s, u"资源中心"_s,
                  u"--note"_s, u"同意"_s})
                .exitCode == 0);

    // 撤销 without a reason: refused in one Chinese line, exit 1, nothing written.
    auto noReason = step({u"--step"_s, u"撤销"_s, u"--date"_s, u"2026-12-01"_s, u"--who"_s, u"马晓燕"_s});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.trimmed().count(u'\n') == 0);
    CHECK(noReason.err.contains(u"原因"_s));
    // Missing --who or --date is bad usage.
    CHECK(step({u"--step"_s, u"撤销"_s, u"--date"_s, u"2026-12-01"_s, u"--reason"_s, u"转学"_s}).exitCode == 2);
    CHECK(step({u"--step"_s, u"撤销"_s, u"--who"_s, u"马晓燕"_s}).exitCode == 2);
    CHECK(step({u"--step"_s, u"跳级"_s, u"--date"_s, u"2026-12-01"_s, u"--who"_s, u"马晓燕"_s}).exitCode == 1);

    auto revoked = step({u"--step"_s, u"撤销"_s, u"--date"_s, u"2026-12-01"_s, u"--who"_s, u"马晓燕"_s,
                         u"--reason"_s, u"家长申请转学"_s});
    INFO(revoked.err.toStdString());
    REQUIRE(revoked.exitCode == 0);
    CHECK(revoked.out.contains(u"已撤销"_s));

    auto reopened = Database::open(db, OpenMode::OpenExisting);
    REQUIRE(reopened);
    const qint64 revokedId = LrcRepository(*reopened).history(*student)->constLast().id;
    reopened->reset();

    auto correct = [&](const QStringList &more) {
        return test::runCli(QStringList{u"lrc"_s, u"correct"_s, u"--db"_s, db, u"--student"_s, u"陈小雨"_s} + more);
    };
    CHECK(correct({u"--event"_s, QString::number(revokedId), u"--who"_s, u"马晓燕"_s}).exitCode == 2);   // no reason
    CHECK(correct({u"--event"_s, u"999"_s, u"--reason"_s, u"录错"_s, u"--who"_s, u"马晓燕"_s}).exitCode == 1);
    auto corrected = correct({u"--event"_s, QString::number(revokedId), u"--reason"_s, u"录错学生"_s, u"--who"_s, u"马晓燕"_s});
    INFO(corrected.err.toStdString());
    REQUIRE(corrected.exitCode == 0);
    CHECK(corrected.out.contains(u"已确认"_s));
    // Twice is refused.
    CHECK(correct({u"--event"_s, QString::number(revokedId), u"--reason"_s, u"再次"_s, u"--who"_s, u"马晓燕"_s}).exitCode == 1);

    // The history shows both the voided step, with its correction, and the status without it.
    auto history = test::runCli({u"lrc"_s, u"--db"_s, db, u"--student"_s, u"陈小雨"_s});
    REQUIRE(history.exitCode == 0);
    const QStringList lines = history.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(4).startsWith(QString::number(revokedId) + u'\t'));
    CHECK(lines.at(4).contains(u"撤销"_s));
    CHECK(lines.at(4).contains(u"家长申请转学"_s));
    CHECK(lines.at(4).contains(u"录错学生"_s));
    CHECK(lines.at(4).contains(u"已更正"_s));
    CHECK_FALSE(lines.at(3).contains(u"已更正"_s));
    CHECK(lines.at(5).contains(u"已确认"_s));

    CHECK(test::runCli({u"lrc"_s, u"--db"_s, db}).exitCode == 2);
    CHECK(test::runCli({u"lrc"_s, u"--db"_s, db, u"--student"_s, u"无此人"_s}).exitCode == 1);
}
