#include "inspection/Inspection.h"

#include "common/PercentText.h"
#include "inspection/CheckedPeriods.h"
#include "rooms/RuleCheck.h"
#include "training/ServiceDuties.h"

#include <QSet>
#include <algorithm>
#include <tuple>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString shortDate(const QDate &d) { return u"%1月%2日"_s.arg(d.month()).arg(d.day()); }
QString hhmm(const QTime &t) { return t.toString(u"HH:mm"_s); }

// A rule's words inside “…”, without its closing full stop.
QString quoted(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'。') || text.endsWith(u'；'))
        text.chop(1);
    return text;
}

// Service types of a plan, in the plan's order, with their minutes per week added up.
QList<std::pair<ServiceType, int>> serviceMinutes(const Iep &plan)
{
    QList<std::pair<ServiceType, int>> list;
    for (const IepService &service : plan.content.services) {
        auto at = std::find_if(list.begin(), list.end(), [&](const auto &e) { return e.first == service.type; });
        if (at == list.end())
            list.append({service.type, service.minutesPerWeek});
        else
            at->second += service.minutesPerWeek;
    }
    return list;
}

class Checker {
public:
    Checker(const InspectionInput &input, const InspectionRules &rules)
        : in(input), rules(rules), weeks(checkedWeeks(input.semesters, input.from, input.to)),
          months(checkedMonths(input.semesters, input.from, input.to))
    {
        for (const TrainingSession &s : in.sessions)
            if (s.date >= in.from && s.date <= in.to)
                inRange.append(&s);
        QSet<qint64> semesters;
        for (const Semester &s : in.semesters)
            if (s.start <= in.to && s.end >= in.from)
                semesters.insert(s.id);
        for (const Iep &plan : in.ieps)
            if (plan.status != IepStatus::Draft && semesters.contains(plan.semesterId))
                plans.append(&plan);
    }

    void weeklySessions();
    void monthlyCounselling();
    void monthlyFamilyContact();
    void requiredFields();
    void signatures();
    void minutes();
    void unrecordedUse();
    InspectionCounts counts() const;
    QList<InspectionProblem> problems() const;

private:
    QString studentName(qint64 id) const { return in.studentNames.value(id); }
    QString recordWho(const TrainingSession &s) const;
    QList<CheckedWeek> weeksOf(const Iep &plan) const;
    int presentSessions(qint64 student, ServiceType service, const QDate &first, const QDate &last,
                        bool individualOnly) const;
    int minutesDelivered(qint64 student, ServiceType service, const QDate &first, const QDate &last) const;
    qint64 instructorFor(qint64 student, ServiceType service, const QDate &until) const;
    bool recorded(const SlotOccurrence &occ) const;
    void add(ProblemKind kind, const QString &key, qint64 student, qint64 instructor, const QDate &date,
             qint64 session, const QString &message);

    const InspectionInput &in;
    const InspectionRules &rules;
    const QList<CheckedWeek> weeks;
    const QList<CheckedMonth> months;
    QList<const TrainingSession *> inRange;
    QList<const Iep *> plans;
    QList<InspectionProblem> found;
    int occurrencesChecked = 0;
};

QString Checker::recordWho(const TrainingSession &s) const
{
    QStringList names;
    for (const SessionStudent &st : s.students)
        names << studentName(st.studentId);
    if (s.kind == SessionKind::Individual && names.size() == 1)
        return names.first();
    return u"小组（%1）"_s.arg(names.join(u"、"_s));
}

// A student's weeks: those of the plan's semester from the week of its meeting on.
QList<CheckedWeek> Checker::weeksOf(const Iep &plan) const
{
    QList<CheckedWeek> list;
    for (const CheckedWeek &w : weeks)
        if (w.semesterId == plan.semesterId && (!plan.content.meetingDate.isValid() || w.sunday >= plan.content.meetingDate))
            list.append(w);
    return list;
}

int Checker::presentSessions(qint64 student, ServiceType service, const QDate &first, const QDate &last,
                             bool individualOnly) const
{
    int n = 0;
    for (const TrainingSession &s : in.sessions) {
        if (s.service != service || s.date < first || s.date > last)
            continue;
        if (individualOnly && s.kind != SessionKind::Individual)
            continue;
        if (const SessionStudent *st = s.student(student); st && st->present())
            ++n;
    }
    return n;
}

int Checker::minutesDelivered(qint64 student, ServiceType service, const QDate &first, const QDate &last) const
{
    int minutes = 0;
    for (const TrainingSession &s : in.sessions)
        if (s.service == service && s.date >= first && s.date <= last)
            if (const SessionStudent *st = s.student(student))
                minutes += deliveredMinutes(s, *st);
    return minutes;
}

