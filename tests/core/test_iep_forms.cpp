// 个别化教育计划表 and IEP研讨记录, rendered from the demo school and read
// back from the PDF.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/ChineseDate.h"
#include "calendar/SemesterRepository.h"
#include "demo/DemoSchool.h"
#include "iep/IepRepository.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

struct DemoSchool {
    QTemporaryDir dir;
    QString path;
    std::shared_ptr<Database> db;
};

std::unique_ptr<DemoSchool> demoSchool()
{
    auto school = std::make_unique<DemoSchool>();
    school->path = school->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(school->path, FixedClock(kToday)));
    auto db = Database::open(school->path, OpenMode::OpenExisting);
    REQUIRE(db);
    school->db = *db;
    return school;
}

qint64 studentNamed(const std::shared_ptr<Database> &db, const QString &name)
{
    const auto onRoster = StudentRepository(db).summaries();
    REQUIRE(onRoster);
    for (const StudentSummary &s : *onRoster)
        if (s.name == name)
            return s.id;
    FAIL("no student " << name.toStdString());
    return 0;
}

FormContext contextFor(const std::shared_ptr<Database> &db, qint64 studentId, std::optional<qint64> semesterId = {})
{
    return FormContext{db, std::make_shared<FixedClock>(kToday), {studentId, semesterId}};
}

// Renders the form; returns the PDF's text without white space.
QString renderText(const QString &formId, const FormContext &context, const QTemporaryDir &dir, int *pages)
{
    const FormSpec *spec = findForm(formId);
    REQUIRE(spec);
    CHECK(spec->scope == FormScope::StudentSemester);
    auto doc = spec->build(context);
    if (!doc)
        FAIL(doc.error().message.toStdString());
    const QString path = dir.filePath(formId + u".pdf"_s);
    const auto written = writeFormPdf(*doc, path);
    if (!written)
        FAIL(written.error().message.toStdString());
    *pages = *written;
    return pdfText(path);
}

QString stripped(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

} // namespace

TEST_CASE("the IEP form prints the plan in effect with its team and objectives", "[print][iep]")
{
    auto school = demoSchool();
    const qint64 id = studentNamed(school->db, u"张小明"_s);
    const auto semesterId = SettingsRepository(school->db).profile()->currentSemesterId;
    const auto found = IepRepository(school->db).forStudentSemester(id, semesterId);
    REQUIRE(found);
    const std::optional<Iep> iep = *found;
    REQUIRE(iep);
    REQUIRE_FALSE(iep->content.goals.isEmpty());

    QTemporaryDir dir;
    int pages = 0;
    const QString text = renderText(u"iep"_s, contextFor(school->db, id), dir, &pages);
    CHECK(pages >= 1);
    for (const QString &caption : {u"个别化教育计划表"_s, u"IEP制定小组"_s, u"现有能力水平"_s, u"长期目标一"_s, u"短期目标"_s,
                                   u"评量方式"_s, u"服务安排"_s, u"调整与支持措施"_s, u"考试调整"_s, u"O观察"_s, u"E加深"_s,
                                   u"阳光实验小学（演示）"_s, u"2026年秋季学期"_s, u"智力残疾四级"_s})
        CHECK(text.contains(caption));
    CHECK(text.contains(u"张小明"_s));
    for (const IepTeamMember &m : iep->content.team) {
        CHECK(text.contains(stripped(m.name)));
        CHECK(text.contains(u"%1（%2）签名"_s.arg(teamRoleChinese(m.role), stripped(m.name))));
    }
    for (const IepGoal &g : iep->content.goals) {
        CHECK(text.contains(stripped(g.longTerm)));
        for (const IepObjective &o : g.objectives)
            CHECK(text.contains(stripped(o.behaviour)));
    }
}

TEST_CASE("last semester's archived IEP prints its results", "[print][iep]")
{
    auto school = demoSchool();
    const qint64 id = studentNamed(school->db, u"张小明"_s);
    const auto read = IepRepository(school->db).forStudent(id);
    REQUIRE(read);
    const QList<Iep> &ieps = *read;
    REQUIRE(ieps.size() == 2);
    REQUIRE(ieps.first().status == IepStatus::Archived);
    QTemporaryDir dir;
    int pages = 0;
    const QString text = renderText(u"iep"_s, contextFor(school->db, id, ieps.first().semesterId), dir, &pages);
    CHECK(text.contains(u"归档"_s));
    const IepObjective first = ieps.first().content.goals.first().objectives.first();
    CHECK(text.contains(achievementChinese(first.achievement)));
}

TEST_CASE("the IEP meeting record names the participants and the decisions", "[print][iep]")
{
    auto school = demoSchool();
    const qint64 id = studentNamed(school->db, u"陈佳怡"_s);
    const auto found = IepRepository(school->db).forStudentSemester(id, SettingsRepository(school->db).profile()->currentSemesterId);
    REQUIRE(found);
    const std::optional<Iep> iep = *found;
    REQUIRE(iep);
    QTemporaryDir dir;
    int pages = 0;
    const QString text = renderText(u"iep-meeting"_s, contextFor(school->db, id), dir, &pages);
    CHECK(pages >= 1);
    for (const QString &caption : {u"IEP研讨记录"_s, u"会议日期"_s, u"会议地点"_s, u"参加人员"_s, u"研讨内容"_s, u"决定事项"_s,
                                   u"主持人签名"_s, u"家长签名"_s, u"资源教室（教学楼一楼东侧103室）"_s})
        CHECK(text.contains(caption));
    CHECK(text.contains(u"陈佳怡"_s));
    CHECK(text.contains(stripped(chineseDate(iep->content.meetingDate))));
    for (const IepTeamMember &m : iep->content.team)
        CHECK(text.contains(stripped(m.name)));
    CHECK(text.contains(u"家长同意本计划"_s));
}

