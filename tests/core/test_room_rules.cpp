#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/ScreenDate.h"
#include "calendar/SemesterRepository.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "rooms/RuleCheck.h"
#include "staff/StaffRepository.h"
#include "storage/Migrations.h"
#include "students/StudentRepository.h"
#include "timetable/TimetableRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<RuleKind> kindsOf(const QList<RoomRule> &rules)
{
    QList<RuleKind> kinds;
    for (const RoomRule &rule : rules)
        kinds.append(rule.kind);
    return kinds;
}

RoomRule rule(RuleKind kind, const QString &text, int parameter = 0, int position = 1)
{
    RoomRule r;
    r.kind = kind;
    r.text = text;
    r.parameter = parameter;
    r.position = position;
    return r;
}

Room room(const QString &name, RoomType type, int capacity)
{
    return Room{0, name, type, capacity, u"一楼"_s};
}

qint64 countRows(const std::shared_ptr<Database> &db, const QString &sql)
{
    auto q = db->exec(sql);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

TEST_CASE("the shipped rules of each room type are those of seed 000, the checkable ones tagged", "[rooms]")
{
    using K = RuleKind;
    const auto resource = defaultRoomRules(RoomType::ResourceRoom);
    REQUIRE(resource.size() == 9);
    CHECK(resource.at(1).text == u"训练需在老师指导下进行，并注意安全。"_s);
    CHECK(resource.at(7).text == u"外人未经允许不得进入资源教室，学生在资源教室上课、做康复训练时，不得随意外出。"_s);
    CHECK(kindsOf(resource)
          == QList<K>{K::TextOnly, K::TeacherLeads, K::RecordDue, K::TextOnly, K::TextOnly, K::TextOnly, K::TextOnly,
                      K::NoLeavingAlone, K::MaxStudents});
    CHECK(resource.at(2).parameter == 1);

    const auto individual = defaultRoomRules(RoomType::IndividualTraining);
    REQUIRE(individual.size() == 6);
    CHECK(individual.at(4).text == u"爱护室内的一切设施和用品，室内所有益智玩具不得带离该室。"_s);
    CHECK(kindsOf(individual) == QList<K>{K::TextOnly, K::TeacherLeads, K::RecordDue, K::TextOnly, K::NoLending, K::MaxStudents});

    CHECK(kindsOf(defaultRoomRules(RoomType::SensoryIntegration))
          == QList<K>{K::TextOnly, K::TextOnly, K::TeacherLeads, K::TextOnly, K::TextOnly, K::TextOnly, K::TextOnly,
                      K::MaxStudents});
    CHECK(kindsOf(defaultRoomRules(RoomType::Rehabilitation))
          == QList<K>{K::TextOnly, K::TeacherLeads, K::TextOnly, K::TextOnly, K::MaxStudents});
    CHECK(kindsOf(defaultRoomRules(RoomType::Equipment))
          == QList<K>{K::TextOnly, K::TextOnly, K::TeacherLeads, K::RecordDue, K::TextOnly, K::TextOnly, K::MaxStudents});
    const auto montessori = defaultRoomRules(RoomType::Montessori);
    CHECK(montessori.at(2).text == u"使用后按要求填写操作记录。"_s);
    CHECK(kindsOf(montessori) == QList<K>{K::TextOnly, K::TextOnly, K::RecordDue, K::TextOnly, K::TextOnly, K::MaxStudents});
    CHECK(kindsOf(defaultRoomRules(RoomType::Other))
          == QList<K>{K::TextOnly, K::TeacherLeads, K::RecordDue, K::NoLeavingAlone, K::MaxStudents});

    // Positions run 1… in poster order; no rule is empty.
    for (RoomType type : {RoomType::ResourceRoom, RoomType::SensoryIntegration, RoomType::IndividualTraining,
                          RoomType::Rehabilitation, RoomType::Equipment, RoomType::Montessori, RoomType::Other}) {
        const auto rules = defaultRoomRules(type);
        for (qsizetype i = 0; i < rules.size(); ++i) {
            CHECK(rules.at(i).position == i + 1);
            CHECK_FALSE(rules.at(i).text.trimmed().isEmpty());
        }
    }
    // For a real room the limit is its capacity, in number and words.
    const auto forRoom = defaultRoomRules(Room{7, u"个训室"_s, RoomType::IndividualTraining, 3, {}});
    CHECK(forRoom.last().parameter == 3);
    CHECK(forRoom.last().text == u"每次在室内训练的学生不超过3人。"_s);
    CHECK(forRoom.first().roomId == 7);
}

TEST_CASE("rule kinds keep stable keys", "[rooms]")
{
    for (RuleKind kind : allRuleKinds()) {
        CHECK(ruleKindFromKey(ruleKindKey(kind)) == kind);
        CHECK_FALSE(ruleKindLabel(kind).isEmpty());
    }
    CHECK(allRuleKinds().size() == 6);
    CHECK(ruleKindKey(RuleKind::NoLending) == u"no_lending"_s);
    CHECK(ruleKindFromKey(u"something_newer"_s) == RuleKind::TextOnly);
}

TEST_CASE("TeacherLeads: a session without instructor is refused with the rule's words", "[rooms][rules]")
{
    const Room r = room(u"康复训练室"_s, RoomType::Rehabilitation, 4);
    const auto rules = defaultRoomRules(r);
    CHECK(teacherRequired(rules));
    CHECK(checkInstructor(r, rules, 5));
    auto refused = checkInstructor(r, rules, 0);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u"遵守纪律，必须在老师指导下有秩序地进行器械训练。"_s));
    CHECK(refused.error().message.contains(u"康复训练室"_s));
    // Montessori guides without requiring a teacher at every use.
    const auto montessori = defaultRoomRules(RoomType::Montessori);
    CHECK_FALSE(teacherRequired(montessori));
    CHECK(checkInstructor(room(u"蒙氏室"_s, RoomType::Montessori, 4), montessori, 0));
}

