#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "archive/ArchiveCompleteness.h"
#include "assessment/AssessmentRepository.h"
#include "assessment/Interpretation.h"
#include "assessment/PresentLevelSuggestion.h"
#include "calendar/SemesterRepository.h"
#include "iep/IepRepository.h"
#include "students/StudentRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 addStudent(const std::shared_ptr<Database> &db, const QString &name)
{
    Student s;
    s.name = name;
    auto id = StudentRepository(db).add(s);
    REQUIRE(id);
    return *id;
}

Assessment make(qint64 student, Instrument instrument, QDate date, QVariantMap results)
{
    Assessment a;
    a.studentId = student;
    a.instrument = instrument;
    a.date = date;
    a.assessor = u"区特教中心"_s;
    a.results = std::move(results);
    return a;
}

} // namespace

TEST_CASE("CRT and WISC IQ bands change exactly at their boundaries")
{
    const QList<QPair<double, QString>> cases{
        {160, u"极优"_s}, {130, u"极优"_s}, {129, u"优秀"_s}, {120, u"优秀"_s}, {119, u"中上"_s}, {110, u"中上"_s},
        {109, u"中等"_s}, {90, u"中等"_s},  {89, u"中下"_s},  {80, u"中下"_s},  {79, u"边缘"_s},  {70, u"边缘"_s},
        {69, u"轻度"_s},  {55, u"轻度"_s},  {54, u"中度"_s},  {40, u"中度"_s},  {39, u"重度"_s},  {25, u"重度"_s},
        {24, u"极重"_s},  {0, u"极重"_s}};
    for (const auto &[iq, band] : cases) {
        INFO(iq);
        CHECK(iqBand(iq) == band);
    }
    CHECK(interpretResults(Instrument::Crt, {{u"iq"_s, 75.0}, {u"raw"_s, 30.0}}) == u"智商 75（边缘）；原始分 30"_s);
}

TEST_CASE("ADQ bands change exactly at their boundaries")
{
    const QList<QPair<double, QString>> cases{
        {131, u"极强"_s}, {130, u"极强"_s}, {129, u"强"_s},   {115, u"强"_s},   {114, u"正常"_s}, {85, u"正常"_s},
        {84, u"边缘"_s},  {70, u"边缘"_s},  {69, u"轻度"_s},  {55, u"轻度"_s},  {54, u"中度"_s},  {40, u"中度"_s},
        {39, u"重度"_s},  {25, u"重度"_s},  {24, u"极度"_s}};
    for (const auto &[adq, band] : cases) {
        INFO(adq);
        CHECK(adqBand(adq) == band);
    }
    CHECK(smLevel(13) == u"非常优秀"_s);
    CHECK(smLevel(10) == u"正常"_s);
    CHECK(smLevel(9) == u"边缘"_s);
    CHECK(smLevel(5) == u"极重度"_s);
}

TEST_CASE("sensory integration T scores of 40 and below are flagged by degree")
{
    CHECK(sensoryDegree(41).isEmpty());
    CHECK(sensoryDegree(40) == u"轻度"_s);
    CHECK(sensoryDegree(30) == u"轻度"_s);
    CHECK(sensoryDegree(29) == u"中度"_s);
    CHECK(sensoryDegree(20) == u"中度"_s);
    CHECK(sensoryDegree(19) == u"重度"_s);
    const QString text = interpretResults(Instrument::SensoryIntegration, {{u"vestibular"_s, 35.0}, {u"tactile"_s, 52.0},
                                                                         {u"proprioception"_s, 18.0}});
    CHECK(text.contains(u"前庭失衡 T=35（轻度失调）"_s));
    CHECK(text.contains(u"本体感失调 T=18（重度失调）"_s));
    CHECK_FALSE(text.contains(u"触觉防御"_s));
    CHECK(interpretResults(Instrument::SensoryIntegration, {{u"vestibular"_s, 50.0}, {u"tactile"_s, 45.0},
                                                            {u"proprioception"_s, 60.0}})
              .contains(u"未见"_s));
    CHECK(speechGradeForIntelligibility(10) == u"一级"_s);
    CHECK(speechGradeForIntelligibility(40) == u"三级"_s);
    CHECK(speechGradeForIntelligibility(66).isEmpty());
}

