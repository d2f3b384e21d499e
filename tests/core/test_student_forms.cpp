// 随班就读学生申报确认表, 随班就读学生花名册 and 家庭情况及成长史, rendered
// from the demo school and read back from the PDF.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "demo/DemoSchool.h"
#include "lrc/LrcRepository.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "students/StudentRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QTemporaryDir>

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

// pdftotext puts line breaks and spaces where the layout had them.
QString pdfText(const QString &path)
{
    return runTool(u"pdftotext"_s, {path, u"-"_s}).remove(QRegularExpression(u"\\s+"_s));
}

// "Page size: 841.89 x 595.276 pts (A4)" → {width, height} in points.
QSizeF pdfPageSize(const QString &path)
{
    const auto match = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(runTool(u"pdfinfo"_s, {path}));
    REQUIRE(match.hasMatch());
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

struct DemoSchool {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
};

std::unique_ptr<DemoSchool> demoSchool()
{
    auto school = std::make_unique<DemoSchool>();
    const QString path = school->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(path, FixedClock(kToday)));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    school->db = *db;
    return school;
}

FormContext contextFor(const std::shared_ptr<Database> &db, std::optional<qint64> studentId)
{
    return FormContext{db, std::make_shared<FixedClock>(kToday), {studentId, std::nullopt}};
}

FormDocument build(const QString &formId, const FormContext &context)
{
    const FormSpec *spec = findForm(formId);
    REQUIRE(spec);
    auto doc = spec->build(context);
    if (!doc)
        FAIL(doc.error().message.toStdString());
    return *doc;
}

// Renders to a PDF in `dir`; returns its path, the page count in `pages`.
QString render(const FormDocument &doc, const QTemporaryDir &dir, const QString &name, int *pages)
{
    const QString path = dir.filePath(name);
    const auto written = writeFormPdf(doc, path);
    if (!written)
        FAIL(written.error().message.toStdString());
    *pages = *written;
    return path;
}

// A student of our own, so that the test owns the LRC steps whatever the demo records.
qint64 addApplicant(const std::shared_ptr<Database> &db)
{
    Student s;
    s.name = u"欧阳晓雯"_s;
    s.gender = Gender::Female;
    s.birthDate = QDate(2017, 10, 12);
    s.ethnicity = u"汉族"_s;
    s.grade = 3;
    s.className = u"2班"_s;
    s.needs = {Need{NeedCategory::Intellectual, 4, u"轻度"_s}};
    s.guardians = {Guardian{u"欧阳明"_s, u"父亲"_s, u"13912345678"_s, u"伊宁市新华路8号"_s, true, {}, {}}};
    const auto id = StudentRepository(db).add(s);
    REQUIRE(id.ok());
    LrcRepository lrc(db);
    const QList<LrcEvent> steps = {
        {0, *id, LrcStep::Applied, QDate(2026, 9, 2), u"家长"_s, u"孩子识字和计算明显落后，恳请学校给予随班就读支持。"_s, 0, {}, {}},
        {0, *id, LrcStep::SchoolOpinion, QDate(2026, 9, 9), u"何志强"_s, u"情况属实，同意申报。"_s, 0, {}, {}},
        {0, *id, LrcStep::Reported, QDate(2026, 9, 20), u"马晓燕"_s, {}, 0, {}, {}},
        {0, *id, LrcStep::Confirmed, QDate(2026, 10, 25), u"市特殊教育资源中心"_s, u"经评估，符合随班就读条件。"_s, 0, {}, {}},
    };
    for (const LrcEvent &step : steps)
        REQUIRE(lrc.addStep(step).ok());
    return *id;
}

} // namespace

