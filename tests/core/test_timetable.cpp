#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/ScreenDate.h"
#include "calendar/SemesterRepository.h"
#include "iep/IepRepository.h"
#include "lrc/LrcRepository.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/Coverage.h"
#include "timetable/Occurrences.h"
#include "timetable/ProtectedPeriodRepository.h"
#include "timetable/TimetableConflicts.h"
#include "timetable/TimetableRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

TimetableSlot makeSlot(qint64 id, int weekday, QTime start, QTime end, qint64 room, qint64 instructor,
                       QList<qint64> students, ServiceType service = ServiceType::IndividualTraining)
{
    TimetableSlot s;
    s.id = id;
    s.semesterId = 1;
    s.weekday = weekday;
    s.start = start;
    s.end = end;
    s.roomId = room;
    s.instructorId = instructor;
    s.studentIds = std::move(students);
    s.service = service;
    return s;
}

// 2026-09-01 (Tue) to 2026-10-30; 国庆 1–7 October; Saturday 10 October a 调休 workday.
Semester craftedSemester()
{
    Semester s;
    s.name = u"2026年秋季学期"_s;
    s.kind = SemesterKind::Autumn;
    s.schoolYear = 2026;
    s.start = QDate(2026, 9, 1);
    s.end = QDate(2026, 10, 30);
    s.days = {{0, u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7), false},
              {0, u"国庆调休"_s, QDate(2026, 10, 10), QDate(2026, 10, 10), true}};
    return s;
}

// A school with three rooms, three teachers and four students in one semester.
struct School {
    std::unique_ptr<test::TempDatabase> temp;
    std::shared_ptr<Database> db;
    qint64 semester = 0;
    qint64 resourceRoom = 0;     // capacity 8, a teacher leads
    qint64 individualRoom = 0;   // capacity 2
    qint64 montessori = 0;       // capacity 4, no teacher rule
    qint64 wang = 0, li = 0, retired = 0;
    qint64 jia = 0, yi = 0, bing = 0, ding = 0;

