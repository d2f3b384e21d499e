// The CLI of the resource-room work: `inspect` (one line per problem, exit 0
// with or without problems, --out, --save and the follow-up of the saved
// inspection) and `print` with the options of the resource-room forms.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "demo/DemoSchool.h"
#include "inspection/InspectionRepository.h"
#include "training/SessionRepository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

// The demo of 22 November 2026. The CLI runs on the real clock: its checks
// of a range that ended then give the same answers on any later day.
struct CliDemo {
    QTemporaryDir dir;
    QString path;
};

std::unique_ptr<CliDemo> demoFile()
{
    auto demo = std::make_unique<CliDemo>();
    demo->path = demo->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(demo->path, FixedClock(QDate(2026, 11, 22))));
    return demo;
}

QStringList problemLines(const QString &out)
{
    QStringList lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        if (line.count(u'\t') == 3)
            lines << line;
    return lines;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

TEST_CASE("inspect refuses bad usage with 2 and bad input with 1")
{
    const auto demo = demoFile();
    const QString db = demo->path;
    CHECK(test::runCli({u"inspect"_s}).exitCode == 2);
    CHECK(test::runCli({u"inspect"_s, u"--db"_s, db, u"--from"_s, u"2026-09-01"_s}).exitCode == 2);
    CHECK(test::runCli({u"inspect"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-11-22"_s}).exitCode == 2);
    CHECK(test::runCli({u"inspect"_s, u"--db"_s, db, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-11-22"_s, u"extra"_s})
              .exitCode == 2);
    CHECK(test::runCli({u"inspect"_s, u"--bogus"_s}).exitCode == 2);
    CHECK(test::runCli({u"inspect"_s, u"--help"_s}).exitCode == 0);

    for (const QStringList &range : {QStringList{u"2026-13-45"_s, u"2026-11-22"_s}, QStringList{u"2026-09-01"_s, u"soon"_s},
                                     QStringList{u"2026-11-22"_s, u"2026-09-01"_s}}) {
        INFO(range.join(u" "_s).toStdString());
        const auto run = test::runCli({u"inspect"_s, u"--db"_s, db, u"--from"_s, range.at(0), u"--to"_s, range.at(1)});
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.trimmed().count(u'\n') == 0);   // one line
        CHECK_FALSE(run.err.trimmed().isEmpty());
    }
    const auto missing = test::runCli({u"inspect"_s, u"--db"_s, demo->dir.filePath(u"none.sqlite"_s), u"--from"_s,
                                       u"2026-09-01"_s, u"--to"_s, u"2026-11-22"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.trimmed().count(u'\n') == 0);
}

TEST_CASE("inspect prints one line per problem and exits 0 either way")
{
    const auto demo = demoFile();
    const auto run = test::runCli(
        {u"inspect"_s, u"--db"_s, demo->path, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-11-22"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = problemLines(run.out);
    REQUIRE(lines.size() == 9);   // with 王浩然's two months without family contact
    const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}\\t[^\\t]+\\t[^\\t]+\\t[^\\t]+：.+$"_s);
    for (const QString &line : lines)
        CHECK(shape.match(line).hasMatch());
    CHECK(lines.filter(u"黄子豪\t杨帆\t个别化训练未达到每周要求"_s).size() == 1);
    CHECK(lines.filter(u"周宇航\t周敏\t未按月开展一对一心理辅导"_s).size() == 1);
    CHECK(lines.filter(u"刘子轩\t马晓燕\t训练记录填写不完整"_s).size() == 1);
    CHECK(lines.filter(u"\t孙静\t训练记录未按时签字"_s).size() == 2);
    CHECK(lines.filter(u"阿依古丽·努尔兰\t马晓燕\t训练时间未达到"_s).size() == 1);
    CHECK(lines.filter(u"王浩然\t马晓燕\t功能室使用无训练记录"_s).size() == 1);
    CHECK(lines.filter(u"王浩然\t马晓燕\t未按月开展家校联系"_s).size() == 2);
    // The summary after the problems: the range and the counts by kind.
    CHECK(run.out.contains(u"2026-09-01"_s));
    CHECK(run.out.contains(u"训练记录未按时签字 2"_s));

    // The first week: nothing to find, still exit 0.
    const auto clean = test::runCli(
        {u"inspect"_s, u"--db"_s, demo->path, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-09-06"_s});
    CHECK(clean.exitCode == 0);
    CHECK(problemLines(clean.out).isEmpty());
    CHECK_FALSE(clean.out.trimmed().isEmpty());
}

TEST_CASE("inspect --out writes the feedback form, --save keeps it for the follow-up")
{
    const auto demo = demoFile();
    const QString pdf = demo->dir.filePath(u"feedback.pdf"_s);
    const auto first = test::runCli({u"inspect"_s, u"--db"_s, demo->path, u"--from"_s, u"2026-09-01"_s, u"--to"_s,
                                     u"2026-11-22"_s, u"--inspector"_s, u"何志强"_s, u"--out"_s, pdf, u"--save"_s});
    REQUIRE(first.exitCode == 0);
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    for (const QString &part : {u"个别化训练记录检查反馈表"_s, u"一、检查情况"_s, u"二、存在问题"_s, u"三、整改要求"_s,
                                u"检查人何志强"_s, u"黄子豪"_s, u"阿依古丽·努尔兰"_s})
        CHECK(text.contains(part));

    auto db = Database::open(demo->path, OpenMode::OpenExisting);
    REQUIRE(db);
    const QList<InspectionSummary> saved = InspectionRepository(*db).list().value();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().problems == 9);
    CHECK(saved.first().inspector == u"何志强"_s);
    CHECK(saved.first().from == QDate(2026, 9, 1));

    // Put two things right: the missing results, one unsigned record signed.
    const auto result = InspectionRepository(*db).byId(saved.first().id);
    REQUIRE(result);
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 11, 24));
    SessionRepository sessions(*db, clock);
    auto record = sessions.byId(result->problemsOf(ProblemKind::MissingFields).first().sessionId);
    REQUIRE(record);
    record->students.first().results = u"划消正确率较上周提高。"_s;
    REQUIRE(sessions.amend(*record, u"补填训练效果。"_s, u"马晓燕"_s, clock->today()));
    const InspectionProblem late = result->problemsOf(ProblemKind::LateSignature).first();
    REQUIRE(sessions.sign(late.sessionId, late.instructorId));
    db->reset();

    const QString followUp = demo->dir.filePath(u"follow-up.pdf"_s);
    const auto second = test::runCli({u"inspect"_s, u"--db"_s, demo->path, u"--from"_s, u"2026-09-01"_s, u"--to"_s,
                                      u"2026-11-22"_s, u"--out"_s, followUp});
    CHECK(second.exitCode == 0);
    const QStringList lines = problemLines(second.out);
    CHECK(lines.filter(u"【已整改】"_s).size() == 2);
    CHECK(lines.filter(u"【仍未整改】"_s).size() == 3);   // one unsigned, short minutes, the unrecorded session
    const QString followText = pdfText(followUp);
    CHECK(followText.contains(u"上次检查问题整改情况"_s));
    CHECK(followText.contains(u"已整改2项"_s));
}

TEST_CASE("print takes the options of the resource-room forms")
{
    const auto demo = demoFile();
    const QString db = demo->path;
    const QString out = demo->dir.filePath(u"form.pdf"_s);
    auto print = [&](const QStringList &options) {
        QFile::remove(out);
        return test::runCli(QStringList{u"print"_s} + options + QStringList{u"--db"_s, db, u"--out"_s, out});
    };
    const auto list = test::runCli({u"print"_s, u"--list"_s});
    for (const QString &id : {u"training-record"_s, u"room-usage"_s, u"room-rules"_s, u"timetable"_s, u"inspection"_s})
        CHECK(list.out.contains(id + u'\t'));

    auto rules = print({u"room-rules"_s, u"--room"_s, u"感统训练室"_s});
    CHECK(rules.exitCode == 0);
    CHECK(rules.out.contains(u"1"_s));
    CHECK(pdfText(out).contains(u"感统训练室管理制度"_s));
    CHECK(print({u"room-rules"_s}).exitCode == 2);
    CHECK(print({u"room-rules"_s, u"--room"_s, u"礼堂"_s}).exitCode == 1);

    CHECK(print({u"training-record"_s, u"--student"_s, u"张小明"_s, u"--month"_s, u"2026-11"_s}).exitCode == 0);
    CHECK(pdfText(out).contains(u"张小明2026年11月"_s));
    CHECK(print({u"training-record"_s, u"--session"_s, u"1"_s}).exitCode == 0);
    CHECK(pdfText(out).contains(u"个别化训练记录表"_s));
    CHECK(print({u"training-record"_s}).exitCode == 2);
    CHECK(print({u"training-record"_s, u"--student"_s, u"张小明"_s, u"--month"_s, u"2026-13"_s}).exitCode == 1);
    CHECK(print({u"training-record"_s, u"--student"_s, u"张小明"_s, u"--month"_s, u"2026-11"_s, u"--from"_s,
                 u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s})
              .exitCode == 2);
    CHECK(print({u"training-record"_s, u"--session"_s, u"abc"_s}).exitCode == 1);
    CHECK(print({u"training-record"_s, u"--session"_s, u"999999"_s}).exitCode == 1);

    CHECK(print({u"room-usage"_s, u"--room"_s, u"资源教室"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-22"_s})
              .exitCode == 0);
    CHECK(pdfText(out).contains(u"2026年11月1日至2026年11月22日"_s));
    CHECK(print({u"room-usage"_s, u"--room"_s, u"资源教室"_s, u"--from"_s, u"2026-11-22"_s, u"--to"_s, u"2026-11-01"_s})
              .exitCode == 1);
    CHECK(print({u"room-usage"_s, u"--room"_s, u"资源教室"_s, u"--from"_s, u"2026-11-01"_s}).exitCode == 2);

    CHECK(print({u"timetable"_s, u"--week"_s, u"6"_s}).exitCode == 0);
    CHECK(pdfText(out).contains(u"第6周"_s));
    CHECK(print({u"timetable"_s, u"--week"_s, u"99"_s}).exitCode == 1);

    CHECK(print({u"inspection"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-11-22"_s}).exitCode == 0);
    CHECK(pdfText(out).contains(u"个别化训练记录检查反馈表"_s));
    CHECK(print({u"inspection"_s}).exitCode == 2);
    CHECK(print({u"inspection"_s, u"--inspection"_s, u"12"_s}).exitCode == 1);
}
