#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "demo/DemoSchool.h"
#include "roster/Roster.h"
#include "roster/RosterExport.h"
#include "roster/RosterImport.h"
#include "roster/RosterValues.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const FixedClock kClock(QDate(2026, 9, 7));

ImportPreview previewOf(const std::shared_ptr<Database> &db, const QString &fixture)
{
    auto table = readTableFile(test::testDataPath(fixture));
    REQUIRE(table);
    auto preview = buildImportPreview(db, *table);
    REQUIRE(preview);
    return *preview;
}

const ImportRow &rowNamed(const ImportPreview &p, int line)
{
    for (const ImportRow &row : p.rows)
        if (row.line == line)
            return row;
    FAIL("no row " << line);
    return p.rows.first();
}

// Each fixture has the same ten rows; rows 1–4 are clean, each other row
// carries one planted problem (see tests/data/make_roster_fixtures.py).
void checkPlantedProblems(const ImportPreview &p, int headerLine)
{
    REQUIRE(p.rows.size() == 10);
    CHECK(p.readyCount() == 5);   // rows 1–4 and row 9, imported with a warning
    auto row = [&](int n) -> const ImportRow & { return rowNamed(p, headerLine + n); };
    for (int n = 1; n <= 4; ++n) {
        INFO("row " << n << ": " << row(n).problems.join(u"; "_s).toStdString());
        CHECK(row(n).status == ImportRowStatus::Ready);
    }
    CHECK(row(1).student.birthDate == QDate(2017, 3, 12));
    CHECK(row(2).student.birthDate == QDate(2018, 11, 5));
    CHECK(row(3).student.birthDate == QDate(2016, 6, 20));
    CHECK(row(4).student.birthDate == QDate(2015, 9, 18));
    CHECK(row(1).student.needs == QList<Need>{{NeedCategory::Intellectual, 4, {}}});
    CHECK(row(3).student.className == u"3班"_s);
    CHECK(row(4).student.grade == 5);
    CHECK(row(1).headTeacherName == u"王丽"_s);
    CHECK(row(1).student.guardians.size() == 1);

    auto problem = [&](int n, const QString &words) {
        INFO("row " << n << ": " << row(n).problems.join(u"; "_s).toStdString());
        CHECK(row(n).status == ImportRowStatus::Invalid);
        CHECK(row(n).problems.join(u' ').contains(words));
    };
    problem(5, u"姓名"_s);          // missing name
    problem(6, u"2019-02-30"_s);    // impossible date
    problem(7, u"身份证号"_s);      // bad check digit
    problem(8, u"出生日期与身份证号不符"_s);
    // The certificate says 视力, the record 听力: imported, flagged 待核对.
    CHECK(row(9).status == ImportRowStatus::Flagged);
    CHECK(row(9).problems.isEmpty());
    CHECK(row(9).warningTexts().join(u' ').contains(u"残疾人证"_s));
    problem(10, u"第%1行"_s.arg(headerLine + 1));   // same ID as row 1
}

} // namespace

TEST_CASE("cell values as teachers write them")
{
    CHECK(parseGender(u"男"_s) == Gender::Male);
    CHECK(parseGender(u"F"_s) == Gender::Female);
    CHECK_FALSE(parseGender(u"未知"_s));
    CHECK(parseGrade(u"三年级"_s) == 3);
    CHECK(parseGrade(u"３"_s) == 3);
    CHECK(parseGrade(u"初一"_s) == 7);
    CHECK(parseGrade(u"十三"_s) == 0);
    int grade = 0;
    QString cls;
    CHECK(parseGradeAndClass(u"三年级2班"_s, &grade, &cls));
    CHECK((grade == 3 && cls == u"2班"_s));
    CHECK(parseGradeAndClass(u"4（3）班"_s, &grade, &cls));
    CHECK((grade == 4 && cls == u"3班"_s));
    CHECK(parseDisabilityGrade(u"二级"_s) == 2);
    CHECK(parseDisabilityGrade(u"5"_s) == 0);
    QStringList unknown;
    const auto needs = parseNeeds(u"智力残疾四级、言语残疾三级；孤独症、外星人"_s, {}, &unknown);
    REQUIRE(needs.size() == 3);
    CHECK(needs.at(0) == Need{NeedCategory::Intellectual, 4, {}});
    CHECK(needs.at(1) == Need{NeedCategory::Speech, 3, {}});
    CHECK(needs.at(2).category == NeedCategory::Autism);
    CHECK(unknown == QStringList{u"外星人"_s});
    CHECK(parseNeeds(u"听力"_s, u"三级"_s, nullptr) == QList<Need>{{NeedCategory::Hearing, 3, {}}});
    CHECK(parsePlacement(u"送教上门"_s) == Placement::HomeDelivery);
    CHECK_FALSE(parsePlacement(u"寄宿"_s));
}

