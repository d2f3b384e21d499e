// The family commands from an empty school made by `init`: contacts and
// counselling recorded and listed (counselling masked unless asked), the
// monthly check set, and the three forms printed and read back from the PDF.
// The CLI runs on the system clock: dates are taken around today.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "students/StudentRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    process.waitForFinished(60000);
    static const QRegularExpression space(u"\\s+"_s);
    return QString::fromUtf8(process.readAllStandardOutput()).remove(space);
}

struct School {
    QTemporaryDir dir;
    QString db = dir.filePath(u"school.sqlite"_s);
    QDate today = QDate::currentDate();

    School()
    {
        const auto init = test::runCli({u"init"_s, u"--db"_s, db, u"--school"_s, u"星光小学"_s, u"--teacher"_s, u"马晓燕"_s,
                                        u"--semester"_s, u"本学期"_s, u"--from"_s, iso(today.addDays(-40)), u"--to"_s,
                                        iso(today.addDays(100)), u"--no-protect"_s});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        auto open = Database::open(db, OpenMode::OpenExisting);
        REQUIRE(open);
        Student s;
        s.name = u"张明"_s;
        s.grade = 3;
        s.className = u"2班"_s;
        REQUIRE(StudentRepository(*open).add(s));
    }
    test::CliRun run(QStringList args) const
    {
        args << u"--db"_s << db;   // after the sub-command, which comes first
        return test::runCli(args);
    }
};

} // namespace

TEST_CASE("contacts are recorded and listed from the CLI, with refusals in Chinese", "[family]")
{
    School school;
    auto added = school.run({u"contacts"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--kind"_s, u"家访"_s, u"--date"_s,
                             iso(school.today.addDays(-3)), u"--time"_s, u"16:30"_s, u"--staff"_s, u"马晓燕"_s, u"--present"_s,
                             u"母亲、祖母"_s, u"--content"_s, u"介绍本学期训练目标"_s, u"--views"_s, u"家长希望加强识字"_s,
                             u"--follow-up"_s, u"每天亲子阅读15分钟"_s, u"--due"_s, iso(school.today.addDays(20))});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    REQUIRE(school.run({u"contacts"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--kind"_s, u"微信"_s, u"--date"_s,
                        iso(school.today), u"--content"_s, u"发送训练视频"_s})
                .exitCode
            == 0);

    const auto list = school.run({u"contacts"_s, u"--student"_s, u"张明"_s});
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).contains(u"\t张明\t家访\t马晓燕\t母亲、祖母\t介绍本学期训练目标\t每天亲子阅读15分钟\t"_s));
    CHECK(lines.at(0).contains(u"\t16:30\t"_s));
    CHECK(lines.at(1).contains(u"\t微信/短信\t"_s));
    // The family's situation and views stay off the list.
    CHECK_FALSE(list.out.contains(u"家长希望加强识字"_s));
    CHECK(lines.at(2).contains(u"2"_s));
    CHECK(school.run({u"contacts"_s}).out.contains(u"发送训练视频"_s));

    const auto future = school.run({u"contacts"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--kind"_s, u"电话"_s, u"--date"_s,
                                    iso(school.today.addDays(1)), u"--content"_s, u"x"_s});
    CHECK(future.exitCode == 1);
    CHECK(future.err.startsWith(u"错误："_s));
    const auto kind = school.run({u"contacts"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--kind"_s, u"传真"_s, u"--date"_s,
                                  iso(school.today), u"--content"_s, u"x"_s});
    CHECK(kind.exitCode == 1);
    CHECK(kind.err.contains(u"家访"_s));
    const auto tooLong = school.run({u"contacts"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--kind"_s, u"电话"_s, u"--date"_s,
                                     iso(school.today), u"--content"_s, QString(10001, u'字')});
    CHECK(tooLong.exitCode == 1);
    CHECK(tooLong.err.contains(u"10000"_s));
    CHECK(school.run({u"contacts"_s, u"add"_s, u"--student"_s, u"张明"_s}).exitCode == 2);

    CHECK(school.run({u"contacts"_s, u"rule"_s, u"--per-month"_s, u"2"_s}).exitCode == 0);
    CHECK(school.run({u"contacts"_s, u"rule"_s, u"--per-month"_s, u"99"_s}).exitCode == 1);
}

