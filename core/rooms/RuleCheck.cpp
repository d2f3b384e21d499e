#include "rooms/RuleCheck.h"
#include "calendar/ScreenDate.h"

#include "calendar/SchoolCalendar.h"

#include <QCoreApplication>

namespace rr {

std::optional<RoomRule> ruleOfKind(const QList<RoomRule> &rules, RuleKind kind)
{
    std::optional<RoomRule> found;
    for (const RoomRule &rule : rules)
        if (rule.kind == kind && (!found || rule.position < found->position))
            found = rule;
    return found;
}

bool teacherRequired(const QList<RoomRule> &rules)
{
    return ruleOfKind(rules, RuleKind::TeacherLeads).has_value();
}

Result<void> checkInstructor(const Room &room, const QList<RoomRule> &rules, qint64 instructorId)
{
    const auto rule = ruleOfKind(rules, RuleKind::TeacherLeads);
    if (!rule || instructorId > 0)
        return {};
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::RoomRules", "In %1 a teacher must lead: \"%2\"")
                         .arg(room.name, rule->text));
}

int studentLimit(const Room &room, const QList<RoomRule> &rules)
{
    int limit = qMax(1, room.capacity);
    for (const RoomRule &rule : rules)
        if (rule.kind == RuleKind::MaxStudents && rule.parameter > 0)
            limit = qMin(limit, rule.parameter);
    return limit;
}

Result<void> checkStudentCount(const Room &room, const QList<RoomRule> &rules, int students)
{
    const int limit = studentLimit(room, rules);
    if (students <= limit)
        return {};
    // Quote the rule that sets the limit; the capacity when no rule is lower.
    std::optional<RoomRule> limiting;
    for (const RoomRule &rule : rules)
        if (rule.kind == RuleKind::MaxStudents && rule.parameter == limit && (!limiting || rule.position < limiting->position))
            limiting = rule;
    if (limiting)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::RoomRules", "%1 students in %2, at most %3: \"%4\"")
                             .arg(students)
                             .arg(room.name)
                             .arg(limit)
                             .arg(limiting->text));
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::RoomRules", "%1 students in %2, which holds %3.")
                         .arg(students)
                         .arg(room.name)
                         .arg(limit));
}

std::optional<int> recordDueDays(const QList<RoomRule> &rules)
{
    std::optional<int> days;
    for (const RoomRule &rule : rules)
        if (rule.kind == RuleKind::RecordDue)
            days = days ? qMin(*days, rule.parameter) : rule.parameter;
    return days;
}

QDate recordDueDate(const QList<RoomRule> &rules, const QDate &usedOn)
{
    const auto days = recordDueDays(rules);
    if (!days || !usedOn.isValid())
        return {};
    return usedOn.addDays(*days);
}

Result<void> checkRecordOnTime(const Room &room, const QList<RoomRule> &rules, const QDate &usedOn, const QDate &today)
{
    const QDate due = recordDueDate(rules, usedOn);
    if (!due.isValid() || today <= due)
        return {};
    const auto rule = ruleOfKind(rules, RuleKind::RecordDue);
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::RoomRules",
                                                 "The record of the use of %1 on %2 was due by %3, %4 days late: \"%5\"")
                         .arg(room.name, screenDate(usedOn), screenDate(due))
                         .arg(daysBetween(due, today))
                         .arg(rule->text));
}

bool handOverRequired(const QList<RoomRule> &rules)
{
    return ruleOfKind(rules, RuleKind::NoLeavingAlone).has_value();
}

Result<void> checkLeaving(const Room &room, const QList<RoomRule> &rules, const QString &handedOverTo)
{
    const auto rule = ruleOfKind(rules, RuleKind::NoLeavingAlone);
    if (!rule || !handedOverTo.trimmed().isEmpty())
        return {};
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::RoomRules",
                                                 "A student leaves %1 only handed over to someone: \"%2\"")
                         .arg(room.name, rule->text));
}

bool lendingAllowed(const QList<RoomRule> &rules)
{
    return !ruleOfKind(rules, RuleKind::NoLending).has_value();
}

Result<void> checkLending(const Room &room, const QList<RoomRule> &rules)
{
    const auto rule = ruleOfKind(rules, RuleKind::NoLending);
    if (!rule)
        return {};
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::RoomRules", "Equipment kept in %1 is not lent out: \"%2\"")
                         .arg(room.name, rule->text));
}

} // namespace rr
