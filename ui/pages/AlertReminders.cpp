#include "pages/AlertReminders.h"

#include "alerts/AlertSources.h"
#include "alerts/IepAlertSource.h"

#include <QCoreApplication>

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
    for (const Alert &alert : std::as_const(alerts)) {
        // "张小明：2026年9月无家校联系记录" as the IEP reminders read; a text
        // that names its subject already (an item's name) is left as it is.
        const QString named = alert.subject.section(u' ', -1);
        const bool prefix = !named.isEmpty() && !alert.text.contains(named);
        reminders.append({prefix ? QCoreApplication::translate("rr::OverviewPage", "%1: %2").arg(alert.subject, alert.text)
                                 : alert.text,
                          alert.date, urgencyOf(alert.urgency)});
    }
    return reminders;
}

} // namespace rr