TEST_CASE("the LRC application form fills in the recorded steps on one page", "[print][lrc]")
{
    auto school = demoSchool();
    const qint64 id = addApplicant(school->db);
    const FormDocument doc = build(u"lrc-application"_s, contextFor(school->db, id));
    CHECK(doc.orientation == PageOrientation::Portrait);

    QTemporaryDir dir;
    int pages = 0;
    const QString text = pdfText(render(doc, dir, u"lrc.pdf"_s, &pages));
    CHECK(pages == 1);
    CHECK(text.contains(u"随班就读学生申报确认表"_s));
    CHECK(text.contains(u"欧阳晓雯"_s));
    CHECK(text.contains(u"2017年10月12日"_s));
    CHECK(text.contains(u"三年级2班"_s));
    CHECK(text.contains(u"智力残疾四级（轻度）"_s));
    CHECK(text.contains(u"残疾人证号无"_s));
    CHECK(text.contains(u"欧阳明（父亲）"_s));
    CHECK(text.contains(u"13912345678"_s));
    CHECK(text.contains(u"伊宁市新华路8号"_s));
    CHECK(text.contains(u"附检测证明"_s));
    CHECK(text.contains(u"附残疾人证复印件"_s));
    // The notes of the steps, each with its date.
    CHECK(text.contains(u"恳请学校给予随班就读支持"_s));
    CHECK(text.contains(u"日期：2026年9月2日"_s));
    CHECK(text.contains(u"情况属实，同意申报。"_s));
    CHECK(text.contains(u"日期：2026年9月9日"_s));
    CHECK(text.contains(u"经评估，符合随班就读条件。"_s));
    CHECK(text.contains(u"日期：2026年10月25日"_s));
    CHECK(text.contains(u"校长签名"_s));
    CHECK(text.contains(u"学校盖章"_s));
    CHECK(text.contains(u"特殊教育资源中心（指导中心）意见"_s));
    CHECK(text.contains(u"本表一式三份，学校、教育局、家长各存一份。"_s));
    CHECK_FALSE(text.contains(u"年____月"_s));   // every date is known
}

TEST_CASE("the LRC application form of every demo student fits one page", "[print][lrc]")
{
    auto school = demoSchool();
    QTemporaryDir dir;
    const auto onRoster = StudentRepository(school->db).summaries();
    REQUIRE(onRoster);
    for (const StudentSummary &student : *onRoster) {
        INFO(student.name.toStdString());
        const FormDocument doc = build(u"lrc-application"_s, contextFor(school->db, student.id));
        int pages = 0;
        const QString text = pdfText(render(doc, dir, u"lrc-%1.pdf"_s.arg(student.id), &pages));
        CHECK(pages == 1);
        CHECK(text.contains(student.name));
        CHECK(text.contains(u"一式三份"_s));
    }
}

TEST_CASE("a student who has not applied gets blank opinions and date lines", "[print][lrc]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    Student s;
    s.name = u"林小雨"_s;
    s.certificateNumber = u"65400220170101002X14"_s;
    const auto id = StudentRepository(temp->db).add(s);
    REQUIRE(id.ok());
    const FormDocument doc = build(u"lrc-application"_s, contextFor(temp->db, *id));
    QTemporaryDir dir;
    int pages = 0;
    const QString text = pdfText(render(doc, dir, u"blank.pdf"_s, &pages));
    CHECK(pages == 1);
    CHECK(text.contains(u"林小雨"_s));
    CHECK(text.contains(u"65400220170101002X14"_s));
    CHECK(text.count(u"日期：______年____月____日"_s) == 3);
}

TEST_CASE("a long opinion breaks across pages and keeps its signature and date at the end", "[print][lrc]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    Student s;
    s.name = u"林小雨"_s;
    const auto id = StudentRepository(temp->db).add(s);
    REQUIRE(id.ok());
    QString reason;
    for (int i = 1; i <= 40; ++i)
        reason += u"第%1条：孩子在课堂上难以跟上教学进度，需要资源教室的个别化支持。"_s.arg(i);
    reason += u"理由完"_s;
    LrcRepository lrc(temp->db);
    REQUIRE(lrc.addStep({0, *id, LrcStep::Applied, QDate(2026, 9, 2), u"家长"_s, reason, 0, {}, {}}).ok());
    REQUIRE(lrc.addStep({0, *id, LrcStep::SchoolOpinion, QDate(2026, 9, 9), u"校长"_s, u"同意申报。"_s, 0, {}, {}}).ok());

    const FormDocument doc = build(u"lrc-application"_s, contextFor(temp->db, *id));
    QTemporaryDir dir;
    int pages = 0;
    const QString path = render(doc, dir, u"long.pdf"_s, &pages);
    CHECK(pages == 2);
    const QString text = pdfText(path);
    CHECK(text.contains(u"家长申请理由（续）"_s));
    CHECK(text.contains(u"第40条"_s));
    // The parent signs below the whole text, once.
    CHECK(text.count(u"家长签名"_s) == 1);
    CHECK(text.indexOf(u"理由完"_s) < text.indexOf(u"日期：2026年9月2日"_s));
    CHECK(text.contains(u"日期：2026年9月9日"_s));
}

