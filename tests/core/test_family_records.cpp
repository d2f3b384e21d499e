// Contacts with families and counselling sessions: stored whole, refused
// with a reason, one action each, and counselling text kept out of lists.
#include <catch2/catch.hpp>

#include "DemoFile.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "family/CounsellingRepository.h"
#include "family/FamilyContactRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    FamilyContactRepository contacts{db};
    CounsellingRepository counselling{db};
    qint64 teacher = 0, ming = 0, hong = 0;

    Fixture()
    {
        REQUIRE(db);
        db->setClock(std::make_shared<FixedClock>(QDate(2026, 11, 20)));
        auto t = db->writeReturningId({u"test"_s, u"teacher"_s}, [](Transaction &tx) {
            return StaffRepository::add(tx, StaffMember::withRole(u"王老师"_s, StaffRole::ResourceTeacher));
        });
        REQUIRE(t);
        teacher = *t;
        ming = student(u"张明"_s);
        hong = student(u"李红"_s);
    }
    qint64 student(const QString &name)
    {
        Student s;
        s.name = name;
        auto id = StudentRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
    FamilyContact visit() const
    {
        FamilyContact c;
        c.studentId = ming;
        c.kind = ContactKind::HomeVisit;
        c.date = QDate(2026, 11, 12);
        c.time = QTime(16, 30);
        c.staffId = teacher;
        c.familyPresent = u"母亲、祖母"_s;
        c.content = u"了解孩子在家的作息，介绍本学期个别化训练目标"_s;
        c.familyViews = u"母亲在外务工返家，祖母照看；家长希望加强识字"_s;
        c.followUp = u"每天睡前亲子阅读15分钟，下次电话了解"_s;
        c.followUpDue = QDate(2026, 12, 12);
        return c;
    }
    CounsellingSession session() const
    {
        CounsellingSession s;
        s.studentId = ming;
        s.date = QDate(2026, 11, 18);
        s.time = QTime(14, 0);
        s.counsellorId = teacher;
        s.topic = u"与同学发生冲突后的情绪"_s;
        s.observations = u"谈到父母离异时哭泣，情绪逐渐平稳"_s;
        s.followUp = u"与班主任沟通座位安排"_s;
        return s;
    }
    int count(const QString &table) const
    {
        auto v = readValue(*db, u"SELECT count(*) FROM "_s + table);
        REQUIRE(v);
        return v->toInt();
    }
};

} // namespace

