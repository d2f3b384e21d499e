// 评估报告摘要 (the assessment report summary) built for one student and read
// back from its PDF; the bands and result texts it prints; editing a stored
// assessment; and the goals teachers add to the goal bank.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "assessment/AssessmentRepository.h"
#include "assessment/Interpretation.h"
#include "calendar/SemesterRepository.h"
#include "goalbank/CustomGoals.h"
#include "goalbank/GoalBank.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "print/forms/AssessmentSummaryForm.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

struct Fixture {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    qint64 semester = 0;
    qint64 student = 0;
};

Fixture fixture()
{
    Fixture f;
    Semester s;
    s.name = u"2026年秋季学期"_s;
    s.kind = SemesterKind::Autumn;
    s.schoolYear = 2026;
    s.start = QDate(2026, 9, 1);
    s.end = QDate(2027, 1, 20);
    auto semester = SemesterRepository(f.db).add(s);
    REQUIRE(semester);
    f.semester = *semester;
    SchoolProfile profile;
    profile.schoolName = u"城关第一小学"_s;
    profile.teacherName = u"李老师"_s;
    profile.currentSemesterId = f.semester;
    REQUIRE(SettingsRepository(f.db).saveProfile(profile));
    Student student;
    student.name = u"王小军"_s;
    student.birthDate = QDate(2017, 4, 3);
    student.grade = 3;
    student.className = u"2班"_s;
    auto id = StudentRepository(f.db).add(student);
    REQUIRE(id);
    f.student = *id;
    return f;
}

qint64 addAssessment(const Fixture &f, Instrument instrument, const QDate &date, const QVariantMap &results,
                     const QString &conclusion = {})
{
    Assessment a;
    a.studentId = f.student;
    a.instrument = instrument;
    a.date = date;
    a.assessor = u"赵医生"_s;
    a.results = results;
    a.conclusion = conclusion;
    auto id = AssessmentRepository(f.db).add(a);
    if (!id)
        FAIL(id.error().message.toStdString());
    return *id;
}