TEST_CASE("the roster lists the confirmed students on landscape pages without ID numbers", "[print][roster]")
{
    auto school = demoSchool();
    const FormDocument doc = build(u"roster"_s, contextFor(school->db, std::nullopt));
    CHECK(doc.orientation == PageOrientation::Landscape);

    QTemporaryDir dir;
    int pages = 0;
    const QString path = render(doc, dir, u"roster.pdf"_s, &pages);
    CHECK(pages >= 1);
    const QSizeF size = pdfPageSize(path);
    CHECK(size.width() > size.height());
    CHECK(qAbs(size.width() - 841.89) < 2);

    const QString text = pdfText(path);
    CHECK(text.contains(u"随班就读学生花名册"_s));
    CHECK(text.contains(u"阳光实验小学（演示）"_s));
    CHECK(text.contains(u"2026年秋季学期"_s));
    for (const QString &header : {u"序号"_s, u"出生日期"_s, u"残疾类别及等级"_s, u"安置方式"_s, u"确认日期"_s,
                                  u"认定状态"_s, u"班主任"_s, u"联系电话"_s})
        CHECK(text.contains(header));
    const auto states = LrcRepository(school->db).allStates();
    REQUIRE(states);
    const auto students = StudentRepository(school->db).summaries();
    REQUIRE_FALSE(students->isEmpty());
    int confirmed = 0;
    for (const StudentSummary &student : *students) {
        INFO(student.name.toStdString());
        const LrcState state = states->value(student.id, LrcState::None);
        confirmed += state == LrcState::Confirmed ? 1 : 0;
        const bool listed = state == LrcState::Confirmed || state == LrcState::Applied
            || state == LrcState::SchoolOpinion || state == LrcState::Reported;
        CHECK(text.contains(student.name) == listed);
    }
    CHECK(text.contains(u"人数：%1人"_s.arg(confirmed)));
    CHECK(text.contains(u"填表人签名"_s));
    CHECK(text.contains(u"学校负责人签名"_s));
    CHECK(text.contains(u"填报日期：2026年11月22日"_s));
    CHECK(text.contains(u"内部资料注意保密"_s));
    // Neither ID numbers nor the certificate numbers that begin with them.
    CHECK_FALSE(text.contains(QRegularExpression(u"\\d{17}[\\dX]"_s)));
    CHECK_FALSE(text.contains(u"医疗史"_s));
}

TEST_CASE("the roster's header row repeats on every page", "[print][roster]")
{
    auto school = demoSchool();
    StudentRepository students(school->db);
    LrcRepository lrc(school->db);
    for (int i = 0; i < 30; ++i) {
        Student s;
        s.name = u"测试学生%1"_s.arg(i + 1);
        s.grade = 1 + i % 6;
        s.className = u"1班"_s;
        const auto id = students.add(s);
        REQUIRE(id.ok());
        // Only confirmed students are on the roster.
        REQUIRE(lrc.addStep({0, *id, LrcStep::Applied, QDate(2026, 9, 2), u"家长"_s, {}, 0, {}, {}}).ok());
        REQUIRE(lrc.addStep({0, *id, LrcStep::SchoolOpinion, QDate(2026, 9, 3), u"校长"_s, {}, 0, {}, {}}).ok());
        REQUIRE(lrc.addStep({0, *id, LrcStep::Reported, QDate(2026, 9, 4), u"马老师"_s, {}, 0, {}, {}}).ok());
        REQUIRE(lrc.addStep({0, *id, LrcStep::Confirmed, QDate(2026, 9, 30), u"中心"_s, {}, 0, {}, {}}).ok());
    }
    const FormDocument doc = build(u"roster"_s, contextFor(school->db, std::nullopt));
    QTemporaryDir dir;
    int pages = 0;
    const QString path = render(doc, dir, u"long-roster.pdf"_s, &pages);
    REQUIRE(pages >= 2);
    const QString text = pdfText(path);
    // Every page of the list, and once more for the appendix of applications
    // in progress (which may have a page to itself).
    CHECK(text.count(u"残疾类别及等级"_s) >= pages);
    CHECK(text.count(u"残疾类别及等级"_s) <= pages + 1);
    CHECK(text.contains(u"测试学生30"_s));
}