// Who answers for a service not delivered: the instructor of the student's
// latest session of it up to `until`, else of their timetable, else nobody.
qint64 Checker::instructorFor(qint64 student, ServiceType service, const QDate &until) const
{
    qint64 instructor = 0;
    for (const TrainingSession &s : in.sessions)
        if (s.service == service && s.date <= until && s.instructorId > 0 && s.student(student))
            instructor = s.instructorId;
    if (instructor > 0)
        return instructor;
    for (const SlotOccurrence &occ : in.occurrences)
        if (occ.service == service && occ.instructorId > 0 && occ.studentIds.contains(student))
            return occ.instructorId;
    return 0;
}

bool Checker::recorded(const SlotOccurrence &occ) const
{
    return std::any_of(in.sessions.cbegin(), in.sessions.cend(), [&](const TrainingSession &s) {
        if (s.slotId == occ.slotId && s.occurrenceDate == occ.date)
            return true;
        // A record made by hand for the same room and time counts as well.
        return s.roomId == occ.roomId && s.date == occ.date && s.start < occ.end && occ.start < s.end;
    });
}

void Checker::add(ProblemKind kind, const QString &key, qint64 student, qint64 instructor, const QDate &date,
                  qint64 session, const QString &message)
{
    InspectionProblem p;
    p.kind = kind;
    p.key = key;
    p.studentId = student;
    p.studentName = studentName(student);
    p.instructorId = instructor;
    p.instructorName = in.staffNames.value(instructor);
    p.date = date;
    p.sessionId = session;
    p.message = message;
    found.append(p);
}

void Checker::weeklySessions()
{
    for (const Iep *plan : std::as_const(plans)) {
        const qint64 student = plan->studentId;
        for (const auto &[service, minutes] : serviceMinutes(*plan)) {
            if (!isWeeklyService(service))
                continue;
            for (const CheckedWeek &w : weeksOf(*plan)) {
                const int n = presentSessions(student, service, w.monday, w.sunday, false);
                // A week shortened by holidays asks for its share only.
                const int wanted = weekShareCount(rules.sessionsPerWeek, w.schoolDays);
                if (n >= wanted)
                    continue;
                const QString period = u"第%1周（%2—%3）"_s.arg(w.number).arg(shortDate(w.monday), shortDate(w.sunday));
                const QString required = wanted < rules.sessionsPerWeek
                    ? u"本周%1个教学日，应至少%2次"_s.arg(w.schoolDays).arg(wanted)
                    : u"要求每周至少%1次"_s.arg(wanted);
                const QString message = n == 0
                    ? u"%1，%2无%3记录（%4）。"_s.arg(period, studentName(student), serviceTypeChinese(service), required)
                    : u"%1，%2%3仅%4次（%5）。"_s.arg(period, studentName(student), serviceTypeChinese(service))
                          .arg(n)
                          .arg(required);
                add(ProblemKind::WeeklySession,
                    u"weekly|%1|%2|%3"_s.arg(student).arg(serviceTypeKey(service), w.monday.toString(Qt::ISODate)), student,
                    instructorFor(student, service, w.sunday), w.monday, 0, message);
            }
        }
    }
}

void Checker::monthlyCounselling()
{
    for (const Iep *plan : std::as_const(plans)) {
        const auto services = serviceMinutes(*plan);
        if (std::none_of(services.cbegin(), services.cend(), [](const auto &e) { return isMonthlyService(e.first); }))
            continue;
        const qint64 student = plan->studentId;
        for (const CheckedMonth &m : months) {
            if (m.semesterId != plan->semesterId
                || (plan->content.meetingDate.isValid() && m.last < plan->content.meetingDate))
                continue;
            int n = presentSessions(student, ServiceType::Counselling, m.first, m.last, true);
            // A counselling note of a day without a session counts too; with
            // one, it is that meeting's notes.
            QSet<QDate> days;
            for (const TrainingSession &s : in.sessions)
                if (s.service == ServiceType::Counselling && s.date >= m.first && s.date <= m.last && s.student(student))
                    days.insert(s.date);
            for (const DatedRecord &r : in.counsellingRecords)
                if (r.studentId == student && r.date >= m.first && r.date <= m.last && !days.contains(r.date)) {
                    days.insert(r.date);
                    ++n;
                }
            if (n >= rules.counsellingPerMonth)
                continue;
            const QString message = n == 0
                ? u"%1%2月无一对一心理辅导记录（要求每月至少%3次）。"_s.arg(studentName(student)).arg(m.first.month()).arg(rules.counsellingPerMonth)
                : u"%1%2月一对一心理辅导仅%3次，少于每月%4次。"_s.arg(studentName(student))
                      .arg(m.first.month())
                      .arg(n)
                      .arg(rules.counsellingPerMonth);
            add(ProblemKind::MonthlyCounselling, u"counselling|%1|%2"_s.arg(student).arg(m.first.toString(u"yyyy-MM"_s)),
                student, instructorFor(student, ServiceType::Counselling, m.last), m.first, 0, message);
        }
    }
}

