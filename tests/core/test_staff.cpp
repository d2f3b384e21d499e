// Staff (教职工): several roles, classes and subjects; retired with a date when
// records name them, deleted only when nothing does; the current user; the
// upgrade of version-5 files; head teachers linked by the roster import.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Clock.h"
#include "calendar/SemesterRepository.h"
#include "roster/RosterImport.h"
#include "roster/TableFile.h"
#include "school/CurrentUser.h"
#include "school/SchoolSetup.h"
#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Migrations.h"
#include "students/StudentRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

StaffMember fullMember()
{
    StaffMember m = StaffMember::withRole(u"王丽"_s, StaffRole::SubjectTeacher);
    m.gender = Gender::Female;
    m.phone = u"13899002233"_s;
    m.roles = {StaffRole::HeadTeacher, StaffRole::SubjectTeacher};
    m.classesLed = {u"三年级2班"_s};
    m.classesTaught = {u"三年级2班"_s, u"四年级1班"_s};
    m.subjects = {u"语文"_s, u"道德与法治"_s};
    m.fromDate = QDate(2018, 9, 1);
    m.note = u"教研组长"_s;
    return m;
}

Semester autumn2026()
{
    return SchoolSetup::semesterOf(u"2026年秋季学期"_s, QDate(2026, 9, 1), QDate(2027, 1, 22));
}

} // namespace

TEST_CASE("a staff member keeps several roles, classes and subjects")
{
    auto temp = test::makeTempDatabase();
    StaffRepository staff(temp->db);
    const auto id = staff.add(fullMember());
    REQUIRE(id);
    StaffMember expected = fullMember();
    expected.id = *id;
    const auto stored = staff.byId(*id);
    REQUIRE(stored);
    CHECK(*stored == expected);
    CHECK(stored->primaryRole() == StaffRole::HeadTeacher);
    CHECK(stored->isActive());
    CHECK(*staff.all() == QList<StaffMember>{expected});
    CHECK(staff.findByKey(u"王丽"_s, RetiredStaff::Included)->id == *id);
    CHECK(staff.findByKey(QString::number(*id), RetiredStaff::Included)->name == u"王丽"_s);
    CHECK(staffRolesChinese(stored->roles) == u"班主任、任课教师"_s);

    // Roles are kept in the fixed order, whatever order they were ticked in.
    StaffMember edited = *stored;
    edited.roles = {StaffRole::Counsellor, StaffRole::ResourceTeacher};
    edited.classesLed.clear();
    edited.subjects = {u"心理健康"_s, u"心理健康"_s, u"  "_s};
    REQUIRE(staff.update(edited));
    const auto again = staff.byId(*id);
    CHECK(again->roles == QList<StaffRole>{StaffRole::ResourceTeacher, StaffRole::Counsellor});
    CHECK(again->classesLed.isEmpty());
    CHECK(again->subjects == QStringList{u"心理健康"_s});
}

TEST_CASE("staff input is checked with the limit in the message")
{
    auto temp = test::makeTempDatabase();
    StaffRepository staff(temp->db);
    StaffMember noName = fullMember();
    noName.name = u"   "_s;
    CHECK(staff.add(noName).error().code == ErrorCode::InvalidInput);

    StaffMember longName = fullMember();
    longName.name = QString(kStaffNameMax + 1, u'李');
    const auto tooLong = staff.add(longName);
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(QString::number(kStaffNameMax)));

    StaffMember longPhone = fullMember();
    longPhone.phone = QString(kStaffPhoneMax + 1, u'1');
    CHECK(staff.add(longPhone).error().message.contains(QString::number(kStaffPhoneMax)));

    StaffMember noRole = fullMember();
    noRole.roles.clear();
    CHECK_FALSE(staff.add(noRole));

    StaffMember backwards = fullMember();
    backwards.toDate = backwards.fromDate.addDays(-1);
    CHECK_FALSE(staff.add(backwards));

    StaffMember longClass = fullMember();
    longClass.classesTaught << QString(kStaffItemMax + 1, u'班');
    CHECK(staff.add(longClass).error().message.contains(QString::number(kStaffItemMax)));
    CHECK(staff.all()->isEmpty());

    REQUIRE(staff.add(fullMember()));
    const auto twice = staff.add(fullMember());
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(staff.all()->size() == 1);
}