    School()
    {
        temp = test::makeTempDatabase();
        REQUIRE(temp->db);
        db = temp->db;
        auto sem = SemesterRepository(db).add(craftedSemester());
        REQUIRE(sem);
        semester = *sem;
        resourceRoom = room(u"资源教室"_s, RoomType::ResourceRoom, 8);
        individualRoom = room(u"个训室"_s, RoomType::IndividualTraining, 2);
        montessori = room(u"蒙台梭利室"_s, RoomType::Montessori, 4);
        wang = staff(u"王老师"_s, true);
        li = staff(u"李老师"_s, true);
        retired = staff(u"赵老师"_s, false);
        jia = student(u"甲"_s);
        yi = student(u"乙"_s);
        bing = student(u"丙"_s);
        ding = student(u"丁"_s);
    }
    qint64 room(const QString &name, RoomType type, int capacity)
    {
        auto id = RoomRepository(db).add(Room{0, name, type, capacity, {}});
        REQUIRE(id);
        return *id;
    }
    qint64 staff(const QString &name, bool active)
    {
        auto id = db->writeReturningId({u"test"_s, u"staff"_s}, [&](Transaction &tx) {
            StaffMember member = StaffMember::withRole(name, StaffRole::ResourceTeacher);
            if (!active)
                member.toDate = QDate(2025, 8, 31);
            return StaffRepository::add(tx, member);
        });
        REQUIRE(id);
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
    TimetableSlot slot(int weekday, QTime start, QTime end, qint64 roomId, qint64 instructor, QList<qint64> students,
                       ServiceType service = ServiceType::IndividualTraining) const
    {
        TimetableSlot s = makeSlot(0, weekday, start, end, roomId, instructor, std::move(students), service);
        s.semesterId = semester;
        return s;
    }
    qint64 add(const TimetableSlot &s) const
    {
        auto id = TimetableRepository(db).addSlot(s);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }
    qint64 count(const QString &table) const
    {
        auto q = db->exec(u"SELECT count(*) FROM "_s + table);
        REQUIRE(q);
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
};

QList<QDate> datesOf(const QList<SlotOccurrence> &list, qint64 slotId)
{
    QList<QDate> dates;
    for (const SlotOccurrence &o : list)
        if (o.slotId == slotId)
            dates.append(o.date);
    return dates;
}

} // namespace

TEST_CASE("occurrences follow the teaching weeks, skip holidays and apply one-off changes", "[timetable]")
{
    School school;
    TimetableRepository timetable(school.db);
    const qint64 monday = school.add(school.slot(1, QTime(9, 0), QTime(9, 40), school.individualRoom, school.wang, {school.jia}));
    const qint64 thursday = school.add(school.slot(4, QTime(14, 0), QTime(14, 40), school.resourceRoom, school.li,
                                                   {school.yi, school.bing}, ServiceType::SubjectTutoring));
    const qint64 saturday = school.add(school.slot(6, QTime(10, 0), QTime(10, 40), school.montessori, school.li, {school.ding}));

    // Plain pattern: every Monday from the first to the last day of the semester.
    const auto all = timetable.occurrences(QDate(2026, 8, 1), QDate(2026, 12, 31)).value();
    const auto mondays = datesOf(all, monday);
    CHECK(mondays.first() == QDate(2026, 9, 7));
    CHECK(mondays.last() == QDate(2026, 10, 26));
    CHECK(mondays.size() == 7);                      // 8 Mondays, 5 October is 国庆
    CHECK_FALSE(mondays.contains(QDate(2026, 10, 5)));
    CHECK_FALSE(datesOf(all, thursday).contains(QDate(2026, 10, 1)));
    // The 调休 Saturday counts as a Saturday; the holiday Saturday does not.
    CHECK(datesOf(all, saturday).contains(QDate(2026, 10, 10)));
    CHECK_FALSE(datesOf(all, saturday).contains(QDate(2026, 10, 3)));

    // One-off changes: Monday 28 Sept moves to Tuesday 29 Sept 10:00 in the
    // Montessori room; Thursday 8 Oct is cancelled; Monday 21 Sept moves into
    // the range, to Wednesday 30 Sept.
    SlotChange move;
    move.slotId = monday;
    move.date = QDate(2026, 9, 28);
    move.newDate = QDate(2026, 9, 29);
    move.newStart = QTime(10, 0);
    move.newEnd = QTime(10, 40);
    move.newRoomId = school.montessori;
    move.reason = u"教研活动"_s;
    auto moveId = timetable.addChange(move);
    REQUIRE(moveId);
    SlotChange cancel;
    cancel.slotId = thursday;
    cancel.date = QDate(2026, 10, 8);
    cancel.cancelled = true;
    REQUIRE(timetable.addChange(cancel));
    SlotChange into;
    into.slotId = monday;
    into.date = QDate(2026, 9, 21);
    into.newDate = QDate(2026, 9, 30);
    REQUIRE(timetable.addChange(into));

    const auto range = timetable.occurrences(QDate(2026, 9, 28), QDate(2026, 10, 11)).value();
    REQUIRE(range.size() == 3);
    CHECK(range.at(0).slotId == monday);
    CHECK(range.at(0).date == QDate(2026, 9, 29));
    CHECK(range.at(0).start == QTime(10, 0));
    CHECK(range.at(0).roomId == school.montessori);
    CHECK(range.at(0).instructorId == school.wang);
    CHECK(range.at(0).changed);
    CHECK(range.at(0).minutes() == 40);
    CHECK(range.at(1).slotId == monday);
    CHECK(range.at(1).date == QDate(2026, 9, 30));
    CHECK(range.at(1).start == QTime(9, 0));
    CHECK(range.at(2).slotId == saturday);
    CHECK(range.at(2).date == QDate(2026, 10, 10));
    CHECK_FALSE(range.at(2).changed);
    // The week of 21 Sept lost its Monday meeting to 30 Sept.
    CHECK(datesOf(timetable.occurrences(QDate(2026, 9, 21), QDate(2026, 9, 27)).value(), monday).isEmpty());
    // Teaching week 5 is 28 Sept – 4 Oct.
    CHECK(timetable.occurrencesOfWeek(school.semester, 5).value() == timetable.occurrences(QDate(2026, 9, 28), QDate(2026, 10, 4)).value());
    CHECK(timetable.occurrencesOfWeek(school.semester, 99)->isEmpty());

    // Undoing the change brings the meeting back.
    REQUIRE(timetable.removeChange(*moveId));
    CHECK(datesOf(timetable.occurrences(QDate(2026, 9, 28), QDate(2026, 9, 28)).value(), monday) == QList<QDate>{QDate(2026, 9, 28)});
    CHECK(timetable.changes(monday)->size() == 1);
    CHECK(timetable.changesInSemester(school.semester)->size() == 2);
}

TEST_CASE("one-off changes are validated and refused whole", "[timetable]")
{
    School school;
    TimetableRepository timetable(school.db);
    const qint64 monday = school.add(school.slot(1, QTime(9, 0), QTime(9, 40), school.individualRoom, school.wang, {school.jia}));
    school.add(school.slot(2, QTime(9, 0), QTime(9, 40), school.resourceRoom, school.wang, {school.yi}));

    SlotChange change;
    change.slotId = monday;
    change.cancelled = true;
    change.date = QDate(2026, 9, 29);                       // a Tuesday
    CHECK(timetable.addChange(change).error().code == ErrorCode::InvalidInput);
    change.date = QDate(2026, 10, 5);                       // a holiday Monday
    CHECK_FALSE(timetable.addChange(change));
    change.date = QDate(2026, 11, 2);                       // after the semester
    CHECK_FALSE(timetable.addChange(change));
    change.date = QDate(2026, 9, 14);
    change.slotId = 999;
    CHECK(timetable.addChange(change).error().code == ErrorCode::NotFound);
    change.slotId = monday;
    REQUIRE(timetable.addChange(change));
    CHECK(timetable.addChange(change).error().code == ErrorCode::Conflict);   // one change per date

    SlotChange move;
    move.slotId = monday;
    move.date = QDate(2026, 9, 21);
    CHECK_FALSE(timetable.addChange(move));                 // changes nothing
    move.newDate = QDate(2026, 10, 2);                      // onto the holiday
    CHECK_FALSE(timetable.addChange(move));
    move.newDate = QDate(2026, 9, 22);                      // onto Wang's Tuesday slot
    auto doubled = timetable.addChange(move);
    REQUIRE_FALSE(doubled);
    CHECK(doubled.error().code == ErrorCode::Conflict);
    CHECK(doubled.error().message.contains(u"王老师"_s));
    move.newStart = QTime(10, 0);
    move.newEnd = QTime(9, 50);
    CHECK_FALSE(timetable.addChange(move));                 // ends before it starts
    move.newEnd = QTime(10, 40);
    move.newInstructorId = school.retired;
    CHECK(timetable.addChange(move).error().code == ErrorCode::NotFound);
    CHECK(timetable.changes(monday)->size() == 1);

    move.newInstructorId = 0;
    REQUIRE(timetable.addChange(move));                     // 10:00 on Tuesday is free
    CHECK(timetable.changes(monday)->size() == 2);
    // A removed slot takes its changes along.
    REQUIRE(timetable.removeSlot(monday));
    CHECK(school.count(u"slot_changes"_s) == 0);
    CHECK(timetable.removeSlot(monday).error().code == ErrorCode::NotFound);
}

TEST_CASE("each kind of conflict is found exactly where it was planted", "[timetable][conflicts]")
{
    // Rooms: 1 a resource room for 8 whose rules allow 3 at once and want a
    // teacher; 2 an individual room for 2; 3 a Montessori room without the
    // teacher rule. Teachers 11–13, students 1–8.
    ConflictContext context;
    context.rooms.insert(1, Room{1, u"资源教室"_s, RoomType::ResourceRoom, 8, {}});
    context.rooms.insert(2, Room{2, u"个训室"_s, RoomType::IndividualTraining, 2, {}});
    context.rooms.insert(3, Room{3, u"蒙台梭利室"_s, RoomType::Montessori, 4, {}});
    RoomRule lead;
    lead.roomId = 1;
    lead.position = 1;
    lead.kind = RuleKind::TeacherLeads;
    lead.text = u"训练需在老师指导下进行，并注意安全。"_s;
    RoomRule three = lead;
    three.position = 2;
    three.kind = RuleKind::MaxStudents;
    three.parameter = 3;
    three.text = u"每次在室内训练的学生不超过3人。"_s;
    context.rules.insert(1, {lead, three});
    context.rules.insert(3, defaultRoomRules(RoomType::Montessori));
    context.staffNames = {{11, u"王老师"_s}, {12, u"李老师"_s}, {13, u"张老师"_s}};
    for (qint64 id = 1; id <= 8; ++id)
        context.studentNames.insert(id, u"学生%1"_s.arg(id));
    context.protectedPeriods = {
        {1, 8, 0, 4, QTime(8, 30), QTime(9, 10), u"语文"_s},    // overlaps slot 7
        {2, 8, 0, 4, QTime(9, 10), QTime(9, 50), u"数学"_s},    // touches only
        {3, 1, 0, 2, QTime(8, 0), QTime(9, 0), u"英语"_s},      // a day student 1 has no slot
        {4, 8, 2, 4, QTime(8, 0), QTime(8, 40), u"音乐"_s},     // another semester
    };

    const QList<TimetableSlot> slotList{
        makeSlot(1, 1, QTime(8, 0), QTime(8, 40), 1, 11, {1, 2}),
        makeSlot(2, 1, QTime(8, 20), QTime(9, 0), 1, 12, {3, 4}),     // room 1 holds 4 > 3 at 08:20
        makeSlot(3, 1, QTime(8, 30), QTime(9, 10), 2, 11, {5}),       // 王老师 also in slot 1
        makeSlot(4, 2, QTime(10, 0), QTime(10, 40), 2, 13, {5}),
        makeSlot(5, 2, QTime(10, 20), QTime(11, 0), 3, 0, {5, 6}),     // student 5 also in slot 4
        makeSlot(6, 3, QTime(9, 0), QTime(9, 40), 1, 0, {7}),          // no teacher in room 1
        makeSlot(7, 4, QTime(8, 0), QTime(8, 40), 2, 11, {8}),         // over 语文 of student 8
        makeSlot(8, 1, QTime(8, 40), QTime(9, 20), 3, 13, {1}),        // touches slot 1: no conflict
    };
    const auto conflicts = findConflicts(slotList, context);
    REQUIRE(conflicts.size() == 5);

    auto only = [&](ConflictKind kind) {
        QList<TimetableConflict> found;
        for (const TimetableConflict &c : conflicts)
            if (c.kind == kind)
                found.append(c);
        REQUIRE(found.size() == 1);
        return found.first();
    };
    const auto capacity = only(ConflictKind::RoomOverCapacity);
    CHECK(capacity.slotIds == QList<qint64>{1, 2});
    CHECK(capacity.studentIds == QList<qint64>{1, 2, 3, 4});
    CHECK(capacity.roomId == 1);
    CHECK(capacity.message.contains(u"每次在室内训练的学生不超过3人。"_s));
    CHECK_FALSE(capacity.isHard());

    const auto instructor = only(ConflictKind::InstructorDoubleBooked);
    CHECK(instructor.slotIds == QList<qint64>{1, 3});
    CHECK(instructor.instructorId == 11);
    CHECK(instructor.message.contains(u"王老师"_s));
    CHECK(instructor.isHard());

    const auto student = only(ConflictKind::StudentDoubleBooked);
    CHECK(student.slotIds == QList<qint64>{4, 5});
    CHECK(student.studentIds == QList<qint64>{5});
    CHECK(student.message.contains(u"学生5"_s));
    CHECK(student.isHard());

    const auto noTeacher = only(ConflictKind::NoInstructor);
    CHECK(noTeacher.slotIds == QList<qint64>{6});
    CHECK(noTeacher.roomId == 1);
    CHECK(noTeacher.message.contains(u"训练需在老师指导下进行，并注意安全。"_s));
    CHECK(noTeacher.isHard());

    const auto protectedClass = only(ConflictKind::ProtectedClass);
    CHECK(protectedClass.slotIds == QList<qint64>{7});
    CHECK(protectedClass.studentIds == QList<qint64>{8});
    CHECK(protectedClass.message.contains(u"语文"_s));
    CHECK(protectedClass.message.contains(u"学生8"_s));
    CHECK_FALSE(protectedClass.isHard());

    CHECK(hardConflicts(conflicts).size() == 3);
    CHECK(conflictMessages(conflicts).count(QLatin1Char('\n')) == 4);

    // Without the plants the same timetable is clean.
    QList<TimetableSlot> clean = slotList;
    clean[1].roomId = 3;              // slot 2 to the Montessori room (2 students)
    clean[2].instructorId = 14;       // slot 3 to a fourth teacher
    clean[4].studentIds = {6};        // student 5 out of slot 5
    clean[5].instructorId = 12;       // slot 6 gets 李老师
    clean[6].start = QTime(7, 40);    // slot 7 before 语文
    clean[6].end = QTime(8, 20);
    CHECK(findConflicts(clean, context).isEmpty());

    // A new slot (id 0) is checked against the rest: only its own conflicts.
    const auto mine = conflictsWith(makeSlot(0, 1, QTime(8, 10), QTime(8, 30), 2, 11, {6}), slotList, context);
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().kind == ConflictKind::InstructorDoubleBooked);
    CHECK(mine.first().slotIds == QList<qint64>{0, 1});
    // A stored slot checked again is not compared with itself.
    CHECK(conflictsWith(slotList.at(7), slotList, context).isEmpty());
}

