#include "training/TrainingWarnings.h"
#include "calendar/ScreenDate.h"

#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "iep/IepRepository.h"
#include "inspection/InspectionRules.h"
#include "rooms/RoomRuleRepository.h"
#include "rooms/RuleCheck.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "timetable/TimetableRepository.h"
#include "training/RoomContext.h"
#include "training/ServiceDuties.h"
#include "training/SessionRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString whoOf(const TrainingSession &s, const QHash<qint64, QString> &names)
{
    QStringList list;
    for (const SessionStudent &st : s.students)
        list << names.value(st.studentId);
    return list.join(QCoreApplication::translate("rr::Training", ", "));
}

// A session counts once it has taken place (a later one today is still to come).
bool hasPresentSession(const QList<TrainingSession> &sessions, qint64 student, ServiceType service, const QDate &from,
                       const QDateTime &now, bool individualOnly)
{
    return std::any_of(sessions.cbegin(), sessions.cend(), [&](const TrainingSession &s) {
        const SessionStudent *st = s.student(student);
        const bool happened = s.date < now.date() || (s.date == now.date() && s.end <= now.time());
        return st && st->present() && s.service == service && s.date >= from && happened
            && (!individualOnly || s.kind == SessionKind::Individual);
    });
}

} // namespace

QDate trainingWarningStart(const QDate &today)
{
    return std::min(today.addDays(1 - today.dayOfWeek()), QDate(today.year(), today.month(), 1));
}

QList<TrainingWarning> computeTrainingWarnings(const TrainingWarningInput &in)
{
    const QDate today = in.now.date();
    QList<TrainingWarning> list;

    for (const SlotOccurrence &occ : in.todaysOccurrences) {
        const bool recorded = std::any_of(in.sessions.cbegin(), in.sessions.cend(), [&](const TrainingSession &s) {
            return s.slotId == occ.slotId && s.occurrenceDate == occ.date;
        });
        if (recorded)
            continue;
        QStringList names;
        for (qint64 id : occ.studentIds)
            names << in.studentNames.value(id);
        TrainingWarning w;
        w.kind = TrainingWarningKind::NotYetRecorded;
        w.slotId = occ.slotId;
        w.studentId = occ.studentIds.size() == 1 ? occ.studentIds.first() : 0;
        w.who = names.join(QCoreApplication::translate("rr::Training", ", "));
        w.instructorId = occ.instructorId;
        w.date = occ.date;
        w.text = QCoreApplication::translate("rr::Training", "%1–%2 in %3 with %4: no record yet.")
                     .arg(occ.start.toString(u"HH:mm"_s), occ.end.toString(u"HH:mm"_s), in.roomNames.value(occ.roomId), w.who);
        list.append(w);
    }

    for (const TrainingSession &s : in.unsignedSessions) {
        // A session still running or to come today is not waiting for a signature yet.
        if (s.isSigned() || s.date > today || (s.date == today && s.end > in.now.time()))
            continue;
        const int days = recordDueDays(in.rulesByRoom.value(s.roomId)).value_or(in.defaultSignDays);
        TrainingWarning w;
        w.sessionId = s.id;
        w.studentId = s.students.size() == 1 ? s.students.first().studentId : 0;
        w.who = whoOf(s, in.studentNames);
        w.instructorId = s.instructorId;
        w.date = s.date;
        w.due = s.date.addDays(days);
        const bool overdue = today > w.due;
        w.kind = overdue ? TrainingWarningKind::SignOverdue : TrainingWarningKind::Unsigned;
        w.text = overdue ? QCoreApplication::translate("rr::Training", "The record of %1 (%2) was due to be signed by %3.")
                               .arg(screenDate(s.date), w.who, screenDate(w.due))
                         : QCoreApplication::translate("rr::Training", "The record of %1 (%2) is not signed yet; sign it by %3.")
                               .arg(screenDate(s.date), w.who, screenDate(w.due));
        list.append(w);
    }

    if (in.semester && in.semester->contains(today)) {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        const QDate monthStart(today.year(), today.month(), 1);
        for (const Iep &plan : in.ieps) {
            if (plan.status != IepStatus::Active || plan.semesterId != in.semester->id)
                continue;
            QSet<ServiceType> seen;
            for (const IepService &service : plan.content.services) {
                if (seen.contains(service.type))
                    continue;
                seen.insert(service.type);
                TrainingWarning w;
                w.studentId = plan.studentId;
                w.who = in.studentNames.value(plan.studentId);
                const QString serviceName = serviceTypeLabel(service.type);
                if (isWeeklyService(service.type)
                    && !hasPresentSession(in.sessions, plan.studentId, service.type, monday, in.now, false)) {
                    w.kind = TrainingWarningKind::WeeklyDue;
                    w.date = monday;
                    w.text = QCoreApplication::translate("rr::Training", "%1 has had no %2 session this week yet.")
                                 .arg(w.who, serviceName);
                    list.append(w);
                } else if (isMonthlyService(service.type)
                           && !hasPresentSession(in.sessions, plan.studentId, service.type, monthStart, in.now, true)) {
                    w.kind = TrainingWarningKind::CounsellingDue;
                    w.date = monthStart;
                    w.text = QCoreApplication::translate("rr::Training", "%1 has had no one-to-one counselling this month yet.")
                                 .arg(w.who);
                    list.append(w);
                }
            }
        }
    }

    std::stable_sort(list.begin(), list.end(), [](const TrainingWarning &a, const TrainingWarning &b) {
        const bool ao = a.kind == TrainingWarningKind::SignOverdue;
        const bool bo = b.kind == TrainingWarningKind::SignOverdue;
        return ao != bo ? ao : a.date < b.date;
    });
    return list;
}

Result<QList<TrainingWarning>> trainingWarnings(const std::shared_ptr<Database> &db, const Clock &clock)
{
    TrainingWarningInput in;
    in.now = clock.now();
    const QDate today = in.now.date();
    const auto semester = SemesterRepository(db).containing(today);
    if (!semester)
        return semester.error();
    in.semester = *semester;
    if (in.semester) {
        // Every plan of the semester in one read, then in roster order.
        auto plans = IepRepository(db).forSemester(in.semester->id);
        if (!plans)
            return plans.error();
        QHash<qint64, Iep> planOf;
        for (const Iep &plan : std::as_const(*plans))
            planOf.insert(plan.studentId, plan);
        const auto students = StudentRepository(db).summaries();
        if (!students)
            return students.error();
        for (const StudentSummary &s : *students)
            if (const auto plan = planOf.constFind(s.id); plan != planOf.cend())
                in.ieps.append(*plan);
    }
    const SessionRepository sessions(db);
    auto recent = sessions.between(trainingWarningStart(today), today);
    if (!recent)
        return recent.error();
    in.sessions = *recent;
    auto waiting = sessions.unsignedUntil(today);
    if (!waiting)
        return waiting.error();
    in.unsignedSessions = *waiting;
    auto meetings = TimetableRepository(db).occurrences(today, today);
    if (!meetings)
        return meetings.error();
    in.todaysOccurrences = *meetings;
    auto rules = RoomRuleRepository(db).allByRoom();
    if (!rules)
        return rules.error();
    in.rulesByRoom = *rules;
    const auto names = trainingctx::sessionNames(*db);
    if (!names)
        return names.error();
    in.studentNames = names->students;
    in.roomNames = names->rooms;
    const auto inspection = loadInspectionRules(db);
    if (!inspection)
        return inspection.error();
    in.defaultSignDays = inspection->signWithinDays;
    return computeTrainingWarnings(in);
}

} // namespace rr