TEST_CASE("staff named by records are retired with a date; others may be deleted")
{
    auto temp = test::makeTempDatabase();
    StaffRepository staff(temp->db);
    const auto headTeacher = staff.add(fullMember());
    const auto mistake = staff.add(StaffMember::withRole(u"李红"_s, StaffRole::Other));
    REQUIRE(headTeacher);
    REQUIRE(mistake);
    Student student;
    student.name = u"张小明"_s;
    student.headTeacherId = *headTeacher;
    const auto studentId = StudentRepository(temp->db).add(student);
    REQUIRE(studentId);

    CHECK(staff.usages(*mistake)->isEmpty());
    CHECK(staff.usages(*headTeacher)->size() == 1);
    const auto refused = staff.remove(*headTeacher);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u"王丽"_s));
    CHECK(refused.error().message.contains(u"1"_s));
    CHECK(staff.byId(*headTeacher));

    // The database refuses too, whatever path a delete takes.
    auto raw = temp->db->write({u"test"_s, u"raw delete"_s}, [&](Transaction &tx) -> Result<void> {
        auto q = tx.exec(u"DELETE FROM staff WHERE id = :id"_s, {{":id", *headTeacher}});
        if (!q)
            return q.error();
        return {};
    });
    CHECK_FALSE(raw);

    REQUIRE(staff.retire(*headTeacher, QDate(2026, 7, 10)));
    const auto retired = staff.byId(*headTeacher);
    CHECK(retired->isRetired());
    CHECK(retired->toDate == QDate(2026, 7, 10));
    CHECK(StudentRepository(temp->db).byId(*studentId)->headTeacherName == u"王丽"_s);
    REQUIRE(staff.retire(*mistake, QDate(2010, 1, 1)));   // any date is fine for 李红 …
    CHECK(staff.byId(*mistake)->isRetired());
    CHECK_FALSE(staff.retire(*headTeacher, QDate(2017, 1, 1)));   // … but not before she started

    REQUIRE(staff.remove(*mistake));
    CHECK_FALSE(staff.byId(*mistake));
    CHECK(staff.all()->size() == 1);
}

TEST_CASE("one lookup by number or name; who has left is found only when the caller says so")
{
    auto temp = test::makeTempDatabase();
    StaffRepository staff(temp->db);
    const auto wang = staff.add(fullMember());
    const auto li = staff.add(StaffMember::withRole(u"李红"_s, StaffRole::Therapist));
    REQUIRE(wang);
    REQUIRE(li);

    CHECK(staff.findByKey(QString::number(*wang), RetiredStaff::Excluded)->name == u"王丽"_s);
    CHECK(staff.findByKey(u"  王丽 "_s, RetiredStaff::Excluded)->id == *wang);
    CHECK(staff.findByKey(u"李 红"_s, RetiredStaff::Excluded)->id == *li);   // spaces folded as names are stored
    const auto unknown = staff.findByKey(u"赵六"_s, RetiredStaff::Included);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(u"赵六"_s));

    REQUIRE(staff.retire(*li, QDate(2026, 7, 10)));
    const auto left = staff.findByKey(u"李红"_s, RetiredStaff::Excluded);
    REQUIRE_FALSE(left);
    CHECK(left.error().code == ErrorCode::Conflict);
    CHECK(left.error().message.contains(u"李红"_s));
    CHECK(staff.findByKey(u"李红"_s, RetiredStaff::Included)->isRetired());
    CHECK(staff.findByKey(QString::number(*li), RetiredStaff::Included)->id == *li);
}

TEST_CASE("setting a school up makes the teacher staff and the current user, in one write")
{
    auto temp = test::makeTempDatabase();
    int writes = 0;
    QObject context;
    QObject::connect(temp->db.get(), &Database::written, &context, [&writes] { ++writes; });
    SchoolProfile profile{u"星光小学"_s, u" 马晓燕 "_s, u"海淀区"_s, 0};

    SchoolProfile noTeacher = profile;
    noTeacher.teacherName.clear();
    CHECK(SchoolSetup::check(noTeacher, autumn2026()) == SchoolSetup::Problem::TeacherName);
    CHECK_FALSE(SchoolSetup(temp->db).run(noTeacher, autumn2026()));
    CHECK(writes == 0);
    CHECK(StaffRepository(temp->db).all()->isEmpty());

    REQUIRE(SchoolSetup(temp->db).run(profile, autumn2026()));
    CHECK(writes == 1);
    const QList<StaffMember> staff = *StaffRepository(temp->db).all();
    REQUIRE(staff.size() == 1);
    CHECK(staff.first().name == u"马晓燕"_s);
    CHECK(staff.first().roles == QList<StaffRole>{StaffRole::ResourceTeacher});
    const CurrentUser user(temp->db);
    CHECK(*user.id() == staff.first().id);
    CHECK(*user.name() == u"马晓燕"_s);
    const SchoolProfile saved = *SettingsRepository(temp->db).profile();
    CHECK(saved.isComplete());
    CHECK(saved.teacherName == u"马晓燕"_s);
    CHECK(SemesterRepository(temp->db).byId(saved.currentSemesterId)->kind == SemesterKind::Autumn);
    CHECK(SemesterRepository(temp->db).byId(saved.currentSemesterId)->schoolYear == 2026);

    // She cannot leave or lose the role while she is the current user.
    CHECK_FALSE(StaffRepository(temp->db).retire(*user.id(), QDate(2026, 12, 1)));
    StaffMember notTeacher = staff.first();
    notTeacher.roles = {StaffRole::HeadTeacher};
    CHECK_FALSE(StaffRepository(temp->db).update(notTeacher));
    CHECK_FALSE(StaffRepository(temp->db).remove(*user.id()));

    // Renaming her renames the profile's teacher; another resource teacher can take over.
    StaffMember renamed = staff.first();
    renamed.name = u"马晓艳"_s;
    REQUIRE(StaffRepository(temp->db).update(renamed));
    CHECK(SettingsRepository(temp->db).profile()->teacherName == u"马晓艳"_s);
    const auto doctor = StaffRepository(temp->db).add(StaffMember::withRole(u"赵春梅"_s, StaffRole::SchoolDoctor));
    const auto second = StaffRepository(temp->db).add(StaffMember::withRole(u"古丽"_s, StaffRole::ResourceTeacher));
    REQUIRE(doctor);
    REQUIRE(second);
    CHECK(user.candidates()->size() == 2);
    CHECK_FALSE(CurrentUser(temp->db).set(*doctor));
    REQUIRE(CurrentUser(temp->db).set(*second));
    CHECK(*user.id() == *second);
    CHECK(SettingsRepository(temp->db).profile()->teacherName == u"古丽"_s);
    REQUIRE(StaffRepository(temp->db).retire(renamed.id, QDate(2026, 12, 1)));
    CHECK(user.candidates()->size() == 1);
}