void Checker::monthlyFamilyContact()
{
    for (const FamilyShortfall &s : in.familyContactShortfalls)
        add(ProblemKind::MonthlyFamilyContact, u"family|%1|%2"_s.arg(s.studentId).arg(s.month.toString(u"yyyy-MM"_s)), s.studentId,
            s.staffId, s.month, 0, shortfallText(s));
}

void Checker::requiredFields()
{
    for (const TrainingSession *s : std::as_const(inRange))
        for (const SessionStudent &st : s->students) {
            const QList<RecordField> missing = missingRecordFields(*s, st);
            if (missing.isEmpty())
                continue;
            QStringList fields;
            for (RecordField f : missing)
                fields << recordFieldChinese(f);
            add(ProblemKind::MissingFields, u"fields|%1|%2"_s.arg(s->id).arg(st.studentId), st.studentId, s->instructorId,
                s->date, s->id,
                u"%1 %2的%3记录缺少：%4。"_s.arg(shortDate(s->date), studentName(st.studentId),
                                              serviceTypeChinese(s->service), fields.join(u"、"_s)));
        }
}

void Checker::signatures()
{
    for (const TrainingSession *s : std::as_const(inRange)) {
        const int days = recordDueDays(in.rulesByRoom.value(s->roomId)).value_or(rules.signWithinDays);
        const QDate due = s->date.addDays(days);
        const qint64 student = s->kind == SessionKind::Individual && s->students.size() == 1 ? s->students.first().studentId : 0;
        const QString what = u"%1 %2的%3记录"_s.arg(shortDate(s->date), recordWho(*s), serviceTypeChinese(s->service));
        if (s->isSigned() && s->signedAt.date() > due)
            add(ProblemKind::LateSignature, u"late|%1"_s.arg(s->id), student, s->instructorId, s->date, s->id,
                u"%1于%2签字，超过规定的%3天。"_s.arg(what, shortDate(s->signedAt.date())).arg(days));
        else if (!s->isSigned() && in.today > due)
            add(ProblemKind::LateSignature, u"unsigned|%1"_s.arg(s->id), student, s->instructorId, s->date, s->id,
                u"%1未签字（应于%2前签字）。"_s.arg(what, shortDate(due)));
    }
}

void Checker::minutes()
{
    for (const Iep *plan : std::as_const(plans)) {
        const QList<CheckedWeek> planWeeks = weeksOf(*plan);
        if (planWeeks.isEmpty())
            continue;
        const qint64 student = plan->studentId;
        for (const auto &[service, perWeek] : serviceMinutes(*plan)) {
            // Counselling is held to its monthly count instead.
            if (isMonthlyService(service))
                continue;
            // Each week owes its share of school days: holidays are no shortfall.
            int required = 0;
            for (const CheckedWeek &w : planWeeks)
                required += weekShareMinutes(perWeek, w.schoolDays);
            int delivered = 0;
            for (const CheckedWeek &w : planWeeks)
                delivered += minutesDelivered(student, service, w.monday, w.sunday);
            if (required <= 0 || qint64(delivered) * 100 >= qint64(required) * rules.minutesPercent)
                continue;
            add(ProblemKind::ShortMinutes, u"minutes|%1|%2|%3"_s.arg(student).arg(serviceTypeKey(service)).arg(plan->semesterId),
                student, instructorFor(student, service, planWeeks.last().sunday), planWeeks.first().monday, 0,
                u"%1的%2：检查的%3周应完成%4分钟，实际完成%5分钟（%6），低于计划的%7%。"_s.arg(studentName(student), serviceTypeChinese(service))
                    .arg(planWeeks.size())
                    .arg(required)
                    .arg(delivered)
                    .arg(percentText(delivered, required))
                    .arg(rules.minutesPercent));
        }
    }
}