TEST_CASE("conflicts between dated meetings carry their date", "[timetable][conflicts]")
{
    ConflictContext context;
    context.rooms.insert(2, Room{2, u"个训室"_s, RoomType::IndividualTraining, 2, {}});
    context.staffNames.insert(11, u"王老师"_s);
    SlotOccurrence a;
    a.slotId = 1;
    a.date = QDate(2026, 9, 29);
    a.start = QTime(10, 0);
    a.end = QTime(10, 40);
    a.roomId = 2;
    a.instructorId = 11;
    a.studentIds = {1};
    SlotOccurrence b = a;
    b.slotId = 2;
    b.studentIds = {2, 3};
    const auto found = findOccurrenceConflicts({a, b}, context);
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).kind == ConflictKind::InstructorDoubleBooked);
    CHECK(found.at(0).date == QDate(2026, 9, 29));
    CHECK(found.at(0).message.contains(screenDate(QDate(2026, 9, 29))));
    CHECK(found.at(1).kind == ConflictKind::RoomOverCapacity);
    CHECK(found.at(1).studentIds == QList<qint64>{1, 2, 3});
    b.date = QDate(2026, 9, 30);
    CHECK(findOccurrenceConflicts({a, b}, context).isEmpty());
}

TEST_CASE("the repository refuses hard conflicts without writing and keeps warnings", "[timetable][conflicts]")
{
    School school;
    TimetableRepository timetable(school.db);
    const qint64 first = school.add(school.slot(1, QTime(9, 0), QTime(9, 40), school.individualRoom, school.wang, {school.jia}));
    const auto before = std::make_pair(school.count(u"timetable_slots"_s), school.count(u"timetable_slot_students"_s));

    // 王老师 in two places.
    const auto wangTwice = school.slot(1, QTime(9, 20), QTime(10, 0), school.resourceRoom, school.wang, {school.yi});
    CHECK(timetable.conflictsFor(wangTwice)->size() == 1);
    auto refused = timetable.addSlot(wangTwice);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u"王老师"_s));
    // 甲 in two places.
    auto jiaTwice = timetable.addSlot(school.slot(1, QTime(9, 30), QTime(10, 10), school.resourceRoom, school.li, {school.jia}));
    REQUIRE_FALSE(jiaTwice);
    CHECK(jiaTwice.error().message.contains(u"甲"_s));
    // Nobody leads in the resource room, whose rules want a teacher.
    auto alone = timetable.addSlot(school.slot(3, QTime(9, 0), QTime(9, 40), school.resourceRoom, 0, {school.yi}));
    REQUIRE_FALSE(alone);
    CHECK(alone.error().message.contains(u"训练需在老师指导下进行"_s));
    CHECK(std::make_pair(school.count(u"timetable_slots"_s), school.count(u"timetable_slot_students"_s)) == before);

    // Warnings are saved and listed: the Montessori room without a teacher is
    // fine, three students in the individual room for two is not, and 丙 misses 语文.
    ProtectedPeriod chinese{0, school.bing, 0, 2, QTime(8, 0), QTime(8, 40), u"语文"_s};
    REQUIRE(ProtectedPeriodRepository(school.db).add(chinese));
    CHECK(school.add(school.slot(2, QTime(8, 0), QTime(8, 40), school.montessori, 0, {school.bing})) > 0);
    const qint64 crowded = school.add(
        school.slot(3, QTime(14, 0), QTime(14, 40), school.individualRoom, school.li, {school.yi, school.bing, school.ding}));
    const auto warnings = timetable.conflicts(school.semester).value();
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).kind == ConflictKind::RoomOverCapacity);
    CHECK(warnings.at(0).slotIds == QList<qint64>{crowded});
    CHECK(warnings.at(0).message.contains(u"每次在室内训练的学生不超过2人。"_s));
    CHECK(warnings.at(1).kind == ConflictKind::ProtectedClass);
    CHECK(warnings.at(1).message.contains(u"语文"_s));

    // An update into a hard conflict is refused and leaves the slot as it was.
    TimetableSlot moved = *timetable.slot(crowded);
    moved.weekday = 1;
    moved.start = QTime(9, 0);
    moved.end = QTime(9, 40);
    moved.instructorId = school.wang;
    CHECK(timetable.updateSlot(moved).error().code == ErrorCode::Conflict);
    CHECK(timetable.slot(crowded)->weekday == 3);
    // The slot itself is not compared with its stored self.
    TimetableSlot same = *timetable.slot(first);
    same.content = u"数学个训"_s;
    REQUIRE(timetable.updateSlot(same));
    CHECK(timetable.slot(first)->content == u"数学个训"_s);
}