TEST_CASE("MaxStudents: the lower of capacity and rule limits a room", "[rooms][rules]")
{
    const Room r = room(u"感统训练室"_s, RoomType::SensoryIntegration, 10);
    const QList<RoomRule> rules{rule(RuleKind::TextOnly, u"保持室内卫生。"_s),
                                rule(RuleKind::MaxStudents, u"每次训练不超过6人。"_s, 6, 2)};
    CHECK(studentLimit(r, rules) == 6);
    CHECK(checkStudentCount(r, rules, 6));
    auto over = checkStudentCount(r, rules, 7);
    REQUIRE_FALSE(over);
    CHECK(over.error().code == ErrorCode::Conflict);
    CHECK(over.error().message.contains(u"每次训练不超过6人。"_s));
    CHECK(over.error().message.contains(u"7"_s));
    // Without a rule the capacity holds; a rule above the capacity does not raise it.
    CHECK(studentLimit(r, {}) == 10);
    CHECK(studentLimit(Room{0, u"小室"_s, RoomType::Other, 2, {}}, rules) == 2);
    auto capacity = checkStudentCount(r, {}, 11);
    REQUIRE_FALSE(capacity);
    CHECK(capacity.error().message.contains(u"感统训练室"_s));
}

TEST_CASE("RecordDue: the record of a use is due within the rule's days", "[rooms][rules]")
{
    const Room r = room(u"资源教室"_s, RoomType::ResourceRoom, 8);
    const auto rules = defaultRoomRules(r);
    REQUIRE(recordDueDays(rules).has_value());
    CHECK(*recordDueDays(rules) == 1);
    CHECK(recordDueDate(rules, QDate(2026, 9, 7)) == QDate(2026, 9, 8));
    CHECK(checkRecordOnTime(r, rules, QDate(2026, 9, 7), QDate(2026, 9, 8)));
    auto late = checkRecordOnTime(r, rules, QDate(2026, 9, 7), QDate(2026, 9, 10));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(u"记录每次使用的教学用具和学生人数、姓名及相关信息。"_s));
    CHECK(late.error().message.contains(screenDate(QDate(2026, 9, 8))));
    // The stricter of two record rules wins; a room without one asks for no record.
    const QList<RoomRule> two{rule(RuleKind::RecordDue, u"三日内记录。"_s, 3), rule(RuleKind::RecordDue, u"当天记录。"_s, 0, 2)};
    CHECK(*recordDueDays(two) == 0);
    const auto sensory = defaultRoomRules(RoomType::SensoryIntegration);
    CHECK_FALSE(recordDueDays(sensory).has_value());
    CHECK_FALSE(recordDueDate(sensory, QDate(2026, 9, 7)).isValid());
    CHECK(checkRecordOnTime(r, sensory, QDate(2026, 9, 7), QDate(2026, 12, 1)));
}

