#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Clock.h"
#include "demo/DemoPeople.h"
#include "students/CitizenId.h"
#include "students/StudentRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("citizen ID numbers: check character, birth date, gender, masking")
{
    // The GB 11643-1999 worked example.
    CHECK(citizenIdCheckChar(u"11010519491231002"_s) == QLatin1Char('X'));
    CHECK(isValidCitizenId(u"11010519491231002X"_s));
    CHECK(isValidCitizenId(u"11010519491231002x"_s));
    CHECK_FALSE(isValidCitizenId(u"110105194912310021"_s));   // wrong check character
    CHECK_FALSE(isValidCitizenId(u"110105194902310020"_s));   // 31 Feb
    CHECK_FALSE(isValidCitizenId(u"1101051949123100"_s));
    CHECK(citizenIdBirthDate(u"11010519491231002X"_s) == QDate(1949, 12, 31));
    CHECK(citizenIdGender(u"11010519491231002X"_s) == Gender::Female);
    CHECK(maskCitizenId(u"11010519491231002X"_s) == u"110105********002X"_s);
    const QString made = makeCitizenId(u"654002"_s, QDate(2017, 3, 12), 27);
    CHECK(isValidCitizenId(made));
    CHECK(citizenIdGender(made) == Gender::Male);
}

TEST_CASE("an ID number is made of ASCII digits only")
{
    // QChar::isDigit and digitValue take any script's digits: with Arabic-Indic
    // digits (U+0660…) in the region code and the sequence number, a number
    // nobody can type into a school system passed as valid.
    const QString arabic = u"\u0661\u0661\u0660\u0661\u0660\u0665"_s;   // "110105"
    const QString first17 = arabic + u"19491231\u0660\u0660\u0662"_s;
    CHECK(citizenIdCheckChar(first17).isNull());
    CHECK_FALSE(isValidCitizenId(first17 + u'X'));
    CHECK(citizenIdGender(first17 + u'X') == Gender::Unknown);
    // Full-width digits are no ID number either (masking still covers them).
    CHECK_FALSE(isValidCitizenId(u"１１０１０５１９４９１２３１００２X"_s));
}

TEST_CASE("students are stored whole and found by number or name")
{
    auto temp = test::makeTempDatabase();
    StudentRepository repo(temp->db);
    Student s;
    s.name = u"张小明"_s;
    s.gender = Gender::Male;
    s.birthDate = QDate(2017, 3, 12);
    s.idNumber = makeCitizenId(u"654002"_s, s.birthDate, 27);
    s.grade = 3;
    s.className = u"2班"_s;
    s.needs = {{NeedCategory::Intellectual, 4, {}}, {NeedCategory::Speech, 3, u"构音"_s}};
    s.guardians = {{u"张建军"_s, u"父亲"_s, u"13709991201"_s, u"解放路1号"_s, true, u"高中"_s, u"个体经营"_s}};
    auto id = repo.add(s);
    REQUIRE(id);
    auto loaded = repo.byId(*id);
    REQUIRE(loaded);
    s.id = *id;
    CHECK(*loaded == s);
    CHECK(repo.find(u"张小明"_s)->id == *id);
    CHECK(repo.find(QString::number(*id))->name == u"张小明"_s);
    CHECK(repo.find(u"李四"_s).error().code == ErrorCode::NotFound);

    const auto summaries = repo.summaries();
    REQUIRE(summaries);
    REQUIRE(summaries->size() == 1);
    CHECK(summaries->first().maskedIdNumber == maskCitizenId(s.idNumber));
    CHECK_FALSE(summaries->first().maskedIdNumber.contains(u"20170312"_s));
    CHECK(summaries->first().needs == s.needs);

    Student twin = s;
    twin.idNumber.clear();
    REQUIRE(repo.add(twin));
    CHECK(repo.find(u"张小明"_s).error().code == ErrorCode::Conflict);

    Student sameId = s;
    sameId.name = u"王五"_s;
    auto refused = repo.add(sameId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(*repo.count() == 2);
    CHECK(repo.byId(*id + 100).error().code == ErrorCode::NotFound);
}

TEST_CASE("a student's created_at and updated_at are the action's time from the database's clock")
{
    auto temp = test::makeTempDatabase();
    auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 9, 1), QTime(8, 15)));
    temp->db->setClock(clock);
    StudentRepository repo(temp->db);
    Student s;
    s.name = u"李思"_s;
    const auto id = repo.add(s);
    REQUIRE(id);
    const auto stamps = [&] {
        return readOne(*temp->db, u"SELECT created_at, updated_at FROM students WHERE id = :id"_s, {{":id", *id}},
                       [](const SqlRows &row) { return QStringList{row.value(0).toString(), row.value(1).toString()}; });
    };
    CHECK(**stamps() == QStringList{u"2026-09-01 08:15:00"_s, u"2026-09-01 08:15:00"_s});

    clock->set(QDateTime(QDate(2026, 9, 2), QTime(14, 30)));
    s.id = *id;
    s.className = u"3班"_s;
    REQUIRE(repo.update(s));
    CHECK(**stamps() == QStringList{u"2026-09-01 08:15:00"_s, u"2026-09-02 14:30:00"_s});
}

TEST_CASE("invalid students are refused with a reason")
{
    auto temp = test::makeTempDatabase();
    StudentRepository repo(temp->db);
    Student noName;
    CHECK(repo.add(noName).error().code == ErrorCode::InvalidInput);
    Student badId;
    badId.name = u"李四"_s;
    badId.idNumber = u"110105194912310021"_s;
    CHECK_FALSE(repo.add(badId));
    Student mismatch;
    mismatch.name = u"李四"_s;
    mismatch.idNumber = u"11010519491231002X"_s;
    mismatch.birthDate = QDate(1950, 1, 1);
    CHECK_FALSE(repo.add(mismatch));
    Student ungraded;
    ungraded.name = u"李四"_s;
    ungraded.needs = {{NeedCategory::Hearing, 0, {}}};
    CHECK_FALSE(repo.add(ungraded));
    CHECK(*repo.count() == 0);
}