TEST_CASE("a slot is validated before it is saved", "[timetable]")
{
    School school;
    TimetableRepository timetable(school.db);
    const auto good = school.slot(1, QTime(9, 0), QTime(9, 40), school.individualRoom, school.wang, {school.jia});
    auto bad = good;
    bad.weekday = 0;
    CHECK(timetable.addSlot(bad).error().code == ErrorCode::InvalidInput);
    bad = good;
    bad.weekday = 8;
    CHECK_FALSE(timetable.addSlot(bad));
    bad = good;
    bad.end = QTime(9, 0);
    CHECK_FALSE(timetable.addSlot(bad));
    bad = good;
    bad.studentIds.clear();
    CHECK_FALSE(timetable.addSlot(bad));
    bad = good;
    bad.studentIds = {school.jia, school.jia};
    CHECK_FALSE(timetable.addSlot(bad));
    bad = good;
    bad.roomId = 999;
    CHECK(timetable.addSlot(bad).error().code == ErrorCode::NotFound);
    bad = good;
    bad.semesterId = 999;
    CHECK(timetable.addSlot(bad).error().code == ErrorCode::NotFound);
    bad = good;
    bad.studentIds = {999};
    CHECK_FALSE(timetable.addSlot(bad));
    bad = good;
    bad.instructorId = school.retired;
    CHECK(timetable.addSlot(bad).error().code == ErrorCode::NotFound);
    // A student whose 随班就读 status was revoked is no longer scheduled.
    LrcRepository lrc(school.db);
    for (LrcStep step : {LrcStep::Applied, LrcStep::SchoolOpinion, LrcStep::Reported, LrcStep::Confirmed, LrcStep::Revoked}) {
        LrcEvent e;
        e.studentId = school.ding;
        e.step = step;
        e.date = QDate(2026, 9, 1);
        e.actor = u"马晓燕"_s;
        e.reason = needsReason(step) ? u"转学"_s : QString();
        REQUIRE(lrc.addStep(e));
    }
    bad = good;
    bad.studentIds = {school.ding};
    auto revoked = timetable.addSlot(bad);
    REQUIRE_FALSE(revoked);
    CHECK(revoked.error().message.contains(u"丁"_s));
    CHECK(school.count(u"timetable_slots"_s) == 0);

    auto id = timetable.addSlot(good);
    REQUIRE(id);
    const auto stored = timetable.slot(*id);
    REQUIRE(stored);
    TimetableSlot expected = good;
    expected.id = *id;
    // Given no validity period, the slot holds for the whole semester.
    expected.validFrom = craftedSemester().start;
    expected.validUntil = craftedSemester().end;
    CHECK(*stored == expected);
    CHECK(timetable.slotsOf(school.semester).value() == QList<TimetableSlot>{expected});
    CHECK(timetable.slotsOfStudent(school.semester, school.jia)->size() == 1);
    CHECK(timetable.slotsOfStudent(school.semester, school.yi)->isEmpty());
}