TEST_CASE("results out of range, unknown or missing are refused")
{
    auto temp = test::makeTempDatabase();
    AssessmentRepository repo(temp->db);
    const qint64 student = addStudent(temp->db, u"张小明"_s);
    const QDate day(2026, 9, 20);
    CHECK_FALSE(repo.add(make(student, Instrument::Crt, day, {{u"iq"_s, 170.0}})));
    CHECK_FALSE(repo.add(make(student, Instrument::Crt, day, {{u"raw"_s, 30.0}})));              // IQ missing
    CHECK_FALSE(repo.add(make(student, Instrument::Crt, day, {{u"iq"_s, u"八十"_s}})));
    CHECK_FALSE(repo.add(make(student, Instrument::Crt, day, {{u"iq"_s, 80.0}, {u"mood"_s, 1.0}})));
    CHECK_FALSE(repo.add(make(student, Instrument::Wisc4, day, {{u"fsiq"_s, 80.0}, {u"vci"_s, 30.0}})));
    CHECK_FALSE(repo.add(make(student, Instrument::SensoryIntegration, day, {{u"vestibular"_s, 101.0}, {u"tactile"_s, 50.0},
                                                                             {u"proprioception"_s, 50.0}})));
    CHECK_FALSE(repo.add(make(student, Instrument::Articulation, day, {{u"correct"_s, 18.0}, {u"omission"_s, 5.0}})));
    CHECK_FALSE(repo.add(make(student, Instrument::Academic, day, {{u"subject"_s, u"数学"_s}, {u"score"_s, 110.0},
                                                                   {u"full_marks"_s, 100.0}})));
    CHECK_FALSE(repo.add(make(student, Instrument::Crt, QDate(), {{u"iq"_s, 80.0}})));
    CHECK_FALSE(repo.add(make(999, Instrument::Crt, day, {{u"iq"_s, 80.0}})));
    auto refused = repo.add(make(student, Instrument::Crt, day, {{u"iq"_s, 170.0}}));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"160"_s));
    CHECK(repo.forStudent(student)->isEmpty());

    // Numbers typed as text are accepted; the interpretation fills an empty conclusion.
    auto ok = repo.add(make(student, Instrument::Crt, day, {{u"iq"_s, u"68"_s}, {u"percentile"_s, 2}}));
    REQUIRE(ok);
    const Assessment stored = *repo.byId(*ok);
    CHECK(stored.results.value(u"iq"_s).toDouble() == 68.0);
    CHECK(stored.conclusion == u"智商 68（轻度）；百分位 2"_s);
    CHECK(stored.assessor == u"区特教中心"_s);

    auto custom = repo.add(make(student, Instrument::Custom, day, {{u"PEP-3 认知"_s, u"中间反应"_s}, {u"得分"_s, u"12"_s}}));
    REQUIRE(custom);
    CHECK(repo.byId(*custom)->results.value(u"得分"_s).toDouble() == 12.0);
}

TEST_CASE("the latest assessment of each instrument is found")
{
    auto temp = test::makeTempDatabase();
    AssessmentRepository repo(temp->db);
    const qint64 student = addStudent(temp->db, u"张小明"_s);
    REQUIRE(repo.add(make(student, Instrument::Crt, QDate(2025, 9, 1), {{u"iq"_s, 66.0}})));
    REQUIRE(repo.add(make(student, Instrument::Crt, QDate(2026, 9, 1), {{u"iq"_s, 71.0}})));
    REQUIRE(repo.add(make(student, Instrument::AdaptiveBehaviour, QDate(2026, 3, 1), {{u"adq"_s, 72.0}})));
    REQUIRE(repo.add(make(student, Instrument::Crt, QDate(2024, 9, 1), {{u"iq"_s, 60.0}})));
    CHECK(repo.forStudent(student)->size() == 4);
    CHECK(repo.forStudent(student)->first().date == QDate(2026, 9, 1));
    const auto read = repo.latestPerInstrument(student);
    REQUIRE(read);
    const QList<Assessment> &latest = *read;
    REQUIRE(latest.size() == 2);
    CHECK(latest.at(0).instrument == Instrument::Crt);
    CHECK(latest.at(0).results.value(u"iq"_s).toDouble() == 71.0);
    CHECK(latest.at(1).instrument == Instrument::AdaptiveBehaviour);
    CHECK(latest.at(1).conclusion == u"适应能力商数 72（边缘）"_s);

    // Every student at once: the same per student, the students by id.
    const qint64 other = addStudent(temp->db, u"李思雨"_s);
    REQUIRE(repo.add(make(other, Instrument::Crt, QDate(2026, 5, 1), {{u"iq"_s, 80.0}})));
    const auto all = repo.latestPerInstrument();
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->mid(0, 2) == latest);
    CHECK(all->at(2).studentId == other);
}

TEST_CASE("an assessment that is not there, or a read that fails, is an error")
{
    auto temp = test::makeTempDatabase();
    AssessmentRepository repo(temp->db);
    const auto missing = repo.byId(4711);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    REQUIRE(temp->db->write({u"test"_s, u"damage"_s}, [](Transaction &tx) { return run(tx, u"DROP TABLE assessments"_s); }));
    for (const auto &read : {repo.forStudent(1), repo.latestPerInstrument(1), repo.latestPerInstrument()}) {
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::Storage);
    }
}