TEST_CASE("NoLeavingAlone: a student leaves only handed over", "[rooms][rules]")
{
    const Room r = room(u"资源教室"_s, RoomType::ResourceRoom, 8);
    const auto rules = defaultRoomRules(r);
    CHECK(handOverRequired(rules));
    CHECK(checkLeaving(r, rules, u"班主任李老师"_s));
    auto alone = checkLeaving(r, rules, u"  "_s);
    REQUIRE_FALSE(alone);
    CHECK(alone.error().message.contains(u"不得随意外出"_s));
    CHECK_FALSE(handOverRequired(defaultRoomRules(RoomType::Montessori)));
    CHECK(checkLeaving(r, defaultRoomRules(RoomType::Montessori), {}));
}

TEST_CASE("NoLending: equipment of the individual training room is not lent out", "[rooms][rules]")
{
    const Room r = room(u"个训室"_s, RoomType::IndividualTraining, 2);
    const auto rules = defaultRoomRules(r);
    CHECK_FALSE(lendingAllowed(rules));
    auto refused = checkLending(r, rules);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"室内所有益智玩具不得带离该室"_s));
    CHECK(lendingAllowed(defaultRoomRules(RoomType::ResourceRoom)));
    CHECK(checkLending(room(u"资源教室"_s, RoomType::ResourceRoom, 8), defaultRoomRules(RoomType::ResourceRoom)));
}

TEST_CASE("a new room comes with its type's rules; update and remove are single actions", "[rooms]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    RoomRepository rooms(temp->db);
    RoomRuleRepository rules(temp->db);

    auto id = rooms.add(room(u"个训室"_s, RoomType::IndividualTraining, 3));
    REQUIRE(id);
    const auto stored = rules.forRoom(*id).value();
    REQUIRE(stored.size() == 6);
    CHECK(stored.at(4).kind == RuleKind::NoLending);
    CHECK(stored.last().kind == RuleKind::MaxStudents);
    CHECK(stored.last().parameter == 3);
    CHECK(stored.first().position == 1);

    // Duplicate names and empty names are refused, nothing written.
    auto duplicate = rooms.add(room(u"个训室"_s, RoomType::Other, 2));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == ErrorCode::Conflict);
    CHECK_FALSE(rooms.add(room(u"  "_s, RoomType::Other, 2)));
    CHECK_FALSE(rooms.add(room(u"大厅"_s, RoomType::Other, 0)));
    CHECK(rooms.all()->size() == 1);
    CHECK(countRows(temp->db, u"SELECT count(*) FROM room_rules"_s) == 6);

    Room changed = *rooms.byId(*id);
    changed.name = u"个训室一"_s;
    changed.capacity = 4;
    REQUIRE(rooms.update(changed));
    CHECK(rooms.byId(*id)->name == u"个训室一"_s);
    CHECK(rooms.find(u"个训室一"_s)->id == *id);
    CHECK(rules.forRoom(*id)->last().parameter == 3);   // rules stay until reset
    REQUIRE(rules.resetToDefaults(*id));
    CHECK(rules.forRoom(*id)->last().parameter == 4);

    REQUIRE(rooms.remove(*id));
    CHECK(rooms.all()->isEmpty());
    CHECK(countRows(temp->db, u"SELECT count(*) FROM room_rules"_s) == 0);
    CHECK(rooms.remove(*id).error().code == ErrorCode::NotFound);
}