TEST_CASE("protected class periods are stored per student", "[timetable]")
{
    School school;
    ProtectedPeriodRepository periods(school.db);
    ProtectedPeriod p{0, school.jia, 0, 1, QTime(8, 0), QTime(8, 40), u"语文"_s};
    auto id = periods.add(p);
    REQUIRE(id);
    ProtectedPeriod other{0, school.jia, school.semester, 3, QTime(10, 0), QTime(10, 40), u"数学"_s};
    REQUIRE(periods.add(other));
    CHECK(periods.forStudent(school.jia)->size() == 2);
    CHECK(periods.forSemester(school.semester)->size() == 2);
    CHECK(periods.forSemester(school.semester + 1)->size() == 1);   // only the one for every semester
    CHECK_FALSE(periods.add({0, school.jia, 0, 1, QTime(9, 0), QTime(8, 0), u"语文"_s}));
    CHECK_FALSE(periods.add({0, school.jia, 0, 1, QTime(8, 0), QTime(9, 0), u" "_s}));
    CHECK_FALSE(periods.add({0, 999, 0, 1, QTime(8, 0), QTime(9, 0), u"语文"_s}));
    p.id = *id;
    p.label = u"语文（早读）"_s;
    REQUIRE(periods.update(p));
    CHECK(periods.forStudent(school.jia)->first().label == u"语文（早读）"_s);
    REQUIRE(periods.replaceForStudent(school.jia, {{0, 0, 0, 5, QTime(14, 0), QTime(14, 40), u"体育"_s}}));
    const auto replaced = periods.forStudent(school.jia).value();
    REQUIRE(replaced.size() == 1);
    CHECK(replaced.first().studentId == school.jia);
    CHECK(replaced.first().weekday == 5);
    REQUIRE(periods.remove(replaced.first().id));
    CHECK(periods.forStudent(school.jia)->isEmpty());
}