TEST_CASE("UTF-8, UTF-8 with BOM and GB18030 CSV files read the same")
{
    auto temp = test::makeTempDatabase();
    for (const QString &fixture : {u"roster_utf8.csv"_s, u"roster_utf8_bom.csv"_s, u"roster_gb18030.csv"_s}) {
        INFO(fixture.toStdString());
        checkPlantedProblems(previewOf(temp->db, fixture), 1);
    }
    auto gb = readTableFile(test::testDataPath(u"roster_gb18030.csv"_s));
    CHECK(gb->encoding == u"GB18030"_s);
    CHECK(readTableFile(test::testDataPath(u"roster_utf8_bom.csv"_s))->encoding == u"UTF-8"_s);
}

TEST_CASE("an .xlsx workbook with a title row, numbers and Excel dates reads the same")
{
    auto temp = test::makeTempDatabase();
    checkPlantedProblems(previewOf(temp->db, u"roster.xlsx"_s), 2);
}

TEST_CASE("unreadable or unsuitable files are refused with a reason and left untouched")
{
    auto temp = test::makeTempDatabase();
    const QString broken = test::testDataPath(u"broken.xlsx"_s);
    const QByteArray hash = test::sha256OfFile(broken);
    CHECK_FALSE(readTableFile(broken));
    CHECK(test::sha256OfFile(broken) == hash);
    auto table = readTableFile(test::testDataPath(u"not_a_roster.csv"_s));
    REQUIRE(table);
    auto preview = buildImportPreview(temp->db, *table);
    REQUIRE_FALSE(preview);
    CHECK(preview.error().message.contains(u"姓名"_s));
    CHECK_FALSE(readTableFile(test::testDataPath(u"make_roster_fixtures.py"_s)));
}

TEST_CASE("clean rows import in one go, head teachers are added, and a second import adds nobody")
{
    auto temp = test::makeTempDatabase();
    const auto preview = previewOf(temp->db, u"roster_utf8.csv"_s);
    auto outcome = commitImport(temp->db, preview, kClock);
    REQUIRE(outcome);
    CHECK(outcome->imported == 5);
    CHECK(outcome->flagged == 1);
    CHECK(outcome->skipped == 5);
    CHECK(outcome->staffAdded == 4);
    StudentRepository students(temp->db);
    CHECK(*students.count() == 5);
    CHECK(students.find(u"张小明"_s)->headTeacherName == u"王丽"_s);

    const auto again = previewOf(temp->db, u"roster_gb18030.csv"_s);
    CHECK(again.readyCount() == 0);
    CHECK(rowNamed(again, 2).status == ImportRowStatus::Duplicate);
    auto second = commitImport(temp->db, again, kClock);
    REQUIRE(second);
    CHECK(second->imported == 0);
    CHECK(*students.count() == 5);
    CHECK(StaffRepository(temp->db).all()->size() == 4);
}

