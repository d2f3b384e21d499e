// What the printed forms say: the data each form reads and where it goes,
// read back from the document and from the PDF (pdftotext). The layout of
// the pages is tested elsewhere; here the content an archive clerk checks.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "assessment/AssessmentRepository.h"
#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/PercentText.h"
#include "demo/DemoSchool.h"
#include "iep/IepRepository.h"
#include "inspection/CheckedPeriods.h"
#include "lrc/LrcRepository.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "print/forms/FormPeriods.h"
#include "rooms/RoomRepository.h"
#include "roster/SemesterRoster.h"
#include "students/StudentRepository.h"
#include "timetable/Coverage.h"
#include "training/SessionRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <cmath>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext without the white space the layout put in.
QString pdfText(const QString &path)
{
    return runTool(u"pdftotext"_s, {path, u"-"_s}).remove(QRegularExpression(u"\\s+"_s));
}

QString squeezed(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

struct School {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
};

std::unique_ptr<School> demoSchool(const QDate &today = kToday)
{
    auto school = std::make_unique<School>();
    const QString path = school->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(path, FixedClock(today)));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    school->db = *db;
    return school;
}

FormContext contextFor(const std::shared_ptr<Database> &db, FormRequest request, const QDate &today = kToday)
{
    return FormContext{db, std::make_shared<FixedClock>(today), request};
}

FormDocument build(const QString &formId, const FormContext &context)
{
    const FormSpec *spec = findForm(formId);
    REQUIRE(spec);
    const Result<FormDocument> doc = spec->build(context);
    if (!doc.ok()) {
        const std::string message = doc.error().message.toStdString();
        FAIL_CHECK(message);
        REQUIRE(doc.ok());
    }
    return doc.value();
}

QString renderText(const FormDocument &doc, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const auto pages = writeFormPdf(doc, path);
    REQUIRE(pages);
    return pdfText(path);
}

qint64 studentId(const std::shared_ptr<Database> &db, const QString &name)
{
    const auto student = StudentRepository(db).find(name);
    REQUIRE(student);
    return student->id;
}

QList<Semester> semesters(const std::shared_ptr<Database> &db)
{
    const auto all = SemesterRepository(db).all();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    return *all;
}

QList<const FormTable *> tablesOf(const FormDocument &doc)
{
    QList<const FormTable *> tables;
    for (const FormBlock &block : doc.blocks)
        if (const auto *t = std::get_if<FormTable>(&block.content))
            tables.append(t);
    return tables;
}

QSet<QString> namesIn(const FormTable &table)
{
    QSet<QString> names;
    for (const QStringList &row : table.rows)
        names.insert(row.at(1));
    return names;
}

QString textSection(const FormDocument &doc, const QString &heading)
{
    for (const FormBlock &block : doc.blocks)
        if (const auto *s = std::get_if<TextSection>(&block.content); s && s->heading == heading)
            return s->text;
    FAIL("no section " << heading.toStdString());
    return {};
}

} // namespace