TEST_CASE("a room's rules are replaced whole, and bad rules write nothing", "[rooms]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    auto id = RoomRepository(temp->db).add(room(u"资源教室"_s, RoomType::ResourceRoom, 8));
    REQUIRE(id);
    RoomRuleRepository rules(temp->db);
    const QList<RoomRule> mine{rule(RuleKind::TextOnly, u"保持整洁。"_s, 0, 9),
                               rule(RuleKind::RecordDue, u"当天填写使用记录。"_s, 0, 3),
                               rule(RuleKind::TeacherLeads, u"须有老师在场。"_s, 7, 1)};
    REQUIRE(rules.replace(*id, mine));
    const auto stored = rules.forRoom(*id).value();
    REQUIRE(stored.size() == 3);
    CHECK(stored.at(0).text == u"保持整洁。"_s);        // list order, not the given positions
    CHECK(stored.at(1).position == 2);
    CHECK(stored.at(1).kind == RuleKind::RecordDue);
    CHECK(stored.at(2).parameter == 0);                  // TeacherLeads takes no number
    CHECK(*recordDueDays(stored) == 0);

    const auto before = rules.forRoom(*id).value();
    CHECK_FALSE(rules.replace(*id, {rule(RuleKind::TextOnly, u" "_s)}));
    CHECK_FALSE(rules.replace(*id, {rule(RuleKind::MaxStudents, u"人数有限。"_s, 0)}));
    CHECK_FALSE(rules.replace(*id, {rule(RuleKind::RecordDue, u"记录。"_s, 61)}));
    CHECK(rules.replace(999, mine).error().code == ErrorCode::NotFound);
    CHECK(rules.forRoom(*id).value() == before);
    CHECK(rules.allByRoom()->value(*id) == before);
}

TEST_CASE("a room used by the timetable is not removed", "[rooms]")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    auto roomId = RoomRepository(temp->db).add(room(u"资源教室"_s, RoomType::ResourceRoom, 8));
    REQUIRE(roomId);
    Student s;
    s.name = u"小明"_s;
    auto studentId = StudentRepository(temp->db).add(s);
    REQUIRE(studentId);
    auto teacher = temp->db->writeReturningId({u"test"_s, u"teacher"_s}, [](Transaction &tx) {
        return StaffRepository::add(tx, StaffMember::withRole(u"王老师"_s, StaffRole::ResourceTeacher));
    });
    REQUIRE(teacher);
    Semester sem;
    sem.name = u"2026年秋季学期"_s;
    sem.schoolYear = 2026;
    sem.start = QDate(2026, 9, 1);
    sem.end = QDate(2027, 1, 20);
    auto semId = SemesterRepository(temp->db).add(sem);
    REQUIRE(semId);
    TimetableSlot slot;
    slot.semesterId = *semId;
    slot.weekday = 1;
    slot.start = QTime(9, 0);
    slot.end = QTime(9, 40);
    slot.roomId = *roomId;
    slot.instructorId = *teacher;
    slot.studentIds = {*studentId};
    REQUIRE(TimetableRepository(temp->db).addSlot(slot));
    auto refused = RoomRepository(temp->db).remove(*roomId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(RoomRepository(temp->db).all()->size() == 1);
    CHECK(RoomRuleRepository(temp->db).forRoom(*roomId)->size() == 9);
}

TEST_CASE("rooms of an upgraded file get their type's rules", "[rooms][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(migrate(db, 3));
        QSqlQuery q(db);
        REQUIRE(q.exec(u"INSERT INTO rooms(name, type, capacity) VALUES ('资源教室', 'resource_room', 12), "
                       "('个训室', 'individual_training', 2), ('旧功能室', 'storage_room', 5)"_s));
        REQUIRE(migrate(db));
        CHECK(readUserVersion(db) == latestSchemaVersion());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v3"_s);
    auto opened = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(opened);
    RoomRepository rooms(*opened);
    RoomRuleRepository rules(*opened);
    const auto all = rooms.all().value();
    REQUIRE(all.size() == 3);
    const Room resource = *rooms.find(u"资源教室"_s);
    CHECK(rules.forRoom(resource.id).value() == [&] {
        auto expected = defaultRoomRules(resource);
        auto stored = rules.forRoom(resource.id).value();
        for (qsizetype i = 0; i < expected.size() && i < stored.size(); ++i)
            expected[i].id = stored.at(i).id;
        return expected;
    }());
    CHECK(rules.forRoom(resource.id)->last().text == u"每次在室内训练的学生不超过12人。"_s);
    const Room individual = *rooms.find(u"个训室"_s);
    CHECK(ruleOfKind(rules.forRoom(individual.id).value(), RuleKind::NoLending).has_value());
    // A type this version does not know reads as Other and gets Other's rules.
    const Room unknown = *rooms.find(u"旧功能室"_s);
    CHECK(kindsOf(rules.forRoom(unknown.id).value()) == kindsOf(defaultRoomRules(RoomType::Other)));
    CHECK(rules.forRoom(unknown.id)->last().parameter == 5);
}
