// 学生基本情况登记表 from a real (temporary) data file.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

Student sampleStudent()
{
    const QString first17 = u"11010520150312001"_s;
    Student s;
    s.name = u"张小明"_s;
    s.gender = Gender::Male;
    s.birthDate = QDate(2015, 3, 12);
    s.ethnicity = u"汉族"_s;
    s.idNumber = first17 + citizenIdCheckChar(first17);
    s.grade = 3;
    s.className = u"3班"_s;
    s.enrolmentDate = QDate(2021, 9, 1);
    s.needs = {Need{NeedCategory::Hearing, 3, {}}, Need{NeedCategory::Autism, 0, u"轻度"_s}};
    s.guardians = {Guardian{u"李红"_s, u"母亲"_s, u"13800138000"_s, u"北京市东城区幸福路1号"_s, true, {}, {}},
                   Guardian{u"张大户"_s, u"父亲"_s, u"13900139000"_s, {}, false, {}, {}}};
    s.familySituation = u"父母均在本市工作，家庭户口在本区，骨肉亲情和睦。"_s;
    s.growthHistory = u"足月顺产，三岁时发现听力下降。"_s;
    s.medicalHistory = u"右耳骨导听阈正常，无其他疾病。"_s;
    return s;
}

} // namespace

TEST_CASE("the student information form holds the student's record", "[print][students]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    REQUIRE(SettingsRepository(temp->db).saveProfile({u"第一实验小学"_s, u"王老师"_s, {}, 0}).ok());
    const Student student = sampleStudent();
    const auto id = StudentRepository(temp->db).add(student);
    REQUIRE(id.ok());

    const FormSpec *spec = findForm(u"student-info"_s);
    REQUIRE(spec);
    FormContext context{temp->db, std::make_shared<FixedClock>(QDate(2026, 3, 2)), {*id, std::nullopt}};
    const auto doc = spec->build(context);
    REQUIRE(doc.ok());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"student.pdf"_s);
    const auto pages = writeFormPdf(*doc, path);
    REQUIRE(pages.ok());
    CHECK(*pages >= 1);

    const QString text = pdfText(path);
    CHECK(text.contains(u"学生基本情况登记表"_s));
    CHECK(text.contains(u"张小明"_s));
    CHECK(text.contains(u"2015年3月12日"_s));
    CHECK(text.contains(u"10岁11个月"_s));
    CHECK(text.contains(student.idNumber));
    CHECK(text.contains(u"三年级3班"_s));
    CHECK(text.contains(u"听力残疾三级"_s));
    CHECK(text.contains(u"13800138000"_s));
    CHECK(text.contains(u"北京市东城区幸福路1号"_s));
    CHECK(text.contains(u"第一实验小学"_s));
    CHECK(text.contains(u"填表日期：2026年3月2日"_s));
    CHECK(text.contains(u"骨导听阈"_s));
    // The family and growth histories are printed on 家庭情况及成长史 only.
    CHECK_FALSE(text.contains(u"骨肉亲情"_s));
    CHECK_FALSE(text.contains(u"足月顺产"_s));
    CHECK(text.contains(u"另见《家庭情况及成长史》"_s));
    CHECK(text.contains(u"家长签名"_s));
    CHECK_FALSE(text.contains(u"null"_s, Qt::CaseInsensitive));
}

TEST_CASE("an unknown or missing student gives an error", "[print][students]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    const FormSpec *spec = findForm(u"student-info"_s);
    REQUIRE(spec);

    const auto unknown = spec->build({temp->db, systemClock(), {qint64(4711), std::nullopt}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);

    const auto none = spec->build({temp->db, systemClock(), {}});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::InvalidInput);
}
