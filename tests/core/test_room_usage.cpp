#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Clock.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "training/SessionRepository.h"
#include "usage/RoomUsageRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 20), QTime(16, 0)));
    RoomUsageRepository usage{db};
    SessionRepository sessions{db, clock};
    qint64 resourceRoom = 0;
    qint64 sensoryRoom = 0;
    qint64 wang = 0;
    qint64 jia = 0, yi = 0, bing = 0;

    School()
    {
        REQUIRE(db);
        resourceRoom = room(u"资源教室"_s, 8, {});
        sensoryRoom = room(u"感统训练室"_s, 6, {RoomRule{0, 0, 0, maxStudentsRuleText(2), RuleKind::MaxStudents, 2}});
        auto staff = db->writeReturningId({u"test"_s, u"staff"_s}, [&](Transaction &tx) {
            return StaffRepository::add(tx, StaffMember::withRole(u"王老师"_s, StaffRole::ResourceTeacher));
        });
        REQUIRE(staff);
        wang = *staff;
        jia = student(u"甲"_s);
        yi = student(u"乙"_s);
        bing = student(u"丙"_s);
    }
    qint64 room(const QString &name, int capacity, QList<RoomRule> rules)
    {
        auto id = RoomRepository(db).add(Room{0, name, RoomType::ResourceRoom, capacity, {}});
        REQUIRE(id);
        for (RoomRule &rule : rules)
            rule.roomId = *id;
        REQUIRE(RoomRuleRepository(db).replace(*id, rules));
        return *id;
    }
    qint64 student(const QString &name)
    {
        Student s;
        s.name = name;
        auto id = StudentRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
    RoomUsageEntry visit(QDate date, QTime start) const
    {
        RoomUsageEntry e;
        e.kind = UsageKind::Visit;
        e.date = date;
        e.start = start;
        e.end = start.addSecs(40 * 60);
        e.roomId = resourceRoom;
        e.who = u"区特教中心 张老师"_s;
        e.purpose = u"巡回指导参观资源教室"_s;
        e.studentCount = 0;
        e.otherNames = u"张老师、刘老师"_s;
        e.teachingAids = {{0, u"评估量表"_s}};
        return e;
    }
};

} // namespace

TEST_CASE("uses entered by hand are stored, read back, changed and removed", "[usage]")
{
    School school;
    RoomUsageEntry parents;
    parents.kind = UsageKind::ParentTraining;
    parents.date = QDate(2026, 3, 12);
    parents.start = QTime(15, 30);
    parents.end = QTime(16, 30);
    parents.roomId = school.resourceRoom;
    parents.who = u"王老师"_s;
    parents.purpose = u"家长培训：家庭训练方法"_s;
    parents.studentIds = {school.jia, school.yi};
    parents.studentCount = 0;   // taken from the students listed
    parents.otherNames = u"甲的母亲、乙的父亲"_s;
    parents.teachingAids = {{0, u"绘本"_s}, {0, u"图片卡"_s}};
    auto id = school.usage.add(parents);
    REQUIRE(id);

    auto stored = school.usage.byId(*id);
    REQUIRE(stored);
    CHECK(stored->id == *id);
    CHECK(stored->kind == UsageKind::ParentTraining);
    CHECK(stored->date == QDate(2026, 3, 12));
    CHECK(stored->start == QTime(15, 30));
    CHECK(stored->end == QTime(16, 30));
    CHECK(stored->who == u"王老师"_s);
    CHECK(stored->studentCount == 2);
    CHECK(stored->studentIds == QList<qint64>{school.jia, school.yi});
    CHECK(stored->studentNames == QStringList{u"甲"_s, u"乙"_s});
    CHECK(stored->otherNames == u"甲的母亲、乙的父亲"_s);
    CHECK(stored->teachingAids == QList<EquipmentUse>{{0, u"绘本"_s}, {0, u"图片卡"_s}});
    CHECK_FALSE(stored->isSession());

    RoomUsageEntry changed = *stored;
    changed.studentIds = {school.jia};
    changed.studentCount = 5;   // three more from another school, named in otherNames
    changed.teachingAids = {{0, u"绘本"_s}};
    REQUIRE(school.usage.update(changed));
    stored = school.usage.byId(*id);
    CHECK(stored->studentIds == QList<qint64>{school.jia});
    CHECK(stored->studentCount == 5);
    CHECK(stored->teachingAids.size() == 1);

    REQUIRE(school.usage.remove(*id));
    CHECK_FALSE(school.usage.byId(*id));
    CHECK_FALSE(school.usage.remove(*id));
    RoomUsageEntry missing = changed;
    CHECK_FALSE(school.usage.update(missing));
}

TEST_CASE("a manual use is validated before it is saved", "[usage]")
{
    School school;
    const RoomUsageEntry good = school.visit(QDate(2026, 3, 12), QTime(9, 0));
    REQUIRE(RoomUsageRepository::validate(good));

    auto refused = [&](RoomUsageEntry e) {
        auto id = school.usage.add(e);
        return !id;
    };
    RoomUsageEntry e = good;
    e.kind = UsageKind::Session;
    CHECK(refused(e));
    e = good;
    e.date = QDate();
    CHECK(refused(e));
    e = good;
    e.end = e.start;
    CHECK(refused(e));
    e = good;
    e.who = u"  "_s;
    CHECK(refused(e));
    e = good;
    e.roomId = 999;
    CHECK(refused(e));
    e = good;
    e.studentIds = {school.jia, school.yi};
    e.studentCount = 1;
    CHECK(refused(e));
    e = good;
    e.studentIds = {school.jia, school.jia};
    CHECK(refused(e));
    e = good;
    e.studentIds = {12345};
    CHECK(refused(e));
    e = good;
    e.teachingAids = {{0, QString()}};
    CHECK(refused(e));
    CHECK(school.usage.manualEntries(QDate(2026, 3, 1), QDate(2026, 3, 31))->isEmpty());

    // Students active in a room are held to its limit, quoting the rule; visitors are not students.
    RoomUsageEntry activity = good;
    activity.kind = UsageKind::StudentActivity;
    activity.roomId = school.sensoryRoom;
    activity.studentIds = {school.jia, school.yi, school.bing};
    auto overLimit = school.usage.add(activity);
    REQUIRE_FALSE(overLimit);
    CHECK(overLimit.error().message.contains(maxStudentsRuleText(2)));
    RoomUsageEntry crowdVisit = good;
    crowdVisit.roomId = school.sensoryRoom;
    crowdVisit.studentCount = 30;
    CHECK(school.usage.add(crowdVisit));
}

