// The school's side of the archive: guidance visits counted per semester and
// reminded of near its end, the groups and contacts, funding totals per
// semester and year, archive documents whose files survive byte for byte,
// and completeness per semester.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "alerts/SchoolWorkAlertSource.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "school/SchoolSetup.h"
#include "schoolwork/FundingRepository.h"
#include "schoolwork/GuidanceVisitRepository.h"
#include "common/Money.h"
#include "schoolwork/SchoolActivityRepository.h"
#include "schoolwork/SchoolArchiveCompleteness.h"
#include "schoolwork/SchoolDocumentRepository.h"
#include "schoolwork/SchoolOrganisationRepository.h"
#include "staff/StaffRepository.h"
#include "archive/AttachmentRepository.h"

#include <QFile>
#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

struct TwoSemesters {
    Semester autumn;
    Semester spring;
};

TwoSemesters addSemesters(const std::shared_ptr<Database> &db)
{
    SemesterRepository semesters(db);
    TwoSemesters s{SchoolSetup::semesterOf(u"2026年秋季学期"_s, QDate(2026, 9, 1), QDate(2027, 1, 22)),
                   SchoolSetup::semesterOf(u"2027年春季学期"_s, QDate(2027, 2, 22), QDate(2027, 7, 9))};
    auto a = semesters.add(s.autumn);
    REQUIRE(a);
    s.autumn.id = *a;
    auto b = semesters.add(s.spring);
    REQUIRE(b);
    s.spring.id = *b;
    return s;
}

GuidanceVisit visitOn(const QDate &date)
{
    GuidanceVisit v;
    v.date = date;
    v.visitor = u"陈老师"_s;
    v.centre = u"区特殊教育资源中心"_s;
    v.topics = {GuidanceTopic::IepWriting, GuidanceTopic::ClassroomTeaching};
    v.problems = u"IEP长期目标过于笼统"_s;
    v.suggestions = u"把目标写成可测量的短期目标"_s;
    v.followUp = u"两周内修订IEP"_s;
    v.followUpResult = u"已修订"_s;
    return v;
}

FundingEntry fundingOn(const QDate &date, qint64 fen)
{
    return FundingEntry{0, date, fen, u"特殊教育专项经费"_s, u"资源教室教具"_s, u"教育局批复〔2026〕12号"_s, QString()};
}

} // namespace

TEST_CASE("guidance visits are counted per semester against the 2 to 3 expected")
{
    auto temp = test::makeTempDatabase();
    const TwoSemesters s = addSemesters(temp->db);
    GuidanceVisitRepository visits(temp->db);
    REQUIRE(visits.add(visitOn(QDate(2026, 9, 1))));     // first day of autumn
    REQUIRE(visits.add(visitOn(QDate(2027, 1, 22))));    // last day of autumn
    REQUIRE(visits.add(visitOn(QDate(2027, 2, 1))));     // winter holiday: no semester
    REQUIRE(visits.add(visitOn(QDate(2027, 3, 10))));

    auto autumn = visits.count(s.autumn);
    REQUIRE(autumn);
    CHECK(autumn->visits == 2);
    CHECK(autumn->enough());
    auto spring = visits.count(s.spring);
    REQUIRE(spring);
    CHECK(spring->visits == 1);
    CHECK_FALSE(spring->enough());

    auto listed = visits.inSemester(s.autumn);
    REQUIRE(listed);
    REQUIRE(listed->size() == 2);
    GuidanceVisit expected = visitOn(QDate(2026, 9, 1));
    expected.id = listed->first().id;
    CHECK(listed->first() == expected);

    SECTION("a visit without a teacher or with an overlong text is refused in words")
    {
        GuidanceVisit bad = visitOn(QDate(2027, 3, 1));
        bad.visitor = u"  "_s;
        CHECK_FALSE(visits.add(bad));
        bad = visitOn(QDate(2027, 3, 1));
        bad.problems = QString(10001, u'问');
        auto refused = visits.add(bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"10000"_s));
    }
    SECTION("an edit changes the visit, a removal removes it, a missing one is NotFound")
    {
        GuidanceVisit edited = expected;
        edited.followUpResult = u"已修订并复查"_s;
        REQUIRE(visits.update(edited));
        CHECK(*visits.byId(edited.id) == edited);
        REQUIRE(visits.remove(edited.id));
        CHECK(visits.byId(edited.id).error().code == ErrorCode::NotFound);
        CHECK(visits.count(s.autumn)->visits == 1);
    }
}