TEST_CASE("an assessment suggests a present level in its domain")
{
    const Assessment crt = make(1, Instrument::Crt, QDate(2026, 9, 20), {{u"iq"_s, 75.0}});
    const PresentLevelSuggestion s = presentLevelSuggestion(crt);
    CHECK(s.domain == GoalDomain::Cognition);
    CHECK(s.text == u"2026年9月20日经联合型瑞文测验评估：智商 75（边缘）。"_s);
    const Assessment math = make(1, Instrument::Academic, QDate(2026, 9, 20),
                                 {{u"subject"_s, u"数学"_s}, {u"score"_s, 45.0}, {u"full_marks"_s, 100.0}});
    CHECK(presentLevelSuggestion(math).domain == GoalDomain::Mathematics);
    CHECK(presentLevelSuggestion(math).text.contains(u"数学 45/100（得分率 45.0%）"_s));
    CHECK(presentLevelSuggestion(make(1, Instrument::Articulation, QDate(2026, 9, 20), {{u"correct"_s, 15.0}})).domain
          == GoalDomain::Communication);
}

TEST_CASE("assessments and plans in effect satisfy their archive items")
{
    auto temp = test::makeTempDatabase();
    AssessmentRepository repo(temp->db);
    const qint64 a = addStudent(temp->db, u"甲"_s);
    const qint64 b = addStudent(temp->db, u"乙"_s);
    Semester autumn;
    autumn.name = u"2026年秋季学期"_s;
    autumn.schoolYear = 2026;
    autumn.start = QDate(2026, 9, 1);
    autumn.end = QDate(2027, 1, 20);
    auto semester = SemesterRepository(temp->db).add(autumn);
    REQUIRE(semester);

    REQUIRE(repo.add(make(a, Instrument::Wisc4, QDate(2026, 10, 8), {{u"fsiq"_s, 68.0}})));
    REQUIRE(repo.add(make(a, Instrument::SocialLife, QDate(2027, 3, 8), {{u"standard"_s, 9.0}})));   // spring: same school year
    REQUIRE(repo.add(make(b, Instrument::Crt, QDate(2026, 6, 1), {{u"iq"_s, 70.0}})));               // the year before
    REQUIRE(repo.add(make(b, Instrument::SensoryIntegration, QDate(2026, 10, 1),
                          {{u"vestibular"_s, 35.0}, {u"tactile"_s, 50.0}, {u"proprioception"_s, 50.0}})));

    IepRepository ieps(temp->db);
    IepContent content;
    content.meetingDate = QDate(2026, 9, 10);
    content.team = {{TeamRole::ResourceTeacher, u"王老师"_s}};
    content.presentLevels = {{GoalDomain::SelfCare, u"需提醒才整理书包"_s}};
    content.services = {{ServiceType::IndividualTraining, 40, u"王老师"_s, 0}};
    IepObjective o;
    o.behaviour = u"独立整理书包"_s;
    o.criterion = u"连续5天"_s;
    o.deadline = QDate(2026, 12, 1);
    content.goals = {{0, GoalDomain::SelfCare, u"生活自理"_s, {o}}};
    auto planA = ieps.create(a, *semester, content);
    REQUIRE(planA);
    REQUIRE(ieps.create(b, *semester, content));   // stays a draft
    CHECK_FALSE(archiveStatusOf(temp->db, a, 2026)->items.value(ArchiveItem::IepRecords).satisfied);
    REQUIRE(ieps.activate(*planA));

    const StudentArchiveStatus statusA = *archiveStatusOf(temp->db, a, 2026);
    CHECK(statusA.items.value(ArchiveItem::IepRecords).satisfied);
    CHECK(statusA.items.value(ArchiveItem::IepRecords).recordEvidence.contains(u"2026年秋季学期"_s));
    CHECK(statusA.items.value(ArchiveItem::AssessmentReports).satisfied);
    CHECK(statusA.items.value(ArchiveItem::AdaptiveAssessment).satisfied);

    const StudentArchiveStatus statusB = *archiveStatusOf(temp->db, b, 2026);
    CHECK_FALSE(statusB.items.value(ArchiveItem::IepRecords).satisfied);
    CHECK_FALSE(statusB.items.value(ArchiveItem::AssessmentReports).satisfied);   // CRT of 2025—2026
    CHECK_FALSE(statusB.items.value(ArchiveItem::AdaptiveAssessment).satisfied);  // 感统 is not adaptive behaviour
    CHECK(archiveStatusOf(temp->db, b, 2025)->items.value(ArchiveItem::AssessmentReports).satisfied);
}
