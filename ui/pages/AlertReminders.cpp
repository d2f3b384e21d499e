#include "pages/AlertReminders.h"

#include "alerts/AlertSources.h"
#include "alerts/IepAlertSource.h"

namespace rr {

namespace {

ReminderUrgency urgencyOf(AlertUrgency urgency)
{
    switch (urgency) {
    case AlertUrgency::Overdue:
        return ReminderUrgency::Overdue;
    case AlertUrgency::Due:
        return ReminderUrgency::Soon;
    case AlertUrgency::Upcoming:
        break;
    }
    return ReminderUrgency::Info;
}

} // namespace

Result<QList<Reminder>> alertOverviewReminders(const std::shared_ptr<Database> &db, const Clock &clock)
{
    const QString iep = IepAlertSource().area();
    QList<Alert> alerts;
    for (const auto &source : alertSources()) {
        if (source->area() == iep)
            continue;
        auto some = source->alerts(db, clock);
        if (!some)
            return some.error();
        alerts += *some;
    }
    sortAlerts(alerts);
    QList<Reminder> reminders;
    for (const Alert &alert : std::as_const(alerts))
        reminders.append({alert.text, alert.date, urgencyOf(alert.urgency)});
    return reminders;
}

} // namespace rr
