#include "timetable/Coverage.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterReads.h"
#include "iep/IepRepository.h"
#include "storage/Database.h"
#include "timetable/TimetableRepository.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int StudentCoverage::requiredMinutes() const
{
    int sum = 0;
    for (const ServiceCoverage &s : services)
        sum += s.requiredMinutes;
    return sum;
}

int StudentCoverage::scheduledMinutes() const
{
    int sum = 0;
    for (const ServiceCoverage &s : services)
        sum += s.scheduledMinutes;
    return sum;
}

bool StudentCoverage::shortfall() const
{
    for (const ServiceCoverage &s : services)
        if (s.shortfall())
            return true;
    return false;
}

namespace {

StudentCoverage combine(qint64 studentId, const QMap<ServiceType, int> &scheduled, const QList<IepService> &services)
{
    QMap<ServiceType, int> required;
    for (const IepService &service : services)
        required[service.type] += service.minutesPerWeek;
    StudentCoverage coverage;
    coverage.studentId = studentId;
    for (ServiceType type : allServiceTypes())
        if (required.contains(type))
            coverage.services.append({type, required.value(type), scheduled.value(type)});
    for (ServiceType type : allServiceTypes())
        if (!required.contains(type) && scheduled.value(type) > 0)
            coverage.services.append({type, 0, scheduled.value(type)});
    return coverage;
}

} // namespace

StudentCoverage studentCoverage(qint64 studentId, const QList<TimetableSlot> &slotList, const QList<IepService> &services)
{
    QMap<ServiceType, int> scheduled;
    for (const TimetableSlot &slot : slotList)
        if (slot.studentIds.contains(studentId))
            scheduled[slot.service] += slot.start.secsTo(slot.end) / 60;
    return combine(studentId, scheduled, services);
}

StudentCoverage studentCoverage(qint64 studentId, const QList<SlotOccurrence> &occurrences,
                                const QList<IepService> &services)
{
    QMap<ServiceType, int> scheduled;
    for (const SlotOccurrence &o : occurrences)
        if (o.studentIds.contains(studentId))
            scheduled[o.service] += o.minutes();
    return combine(studentId, scheduled, services);
}

namespace {

struct StudentsOfSemester {
    QList<qint64> ids;                       // by name
    QHash<qint64, QString> names;
    QHash<qint64, Iep> ieps;
};

Result<StudentsOfSemester> studentsOf(const std::shared_ptr<Database> &db, qint64 semesterId)
{
    auto rows = readList(*db,
                         u"SELECT id, name FROM students WHERE id IN ("
                         "SELECT student_id FROM ieps WHERE semester_id = :sem UNION "
                         "SELECT ss.student_id FROM timetable_slot_students ss "
                         "JOIN timetable_slots s ON s.id = ss.slot_id WHERE s.semester_id = :sem) "
                         "ORDER BY name, id"_s,
                         {{":sem", semesterId}},
                         [](const SqlRows &q) { return std::pair{q.value(0).toLongLong(), q.value(1).toString()}; });
    if (!rows)
        return rows.error();
    StudentsOfSemester result;
    for (const auto &[id, name] : std::as_const(*rows)) {
        result.ids.append(id);
        result.names.insert(id, name);
    }
    auto ieps = IepRepository(db).forSemester(semesterId);
    if (!ieps)
        return ieps.error();
    for (const Iep &iep : std::as_const(*ieps))
        result.ieps.insert(iep.studentId, iep);
    return result;
}

template <typename Meetings>
QList<StudentCoverage> report(const StudentsOfSemester &students, const Meetings &meetings)
{
    QList<StudentCoverage> list;
    for (qint64 id : students.ids) {
        const Iep iep = students.ieps.value(id);
        StudentCoverage c = studentCoverage(id, meetings, iep.content.services);
        c.studentName = students.names.value(id);
        c.iepId = iep.id;
        list.append(c);
    }
    return list;
}

} // namespace

Result<QList<StudentCoverage>> CoverageReport::forSemester(qint64 semesterId, const QDate &on) const
{
    auto slotList = TimetableRepository(m_db).slotsOf(semesterId);
    if (!slotList)
        return slotList.error();
    if (on.isValid())
        slotList->removeIf([&](const TimetableSlot &slot) { return !slot.validOn(on); });
    auto students = studentsOf(m_db, semesterId);
    if (!students)
        return students.error();
    return report(*students, *slotList);
}

Result<QList<StudentCoverage>> CoverageReport::forWeek(qint64 semesterId, int teachingWeek) const
{
    auto occurrences = TimetableRepository(m_db).occurrencesOfWeek(semesterId, teachingWeek);
    if (!occurrences)
        return occurrences.error();
    auto students = studentsOf(m_db, semesterId);
    if (!students)
        return students.error();
    const auto semester = semesterById(*m_db, semesterId);
    if (!semester)
        return semester.error();
    auto slotList = TimetableRepository(m_db).slotsOf(semesterId);
    if (!slotList)
        return slotList.error();
    // Lessons that fall on a holiday (or outside the semester) are excused:
    // the IEP's minutes are owed less what the days off took, so a holiday
    // is never a shortfall; a 调休 make-up day adds a school day and owes
    // nothing more. What is left short is the timetable's own gap or a
    // cancelled lesson.
    const QDate monday = weekStart(*semester, teachingWeek);
    QHash<qint64, QMap<ServiceType, int>> excused;
    for (const TimetableSlot &slot : std::as_const(*slotList)) {
        const QDate day = monday.addDays(slot.weekday - 1);
        if (!slot.validOn(day) || (semester->contains(day) && !isHoliday(*semester, day)))
            continue;
        for (qint64 student : slot.studentIds)
            excused[student][slot.service] += slot.start.secsTo(slot.end) / 60;
    }
    QList<StudentCoverage> list = report(*students, *occurrences);
    for (StudentCoverage &c : list)
        for (ServiceCoverage &s : c.services)
            s.requiredMinutes = std::max(0, s.requiredMinutes - excused.value(c.studentId).value(s.service));
    return list;
}

} // namespace rr
