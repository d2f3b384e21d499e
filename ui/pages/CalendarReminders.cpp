#include "pages/CalendarReminders.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"

#include <QCoreApplication>

namespace rr {

namespace {
struct CalendarText {
    Q_DECLARE_TR_FUNCTIONS(rr::CalendarReminders)
};

ReminderUrgency urgencyFor(int daysLeft)
{
    return daysLeft <= 0 ? ReminderUrgency::Overdue : daysLeft <= 14 ? ReminderUrgency::Soon : ReminderUrgency::Info;
}
} // namespace

QList<Reminder> calendarReminders(const QDate &today, const std::optional<Semester> &current)
{
    QList<Reminder> reminders;

    const QDate report = nextDeadline(10, 1, today);
    const int daysLeft = daysBetween(today, report);
    reminders.append({daysLeft == 0
                          ? CalendarText::tr("The LRC report to the resource centre is due today.")
                          : CalendarText::tr("%n day(s) left until the LRC report to the resource centre is due (%1).",
                                             nullptr, daysLeft)
                                .arg(chineseDate(report)),
                      report, daysLeft == 0 ? ReminderUrgency::Overdue : urgencyFor(daysLeft)});

    if (!current || !current->contains(today)) {
        reminders.append({CalendarText::tr("Today lies outside the current semester: add the next semester in "
                                           "Settings and make it the current one."),
                          {}, ReminderUrgency::Soon});
    } else {
        const int toEnd = daysBetween(today, current->end);
        if (toEnd <= 21)
            reminders.append({CalendarText::tr("The semester ends in %n day(s): time for the evaluations and "
                                               "the semester summary.",
                                               nullptr, toEnd),
                              current->end, urgencyFor(toEnd)});
    }
    return reminders;
}

} // namespace rr