TEST_CASE("a semester nearing its end with fewer than two visits is an alert, not before")
{
    auto temp = test::makeTempDatabase();
    const TwoSemesters s = addSemesters(temp->db);
    GuidanceVisitRepository visits(temp->db);
    REQUIRE(visits.add(visitOn(QDate(2027, 3, 10))));
    const SchoolWorkAlertSource source;

    auto on = [&](const QDate &day) {
        const FixedClock clock(day);
        auto alerts = source.alerts(temp->db, clock);
        REQUIRE(alerts);
        return *alerts;
    };
    CHECK(on(QDate(2027, 6, 8)).isEmpty());           // 31 days before the end
    const QList<Alert> near = on(QDate(2027, 6, 9));  // 30 days before
    REQUIRE(near.size() == 1);
    CHECK(near.first().kind == u"guidance-visits-short"_s);
    CHECK(near.first().urgency == AlertUrgency::Upcoming);
    CHECK(near.first().date == s.spring.end);
    CHECK(near.first().subject == s.spring.name);
    CHECK(on(QDate(2027, 7, 9)).first().urgency == AlertUrgency::Due);
    CHECK(on(QDate(2027, 7, 20)).isEmpty());          // summer holiday: no semester

    REQUIRE(visits.add(visitOn(QDate(2027, 6, 15))));
    CHECK(on(QDate(2027, 6, 20)).isEmpty());          // two visits: enough
}