TEST_CASE("the roster lists exactly the students whose status is confirmed in that semester", "[print][roster][content]")
{
    auto school = demoSchool();
    const QList<Semester> all = semesters(school->db);
    const Semester &spring = all.at(0);
    const Semester &autumn = all.at(1);
    REQUIRE(spring.kind == SemesterKind::Spring);
    REQUIRE(autumn.kind == SemesterKind::Autumn);

    // Confirmed in the demo: four in 2024, three in 2025; 黄子豪 confirmed in
    // 2023 and revoked on 28 June 2026 (within the spring semester).
    const QSet<QString> confirmedBoth{u"张小明"_s, u"陈佳怡"_s, u"阿依古丽·努尔兰"_s, u"赵欣怡"_s,
                                      u"李思雨"_s, u"买买提·艾力"_s, u"吴梓涵"_s};
    QTemporaryDir dir;

    // This autumn: the seven; the three applications on their way apart;
    // 杨一诺 (不予确认) and 黄子豪 (已撤销) nowhere.
    FormRequest autumnRequest{std::nullopt, autumn.id};
    const FormDocument now = build(u"roster"_s, contextFor(school->db, autumnRequest));
    const auto nowTables = tablesOf(now);
    REQUIRE(nowTables.size() == 2);
    CHECK(namesIn(*nowTables.at(0)) == confirmedBoth);
    CHECK(namesIn(*nowTables.at(1)) == QSet<QString>{u"王浩然"_s, u"周宇航"_s, u"刘子轩"_s});
    CHECK(nowTables.at(1)->caption.contains(u"不计入人数"_s));
    const QString nowText = renderText(now, dir, u"autumn.pdf"_s);
    CHECK(nowText.contains(u"人数：7人"_s));
    CHECK_FALSE(nowText.contains(u"杨一诺"_s));
    CHECK_FALSE(nowText.contains(u"黄子豪"_s));
    CHECK_FALSE(nowText.contains(u"不予确认"_s));
    CHECK_FALSE(nowText.contains(u"已撤销"_s));
    for (const QString &name : confirmedBoth)
        CHECK(nowText.contains(name));

    // Last spring: 黄子豪 was still confirmed until 28 June; nobody had
    // applied yet of this autumn's three, and 刘子轩 (enrolled in September)
    // was not at the school. Grades are one lower.
    FormRequest springRequest{std::nullopt, spring.id};
    const FormDocument before = build(u"roster"_s, contextFor(school->db, springRequest));
    const auto beforeTables = tablesOf(before);
    REQUIRE(beforeTables.size() == 1);
    QSet<QString> springNames = confirmedBoth;
    springNames.insert(u"黄子豪"_s);
    CHECK(namesIn(*beforeTables.at(0)) == springNames);
    const QString beforeText = renderText(before, dir, u"spring.pdf"_s);
    CHECK(beforeText.contains(u"人数：8人"_s));
    CHECK(beforeText.contains(u"6月28日撤销"_s));
    CHECK_FALSE(beforeText.contains(u"刘子轩"_s));
    CHECK_FALSE(beforeText.contains(u"王浩然"_s));
    for (const QStringList &row : beforeTables.at(0)->rows) {
        const auto student = StudentRepository(school->db).find(row.at(1));
        REQUIRE(student);
        INFO(row.at(1).toStdString());
        CHECK(row.at(5) == chineseGrade(student->grade - 1));
    }

    // The same rule, from the status history: every confirmed-in-semester student, nobody else.
    for (const Semester &semester : all) {
        const auto roster = semesterRoster(school->db, semester, kToday);
        REQUIRE(roster);
        const auto summaries = StudentRepository(school->db).summaries();
        REQUIRE(summaries);
        QSet<QString> expected;
        for (const StudentSummary &s : *summaries) {
            const auto history = LrcRepository(school->db).history(s.id);
            REQUIRE(history);
            const QList<LrcEvent> steps = standingSteps(*history);
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const QDate until = i + 1 < steps.size() ? steps.at(i + 1).date : QDate(9999, 1, 1);
                if (steps.at(i).step == LrcStep::Confirmed && steps.at(i).date <= semester.end && until >= semester.start)
                    expected.insert(s.name);
            }
        }
        QSet<QString> listed;
        for (const SemesterRosterEntry &e : roster->confirmed)
            listed.insert(e.student.name);
        CHECK(listed == expected);
    }
}

TEST_CASE("the roster's grade is counted back by school years when no history is kept", "[roster][content]")
{
    CHECK(schoolYearOf(QDate(2026, 9, 1)) == 2026);
    CHECK(schoolYearOf(QDate(2026, 8, 31)) == 2025);
    CHECK(gradeInSchoolYear(3, 2026, 2025) == 2);
    CHECK(gradeInSchoolYear(1, 2026, 2025) == 0);   // not yet at school
    CHECK(gradeInSchoolYear(0, 2026, 2025) == 0);   // unknown stays unknown
    CHECK(gradeInSchoolYear(5, 2026, 2026) == 5);
}

