#include "bench/BenchSchool.h"

#include "archive/ArchiveItem.h"
#include "archive/AttachmentRepository.h"
#include "assessment/AssessmentRepository.h"
#include "bench/BenchPeople.h"
#include "bench/BenchRecords.h"
#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "demo/DemoPeople.h"
#include "demo/DemoSchool.h"
#include "rooms/RoomRepository.h"
#include "school/CurrentUser.h"
#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Students per transaction: large enough that commits (synchronous=FULL) do
// not dominate, small enough that progress shows and memory stays flat.
constexpr int kChunk = 20;

// A scanned page stands in for a real scan: incompressible bytes, as a JPEG's are.
QByteArray scanBytes(int seed)
{
    QByteArray bytes;
    QByteArray block = QByteArray::number(seed);
    while (bytes.size() < 48 * 1024) {
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
        bytes += block;
    }
    return bytes;
}

struct School {
    BenchSetting setting;
    QList<Semester> semesters;   // oldest first, with ids
    qint64 currentSemester = 0;
};

Result<School> addSchool(Transaction &tx, const BenchSize &size, const QDate &today)
{
    School school;
    Semester s = suggestedSemester(today);
    const int firstYear = s.schoolYear - size.years + 1;
    while (s.schoolYear >= firstYear) {
        school.semesters.prepend(s);
        s = previousSemester(s);
    }
    for (Semester &semester : school.semesters) {
        auto id = SemesterRepository::add(tx, semester);
        if (!id)
            return id.error();
        semester.id = *id;
    }
    school.currentSemester = school.semesters.constLast().id;
    for (const StaffMember &member : demoStaff()) {
        auto id = StaffRepository::add(tx, member);
        if (!id)
            return id.error();
        school.setting.staff.insert(member.name, *id);
    }
    for (const Room &room : demoRooms()) {
        auto id = RoomRepository::add(tx, room);
        if (!id)
            return id.error();
        school.setting.rooms.insert(room.name, *id);
    }
    school.setting.goalGroups = benchGoalGroups();
    if (school.setting.goalGroups.isEmpty())
        return makeError(ErrorCode::NotFound, u"bench: the goal bank has no accuracy goals"_s);
    school.setting.today = today;
    const SchoolProfile profile{u"星光实验学校（性能测试）"_s, u"马晓燕"_s, u"伊宁市"_s, school.currentSemester};
    if (auto saved = SettingsRepository::saveProfile(tx, profile); !saved)
        return saved.error();
    if (auto user = CurrentUser::set(tx, school.setting.staff.value(profile.teacherName)); !user)
        return user.error();
    return school;
}

Result<void> addStudent(Transaction &tx, const School &school, const BenchStudent &b, int index, bool attachments,
                        BenchSchoolCounts &counts)
{
    Student student = b.student;
    student.headTeacherId = school.setting.staff.value(student.headTeacherName);
    auto id = StudentRepository::add(tx, student);
    if (!id)
        return id.error();
    student.id = *id;
    ++counts.students;
    qint64 previousIep = 0;
    for (const Semester &semester : school.semesters) {
        if (semester.schoolYear < b.firstYear || semester.schoolYear > b.lastYear)
            continue;
        auto added = addBenchSemester(tx, school.setting, student, index, semester, previousIep);
        if (!added)
            return added.error();
        previousIep = added->iepId;
        ++counts.ieps;
        counts.sessions += added->sessions;
        counts.progressPoints += added->points;
    }
    for (int year = b.firstYear; year <= b.lastYear; ++year) {
        Assessment a;
        a.studentId = student.id;
        a.instrument = Instrument::AdaptiveBehaviour;
        a.date = QDate(year, 9, 15);
        while (a.date.dayOfWeek() > 5)
            a.date = a.date.addDays(1);
        if (a.date >= school.setting.today)
            continue;
        a.assessor = u"马晓燕"_s;
        a.results.insert(u"adq"_s, 60 + (index * 7 + year) % 30);
        if (auto added = AssessmentRepository::add(tx, a); !added)
            return added.error();
        ++counts.assessments;
        if (!attachments)
            continue;
        Attachment scan;
        scan.studentId = student.id;
        scan.archiveItem = int(ArchiveItem::IepRecords);
        scan.schoolYear = year;
        scan.fileName = u"个别化教育计划%1学年（扫描）.jpg"_s.arg(year);
        scan.mimeType = u"image/jpeg"_s;
        scan.note = u"签字页扫描件"_s;
        if (auto added = AttachmentRepository::add(tx, scan, scanBytes(index * 100 + year)); !added)
            return added.error();
        ++counts.attachments;
    }
    return {};
}

Result<BenchSchoolCounts> fill(const std::shared_ptr<Database> &db, const Clock &clock, const BenchSize &size,
                               const std::function<void(int, int)> &progress)
{
    School school;
    auto setUp = db->write({u"bench.create"_s, u"benchmark school"_s}, [&](Transaction &tx) -> Result<void> {
        auto made = addSchool(tx, size, clock.today());
        if (!made)
            return made.error();
        school = *made;
        return {};
    });
    if (!setUp)
        return setUp.error();
    BenchSchoolCounts counts;
    counts.semesters = int(school.semesters.size());
    const QList<BenchStudent> students =
        benchStudents(size.students, school.semesters.constFirst().schoolYear, school.semesters.constLast().schoolYear);
    for (int first = 0; first < students.size(); first += kChunk) {
        const int last = std::min<int>(first + kChunk, int(students.size()));
        auto chunk = db->write({u"bench.students"_s, u"benchmark students %1–%2"_s.arg(first + 1).arg(last)},
                               [&](Transaction &tx) -> Result<void> {
                                   for (int i = first; i < last; ++i)
                                       if (auto added = addStudent(tx, school, students.at(i), i, size.attachments, counts);
                                           !added)
                                           return added;
                                   return {};
                               });
        if (!chunk)
            return chunk.error();
        if (progress)
            progress(last, int(students.size()));
    }
    return counts;
}

} // namespace

Result<void> checkBenchSize(const BenchSize &size)
{
    if (size.students < 1 || size.students > BenchSize::kMaxStudents)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Bench", "The number of students must be between 1 and %1.")
                             .arg(BenchSize::kMaxStudents));
    if (size.years < 1 || size.years > BenchSize::kMaxYears)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Bench", "The number of years must be between 1 and %1.")
                             .arg(BenchSize::kMaxYears));
    return {};
}

Result<BenchSchoolCounts> writeBenchSchool(const QString &path, const Clock &clock, const BenchSize &size,
                                           const std::function<void(int, int)> &progress)
{
    if (auto valid = checkBenchSize(size); !valid)
        return valid.error();
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Bench", "%1 exists already; it is never replaced.")
                                                  .arg(QDir::toNativeSeparators(path)));
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    auto counts = fill(*db, clock, size, progress);
    if (!counts) {
        db->reset();
        QFile::remove(path);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    return counts;
}

} // namespace rr