TEST_CASE("counselling is masked in the list unless asked for, and never echoed when recorded", "[family]")
{
    School school;
    auto added = school.run({u"counselling"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--date"_s, iso(school.today.addDays(-1)),
                             u"--counsellor"_s, u"马晓燕"_s, u"--topic"_s, u"父母离异后的情绪"_s, u"--observations"_s,
                             u"谈到家里时哭泣"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK_FALSE(added.out.contains(u"离异"_s));

    const auto masked = school.run({u"counselling"_s, u"--student"_s, u"张明"_s});
    REQUIRE(masked.exitCode == 0);
    CHECK(masked.out.contains(u"马晓燕"_s));
    CHECK(masked.out.contains(u"保密"_s));
    CHECK_FALSE(masked.out.contains(u"离异"_s));
    CHECK_FALSE(masked.out.contains(u"哭泣"_s));

    const auto open = school.run({u"counselling"_s, u"--student"_s, u"张明"_s, u"--with-sensitive"_s});
    REQUIRE(open.exitCode == 0);
    CHECK(open.out.contains(u"父母离异后的情绪\t谈到家里时哭泣"_s));

    CHECK(school.run({u"counselling"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--date"_s, iso(school.today)}).exitCode == 2);
    const auto nobody = school.run({u"counselling"_s, u"--student"_s, u"王五"_s});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.startsWith(u"错误："_s));
}

TEST_CASE("the home visit, contacts and counselling forms print what was recorded", "[family]")
{
    School school;
    REQUIRE(school.run({u"contacts"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--kind"_s, u"家访"_s, u"--date"_s,
                        iso(school.today.addDays(-2)), u"--staff"_s, u"马晓燕"_s, u"--present"_s, u"母亲"_s, u"--content"_s,
                        u"了解作息安排"_s, u"--views"_s, u"家长同意配合"_s, u"--follow-up"_s, u"记录睡眠时间"_s, u"--due"_s,
                        iso(school.today.addDays(12))})
                .exitCode
            == 0);
    REQUIRE(school.run({u"contacts"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--kind"_s, u"电话"_s, u"--date"_s,
                        iso(school.today), u"--content"_s, u"询问服药情况"_s})
                .exitCode
            == 0);
    REQUIRE(school.run({u"counselling"_s, u"add"_s, u"--student"_s, u"张明"_s, u"--date"_s, iso(school.today), u"--topic"_s,
                        u"同伴交往"_s, u"--observations"_s, u"主动打招呼两次"_s})
                .exitCode
            == 0);

    auto print = [&](const QString &form) {
        const QString out = school.dir.filePath(form + u".pdf"_s);
        const auto run = school.run({u"print"_s, form, u"--student"_s, u"张明"_s, u"--out"_s, out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return pdfText(out);
    };
    const QString visit = print(u"home-visit"_s);
    CHECK(visit.contains(u"家访记录表"_s));
    CHECK(visit.contains(u"了解作息安排"_s));
    CHECK(visit.contains(u"家长同意配合"_s));
    CHECK(visit.contains(u"记录睡眠时间"_s));
    CHECK(visit.contains(u"马晓燕"_s));
    CHECK_FALSE(visit.contains(u"询问服药情况"_s));   // a phone call is not a home visit

    const QString contacts = print(u"contacts"_s);
    CHECK(contacts.contains(u"家校联系记录表"_s));
    CHECK(contacts.contains(u"了解作息安排"_s));
    CHECK(contacts.contains(u"询问服药情况"_s));
    CHECK(contacts.contains(u"电话"_s));

    const QString counselling = print(u"counselling"_s);
    CHECK(counselling.contains(u"心理辅导记录表"_s));
    CHECK(counselling.contains(u"保密"_s));
    CHECK(counselling.contains(u"同伴交往"_s));
    CHECK(counselling.contains(u"主动打招呼两次"_s));
}