TEST_CASE("the LRC application prints the past year's assessment and nothing the centre did not write", "[print][lrc][content]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    Student s;
    s.name = u"林小雨"_s;
    s.grade = 2;
    const auto id = StudentRepository(temp->db).add(s);
    REQUIRE(id);
    AssessmentRepository assessments(temp->db);
    // Five months before the application; one from two years before is too old.
    REQUIRE(assessments.add({0, *id, Instrument::Wisc4, QDate(2026, 4, 10), u"市特教中心 李老师"_s,
                             {{u"fsiq"_s, 62.0}}, {}, 0}));
    REQUIRE(assessments.add({0, *id, Instrument::AdaptiveBehaviour, QDate(2026, 4, 12), u"市特教中心 李老师"_s,
                             {{u"adq"_s, 68.0}}, u"适应行为轻度缺陷。"_s, 0}));
    REQUIRE(assessments.add({0, *id, Instrument::Crt, QDate(2024, 3, 1), u"旧评估"_s, {{u"iq"_s, 120.0}}, {}, 0}));
    LrcRepository lrc(temp->db);
    REQUIRE(lrc.addStep({0, *id, LrcStep::Applied, QDate(2026, 9, 2), u"家长"_s, u"申请随班就读。"_s, 0, {}, {}}));
    REQUIRE(lrc.addStep({0, *id, LrcStep::SchoolOpinion, QDate(2026, 9, 9), u"校长"_s, u"同意申报。"_s, 0, {}, {}}));
    REQUIRE(lrc.addStep({0, *id, LrcStep::Reported, QDate(2026, 9, 20), u"马老师"_s, {}, 0, {}, {}}));
    // The confirmation is recorded without any words of the centre.
    REQUIRE(lrc.addStep({0, *id, LrcStep::Confirmed, QDate(2026, 10, 25), u"市特殊教育资源中心"_s, {}, 0, {}, {}}));

    const FormDocument doc = build(u"lrc-application"_s, contextFor(temp->db, {*id, std::nullopt}));
    QString centre;
    for (const FormBlock &block : doc.blocks)
        if (const auto *t = std::get_if<TextSection>(&block.content); t && t->heading.contains(u"中心"_s))
            centre = t->text;
    CHECK(centre.isEmpty());
    QTemporaryDir dir;
    const QString text = renderText(doc, dir, u"lrc.pdf"_s);
    CHECK_FALSE(text.contains(u"同意确认为随班就读学生"_s));
    CHECK(text.contains(u"日期：2026年10月25日"_s));   // the recorded date stays
    CHECK(text.contains(u"韦氏儿童智力量表第四版中文版"_s));
    CHECK(text.contains(u"62（轻度）"_s));
    CHECK(text.contains(u"儿童适应行为评定量表"_s));
    CHECK(text.contains(u"适应行为轻度缺陷"_s));
    CHECK(text.contains(u"市特教中心李老师"_s));
    CHECK(text.contains(u"2026年4月10日"_s));
    CHECK_FALSE(text.contains(u"联合型瑞文测验"_s));
    CHECK_FALSE(text.contains(u"旧评估"_s));
}

TEST_CASE("the assessment summary's 教育建议 are the IEP's accommodations, never a blank box over data", "[print][assessment][content]")
{
    auto school = demoSchool();
    const qint64 id = studentId(school->db, u"张小明"_s);
    const FormDocument doc = build(u"assessment-summary"_s, contextFor(school->db, {id, std::nullopt}));
    const QString advice = textSection(doc, u"教育建议"_s);
    CHECK(advice.contains(u"座位安排在第一排靠近讲台处"_s));
    CHECK(advice.contains(u"数学考试延长20分钟"_s));
    // The WISC-IV of 14 months ago belongs to last school year: still on the summary.
    const auto stored = AssessmentRepository(school->db).forStudent(id);
    REQUIRE(stored);
    int rows = 0;
    for (const FormTable *table : tablesOf(doc))
        rows += int(table->rows.size());
    CHECK(rows == stored->size());
    QTemporaryDir dir;
    const QString text = renderText(doc, dir, u"summary.pdf"_s);
    CHECK(text.contains(u"韦氏儿童智力量表第四版中文版"_s));
    CHECK(text.contains(u"座位安排在第一排靠近讲台处"_s));
}