TEST_CASE("a version-5 file keeps each member's role, dates the inactive ones and finds the teacher")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v5.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(migrate(raw, 5));
        QSqlQuery q(raw);
        for (const QString &sql : {
                 u"INSERT INTO staff(id, name, role, phone, active) VALUES (1, '王丽', 'head_teacher', '138', 1)"_s,
                 u"INSERT INTO staff(id, name, role, active) VALUES (2, '何志强', 'leader', 0)"_s,
                 u"INSERT INTO staff(id, name, role, active) VALUES (3, '周敏', 'itinerant_teacher', 1)"_s,
                 u"INSERT INTO students(name, head_teacher_id) VALUES ('张小明', 1)"_s,
                 u"INSERT INTO settings(key, value) VALUES ('school.teacher', '马晓燕')"_s,
             })
            REQUIRE(q.exec(sql));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);

    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == latestSchemaVersion());
    StaffRepository staff(*db);
    const QList<StaffMember> all = *staff.all();
    REQUIRE(all.size() == 4);
    CHECK(all.at(0).roles == QList<StaffRole>{StaffRole::HeadTeacher});
    CHECK(all.at(0).phone == u"138"_s);
    CHECK(all.at(0).isActive());
    CHECK(all.at(1).roles == QList<StaffRole>{StaffRole::Leader});
    CHECK(all.at(1).isRetired());
    CHECK(all.at(2).roles == QList<StaffRole>{StaffRole::ItinerantTeacher});
    // The teacher named at the first run was nobody on the staff list: now she is, and the current user.
    CHECK(all.at(3).name == u"马晓燕"_s);
    CHECK(all.at(3).roles == QList<StaffRole>{StaffRole::ResourceTeacher});
    CHECK(*CurrentUser(*db).id() == all.at(3).id);
    CHECK_FALSE(staff.remove(1));   // 张小明's head teacher
}

TEST_CASE("the roster import makes head teachers staff who lead the row's class")
{
    auto temp = test::makeTempDatabase();
    // 王丽 is on the list already, as a subject teacher.
    StaffMember wang = StaffMember::withRole(u"王丽"_s, StaffRole::SubjectTeacher);
    wang.classesLed = {u"一年级1班"_s};
    const auto wangId = StaffRepository(temp->db).add(wang);
    REQUIRE(wangId);

    auto table = readTableFile(test::testDataPath(u"roster_gb18030.csv"_s));
    REQUIRE(table);
    auto preview = buildImportPreview(temp->db, *table);
    REQUIRE(preview);
    const FixedClock clock(QDate(2026, 9, 7));
    auto outcome = commitImport(temp->db, *preview, clock);
    REQUIRE(outcome);
    REQUIRE(outcome->imported > 0);

    const auto student = StudentRepository(temp->db).find(u"张小明"_s);
    REQUIRE(student);
    CHECK(student->headTeacherId == *wangId);
    const auto linked = StaffRepository(temp->db).byId(*wangId);
    CHECK(linked->roles == QList<StaffRole>{StaffRole::HeadTeacher, StaffRole::SubjectTeacher});
    CHECK(linked->classesLed.contains(u"一年级1班"_s));
    CHECK(linked->classesLed.contains(classText(student->grade, student->className)));
    const auto members = StaffRepository(temp->db).all();
    REQUIRE(members);
    for (const StaffMember &m : *members)
        CHECK(m.hasRole(StaffRole::HeadTeacher));
}