TEST_CASE("the log lists every use: sessions from their records and the uses entered by hand", "[usage]")
{
    School school;
    // A group session on the 12th with one student absent, and an individual one on the 13th.
    TrainingSession group;
    group.date = QDate(2026, 3, 12);
    group.start = QTime(10, 0);
    group.end = QTime(10, 40);
    group.roomId = school.resourceRoom;
    group.instructorId = school.wang;
    group.kind = SessionKind::Group;
    group.service = ServiceType::SensoryTraining;
    group.topic = u"感统小组"_s;
    group.content = u"平衡训练"_s;
    group.equipment = {{0, u"平衡木"_s}, {0, u"滑板"_s}};
    for (qint64 id : {school.jia, school.yi, school.bing}) {
        SessionStudent st;
        st.studentId = id;
        group.students.append(st);
    }
    group.students[1].attendance = Attendance::Leave;
    group.students[1].absenceReason = u"病假"_s;
    auto groupId = school.sessions.create(group);
    REQUIRE(groupId);
    TrainingSession single = group;
    single.date = QDate(2026, 3, 13);
    single.kind = SessionKind::Individual;
    single.roomId = school.sensoryRoom;
    single.students = {group.students.first()};
    single.topic.clear();
    auto singleId = school.sessions.create(single);
    REQUIRE(singleId);
    // Manual uses: a visit before the group session, a meeting in another month.
    REQUIRE(school.usage.add(school.visit(QDate(2026, 3, 12), QTime(8, 0))));
    REQUIRE(school.usage.add(school.visit(QDate(2026, 4, 2), QTime(8, 0))));

    const QList<RoomUsageEntry> march = school.usage.entries(QDate(2026, 3, 1), QDate(2026, 3, 31)).value();
    REQUIRE(march.size() == 3);
    CHECK(march.at(0).kind == UsageKind::Visit);
    CHECK(march.at(0).start == QTime(8, 0));
    const RoomUsageEntry &fromGroup = march.at(1);
    CHECK(fromGroup.kind == UsageKind::Session);
    CHECK(fromGroup.sessionId == *groupId);
    CHECK(fromGroup.isSession());
    CHECK(fromGroup.id == 0);
    CHECK(fromGroup.date == QDate(2026, 3, 12));
    CHECK(fromGroup.start == QTime(10, 0));
    CHECK(fromGroup.end == QTime(10, 40));
    CHECK(fromGroup.roomId == school.resourceRoom);
    CHECK(fromGroup.who == u"王老师"_s);
    CHECK(fromGroup.purpose == u"感统训练：感统小组"_s);
    CHECK(fromGroup.studentCount == 2);   // the one on leave was not there
    CHECK(fromGroup.studentIds == QList<qint64>{school.jia, school.bing});
    CHECK(fromGroup.studentNames == QStringList{u"甲"_s, u"丙"_s});
    CHECK(fromGroup.teachingAids == QList<EquipmentUse>{{0, u"平衡木"_s}, {0, u"滑板"_s}});
    CHECK(march.at(2).sessionId == *singleId);
    CHECK(march.at(2).purpose == u"感统训练"_s);

    // By room, and by date.
    CHECK(school.usage.entries(QDate(2026, 3, 1), QDate(2026, 3, 31), school.sensoryRoom)->size() == 1);
    CHECK(school.usage.entries(QDate(2026, 3, 1), QDate(2026, 3, 31), school.resourceRoom)->size() == 2);
    CHECK(school.usage.entries(QDate(2026, 3, 13), QDate(2026, 4, 30))->size() == 2);
    CHECK(school.usage.manualEntries(QDate(2026, 3, 1), QDate(2026, 4, 30))->size() == 2);

    // The log follows the record: an amendment that moves the session moves its entry.
    REQUIRE(school.sessions.sign(*singleId, school.wang));
    TrainingSession moved = *school.sessions.byId(*singleId);
    moved.roomId = school.resourceRoom;
    moved.start = QTime(11, 0);
    moved.end = QTime(11, 30);
    REQUIRE(school.sessions.amend(moved, u"登记的教室有误"_s, u"王老师"_s, QDate(2026, 3, 20)));
    const auto inResourceRoom = school.usage.entries(QDate(2026, 3, 13), QDate(2026, 3, 13), school.resourceRoom).value();
    REQUIRE(inResourceRoom.size() == 1);
    CHECK(inResourceRoom.first().start == QTime(11, 0));
    CHECK(school.usage.entries(QDate(2026, 3, 1), QDate(2026, 3, 31), school.sensoryRoom)->isEmpty());

    // A room named in the log cannot be removed.
    CHECK_FALSE(RoomRepository(school.db).remove(school.resourceRoom));
}