TEST_CASE("the IEP's age is taken at its 制定日期", "[print][iep][content]")
{
    auto school = demoSchool();
    const qint64 id = studentId(school->db, u"张小明"_s);
    const auto student = StudentRepository(school->db).byId(id);
    REQUIRE(student);
    const auto autumn = semesters(school->db).at(1);
    const auto plan = IepRepository(school->db).forStudentSemester(id, autumn.id);
    REQUIRE(plan);
    REQUIRE(*plan);
    const QDate made = (*plan)->content.meetingDate;
    REQUIRE(made.isValid());
    // Printed a year later, the age is still the one on the day it was made.
    const FormDocument doc = build(u"iep"_s, contextFor(school->db, {id, autumn.id}, kToday.addYears(1)));
    QTemporaryDir dir;
    const QString text = renderText(doc, dir, u"iep.pdf"_s);
    CHECK(text.contains(ageText(ageAt(student->birthDate, made))));
}

TEST_CASE("default periods are the latest that has records", "[print][content]")
{
    // On 1 December nothing is recorded yet for December: November is shown.
    const QDate firstDecember(2026, 12, 1);
    auto school = demoSchool(firstDecember);
    const qint64 id = studentId(school->db, u"张小明"_s);
    const auto latest = SessionRepository(school->db).latestRecordDate(firstDecember, id);
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK(**latest < firstDecember);
    const auto period = defaultFormPeriod(contextFor(school->db, {id, std::nullopt}, firstDecember), FormScope::StudentPeriod);
    REQUIRE(period);
    CHECK(period->first == QDate((*latest)->year(), (*latest)->month(), 1));

    const FormDocument doc = build(u"training-record"_s, contextFor(school->db, {id, std::nullopt}, firstDecember));
    CHECK(doc.subtitle.contains(u"%1年%2月"_s.arg((*latest)->year()).arg((*latest)->month())));
    QTemporaryDir dir;
    const QString text = renderText(doc, dir, u"records.pdf"_s);
    CHECK_FALSE(text.contains(u"本期间没有"_s));
    CHECK(text.contains(u"训练记录"_s));
}

TEST_CASE("the usage log labels group sessions 小组训练; percentages have one decimal", "[print][usage][content]")
{
    CHECK(percentText(120, 180) == u"66.7%"_s);
    CHECK(percentText(45, 100) == u"45.0%"_s);
    CHECK(percentText(1, 0).isEmpty());

    auto school = demoSchool();
    const auto rooms = RoomRepository(school->db).all();
    REQUIRE(rooms);
    QTemporaryDir dir;
    bool sawGroup = false;
    for (const Room &room : *rooms) {
        FormRequest request{std::nullopt, std::nullopt};
        request.roomId = room.id;
        const FormDocument doc = build(u"room-usage"_s, contextFor(school->db, request));
        const auto sessions = SessionRepository(school->db).between(QDate(2026, 9, 1), kToday, room.id);
        REQUIRE(sessions);
        int groups = 0;
        for (const TrainingSession &s : *sessions)
            groups += s.kind == SessionKind::Group ? 1 : 0;
        int labelled = 0;
        for (const FormTable *table : tablesOf(doc))
            for (const QStringList &row : table->rows)
                labelled += row.at(4) == u"小组训练"_s ? 1 : 0;
        CHECK(labelled == groups);
        sawGroup = sawGroup || groups > 0;
    }
    CHECK(sawGroup);
}