TEST_CASE("funding is kept in fen and totalled per semester and per calendar year")
{
    auto temp = test::makeTempDatabase();
    const TwoSemesters s = addSemesters(temp->db);
    FundingRepository funding(temp->db);
    REQUIRE(funding.add(fundingOn(QDate(2026, 9, 1), 1'200'050)));     // 12,000.50
    REQUIRE(funding.add(fundingOn(QDate(2026, 12, 31), 1)));          // 0.01, still 2026 and autumn
    REQUIRE(funding.add(fundingOn(QDate(2027, 1, 1), 30'000)));       // 2027 and autumn
    REQUIRE(funding.add(fundingOn(QDate(2027, 2, 10), 99)));          // 2027, between semesters
    REQUIRE(funding.add(fundingOn(QDate(2027, 7, 9), 500'000)));      // last day of spring

    CHECK(*funding.totalFen(s.autumn) == 1'230'051);
    CHECK(*funding.totalFen(s.spring) == 500'000);
    CHECK(*funding.totalFenOfYear(2026) == 1'200'051);
    CHECK(*funding.totalFenOfYear(2027) == 530'099);
    CHECK(*funding.totalFenOfYear(2025) == 0);
    CHECK(funding.inSemester(s.autumn)->size() == 3);

    CHECK(*parseAmount(u"12,000.5"_s) == 1'200'050);
    CHECK(*parseAmount(u"￥300元"_s) == 30'000);
    CHECK(*parseAmount(u"0.01"_s) == 1);
    CHECK_FALSE(parseAmount(u"0"_s));
    CHECK_FALSE(parseAmount(u"1.234"_s));
    CHECK_FALSE(parseAmount(u"-5"_s));
    CHECK_FALSE(parseAmount(u"100000001"_s));
    CHECK(formatYuan(1'230'051, true) == u"12,300.51"_s);
    CHECK(formatYuan(5, true) == u"0.05"_s);

    FundingEntry noSource = fundingOn(QDate(2026, 10, 1), 100);
    noSource.source.clear();
    CHECK_FALSE(funding.add(noSource));
    CHECK_FALSE(funding.add(fundingOn(QDate(2026, 10, 1), kMaxAmountFen + 1)));
    CHECK(*funding.totalFen(s.autumn) == 1'230'051);
}

TEST_CASE("archive documents keep their files byte for byte inside the data file")
{
    auto temp = test::makeTempDatabase();
    const TwoSemesters s = addSemesters(temp->db);
    SchoolDocumentRepository documents(temp->db);

    QByteArray scan(300'000, '\0');
    for (qsizetype i = 0; i < scan.size(); ++i)
        scan[i] = char(QRandomGenerator::global()->bounded(256));
    const QByteArray note = "\x00\xff\r\n\x1a plain"_ba;
    SchoolDocument d{0, DocumentCategory::Policies, u"随班就读工作管理制度"_s, QDate(2026, 9, 10), s.autumn.id, u"校务会通过"_s, {}};
    auto id = documents.add(d, {{u"制度.pdf"_s, scan}, {u"说明.txt"_s, note}});
    REQUIRE(id);

    // Through a file on disk too.
    const QString onDisk = temp->dir.filePath(u"照片.jpg"_s);
    {
        QFile f(onDisk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(scan.left(1234));
    }
    REQUIRE(documents.addFile(*id, onDisk));

    auto stored = documents.byId(*id);
    REQUIRE(stored);
    REQUIRE(stored->files.size() == 3);
    CHECK(stored->files[0].fileName == u"制度.pdf"_s);
    CHECK(stored->files[0].size == scan.size());
    CHECK(*documents.fileContents(stored->files[0].id) == scan);
    CHECK(*documents.fileContents(stored->files[1].id) == note);
    CHECK(*documents.fileContents(stored->files[2].id) == scan.left(1234));

    const QString out = temp->dir.filePath(u"out.pdf"_s);
    REQUIRE(documents.saveFileTo(stored->files[0].id, out));
    CHECK(test::sha256OfFile(out) == QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());

    SECTION("a file over the attachment limit is refused, the document stays as it was")
    {
        const QByteArray big(AttachmentRepository::kMaxBytes + 1, 'x');
        auto refused = documents.addFile(*id, u"big.bin"_s, big);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(documents.byId(*id)->files.size() == 3);
        // A new document with an oversized file is not saved at all: one action.
        auto whole = documents.add(d, {{u"a.txt"_s, "a"_ba}, {u"big.bin"_s, big}});
        REQUIRE_FALSE(whole);
        CHECK(documents.inSemester(s.autumn.id)->size() == 1);
    }
    SECTION("removing a document removes its files")
    {
        REQUIRE(documents.remove(*id));
        CHECK(documents.fileContents(stored->files[0].id).error().code == ErrorCode::NotFound);
    }
    SECTION("a date outside the chosen semester is refused")
    {
        SchoolDocument wrong = d;
        wrong.date = QDate(2027, 3, 1);
        CHECK_FALSE(documents.add(wrong));
    }
}

TEST_CASE("documents are listed by semester and category; completeness counts records too")
{
    auto temp = test::makeTempDatabase();
    const TwoSemesters s = addSemesters(temp->db);
    SchoolDocumentRepository documents(temp->db);
    REQUIRE(documents.add({0, DocumentCategory::PlansAndSummaries, u"学期计划"_s, QDate(2026, 9, 5), s.autumn.id, {}, {}}));
    REQUIRE(documents.add({0, DocumentCategory::Policies, u"管理制度"_s, QDate(2026, 9, 20), s.autumn.id, {}, {}}));
    REQUIRE(documents.add({0, DocumentCategory::CaseStudies, u"个案研究报告"_s, QDate(2026, 12, 1), s.autumn.id, {}, {}}));
    REQUIRE(documents.add({0, DocumentCategory::Policies, u"春季制度"_s, QDate(2027, 3, 1), s.spring.id, {}, {}}));

    auto autumn = documents.inSemester(s.autumn.id);
    REQUIRE(autumn);
    REQUIRE(autumn->size() == 3);
    CHECK(autumn->at(0).category == DocumentCategory::Policies);   // 附件6 order, not date order
    CHECK(autumn->at(1).category == DocumentCategory::PlansAndSummaries);
    CHECK(documents.inSemester(s.autumn.id, DocumentCategory::Policies)->size() == 1);
    CHECK(documents.inSemester(s.spring.id)->size() == 1);

    auto before = schoolArchiveCompleteness(temp->db, s.autumn);
    REQUIRE(before);
    CHECK(before->expectedCount() == 10);
    CHECK(before->presentExpectedCount() == 3);   // policies, plans, research (a case study)
    CHECK(before->missing().contains(SchoolArchiveItem::Organisation));
    CHECK(before->missing().contains(SchoolArchiveItem::Funding));

    // The program's own records fill items without a document.
    StaffRepository staff(temp->db);
    auto head = staff.add(StaffMember::withRole(u"张校长"_s, StaffRole::SubjectTeacher));
    REQUIRE(head);
    SchoolOrganisationRepository organisation(temp->db);
    REQUIRE(organisation.addMember({0, SchoolGroup::Leadership, *head, {}, u"组长"_s, QDate(2026, 9, 1), {}}));
    REQUIRE(FundingRepository(temp->db).add(fundingOn(QDate(2026, 10, 8), 50'000)));
    SchoolActivityRepository activities(temp->db);
    REQUIRE(activities.add({0, ActivityKind::Inclusion, QDate(2026, 11, 3), s.autumn.id, u"融合运动会"_s, u"全校"_s,
                            u"方案"_s, {}, u"小结"_s, {}},
                           {{u"合影.jpg"_s, "JPEGDATA"_ba}}));
    auto after = schoolArchiveCompleteness(temp->db, s.autumn);
    REQUIRE(after);
    CHECK(after->presentExpectedCount() == 6);
    CHECK_FALSE(after->missing().contains(SchoolArchiveItem::Organisation));
    CHECK(after->missing() == QList<SchoolArchiveItem>{SchoolArchiveItem::Inspections, SchoolArchiveItem::RoomConstruction,
                                                       SchoolArchiveItem::Themed, SchoolArchiveItem::Community});
    auto spring = schoolArchiveCompleteness(temp->db, s.spring);
    REQUIRE(spring);
    CHECK(spring->presentExpectedCount() == 2);   // policies, and the leadership group still serving

    auto listed = activities.inSemester(s.autumn.id, ActivityKind::Inclusion);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    REQUIRE(listed->first().photos.size() == 1);
    CHECK(*documents.fileContents(listed->first().photos.first().id) == "JPEGDATA"_ba);
}

TEST_CASE("group members come from the staff list, once per period; contacts are kept by kind")
{
    auto temp = test::makeTempDatabase();
    StaffRepository staff(temp->db);
    auto wang = staff.add(StaffMember::withRole(u"王丽"_s, StaffRole::SubjectTeacher));
    REQUIRE(wang);
    SchoolOrganisationRepository organisation(temp->db);
    auto first = organisation.addMember({0, SchoolGroup::Leadership, *wang, {}, u"副组长"_s, QDate(2025, 9, 1), QDate(2026, 7, 31)});
    REQUIRE(first);
    // The same person again for an overlapping period is refused; afterwards is fine.
    CHECK(organisation.addMember({0, SchoolGroup::Leadership, *wang, {}, u"组长"_s, QDate(2026, 7, 1), {}}).error().code
          == ErrorCode::Conflict);
    REQUIRE(organisation.addMember({0, SchoolGroup::Leadership, *wang, {}, u"组长"_s, QDate(2026, 8, 1), {}}));
    REQUIRE(organisation.addMember({0, SchoolGroup::Working, *wang, {}, u"联络员"_s, {}, {}}));
    CHECK_FALSE(organisation.addMember({0, SchoolGroup::Working, 9999, {}, u"组员"_s, {}, {}}));
    CHECK_FALSE(organisation.addMember({0, SchoolGroup::Working, *wang, {}, {}, QDate(2026, 9, 1), QDate(2026, 8, 1)}));

    auto leaders = organisation.members(SchoolGroup::Leadership);
    REQUIRE(leaders);
    REQUIRE(leaders->size() == 2);
    CHECK(leaders->first().staffName == u"王丽"_s);
    CHECK(leaders->first().role == u"组长"_s);   // serving first
    CHECK(organisation.members(SchoolGroup::Working)->size() == 1);

    REQUIRE(organisation.addContact({0, PartnerKind::Hospital, u"市妇幼保健院"_s, u"李医生"_s, u"0755-1234567"_s, {}}));
    REQUIRE(organisation.addContact({0, PartnerKind::Centre, u"区特殊教育资源中心"_s, u"陈老师"_s, u"13800000000"_s, {}}));
    CHECK_FALSE(organisation.addContact({0, PartnerKind::Federation, u" "_s, {}, {}, {}}));
    auto contacts = organisation.contacts();
    REQUIRE(contacts);
    REQUIRE(contacts->size() == 2);
    CHECK(contacts->first().kind == PartnerKind::Centre);
}
