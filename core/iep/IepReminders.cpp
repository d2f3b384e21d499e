#include "iep/IepReminders.h"
#include "calendar/ScreenDate.h"

#include "assessment/AssessmentRepository.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "iep/IepRepository.h"
#include "iep/ObjectiveData.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QList<IepReminder> computeReminders(const ReminderInput &input, const QDate &today)
{
    QHash<qint64, QString> names;
    for (const auto &s : input.students)
        names.insert(s.id, s.name);
    QList<IepReminder> list;
    auto add = [&](ReminderKind kind, qint64 student, const QString &text, const QDate &date) {
        list.append({kind, student, names.value(student), text, date});
    };

    for (const Iep &iep : input.ieps) {
        if (iep.status != IepStatus::Active)
            continue;
        for (const QDate &review : iep.content.reviewDates)
            if (review >= today && review <= today.addDays(kReviewNoticeDays))
                add(ReminderKind::ReviewDue, iep.studentId,
                    QCoreApplication::translate("rr::Iep", "IEP review due on %1.").arg(screenDate(review)), review);
        for (const IepGoal &goal : iep.content.goals)
            for (const IepObjective &obj : goal.objectives)
                if (obj.deadline.isValid() && obj.deadline < today && input.pointCounts.value(obj.id) == 0)
                    add(ReminderKind::ObjectiveWithoutData, iep.studentId,
                        QCoreApplication::translate("rr::Iep", "The objective \"%1\" passed its deadline (%2) without any data.")
                            .arg(obj.behaviour, screenDate(obj.deadline)),
                        obj.deadline);
    }

    if (input.currentSemester) {
        // Evaluated or archived plans of this semester were in effect: no reminder.
        QSet<qint64> covered;
        for (const Iep &iep : input.ieps)
            if (iep.semesterId == input.currentSemester->id && iep.status != IepStatus::Draft)
                covered.insert(iep.studentId);
        for (const auto &s : input.students)
            if (!covered.contains(s.id))
                add(ReminderKind::NoActiveIep, s.id,
                    QCoreApplication::translate("rr::Iep", "No IEP in effect for %1.").arg(input.currentSemester->name),
                    input.currentSemester->start);
    }

    for (const Assessment &a : input.latestAssessments) {
        // Class tests and free-form notes are not re-administered yearly.
        if (a.instrument == Instrument::Academic || a.instrument == Instrument::Custom)
            continue;
        if (a.date.addYears(1) < today)
            add(ReminderKind::AssessmentOutdated, a.studentId,
                QCoreApplication::translate("rr::Iep", "The last %1 is more than a year old (%2).")
                    .arg(instrumentLabel(a.instrument), screenDate(a.date)),
                a.date);
    }
    std::stable_sort(list.begin(), list.end(), [](const IepReminder &a, const IepReminder &b) { return a.date < b.date; });
    return list;
}

namespace {

// The items of the listed students, student by student in the list's order;
// each student's items keep the order they were read in.
template <typename T>
QList<T> inStudentOrder(const QList<T> &items, const QHash<qint64, qsizetype> &position)
{
    QList<T> ordered;
    for (const T &item : items)
        if (position.contains(item.studentId))
            ordered.append(item);
    std::stable_sort(ordered.begin(), ordered.end(), [&](const T &a, const T &b) {
        return position.value(a.studentId) < position.value(b.studentId);
    });
    return ordered;
}

} // namespace

Result<QList<IepReminder>> iepReminders(const std::shared_ptr<Database> &db, const QList<StudentSummary> &students,
                                        const QDate &today)
{
    ReminderInput input;
    QHash<qint64, qsizetype> position;
    for (const StudentSummary &s : students) {
        position.insert(s.id, input.students.size());
        input.students.append({s.id, s.name});
    }
    const auto semester = SemesterRepository(db).containing(today);
    if (!semester)
        return semester.error();
    input.currentSemester = *semester;
    // Three reads for the whole school, instead of three per student and one per objective.
    auto ieps = IepRepository(db).inEffectOrInSemester(input.currentSemester ? input.currentSemester->id : 0);
    if (!ieps)
        return ieps.error();
    auto counts = ObjectiveDataRepository(db).pointCountsInEffect();
    if (!counts)
        return counts.error();
    auto latest = AssessmentRepository(db).latestPerInstrument();
    if (!latest)
        return latest.error();
    input.ieps = inStudentOrder(*ieps, position);
    input.pointCounts = std::move(*counts);
    input.latestAssessments = inStudentOrder(*latest, position);
    return computeReminders(input, today);
}

Result<QList<IepReminder>> iepReminders(const std::shared_ptr<Database> &db, const Clock &clock)
{
    const auto students = StudentRepository(db).summaries();
    if (!students)
        return students.error();
    return iepReminders(db, *students, clock.today());
}

} // namespace rr