TEST_CASE("holidays are no shortfall: a week's minutes and sessions are its share of school days", "[timetable][inspection][content]")
{
    CHECK(weekShareCount(2, 5) == 2);
    CHECK(weekShareCount(2, 2) == 1);
    CHECK(weekShareCount(2, 0) == 0);
    CHECK(weekShareCount(2, 6) == 2);   // a 调休 Saturday never asks for more
    CHECK(weekShareMinutes(80, 3) == 48);

    auto school = demoSchool();
    const Semester autumn = semesters(school->db).at(1);
    // 国庆节 1–7 October: the week of 28 September has three school days.
    const int week = teachingWeek(autumn, QDate(autumn.schoolYear, 9, 28));
    const QDate monday = weekStart(autumn, week);
    const int days = int(schoolDays(autumn, monday, monday.addDays(6)).size());
    REQUIRE(days == 3);
    const auto holidayWeek = CoverageReport(school->db).forWeek(autumn.id, week);
    REQUIRE(holidayWeek);
    // The regular week of the timetable: what a holiday week is held to,
    // less the lessons that fell on the days off.
    const auto regular = CoverageReport(school->db).forSemester(autumn.id, monday);
    REQUIRE(regular);
    int excusedServices = 0;
    for (const StudentCoverage &c : *holidayWeek) {
        INFO(c.studentName.toStdString());
        for (const ServiceCoverage &s : c.services) {
            for (const StudentCoverage &r : *regular)
                if (r.studentId == c.studentId)
                    for (const ServiceCoverage &rs : r.services)
                        if (rs.service == s.service) {
                            // A holiday is never a shortfall the regular week does not have.
                            if (s.shortfall())
                                CHECK(rs.shortfall());
                            excusedServices += s.requiredMinutes < rs.requiredMinutes ? 1 : 0;
                        }
        }
    }
    CHECK(excusedServices > 0);

    const QList<CheckedWeek> weeks = checkedWeeks({autumn}, autumn.start, QDate(autumn.schoolYear, 10, 18));
    bool sawShort = false;
    for (const CheckedWeek &w : weeks) {
        CHECK(w.schoolDays == int(schoolDays(autumn, w.monday, w.sunday).size()));
        sawShort = sawShort || w.schoolDays < 5;
    }
    CHECK(sawShort);

    // The printed week: the holiday's name in the heading, as many 不足 as the regular week.
    FormRequest request{std::nullopt, autumn.id};
    request.teachingWeek = week;
    const FormDocument doc = build(u"timetable"_s, contextFor(school->db, request));
    QTemporaryDir dir;
    const QString text = renderText(doc, dir, u"week.pdf"_s);
    CHECK(text.contains(u"国庆节"_s));
    int regularShort = 0;
    for (const StudentCoverage &r : *regular)
        for (const ServiceCoverage &rs : r.services)
            regularShort += rs.shortfall() ? 1 : 0;
    CHECK(text.count(u"不足"_s) <= regularShort);
}

TEST_CASE("the wall poster carries its 制定日期 and no page number", "[print][rooms][content]")
{
    auto school = demoSchool();
    const auto rooms = RoomRepository(school->db).all();
    REQUIRE(rooms);
    REQUIRE_FALSE(rooms->isEmpty());
    FormRequest request{std::nullopt, std::nullopt};
    request.roomId = rooms->first().id;
    const FormDocument doc = build(u"room-rules"_s, contextFor(school->db, request));
    CHECK(doc.poster);   // a poster carries no page numbers
    QTemporaryDir dir;
    const QString text = renderText(doc, dir, u"poster.pdf"_s);
    CHECK(text.contains(u"制定日期"_s));
    CHECK_FALSE(text.contains(u"第1页"_s));
    CHECK_FALSE(text.contains(u"共1页"_s));
}

TEST_CASE("the family history prints the guardians' education and occupation", "[print][students][content]")
{
    auto school = demoSchool();
    const qint64 id = studentId(school->db, u"阿依古丽·努尔兰"_s);
    const auto student = StudentRepository(school->db).byId(id);
    REQUIRE(student);
    REQUIRE_FALSE(student->guardians.isEmpty());
    const FormDocument doc = build(u"family-history"_s, contextFor(school->db, {id, std::nullopt}));
    QTemporaryDir dir;
    const QString text = renderText(doc, dir, u"family.pdf"_s);
    for (const Guardian &g : student->guardians) {
        CHECK_FALSE(g.education.isEmpty());
        CHECK(text.contains(squeezed(g.education)));
        CHECK(text.contains(squeezed(g.occupation)));
    }
    // Nothing of it repeats the student-info form word for word.
    const FormDocument info = build(u"student-info"_s, contextFor(school->db, {id, std::nullopt}));
    for (const FormBlock &block : doc.blocks)
        if (const auto *section = std::get_if<TextSection>(&block.content); section && !section->text.isEmpty())
            for (const FormBlock &other : info.blocks)
                if (const auto *theirs = std::get_if<TextSection>(&other.content))
                    CHECK(theirs->text != section->text);
}