TEST_CASE("coverage sets the timetable's minutes against the IEP's services", "[timetable][coverage]")
{
    // Pure: 80 min of individual training promised, 2 × 40 scheduled; 40 min
    // of speech training promised, none scheduled; 30 min counselling extra.
    const QList<IepService> services{{ServiceType::SpeechTraining, 40, {}, 0},
                                     {ServiceType::IndividualTraining, 50, {}, 0},
                                     {ServiceType::IndividualTraining, 30, {}, 0}};
    const QList<TimetableSlot> slotList{
        makeSlot(1, 1, QTime(9, 0), QTime(9, 40), 1, 11, {1}),
        makeSlot(2, 3, QTime(9, 0), QTime(9, 40), 1, 11, {1, 2}),
        makeSlot(3, 4, QTime(15, 0), QTime(15, 30), 1, 11, {1}, ServiceType::Counselling),
        makeSlot(4, 5, QTime(15, 0), QTime(16, 0), 1, 11, {2}, ServiceType::SpeechTraining),
    };
    const StudentCoverage c = studentCoverage(1, slotList, services);
    REQUIRE(c.services.size() == 3);
    CHECK(c.services.at(0) == ServiceCoverage{ServiceType::IndividualTraining, 80, 80});
    CHECK(c.services.at(1) == ServiceCoverage{ServiceType::SpeechTraining, 40, 0});
    CHECK(c.services.at(2) == ServiceCoverage{ServiceType::Counselling, 0, 30});
    CHECK_FALSE(c.services.at(0).shortfall());
    CHECK(c.services.at(1).shortfall());
    CHECK(c.services.at(1).missingMinutes() == 40);
    CHECK_FALSE(c.services.at(2).shortfall());
    CHECK(c.shortfall());
    CHECK(c.requiredMinutes() == 120);
    CHECK(c.scheduledMinutes() == 110);
    // Student 2 has no IEP services: nothing is short.
    const StudentCoverage two = studentCoverage(2, slotList, {});
    CHECK_FALSE(two.shortfall());
    CHECK(two.scheduledMinutes() == 100);
}

