#include "alerts/FamilyAlertSource.h"

#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "family/FamilyChecks.h"

#include <QCoreApplication>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString FamilyAlertSource::area() const
{
    return u"family"_s;
}

namespace {

// Reminding of the current month from its first day would put every
// student on the Today page all month; its last school week is when it matters.
constexpr int kDueNoticeDays = 7;

QString alertText(const FamilyShortfall &s)
{
    // Only the count and the month: what was said is never in an alert.
    if (s.check == FamilyCheck::Contact)
        return s.found == 0 ? QCoreApplication::translate("rr::Family", "No contact with the family in %1/%2 (at least %3 a month).")
                                  .arg(s.month.year())
                                  .arg(s.month.month())
                                  .arg(s.required)
                            : QCoreApplication::translate("rr::Family", "Only %1 contacts with the family in %2/%3 (at least %4 a month).")
                                  .arg(s.found)
                                  .arg(s.month.year())
                                  .arg(s.month.month())
                                  .arg(s.required);
    return s.found == 0 ? QCoreApplication::translate("rr::Family", "No counselling session in %1/%2 (at least %3 a month).")
                              .arg(s.month.year())
                              .arg(s.month.month())
                              .arg(s.required)
                        : QCoreApplication::translate("rr::Family", "Only %1 counselling sessions in %2/%3 (at least %4 a month).")
                              .arg(s.found)
                              .arg(s.month.year())
                              .arg(s.month.month())
                              .arg(s.required);
}

} // namespace

Result<QList<Alert>> FamilyAlertSource::alerts(const std::shared_ptr<Database> &db, const Clock &clock) const
{
    const QDate today = clock.today();
    auto semester = SemesterRepository(db).current(clock);
    if (!semester)
        return semester.error();
    QList<Alert> list;
    // Between semesters there is no month of school to check.
    if (!*semester)
        return list;
    auto shortfalls = familyShortfalls(db, (*semester)->start, std::min(today, (*semester)->end), today);
    if (!shortfalls)
        return shortfalls.error();
    for (const FamilyShortfall &s : std::as_const(*shortfalls)) {
        AlertUrgency urgency = AlertUrgency::Overdue;
        if (!s.ended) {
            if (today.daysTo(s.deadline) > kDueNoticeDays)
                continue;
            urgency = AlertUrgency::Due;
        }
        list << Alert{area(), s.check == FamilyCheck::Contact ? u"monthly-contact"_s : u"monthly-counselling"_s, urgency,
                      s.deadline, s.studentName, alertText(s)};
    }
    return list;
}

} // namespace rr
