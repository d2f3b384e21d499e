#include "demo/DemoSessionPlan.h"

#include "calendar/SchoolCalendar.h"
#include "timetable/Occurrences.h"

#include <QSet>
#include <algorithm>
#include <tuple>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

using Fate = PlannedSession::Fate;

PlannedSession fromSlot(const DemoSlot &demo, const QDate &date)
{
    const TimetableSlot &slot = demo.slot;
    PlannedSession s;
    s.date = date;
    s.start = slot.start;
    s.end = slot.end;
    s.roomId = slot.roomId;
    s.instructorId = slot.instructorId;
    s.service = slot.service;
    s.topic = slot.content;
    s.texts = demo.topic;
    for (qint64 id : slot.studentIds)
        s.students.append({id, Attendance::Present, {}});
    return s;
}

bool clashes(const PlannedSession &a, const PlannedSession &b)
{
    if (a.date != b.date || !(a.start < b.end && b.start < a.end))
        return false;
    if (a.instructorId == b.instructorId || a.roomId == b.roomId)
        return true;
    return std::any_of(a.students.cbegin(), a.students.cend(), [&](const PlannedAttendance &x) {
        return std::any_of(b.students.cbegin(), b.students.cend(),
                           [&](const PlannedAttendance &y) { return x.studentId == y.studentId; });
    });
}

QString holidayName(const Semester &semester, const QDate &date)
{
    for (const CalendarDay &day : semester.days)
        if (!day.isWorkday && date >= day.first && date <= day.last)
            return day.name;
    return u"假期"_s;
}

bool hasStudent(const PlannedSession &s, qint64 student)
{
    return std::any_of(s.students.cbegin(), s.students.cend(),
                       [&](const PlannedAttendance &a) { return a.studentId == student; });
}

// Sessions lost to a holiday are made up in the same week: at the slot's own
// time on another school day, else after the last period, where the
// instructor, the room and the students are free. A week that would lose a
// service altogether is made up first.
void addMakeUps(QList<PlannedSession> &sessions, const Semester &semester, const DemoTimetable &timetable,
                const QDate &last)
{
    const int lastWeek = teachingWeek(semester, last);
    for (int week = 1; week <= lastWeek; ++week) {
        const QDate monday = weekStart(semester, week);
        QList<std::pair<bool, const DemoSlot *>> lost;
        for (const DemoSlot &demo : timetable) {
            const QDate day = monday.addDays(demo.slot.weekday - 1);
            if (!semester.contains(day) || day > last || !isHoliday(semester, day))
                continue;
            const bool serviceLeft = std::any_of(sessions.cbegin(), sessions.cend(), [&](const PlannedSession &s) {
                return s.date >= monday && s.date <= monday.addDays(6) && s.service == demo.slot.service
                    && hasStudent(s, demo.slot.studentIds.first());
            });
            lost.append({serviceLeft, &demo});
        }
        std::stable_sort(lost.begin(), lost.end(), [](const auto &a, const auto &b) { return !a.first && b.first; });
        const QList<QDate> days = schoolDays(semester, std::max(monday, semester.start), std::min(monday.addDays(6), last));
        for (const auto &entry : lost) {
            const DemoSlot *demo = entry.second;
            const QDate holiday = monday.addDays(demo->slot.weekday - 1);
            const int minutes = demo->slot.start.secsTo(demo->slot.end) / 60;
            bool placed = false;
            for (const QTime &start : {demo->slot.start, QTime(16, 10), QTime(16, 50)}) {
                for (const QDate &day : days) {
                    PlannedSession s = fromSlot(*demo, day);
                    s.start = start;
                    s.end = start.addSecs(minutes * 60);
                    s.topic = demo->slot.content + u"（%1补训）"_s.arg(holidayName(semester, holiday));
                    if (std::any_of(sessions.cbegin(), sessions.cend(), [&](const PlannedSession &o) { return clashes(o, s); }))
                        continue;
                    sessions.append(s);
                    placed = true;
                    break;
                }
                if (placed)
                    break;
            }
        }
    }
}

// 周宇航's one-to-one counselling with the centre's 周敏: the last Wednesday of
// each month that is a school day, except last month (planted).
void addCounselling(QList<PlannedSession> &sessions, const Semester &semester, const DemoIds &ids, const QDate &last,
                    const QDate &today)
{
    const qint64 student = ids.students.value(u"周宇航"_s);
    const QDate skipped = today.addMonths(-1);
    for (QDate month(semester.start.year(), semester.start.month(), 1); month <= last; month = month.addMonths(1)) {
        if (month.year() == skipped.year() && month.month() == skipped.month())
            continue;
        QDate day(month.year(), month.month(), month.daysInMonth());
        while (day >= month && (day.dayOfWeek() != 3 || !isSchoolDay(semester, day) || !semester.contains(day)))
            day = day.addDays(-1);
        if (day < month || day > last)
            continue;
        PlannedSession s;
        s.date = day;
        s.start = QTime(16, 10);
        s.end = QTime(16, 50);
        s.roomId = ids.rooms.value(u"资源教室"_s);
        s.instructorId = ids.staff.value(u"周敏"_s);
        s.service = ServiceType::Counselling;
        s.topic = u"一对一心理辅导"_s;
        s.texts = DemoTopic::ZhouCounselling;
        s.students = {{student, Attendance::Present, {}}};
        sessions.append(s);
    }
}

class Planter {
public:
    Planter(QList<PlannedSession> &sessions, const DemoIds &ids) : m_sessions(sessions), m_ids(ids) {}