TEST_CASE("the family history form holds the family table and the histories", "[print][students]")
{
    auto school = demoSchool();
    const auto student = StudentRepository(school->db).find(u"张小明"_s);
    REQUIRE(student.ok());
    const FormDocument doc = build(u"family-history"_s, contextFor(school->db, student->id));
    CHECK(doc.orientation == PageOrientation::Portrait);

    QTemporaryDir dir;
    int pages = 0;
    const QString text = pdfText(render(doc, dir, u"family.pdf"_s, &pages));
    CHECK(pages == 1);
    CHECK(text.contains(u"家庭情况及成长史"_s));
    CHECK(text.contains(u"张小明"_s));
    CHECK(text.contains(u"家庭成员及监护人"_s));
    for (const Guardian &g : student->guardians) {
        CHECK(text.contains(g.name));
        CHECK(text.contains(g.phone));
    }
    for (const Guardian &g : student->guardians) {
        CHECK_FALSE(g.education.isEmpty());
        CHECK(text.contains(QString(g.education).remove(QRegularExpression(u"\\s+"_s))));
        CHECK(text.contains(QString(g.occupation).remove(QRegularExpression(u"\\s+"_s))));
    }
    for (const QString &history : {student->familySituation, student->growthHistory})
        CHECK(text.contains(QString(history).remove(QRegularExpression(u"\\s+"_s))));
    // The treatment and medical histories are student-info's: not repeated here.
    for (const QString &history : {student->treatmentHistory, student->medicalHistory})
        CHECK_FALSE(text.contains(QString(history).remove(QRegularExpression(u"\\s+"_s))));
    CHECK(text.contains(u"资源教师签名"_s));
    CHECK(text.contains(u"家长签名"_s));
}

TEST_CASE("an empty record leaves room to write the family history by hand", "[print][students]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    Student s;
    s.name = u"林小雨"_s;
    const auto id = StudentRepository(temp->db).add(s);
    REQUIRE(id.ok());
    const FormDocument doc = build(u"family-history"_s, contextFor(temp->db, *id));
    const auto minLines = [&](const QString &heading) {
        for (const FormBlock &block : doc.blocks)
            if (const auto *section = std::get_if<TextSection>(&block.content); section && section->heading == heading)
                return section->minLines;
        return -1;
    };
    CHECK(minLines(u"家庭情况"_s) >= 5);
    CHECK(minLines(u"成长史"_s) >= 5);
    CHECK(minLines(u"医疗史"_s) == -1);
    QTemporaryDir dir;
    int pages = 0;
    const QString text = pdfText(render(doc, dir, u"empty.pdf"_s, &pages));
    CHECK(pages == 1);
    CHECK(text.contains(u"林小雨"_s));
    CHECK(text.contains(u"成长史"_s));
    CHECK_FALSE(text.contains(u"医疗史"_s));
}

TEST_CASE("the student forms refuse an unknown or missing student", "[print][students]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    for (const QString &formId : {u"lrc-application"_s, u"family-history"_s}) {
        INFO(formId.toStdString());
        const FormSpec *spec = findForm(formId);
        REQUIRE(spec);
        CHECK(spec->scope == FormScope::Student);
        const auto unknown = spec->build(contextFor(temp->db, qint64(4711)));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == ErrorCode::NotFound);
        CHECK_FALSE(unknown.error().message.isEmpty());
        const auto none = spec->build(contextFor(temp->db, std::nullopt));
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().code == ErrorCode::InvalidInput);
    }
    const FormSpec *roster = findForm(u"roster"_s);
    REQUIRE(roster);
    const auto noSemester = roster->build(FormContext{temp->db, systemClock(), {std::nullopt, qint64(4711)}});
    REQUIRE_FALSE(noSemester.ok());
    CHECK(noSemester.error().code == ErrorCode::NotFound);
}

TEST_CASE("print --list names the new forms", "[print][cli]")
{
    const auto list = test::runCli({u"print"_s, u"--list"_s});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"lrc-application\t随班就读学生申报确认表"_s));
    CHECK(list.out.contains(u"roster\t随班就读学生花名册"_s));
    CHECK(list.out.contains(u"family-history\t家庭情况及成长史"_s));
}