void Checker::unrecordedUse()
{
    // Timetabled sessions up to yesterday: today's may still be written.
    const QDate last = std::min(in.to, in.today.addDays(-1));
    for (const SlotOccurrence &occ : in.occurrences) {
        if (occ.date < in.from || occ.date > last)
            continue;
        ++occurrencesChecked;
        if (recorded(occ))
            continue;
        QStringList names;
        for (qint64 id : occ.studentIds)
            names << studentName(id);
        const QString who = occ.studentIds.size() == 1 ? names.first() : u"小组（%1）"_s.arg(names.join(u"、"_s));
        const QString topic = occ.content.trimmed().isEmpty() ? serviceTypeChinese(occ.service) : occ.content.trimmed();
        add(ProblemKind::UnrecordedUse, u"occurrence|%1|%2"_s.arg(occ.slotId).arg(occ.date.toString(Qt::ISODate)),
            occ.studentIds.size() == 1 ? occ.studentIds.first() : 0, occ.instructorId, occ.date, 0,
            u"%1 %2—%3 %4 %5（%6）排课未见训练记录。"_s.arg(shortDate(occ.date), hhmm(occ.start), hhmm(occ.end),
                                                     in.roomNames.value(occ.roomId), who, topic));
    }
    for (const RoomUsageEntry &e : in.manualUsage) {
        if (e.kind != UsageKind::StudentActivity || e.date < in.from || e.date > in.to)
            continue;
        const auto rule = ruleOfKind(in.rulesByRoom.value(e.roomId), RuleKind::RecordDue);
        if (!rule)
            continue;
        auto sessionFor = [&](qint64 student) {
            return std::any_of(in.sessions.cbegin(), in.sessions.cend(), [&](const TrainingSession &s) {
                return s.roomId == e.roomId && s.date == e.date
                    && (student > 0 ? s.student(student) != nullptr : s.start < e.end && e.start < s.end);
            });
        };
        QStringList missing;
        qint64 only = 0;
        for (qint64 id : e.studentIds)
            if (!sessionFor(id)) {
                missing << studentName(id);
                only = id;
            }
        if (e.studentIds.isEmpty() && e.studentCount > 0 && !sessionFor(0))
            missing << u"%1人"_s.arg(e.studentCount);
        if (missing.isEmpty())
            continue;
        add(ProblemKind::UnrecordedUse, u"usage|%1"_s.arg(e.id), missing.size() == 1 ? only : 0, 0, e.date, 0,
            u"%1 %2—%3 %4 学生活动（%5）无训练记录，未落实“%6”。"_s.arg(shortDate(e.date), hhmm(e.start), hhmm(e.end),
                                                              in.roomNames.value(e.roomId), missing.join(u"、"_s),
                                                              quoted(rule->text)));
    }
}

InspectionCounts Checker::counts() const
{
    InspectionCounts c;
    QSet<qint64> students;
    QSet<qint64> instructors;
    for (const Iep *plan : plans)
        students.insert(plan->studentId);
    for (const TrainingSession *s : inRange) {
        for (const SessionStudent &st : s->students)
            students.insert(st.studentId);
        if (s->instructorId > 0)
            instructors.insert(s->instructorId);
        c.studentRecords += int(s->students.size());
    }
    c.students = int(students.size());
    c.instructors = int(instructors.size());
    c.sessions = int(inRange.size());
    c.weeks = int(weeks.size());
    c.occurrences = occurrencesChecked;
    c.usageEntries = int(std::count_if(in.manualUsage.cbegin(), in.manualUsage.cend(),
                                       [&](const RoomUsageEntry &e) { return e.date >= in.from && e.date <= in.to; }));
    return c;
}

QList<InspectionProblem> Checker::problems() const
{
    QList<InspectionProblem> list = found;
    const QList<ProblemKind> order = allProblemKinds();
    std::stable_sort(list.begin(), list.end(), [&](const InspectionProblem &a, const InspectionProblem &b) {
        return std::tuple(order.indexOf(a.kind), a.date, a.studentName, a.key)
             < std::tuple(order.indexOf(b.kind), b.date, b.studentName, b.key);
    });
    return list;
}

} // namespace

QDate inspectionSessionStart(const QDate &from)
{
    const QDate monday = from.addDays(1 - from.dayOfWeek());
    return std::min(monday, QDate(from.year(), from.month(), 1));
}

InspectionResult inspect(const InspectionInput &input, const InspectionRules &rules)
{
    Checker checker(input, rules);
    if (rules.weeklySessions)
        checker.weeklySessions();
    if (rules.monthlyCounselling)
        checker.monthlyCounselling();
    checker.monthlyFamilyContact();
    if (rules.requiredFields)
        checker.requiredFields();
    if (rules.signedInTime)
        checker.signatures();
    if (rules.deliveredMinutes)
        checker.minutes();
    InspectionResult result;
    result.inspectedOn = input.today;
    result.from = input.from;
    result.to = input.to;
    result.rules = rules;
    if (rules.unrecordedUse)
        checker.unrecordedUse();
    result.counts = checker.counts();
    result.problems = checker.problems();
    result.requirements = inspectionRequirements(result.problems, rules, input.today);
    return result;
}

} // namespace rr