TEST_CASE("a family contact is stored whole, changed, listed and removed", "[family]")
{
    Fixture f;
    auto id = f.contacts.add(f.visit());
    REQUIRE(id);
    auto read = f.contacts.byId(*id);
    REQUIRE(read);
    FamilyContact expected = f.visit();
    expected.id = *id;
    expected.staffName = u"王老师"_s;
    CHECK(*read == expected);

    FamilyContact call;
    call.studentId = f.ming;
    call.kind = ContactKind::Message;
    call.date = QDate(2026, 10, 8);
    call.content = u"微信发送训练视频，提醒在家练习"_s;
    REQUIRE(f.contacts.add(call));
    FamilyContact other = call;
    other.studentId = f.hong;
    REQUIRE(f.contacts.add(other));

    auto mine = f.contacts.forStudent(f.ming);
    REQUIRE(mine);
    REQUIRE(mine->size() == 2);
    CHECK(mine->at(0).kind == ContactKind::Message);      // oldest first
    CHECK_FALSE(mine->at(0).time.isValid());
    CHECK(mine->at(0).staffId == 0);
    auto november = f.contacts.forStudent(f.ming, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(november);
    CHECK(november->size() == 1);
    auto all = f.contacts.between(QDate(2026, 10, 1), QDate(2026, 10, 31));
    REQUIRE(all);
    CHECK(all->size() == 2);

    expected.kind = ContactKind::TrainingGuidance;
    expected.followUp.clear();
    expected.followUpDue = QDate();
    REQUIRE(f.contacts.save(expected));
    read = f.contacts.byId(*id);
    REQUIRE(read);
    CHECK(*read == expected);
    // A contact stays with its child.
    FamilyContact moved = expected;
    moved.studentId = f.hong;
    CHECK(f.contacts.save(moved).error().code == ErrorCode::InvalidInput);

    REQUIRE(f.contacts.remove(*id));
    CHECK(f.contacts.byId(*id).error().code == ErrorCode::NotFound);
    CHECK(f.contacts.remove(*id).error().code == ErrorCode::NotFound);
    CHECK(f.count(u"family_contacts"_s) == 2);
}

TEST_CASE("every contact kind keeps its key, Chinese name and label", "[family]")
{
    CHECK(allContactKinds().size() == 6);
    QStringList chinese;
    for (ContactKind kind : allContactKinds()) {
        ContactKind back = ContactKind::Phone;
        REQUIRE(contactKindFromKey(contactKindKey(kind), &back));
        CHECK(back == kind);
        chinese << contactKindChinese(kind);
        CHECK_FALSE(contactKindLabel(kind).isEmpty());
    }
    CHECK(chinese == QStringList{u"家访"_s, u"电话"_s, u"家长会"_s, u"家庭训练指导"_s, u"家长培训"_s, u"微信/短信"_s});
    ContactKind unused = ContactKind::Phone;
    CHECK_FALSE(contactKindFromKey(u"fax"_s, &unused));
}

TEST_CASE("bad contacts are refused with a reason and write nothing", "[family]")
{
    Fixture f;
    auto refused = [&](const FamilyContact &c, ErrorCode code = ErrorCode::InvalidInput) {
        auto id = f.contacts.add(c);
        REQUIRE_FALSE(id);
        CHECK(id.error().code == code);
        CHECK_FALSE(id.error().message.isEmpty());
        CHECK(f.count(u"family_contacts"_s) == 0);
    };
    FamilyContact c = f.visit();
    c.content = u"  "_s;
    refused(c);
    c = f.visit();
    c.date = QDate(2026, 11, 21);   // tomorrow
    refused(c);
    c.date = QDate();
    refused(c);
    c.date = QDate(1999, 12, 31);
    refused(c);
    c = f.visit();
    c.followUpDue = QDate(2026, 11, 1);   // before the visit
    refused(c);
    c = f.visit();
    c.followUp.clear();                   // a due date for nothing agreed
    refused(c);
    c = f.visit();
    c.content = QString(10001, u'字');
    refused(c);
    c = f.visit();
    c.familyPresent = QString(201, u'人');
    refused(c);
    c = f.visit();
    c.studentId = 9999;
    refused(c, ErrorCode::NotFound);
    c = f.visit();
    c.staffId = 9999;
    refused(c, ErrorCode::NotFound);
    // The limit is inclusive.
    c = f.visit();
    c.content = QString(10000, u'字');
    CHECK(f.contacts.add(c));
}

TEST_CASE("counselling lists carry no text; the whole session is read one at a time", "[family]")
{
    Fixture f;
    auto id = f.counselling.add(f.session());
    REQUIRE(id);
    auto summaries = f.counselling.summariesForStudent(f.ming);
    REQUIRE(summaries);
    REQUIRE(summaries->size() == 1);
    const CounsellingSummary &row = summaries->constFirst();
    CHECK(row.id == *id);
    CHECK(row.date == QDate(2026, 11, 18));
    CHECK(row.time == QTime(14, 0));
    CHECK(row.counsellorName == u"王老师"_s);
    CHECK(row.hasNotes);
    // CounsellingSummary has no text member to leak: the struct itself is the mask.
    static_assert(sizeof(CounsellingSummary) < sizeof(CounsellingSession));

    auto whole = f.counselling.byId(*id);
    REQUIRE(whole);
    CounsellingSession expected = f.session();
    expected.id = *id;
    expected.counsellorName = u"王老师"_s;
    CHECK(*whole == expected);
    auto sessions = f.counselling.sessionsForStudent(f.ming, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(sessions);
    CHECK(sessions->size() == 1);

    expected.observations = u"情绪稳定"_s;
    REQUIRE(f.counselling.save(expected));
    whole = f.counselling.byId(*id);
    REQUIRE(whole);
    CHECK(whole->observations == u"情绪稳定"_s);

    CounsellingSession bad = f.session();
    bad.topic.clear();
    CHECK(f.counselling.add(bad).error().code == ErrorCode::InvalidInput);
    bad = f.session();
    bad.date = QDate(2027, 1, 5);
    CHECK(f.counselling.add(bad).error().code == ErrorCode::InvalidInput);
    bad = f.session();
    bad.observations = QString(10001, u'字');
    CHECK(f.counselling.add(bad).error().code == ErrorCode::InvalidInput);
    CHECK(f.count(u"counselling_sessions"_s) == 1);

    REQUIRE(f.counselling.remove(*id));
    CHECK(f.counselling.byId(*id).error().code == ErrorCode::NotFound);
}

TEST_CASE("reads of family records fail instead of reading empty", "[family]")
{
    Fixture f;
    REQUIRE(f.contacts.add(f.visit()));
    test::dropTable(*f.db, u"family_contacts"_s);
    test::dropTable(*f.db, u"counselling_sessions"_s);
    CHECK_FALSE(f.contacts.forStudent(f.ming));
    CHECK_FALSE(f.contacts.between(QDate(2026, 1, 1), QDate(2026, 12, 31)));
    CHECK_FALSE(f.counselling.summariesForStudent(f.ming));
    CHECK(f.contacts.byId(1).error().code != ErrorCode::NotFound);
}