FormContext contextFor(const Fixture &f, qint64 studentId)
{
    FormRequest request;
    request.studentId = studentId;
    return FormContext{f.db, std::make_shared<FixedClock>(kToday), request};
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

TEST_CASE("bands and result texts for every instrument", "[assessment]")
{
    CHECK(resultBand(Instrument::Crt, {{u"iq"_s, 72.0}}) == u"边缘"_s);
    CHECK(resultBand(Instrument::Wisc4, {{u"fsiq"_s, 52.0}}) == u"中度"_s);
    CHECK(resultBand(Instrument::SocialLife, {{u"standard"_s, 8.0}}) == u"轻度"_s);
    CHECK(resultBand(Instrument::AdaptiveBehaviour, {{u"adq"_s, 90.0}}) == u"正常"_s);
    CHECK(resultBand(Instrument::SensoryIntegration,
                     {{u"vestibular"_s, 35.0}, {u"tactile"_s, 45.0}, {u"proprioception"_s, 18.0}})
          == u"前庭失衡轻度、本体感失调重度"_s);
    CHECK(resultBand(Instrument::SensoryIntegration, {{u"vestibular"_s, 50.0}, {u"tactile"_s, 45.0}, {u"proprioception"_s, 41.0}})
          == u"未见失调"_s);
    CHECK(resultBand(Instrument::Articulation, {{u"correct"_s, 10.0}, {u"intelligibility"_s, 40.0}})
          == u"清晰度相当于言语残疾三级"_s);
    CHECK(resultBand(Instrument::Articulation, {{u"correct"_s, 20.0}, {u"intelligibility"_s, 90.0}}).isEmpty());
    CHECK(resultBand(Instrument::Academic, {{u"subject"_s, u"数学"_s}, {u"score"_s, 45.0}, {u"full_marks"_s, 100.0}})
          == u"得分率 45.0%"_s);
    CHECK(resultBand(Instrument::Custom, {{u"视力"_s, u"0.8"_s}}).isEmpty());
    CHECK(resultBand(Instrument::Crt, {}).isEmpty());   // the deciding result is missing

    CHECK(resultValuesText(Instrument::Wisc4, {{u"fsiq"_s, 75.0}, {u"vci"_s, 80.5}}) == u"总智商 75，言语理解 80.5"_s);
    // Integers as JSON hands them back, and field order from the instrument, not the map.
    CHECK(resultValuesText(Instrument::Crt, {{u"iq"_s, qlonglong(72)}, {u"raw"_s, 30}}) == u"原始分 30，智商 72"_s);
    CHECK(resultValuesText(Instrument::Custom, {{u"视力"_s, u"0.8"_s}}) == u"视力 0.8"_s);
    CHECK(resultValuesText(Instrument::Articulation, {{u"correct"_s, 13.0}, {u"intelligibility"_s, 65.0}})
          == u"声母正确数 13，言语清晰度 65%"_s);
}

TEST_CASE("a stored assessment is edited and checked like a new one", "[assessment]")
{
    Fixture f = fixture();
    const qint64 id = addAssessment(f, Instrument::Crt, QDate(2026, 9, 5), {{u"iq"_s, 72}});
    AssessmentRepository repository(f.db);
    auto stored = repository.byId(id);
    REQUIRE(stored);
    CHECK(stored->conclusion.contains(u"边缘"_s));   // the interpretation when none was given

    Assessment changed = *stored;
    changed.results = {{u"iq"_s, 68}, {u"raw"_s, 31}};
    changed.conclusion.clear();
    changed.date = QDate(2026, 9, 6);
    REQUIRE(repository.update(changed));
    stored = repository.byId(id);
    REQUIRE(stored);
    CHECK(stored->date == QDate(2026, 9, 6));
    CHECK(stored->results.value(u"iq"_s).toDouble() == 68.0);
    CHECK(stored->conclusion.contains(u"轻度"_s));

    Assessment wrong = *stored;
    wrong.results = {{u"iq"_s, 400}};
    const auto refused = repository.update(wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(repository.byId(id)->results.value(u"iq"_s).toDouble() == 68.0);   // unchanged

    Assessment missing = *stored;
    missing.id = id + 100;
    const auto notFound = repository.update(missing);
    REQUIRE_FALSE(notFound);
    CHECK(notFound.error().code == ErrorCode::NotFound);
}

TEST_CASE("the assessment summary lists every assessment on file by school year, with bands and conclusions", "[print][assessment]")
{
    Fixture f = fixture();
    addAssessment(f, Instrument::Wisc4, QDate(2026, 3, 1), {{u"fsiq"_s, 70}});   // last school year: a table of its own
    addAssessment(f, Instrument::Academic, QDate(2026, 10, 10),
                  {{u"subject"_s, u"数学"_s}, {u"score"_s, 45}, {u"full_marks"_s, 100}});
    addAssessment(f, Instrument::Crt, QDate(2026, 9, 5), {{u"iq"_s, 72}, {u"raw"_s, 30}},
                  u"智力发展水平处于边缘，建议随班就读并提供学习支持"_s);
    addAssessment(f, Instrument::SocialLife, QDate(2026, 9, 20), {{u"standard"_s, 8}});

    const auto stored = AssessmentRepository(f.db).forStudent(f.student);
    REQUIRE(stored);
    const QList<Assessment> year = assessmentsOfSchoolYear(*stored, 2026);
    REQUIRE(year.size() == 3);
    CHECK(year.at(0).instrument == Instrument::Crt);   // oldest first
    CHECK(year.at(1).instrument == Instrument::SocialLife);
    CHECK(year.at(2).instrument == Instrument::Academic);

    const FormSpec *spec = findForm(u"assessment-summary"_s);
    REQUIRE(spec);
    CHECK(spec->title == u"评估报告摘要"_s);
    CHECK(spec->scope == FormScope::StudentSemester);
    const FormContext context = contextFor(f, f.student);
    auto doc = spec->build(context);
    if (!doc)
        FAIL(doc.error().message.toStdString());
    CHECK(doc->title == u"评估报告摘要"_s);

    QList<const FormTable *> tables;
    const TextSection *conclusions = nullptr;
    for (const FormBlock &block : doc->blocks) {
        if (const auto *t = std::get_if<FormTable>(&block.content))
            tables.append(t);
        if (const auto *s = std::get_if<TextSection>(&block.content); s && s->heading == u"评估结论"_s)
            conclusions = s;
    }
    REQUIRE(tables.size() == 2);
    CHECK(tables.at(0)->caption == u"2025—2026学年评估记录"_s);
    REQUIRE(tables.at(0)->rows.size() == 1);
    CHECK(tables.at(0)->rows.at(0).at(2) == u"韦氏儿童智力量表第四版中文版"_s);
    const FormTable *table = tables.at(1);
    CHECK(table->caption == u"2026—2027学年评估记录"_s);
    REQUIRE(table->rows.size() == 3);
    CHECK(table->rows.at(0) == QStringList{u"2"_s, u"2026年9月5日"_s, u"联合型瑞文测验"_s, u"赵医生"_s,
                                           u"原始分 30，智商 72"_s, u"边缘"_s});
    CHECK(table->rows.at(1).at(5) == u"轻度"_s);
    CHECK(table->rows.at(2).at(5) == u"得分率 45.0%"_s);
    REQUIRE(conclusions);
    CHECK(conclusions->text.contains(u"智力发展水平处于边缘，建议随班就读并提供学习支持"_s));
    CHECK(conclusions->text.contains(u"标准分 8（轻度）"_s));   // no conclusion given: the interpretation
    CHECK(conclusions->text.startsWith(u"1. 韦氏"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"summary.pdf"_s);
    const auto pages = writeFormPdf(*doc, path);
    REQUIRE(pages);
    CHECK(*pages == 1);
    QFile::remove(u"/tmp/helperc-assessment-summary.pdf"_s);
    QFile::copy(path, u"/tmp/helperc-assessment-summary.pdf"_s);   // to look at
    const QString text = pdfText(path);
    for (const QString &expected : {u"评估报告摘要"_s, u"城关第一小学"_s, u"2025—2026学年至2026—2027学年"_s, u"王小军"_s, u"三年级2班"_s,
                                    u"联合型瑞文测验"_s, u"婴儿-初中学生社会生活能力量表"_s, u"学业测试"_s, u"边缘"_s,
                                    u"得分率45.0%"_s, u"评估人签名"_s, u"资源教师签名"_s, u"教育建议"_s, u"韦氏"_s})
        CHECK(text.contains(expected));
}

TEST_CASE("the summary of a student without assessments prints blank rows; unknown students are refused", "[print][assessment]")
{
    Fixture f = fixture();
    const FormSpec *spec = findForm(u"assessment-summary"_s);
    REQUIRE(spec);
    auto doc = spec->build(contextFor(f, f.student));
    REQUIRE(doc);
    for (const FormBlock &block : doc->blocks)
        if (const auto *t = std::get_if<FormTable>(&block.content)) {
            CHECK(t->rows.isEmpty());
            CHECK(t->minRows == 3);
        }
    const auto unknown = spec->build(contextFor(f, f.student + 50));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("teachers' own goals are kept in the data file and checked", "[goalbank]")
{
    Fixture f = fixture();
    CustomGoalRepository goals(f.db);
    CHECK(goals.all()->isEmpty());

    BankGoal goal;
    goal.domain = GoalDomain::Mathematics;
    goal.area = u" 乘法 "_s;
    goal.longTermText = u"掌握表内乘法"_s;
    goal.objectiveTemplate = u"能背出2至5的乘法口诀，正确率达{标准}"_s;
    REQUIRE(goals.add(goal));
    const auto read = goals.all();
    REQUIRE(read);
    const QList<BankGoal> &stored = *read;
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().custom);
    CHECK(stored.first().area == u"乘法"_s);   // trimmed
    CHECK(stored.first().objectiveTemplate == goal.objectiveTemplate);
    CHECK(SettingsRepository(f.db).value(QString::fromLatin1(kCustomGoalsSetting))->contains(u"乘法口诀"_s));

    // The same objective twice, or one already shipped, is refused.
    const auto twice = goals.add(goal);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    REQUIRE_FALSE(GoalBank::shipped().goals().isEmpty());
    const auto shipped = goals.add(GoalBank::shipped().goals().first());
    REQUIRE_FALSE(shipped);
    CHECK(shipped.error().code == ErrorCode::Conflict);

    BankGoal noPlace = goal;
    noPlace.objectiveTemplate = u"能背出乘法口诀"_s;
    CHECK_FALSE(goals.add(noPlace));
    BankGoal twoPlaces = goal;
    twoPlaces.objectiveTemplate = u"{标准}天内背出口诀{标准}"_s;
    CHECK_FALSE(goals.add(twoPlaces));
    BankGoal noArea = goal;
    noArea.area = u"  "_s;
    noArea.objectiveTemplate = u"能背出6的乘法口诀，正确率达{标准}"_s;
    CHECK_FALSE(goals.add(noArea));
    CHECK(goals.all()->size() == 1);

    // A broken setting does not break the bank: unreadable entries are skipped.
    CHECK(customGoalsFromJson("not json").isEmpty());
    CHECK(customGoalsFromJson(R"([{"domain":"nowhere","area":"a","longTerm":"b","objective":"c{标准}","scale":"accuracy","direction":"increase"}])")
              .isEmpty());

    REQUIRE(goals.remove(stored.first()));
    CHECK(goals.all()->isEmpty());
    CHECK_FALSE(goals.remove(stored.first()));

    // A setting that cannot be read is an error, not an empty list of own goals.
    REQUIRE(f.db->write({u"test"_s, u"damage"_s}, [](Transaction &tx) { return run(tx, u"DROP TABLE settings"_s); }));
    const auto failed = goals.all();
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Storage);
    CHECK_FALSE(goals.add(goal));
}