TEST_CASE("the coverage report reads the IEPs and excuses holidays in a dated week", "[timetable][coverage]")
{
    School school;
    IepContent content;
    content.services = {{ServiceType::IndividualTraining, 80, u"王老师"_s, school.individualRoom}};
    REQUIRE(IepRepository(school.db).create(school.jia, school.semester, content));
    school.add(school.slot(1, QTime(9, 0), QTime(9, 40), school.individualRoom, school.wang, {school.jia}));
    school.add(school.slot(3, QTime(9, 0), QTime(9, 40), school.individualRoom, school.wang, {school.jia, school.yi}));

    CoverageReport report(school.db);
    const auto read = report.forSemester(school.semester);
    REQUIRE(read);
    const QList<StudentCoverage> &semester = *read;
    REQUIRE(semester.size() == 2);               // 甲 (IEP and slots), 乙 (slot only)
    const StudentCoverage jia = semester.at(0).studentId == school.jia ? semester.at(0) : semester.at(1);
    const StudentCoverage yi = semester.at(0).studentId == school.yi ? semester.at(0) : semester.at(1);
    CHECK(jia.studentName == u"甲"_s);
    CHECK(jia.iepId > 0);
    CHECK_FALSE(jia.shortfall());
    CHECK(jia.scheduledMinutes() == 80);
    CHECK(yi.iepId == 0);
    CHECK(yi.scheduledMinutes() == 40);

    // Week 6 (5–11 Oct) loses Monday and Wednesday to 国庆: nothing is
    // scheduled, and nothing is owed — a holiday is no shortfall.
    const auto holidayRead = report.forWeek(school.semester, 6);
    REQUIRE(holidayRead);
    const QList<StudentCoverage> &holiday = *holidayRead;
    const StudentCoverage jiaHoliday = holiday.at(0).studentId == school.jia ? holiday.at(0) : holiday.at(1);
    CHECK(jiaHoliday.scheduledMinutes() == 0);
    CHECK(jiaHoliday.services.first().requiredMinutes == 0);
    CHECK_FALSE(jiaHoliday.shortfall());
    // Week 5 (28 Sept – 4 Oct) has its Monday and Wednesday.
    const auto normalRead = report.forWeek(school.semester, 5);
    REQUIRE(normalRead);
    const QList<StudentCoverage> &normal = *normalRead;
    const StudentCoverage jiaNormal = normal.at(0).studentId == school.jia ? normal.at(0) : normal.at(1);
    CHECK_FALSE(jiaNormal.shortfall());
}