    // The sessions of a student and service in a week, in date order.
    QList<PlannedSession *> of(const QString &student, ServiceType service, int week)
    {
        const qint64 id = m_ids.students.value(student);
        QList<PlannedSession *> list;
        for (PlannedSession &s : m_sessions)
            if (s.week == week && s.service == service && hasStudent(s, id))
                list.append(&s);
        return list;
    }

    void leave(const QString &student, ServiceType service, int week, const QString &reason)
    {
        const QList<PlannedSession *> list = of(student, service, week);
        // Only where another session that week keeps the service going.
        if (week < 1 || list.size() < 2 || list.first()->fate == Fate::Unrecorded)
            return;
        for (PlannedAttendance &a : list.first()->students)
            if (a.studentId == m_ids.students.value(student)) {
                a.attendance = Attendance::Leave;
                a.reason = reason;
            }
    }

private:
    QList<PlannedSession> &m_sessions;
    const DemoIds &m_ids;
};

} // namespace

QList<PlannedSession> planDemoSessions(const Semester &semester, const DemoTimetable &timetable, const DemoIds &ids,
                                       const QDate &today)
{
    const QDate last = std::min(today.addDays(-1), semester.end);
    if (last < semester.start)
        return {};
    QList<TimetableSlot> slotList;
    QHash<qint64, const DemoSlot *> bySlot;
    for (const DemoSlot &demo : timetable) {
        slotList.append(demo.slot);
        bySlot.insert(demo.slot.id, &demo);
    }
    QList<PlannedSession> sessions;
    for (const SlotOccurrence &occ : occurrencesOf(semester, slotList, {}, semester.start, last)) {
        PlannedSession s = fromSlot(*bySlot.value(occ.slotId), occ.date);
        if (occ.slotId > 0) {
            s.slotId = occ.slotId;
            s.occurrenceDate = occ.date;
        }
        sessions.append(s);
    }
    addCounselling(sessions, semester, ids, last, today);
    addMakeUps(sessions, semester, timetable, last);
    for (PlannedSession &s : sessions)
        s.week = teachingWeek(semester, s.date);

    const int week = demoCurrentWeek(semester, today);
    const int lastWeek = teachingWeek(semester, today.addDays(-7));
    // A week without maths tutoring: 杨帆 was away and nobody made it up.
    // Planted once six weeks can be checked, so that the lost week alone
    // does not also cut his minutes below the inspection's 80%.
    const qint64 huang = ids.students.value(u"黄子豪"_s);
    if (week >= 8)
        sessions.removeIf([&](const PlannedSession &s) { return s.week == week - 3 && hasStudent(s, huang); });

    Planter plant(sessions, ids);
    if (lastWeek >= 2) {
        QList<PlannedSession *> wang = plant.of(u"王浩然"_s, ServiceType::IndividualTraining, lastWeek);
        if (wang.size() >= 2) {
            wang.removeIf([](const PlannedSession *s) { return s->slotId <= 0; });
            if (!wang.isEmpty())
                wang.last()->fate = Fate::Unrecorded;
        }
    }
    if (week - 2 >= 2) {
        for (const QString &name : {u"买买提·艾力"_s, u"赵欣怡"_s}) {
            const auto list = plant.of(name, name == u"赵欣怡"_s ? ServiceType::Rehabilitation : ServiceType::SpeechTraining,
                                       week - 2);
            if (!list.isEmpty())
                list.first()->fate = Fate::Unsigned;
        }
    }
    if (week - 4 >= 2)
        if (const auto list = plant.of(u"刘子轩"_s, ServiceType::IndividualTraining, week - 4); !list.isEmpty())
            list.first()->missingResults = true;
    if (week - 5 >= 1)
        if (const auto list = plant.of(u"王浩然"_s, ServiceType::IndividualTraining, week - 5); !list.isEmpty())
            list.first()->amended = true;
    plant.leave(u"张小明"_s, ServiceType::IndividualTraining, week - 6, u"发烧，家长电话请假。"_s);
    plant.leave(u"李思雨"_s, ServiceType::SensoryTraining, week - 7, u"外婆带去医院复诊，家长请假。"_s);
    plant.leave(u"陈佳怡"_s, ServiceType::SpeechTraining, week - 5, u"到医院复查听力，家长请假。"_s);
    plant.leave(u"王浩然"_s, ServiceType::IndividualTraining, week - 8, u"参加学校书法比赛，班主任请假。"_s);

    std::sort(sessions.begin(), sessions.end(), [](const PlannedSession &a, const PlannedSession &b) {
        return std::tuple(a.date, a.start, a.instructorId) < std::tuple(b.date, b.start, b.instructorId);
    });
    QHash<DemoTopic, int> lessons;
    for (PlannedSession &s : sessions)
        s.lesson = lessons[s.texts]++;
    return sessions;
}

std::optional<QList<QDate>> demoProbeDays(const QList<PlannedSession> &plan, qint64 studentId, qint64 instructorId)
{
    QList<QDate> days;
    QSet<int> weeks;
    bool together = false;
    for (const PlannedSession &s : plan) {
        if (s.instructorId != instructorId || !hasStudent(s, studentId))
            continue;
        together = true;
        if (s.fate == Fate::Unrecorded || weeks.contains(s.week))
            continue;
        const auto me = std::find_if(s.students.cbegin(), s.students.cend(),
                                     [&](const PlannedAttendance &a) { return a.studentId == studentId; });
        if (me->attendance != Attendance::Present)
            continue;
        weeks.insert(s.week);
        days.append(s.date);
    }
    if (!together)
        return std::nullopt;
    return days;
}

} // namespace rr
