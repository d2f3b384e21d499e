#include "demo/DemoSchool.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "demo/DemoAccounts.h"
#include "demo/DemoFamily.h"
#include "demo/DemoIeps.h"
#include "demo/DemoLedger.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRecords.h"
#include "demo/DemoSchoolWork.h"
#include "demo/DemoTraining.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "school/CurrentUser.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <vector>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QList<CalendarDay> holidaysOf(const Semester &s)
{
    QList<CalendarDay> days;
    auto add = [&](const QString &name, QDate first, QDate last) {
        if (s.contains(first) && s.contains(last))
            days.append({0, name, first, last, false});
    };
    if (s.kind == SemesterKind::Autumn) {
        add(u"国庆节"_s, QDate(s.schoolYear, 10, 1), QDate(s.schoolYear, 10, 7));
        add(u"元旦"_s, QDate(s.schoolYear + 1, 1, 1), QDate(s.schoolYear + 1, 1, 1));
    } else {
        add(u"清明节"_s, QDate(s.schoolYear + 1, 4, 4), QDate(s.schoolYear + 1, 4, 6));
        add(u"劳动节"_s, QDate(s.schoolYear + 1, 5, 1), QDate(s.schoolYear + 1, 5, 5));
    }
    return days;
}


Result<void> fill(Transaction &tx, const Clock &clock, QList<qint64> *toArchive)
{
    Semester current = suggestedSemester(clock.today());
    Semester previous = previousSemester(current);
    previous.days = holidaysOf(previous);
    current.days = holidaysOf(current);
    auto previousId = SemesterRepository::add(tx, previous);
    if (!previousId)
        return previousId.error();
    previous.id = *previousId;
    auto currentId = SemesterRepository::add(tx, current);
    if (!currentId)
        return currentId.error();
    current.id = *currentId;

    QHash<QString, qint64> staffIds;
    for (const StaffMember &member : demoStaff()) {
        auto id = StaffRepository::add(tx, member);
        if (!id)
            return id.error();
        staffIds.insert(member.name, *id);
    }
    DemoIepSetting iepSetting{{}, {}, current, previous};
    for (const Room &room : demoRooms()) {
        auto id = RoomRepository::add(tx, room);
        if (!id)
            return id.error();
        iepSetting.roomIds.insert(room.name, *id);
    }
    QHash<QString, qint64> studentIds;
    for (Student student : demoStudents(current.schoolYear)) {
        student.headTeacherId = staffIds.value(student.headTeacherName);
        auto id = StudentRepository::add(tx, student);
        if (!id)
            return id.error();
        studentIds.insert(student.name, *id);
        student.id = *id;
        if (student.headTeacherId > 0)
            if (auto led = StaffRepository::addLedClass(tx, student.headTeacherId,
                                                        classText(student.grade, student.className));
                !led)
                return led;
        iepSetting.students.append(student);
    }
    if (auto steps = addDemoLrcSteps(tx, studentIds, current.schoolYear, clock); !steps)
        return steps;
    if (auto files = addDemoArchiveFiles(tx, studentIds, current.schoolYear); !files)
        return files;
    if (auto school = addDemoSchoolWork(tx, staffIds, current, previous, clock.today()); !school)
        return school;
    // The ledger before the training records, which name its equipment.
    if (auto ledger = addDemoLedger(tx, staffIds, iepSetting.roomIds, clock.today()); !ledger)
        return ledger;
    // The timetable and the sessions held come first: objectives measured in
    // sessions take their probes on session dates, and the records write them.
    auto training = DemoTraining::prepare(tx, DemoIds{staffIds, iepSetting.roomIds, studentIds}, current, clock.today());
    if (!training)
        return training.error();
    iepSetting.sessionDays = [&](qint64 student, const QString &responsible) {
        return training->probeDays(student, responsible);
    };
    DemoSessionProbes probes;
    if (auto ieps = addDemoIeps(tx, iepSetting, clock, toArchive, &probes); !ieps)
        return ieps;
    QHash<qint64, QString> headTeachers;
    for (const Student &student : std::as_const(iepSetting.students))
        headTeachers.insert(student.id, student.headTeacherName);
    if (auto records = training->addRecords(tx, probes, headTeachers); !records)
        return records;
    if (auto family = addDemoFamily(tx, DemoIds{staffIds, iepSetting.roomIds, studentIds}, current, clock.today(), training->plan()); !family)
        return family;
    if (auto saved = SettingsRepository::saveProfile(tx, demoProfile(*currentId)); !saved)
        return saved;
    if (auto accounts = addDemoAccounts(tx, staffIds); !accounts)
        return accounts;
    return CurrentUser::set(tx, staffIds.value(demoProfile(0).teacherName));
}

} // namespace

namespace {
QSet<QString> &madeDemoFiles()
{
    static QSet<QString> files;
    return files;
}
} // namespace

Semester previousSemester(const Semester &current)
{
    Semester previous;
    if (current.kind == SemesterKind::Autumn) {
        previous.kind = SemesterKind::Spring;
        previous.schoolYear = current.schoolYear - 1;
        previous.start = QDate(current.schoolYear, 2, 24);
        previous.end = QDate(current.schoolYear, 7, 10);
    } else {
        previous.kind = SemesterKind::Autumn;
        previous.schoolYear = current.schoolYear;
        previous.start = QDate(current.schoolYear, 9, 1);
        previous.end = QDate(current.schoolYear + 1, 1, 20);
    }
    previous.name = defaultSemesterName(previous.schoolYear, previous.kind == SemesterKind::Autumn);
    return previous;
}

Result<void> writeDemoSchool(const QString &path, const Clock &clock)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Demo", "%1 exists already.")
                                                  .arg(QDir::toNativeSeparators(path)));
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    // The school's records are written at the demo's "now" (a record may not be dated after it).
    (*db)->setClock(std::make_shared<FixedClock>(clock.now()));
    QList<qint64> toArchive;
    auto done = (*db)->write({u"demo.create"_s, u"demo school"_s},
                             [&](Transaction &tx) { return fill(tx, clock, &toArchive); });
    // Last semester's plans went through their end-of-semester evaluation.
    if (done)
        done = archiveDemoIeps(*db, toArchive);
    if (!done) {
        db->reset();
        QFile::remove(path);
    }
    return done;
}

Result<QString> temporaryDemoSchool(const Clock &clock)
{
    // Each copy lives until the program exits, so opening the demo again never
    // pulls the file from under a window that still uses the previous copy.
    static std::vector<std::unique_ptr<QTemporaryDir>> folders;
    folders.push_back(std::make_unique<QTemporaryDir>());
    const auto &folder = folders.back();
    if (!folder->isValid())
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Demo", "Could not create a temporary folder for the demo school."));
    const QString path = folder->filePath(u"demo-school.sqlite"_s);
    if (auto written = writeDemoSchool(path, clock); !written)
        return written.error();
    madeDemoFiles().insert(QFileInfo(path).absoluteFilePath());
    return path;
}

bool isTemporaryDemoSchool(const QString &path)
{
    return madeDemoFiles().contains(QFileInfo(path).absoluteFilePath());
}

} // namespace rr