TEST_CASE("an IEP form without a plan is a clear error", "[print][iep]")
{
    auto school = demoSchool();
    const qint64 id = studentNamed(school->db, u"张小明"_s);
    // A semester of its own, without plans.
    Semester later;
    later.name = u"2027年秋季学期"_s;
    later.schoolYear = 2027;
    later.start = QDate(2027, 9, 1);
    later.end = QDate(2028, 1, 20);
    const auto semesterId = SemesterRepository(school->db).add(later);
    REQUIRE(semesterId.ok());
    for (const QString &form : {u"iep"_s, u"iep-meeting"_s}) {
        const auto doc = findForm(form)->build(contextFor(school->db, id, *semesterId));
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::NotFound);
        CHECK(doc.error().message.contains(u"张小明"_s));
    }
    const auto noStudent = findForm(u"iep"_s)->build(contextFor(school->db, 4711));
    REQUIRE_FALSE(noStudent.ok());
    CHECK(noStudent.error().code == ErrorCode::NotFound);
}

TEST_CASE("print iep from the command line", "[print][iep][cli]")
{
    auto school = demoSchool();
    school->db.reset();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"x.pdf"_s);
    const auto run = test::runCli({u"print"_s, u"iep"_s, u"--db"_s, school->path, u"--student"_s, u"1"_s, u"--out"_s, pdf});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(pdf));
    const auto meeting = test::runCli({u"print"_s, u"iep-meeting"_s, u"--db"_s, school->path, u"--student"_s, u"1"_s,
                                       u"--semester"_s, u"2026年秋季学期"_s, u"--out"_s, dir.filePath(u"m.pdf"_s)});
    CHECK(meeting.exitCode == 0);
    const auto list = test::runCli({u"print"_s, u"--list"_s});
    CHECK(list.out.contains(u"iep\t个别化教育计划表"_s));
    CHECK(list.out.contains(u"iep-meeting\tIEP研讨记录"_s));
}

TEST_CASE("a long IEP breaks across pages with nothing cut off", "[print][iep]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    Semester semester;
    semester.name = u"2026年秋季学期"_s;
    semester.schoolYear = 2026;
    semester.start = QDate(2026, 9, 1);
    semester.end = QDate(2027, 1, 20);
    const auto semesterId = SemesterRepository(temp->db).add(semester);
    REQUIRE(semesterId.ok());
    REQUIRE(SettingsRepository(temp->db).saveProfile({u"第一实验小学"_s, u"王老师"_s, {}, *semesterId}).ok());
    Student s;
    s.name = u"欧阳晓雯"_s;
    s.gender = Gender::Female;
    s.birthDate = QDate(2017, 10, 12);
    s.grade = 3;
    s.className = u"2班"_s;
    s.needs = {Need{NeedCategory::Intellectual, 4, {}}};
    const auto studentId = StudentRepository(temp->db).add(s);
    REQUIRE(studentId.ok());

    IepContent content;
    content.meetingDate = QDate(2026, 9, 9);
    content.team = {{TeamRole::ResourceTeacher, u"马晓燕"_s}, {TeamRole::HeadTeacher, u"王丽"_s},
                    {TeamRole::Parent, u"欧阳明"_s}};
    QStringList objectives;
    for (int g = 0; g < 3; ++g) {
        IepGoal goal;
        goal.domain = g == 0 ? GoalDomain::Mathematics : g == 1 ? GoalDomain::ChineseLanguage : GoalDomain::FineMotor;
        goal.longTerm = u"长期目标文本%1：在教师的支持下逐步提高本领域的基础能力"_s.arg(g + 1);
        content.presentLevels.append({goal.domain, u"现有能力描述，较长的一段文字，说明学生在本领域的优势和需要，"
                                                   "以及家长和教师观察到的具体表现，便于制定目标。"_s.repeated(2)});
        for (int o = 0; o < 6; ++o) {
            IepObjective obj;
            obj.behaviour = u"目标%1之%2：借助实物和图卡，能独立完成教师布置的练习并说出理由，连续三次正确率达80%以上"_s
                                .arg(g + 1).arg(o + 1);
            objectives << obj.behaviour;
            obj.criterion = u"80%"_s;
            obj.deadline = QDate(2027, 1, 13);
            obj.start = QDate(2026, 9, 1);
            obj.end = QDate(2027, 1, 13);
            obj.methods = u"OT"_s;
            obj.responsible = u"马晓燕"_s;
            goal.objectives.append(obj);
        }
        content.goals.append(goal);
    }
    content.services = {{ServiceType::IndividualTraining, 80, u"马晓燕"_s, 0}};
    content.accommodations = {{AccommodationKind::Exam, u"延长考试时间20分钟"_s}};
    REQUIRE(IepRepository(temp->db).create(*studentId, *semesterId, content).ok());

    QTemporaryDir dir;
    int pages = 0;
    const QString text = renderText(u"iep"_s, contextFor(temp->db, *studentId), dir, &pages);
    CHECK(pages >= 2);
    // Cells on one baseline come out of pdftotext interleaved: each
    // objective's opening words, and every objective's last words.
    for (const QString &objective : objectives)
        CHECK(text.contains(objective.left(12)));
    CHECK(text.count(u"以上"_s) == objectives.size());
    CHECK(text.contains(u"草稿"_s));
    CHECK(text.contains(u"欧阳明）签名"_s));
}