TEST_CASE("cancelling an import writes nothing")
{
    auto temp = test::makeTempDatabase();
    const auto preview = previewOf(temp->db, u"roster.xlsx"_s);
    auto cancelled = commitImport(temp->db, preview, kClock, [](int done, int) { return done < 3; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(*StudentRepository(temp->db).count() == 0);
    CHECK(StaffRepository(temp->db).all()->isEmpty());
}

TEST_CASE("an exported roster re-imported gives the same students")
{
    QTemporaryDir dir;
    const QString demoPath = dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(demoPath, FixedClock(QDate(2026, 11, 22))));
    auto demo = Database::open(demoPath, OpenMode::OpenExisting);
    REQUIRE(demo);

    for (const QString &suffix : {u"xlsx"_s, u"csv"_s}) {
        INFO(suffix.toStdString());
        const QString out = dir.filePath(u"roster."_s + suffix);
        auto written = exportRoster(*demo, out, true);
        REQUIRE(written);
        CHECK(*written == 12);

        auto fresh = test::makeTempDatabase();
        auto table = readTableFile(out);
        REQUIRE(table);
        auto preview = buildImportPreview(fresh->db, *table);
        REQUIRE(preview);
        for (const ImportRow &row : preview->rows)
            INFO(row.student.name.toStdString() << ": " << row.problems.join(u"; "_s).toStdString());
        REQUIRE(preview->readyCount() == 12);
        REQUIRE(commitImport(fresh->db, *preview, kClock));

        StudentRepository before(*demo);
        StudentRepository after(fresh->db);
        const auto onRoster = before.summaries();
        REQUIRE(onRoster);
        for (const StudentSummary &summary : *onRoster) {
            const Student a = *before.byId(summary.id);
            auto b = after.find(a.name);
            REQUIRE(b);
            CHECK(b->idNumber == a.idNumber);
            CHECK(b->birthDate == a.birthDate);
            CHECK(b->gender == a.gender);
            CHECK(b->ethnicity == a.ethnicity);
            CHECK(b->grade == a.grade);
            CHECK(b->className == a.className);
            // The roster carries category and grade; a need's free-text note stays in the archive.
            REQUIRE(b->needs.size() == a.needs.size());
            for (int i = 0; i < a.needs.size(); ++i) {
                CHECK(b->needs.at(i).category == a.needs.at(i).category);
                CHECK(b->needs.at(i).grade == a.needs.at(i).grade);
            }
            CHECK(b->certificateNumber == a.certificateNumber);
            CHECK(b->placement == a.placement);
            CHECK(b->headTeacherName == a.headTeacherName);
            CHECK(b->medicalHistory == a.medicalHistory);
        }
    }
}

TEST_CASE("without --with-sensitive the export holds no ID or medical data")
{
    QTemporaryDir dir;
    const QString demoPath = dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(demoPath, FixedClock(QDate(2026, 11, 22))));
    auto demo = Database::open(demoPath, OpenMode::OpenExisting);
    REQUIRE(demo);
    const RosterTable plain = *rosterTable(*demo, false);
    CHECK_FALSE(plain.headers.contains(u"身份证号"_s));
    CHECK_FALSE(plain.headers.contains(u"医疗史"_s));
    CHECK_FALSE(plain.headers.contains(u"残疾证号"_s));
    for (const QStringList &row : plain.rows)
        for (const QString &cell : row)
            CHECK_FALSE(cell.contains(QRegularExpression(u"\\d{17}[\\dX]"_s)));
    CHECK(rosterTable(*demo, true)->headers.contains(u"身份证号"_s));
}

TEST_CASE("the roster filters by grade, need, status, placement and pinyin")
{
    QTemporaryDir dir;
    const QString demoPath = dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(demoPath, FixedClock(QDate(2026, 11, 22))));
    auto demo = Database::open(demoPath, OpenMode::OpenExisting);
    REQUIRE(demo);
    const auto roster = loadRoster(*demo);
    auto count = [&](const RosterFilter &f) {
        return std::count_if(roster->cbegin(), roster->cend(), [&](const RosterEntry &e) { return f.matches(e); });
    };
    CHECK(count({}) == 12);
    RosterFilter byQuery;
    byQuery.query = u"zxm"_s;
    CHECK(count(byQuery) == 1);
    RosterFilter byGrade;
    byGrade.grade = 3;
    CHECK(count(byGrade) == 2);
    RosterFilter byNeed;
    byNeed.need = NeedCategory::Hearing;
    CHECK(count(byNeed) == 1);
    RosterFilter byPlacement;
    byPlacement.placement = Placement::HomeDelivery;
    CHECK(count(byPlacement) == 1);
    RosterFilter combined = byGrade;
    combined.query = u"mmt"_s;
    CHECK(count(combined) == 1);
}
