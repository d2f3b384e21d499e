// The school's archive from the command line, from an empty school: every
// list has its `school AREA add`, and the forms print what was added.
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

struct EmptySchool {
    QTemporaryDir dir;
    QString db;
};

std::unique_ptr<EmptySchool> emptySchool()
{
    auto school = std::make_unique<EmptySchool>();
    school->db = school->dir.filePath(u"school.sqlite"_s);
    const auto init = test::runCli({u"init"_s, u"--db"_s, school->db, u"--school"_s, u"红旗小学"_s, u"--teacher"_s, u"林老师"_s,
                                    u"--semester"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2027-01-22"_s, u"--no-protect"_s});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    return school;
}

test::CliRun school(const EmptySchool &s, QStringList args)
{
    args.prepend(u"school"_s);
    args << u"--db"_s << s.db;
    auto run = test::runCli(args);
    INFO(args.join(u' ').toStdString() + " → " + run.err.toStdString());
    return run;
}

QString printed(const EmptySchool &s, const QString &form, const QStringList &extra = {})
{
    const QString out = s.dir.filePath(form + u".pdf"_s);
    auto run = test::runCli(QStringList{u"print"_s, form, u"--db"_s, s.db, u"--out"_s, out} + extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return pdfText(out);
}

} // namespace

TEST_CASE("a school keeps its guidance visits, groups, contacts, activities and funding from the CLI and prints them")
{
    const auto s = emptySchool();
    const QString semester = u"2026年秋季学期"_s;

    auto run = school(*s, {u"guidance"_s, u"add"_s, u"--date"_s, u"2026-10-12"_s, u"--visitor"_s, u"周敏"_s, u"--centre"_s,
                           u"市特教中心"_s, u"--topic"_s, u"iep"_s, u"--topic"_s, u"家庭教育"_s, u"--problems"_s, u"目标笼统"_s,
                           u"--suggestions"_s, u"改写为可测量目标"_s, u"--follow-up"_s, u"两周内修订"_s, u"--result"_s, u"已修订"_s});
    REQUIRE(run.exitCode == 0);
    CHECK(school(*s, {u"guidance"_s, u"add"_s, u"--date"_s, u"2026-10-13"_s, u"--visitor"_s, u"周敏"_s, u"--topic"_s, u"飞行"_s})
              .exitCode == 1);
    CHECK(school(*s, {u"guidance"_s, u"add"_s, u"--date"_s, u"2026-10-13"_s}).exitCode == 2);
    const auto visits = school(*s, {u"guidance"_s, u"--semester"_s, semester});
    REQUIRE(visits.exitCode == 0);
    CHECK(visits.out.contains(u"2026-10-12\t周敏\t市特教中心\t个别化教育计划制订、家庭教育\t已修订"_s));
    CHECK(visits.out.contains(u"1"_s));

    REQUIRE(test::runCli({u"staff"_s, u"add"_s, u"--db"_s, s->db, u"--name"_s, u"郑校长"_s, u"--role"_s, u"leader"_s}).exitCode == 0);
    REQUIRE(school(*s, {u"members"_s, u"add"_s, u"--group"_s, u"领导小组"_s, u"--staff"_s, u"郑校长"_s, u"--role"_s, u"组长"_s,
                        u"--from"_s, u"2026-09-01"_s})
                .exitCode == 0);
    CHECK(school(*s, {u"members"_s, u"add"_s, u"--group"_s, u"leadership"_s, u"--staff"_s, u"无此人"_s}).exitCode == 1);
    CHECK(school(*s, {u"members"_s}).out.contains(u"领导小组\t郑校长\t组长\t2026-09-01"_s));
    REQUIRE(school(*s, {u"contacts"_s, u"add"_s, u"--kind"_s, u"残联"_s, u"--organisation"_s, u"市残联"_s, u"--phone"_s, u"0999-1"_s})
                .exitCode == 0);
    CHECK(school(*s, {u"contacts"_s}).out.contains(u"残联\t市残联"_s));

    REQUIRE(school(*s, {u"activities"_s, u"add"_s, u"--kind"_s, u"research"_s, u"--date"_s, u"2026-10-20"_s, u"--topic"_s,
                        u"分层提问研讨"_s, u"--participants"_s, u"语文组"_s, u"--content"_s, u"研讨课及评课"_s, u"--outcome"_s,
                        u"形成提问模板"_s})
                .exitCode == 0);
    const QString photo = s->dir.filePath(u"合影.jpg"_s);
    {
        QFile f(photo);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not really a jpeg");
    }
    REQUIRE(school(*s, {u"activities"_s, u"add"_s, u"--kind"_s, u"普特融合活动"_s, u"--date"_s, u"2026-11-03"_s, u"--topic"_s,
                        u"融合运动会"_s, u"--plan"_s, u"合作项目"_s, u"--outcome"_s, u"全部参加"_s, u"--photo"_s, photo})
                .exitCode == 0);
    CHECK(school(*s, {u"activities"_s, u"add"_s, u"--kind"_s, u"research"_s, u"--date"_s, u"2027-03-01"_s, u"--topic"_s, u"x"_s})
              .exitCode == 1);   // no semester holds the date
    CHECK(school(*s, {u"activities"_s, u"--kind"_s, u"inclusion"_s}).out.contains(u"融合运动会"_s));

    REQUIRE(school(*s, {u"funding"_s, u"add"_s, u"--date"_s, u"2026-09-15"_s, u"--amount"_s, u"12,000.50"_s, u"--source"_s,
                        u"专项经费"_s, u"--purpose"_s, u"感统器材"_s, u"--approval"_s, u"教育局批复12号"_s})
                .exitCode == 0);
    REQUIRE(school(*s, {u"funding"_s, u"add"_s, u"--date"_s, u"2027-01-05"_s, u"--amount"_s, u"300"_s, u"--source"_s, u"公用经费"_s,
                        u"--purpose"_s, u"资料印制"_s})
                .exitCode == 0);
    CHECK(school(*s, {u"funding"_s, u"add"_s, u"--date"_s, u"2026-09-15"_s, u"--amount"_s, u"12.345"_s, u"--source"_s, u"a"_s,
                      u"--purpose"_s, u"b"_s})
              .exitCode == 1);
    const auto funding = school(*s, {u"funding"_s, u"--semester"_s, semester, u"--year"_s, u"2026"_s});
    REQUIRE(funding.exitCode == 0);
    CHECK(funding.out.contains(u"12,300.50"_s));   // the semester
    CHECK(funding.out.contains(u"12,000.50"_s));   // 2026 alone

    const QString visitPdf = printed(*s, u"guidance-visit"_s, {u"--semester"_s, semester});
    CHECK(visitPdf.contains(u"巡回指导记录表"_s));
    CHECK(visitPdf.contains(u"红旗小学"_s));
    CHECK(visitPdf.contains(u"1次（应2～3次）"_s));
    CHECK(visitPdf.contains(u"周敏"_s));
    CHECK(visitPdf.contains(u"☑个别化教育计划制订"_s));
    CHECK(visitPdf.contains(u"☐课堂教学"_s));
    CHECK(visitPdf.contains(u"改写为可测量目标"_s));
    CHECK(visitPdf.contains(u"已修订"_s));

    const QString research = printed(*s, u"research"_s, {u"--semester"_s, semester});
    CHECK(research.contains(u"教研活动记录表"_s));
    CHECK(research.contains(u"分层提问研讨"_s));
    CHECK(research.contains(u"形成提问模板"_s));
    CHECK_FALSE(research.contains(u"融合运动会"_s));

    const QString inclusion = printed(*s, u"inclusion"_s, {u"--semester"_s, semester});
    CHECK(inclusion.contains(u"普特融合活动记录"_s));
    CHECK(inclusion.contains(u"融合运动会"_s));
    CHECK(inclusion.contains(u"合影.jpg"_s));
    CHECK(inclusion.contains(u"活动照片"_s));   // printed (an undecodable picture as an empty box)

    const QString fundingPdf = printed(*s, u"funding"_s, {u"--semester"_s, semester});
    CHECK(fundingPdf.contains(u"经费投入登记表"_s));
    CHECK(fundingPdf.contains(u"12,300.50"_s));
    CHECK(fundingPdf.contains(u"2026年全年合计12,000.50元"_s));
    CHECK(fundingPdf.contains(u"2027年全年合计300.00元"_s));

    const QString leadership = printed(*s, u"leadership"_s);
    CHECK(leadership.contains(u"随班就读工作领导小组名单"_s));
    CHECK(leadership.contains(u"郑校长"_s));
    CHECK(leadership.contains(u"市残联"_s));
}

TEST_CASE("archive documents are filed with their files, extracted byte for byte and listed in the archive index")
{
    const auto s = emptySchool();
    const QString semester = u"2026年秋季学期"_s;
    const QString scan = s->dir.filePath(u"制度.pdf"_s);
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i * 31 % 256));
    {
        QFile f(scan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto added = school(*s, {u"documents"_s, u"add"_s, u"--category"_s, u"文件和制度"_s, u"--title"_s, u"资源教室管理制度"_s,
                             u"--date"_s, u"2026-09-10"_s, u"--file"_s, scan});
    REQUIRE(added.exitCode == 0);
    CHECK(school(*s, {u"documents"_s, u"add"_s, u"--category"_s, u"unknown"_s, u"--title"_s, u"x"_s, u"--date"_s, u"2026-09-10"_s})
              .exitCode == 1);
    CHECK(school(*s, {u"documents"_s, u"add"_s, u"--category"_s, u"policies"_s, u"--title"_s, u"x"_s, u"--date"_s, u"2026-09-10"_s,
                      u"--file"_s, s->dir.filePath(u"none.pdf"_s)})
              .exitCode == 1);

    const auto list = school(*s, {u"documents"_s, u"--semester"_s, semester});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"文件和制度\t2026-09-10\t资源教室管理制度"_s));
    const QRegularExpression fileId(u"(\\d+)[:：] ?制度\\.pdf"_s);
    const auto match = fileId.match(list.out);
    REQUIRE(match.hasMatch());
    CHECK(list.out.contains(u"70000"_s));

    const QString out = s->dir.filePath(u"back.pdf"_s);
    REQUIRE(school(*s, {u"documents"_s, u"extract"_s, u"--file-id"_s, match.captured(1), u"--out"_s, out}).exitCode == 0);
    CHECK(test::sha256OfFile(out) == test::sha256OfFile(scan));

    const QString index = printed(*s, u"school-archive-index"_s, {u"--semester"_s, semester});
    CHECK(index.contains(u"学校档案目录"_s));
    CHECK(index.contains(u"资源教室管理制度"_s));
    CHECK(index.contains(u"1件"_s));
    CHECK(index.contains(u"1/10项"_s));

    const auto completeness = school(*s, {u"completeness"_s, u"--semester"_s, semester});
    REQUIRE(completeness.exitCode == 0);
    CHECK(completeness.out.contains(u"文件和制度\t1\t0"_s));
    CHECK(completeness.out.count(u'\n') == 12);
}
