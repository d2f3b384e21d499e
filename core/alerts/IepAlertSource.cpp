#include "alerts/IepAlertSource.h"

#include "common/Clock.h"
#include "iep/IepReminders.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString IepAlertSource::area() const
{
    return u"iep"_s;
}

namespace {

QString kindKey(ReminderKind kind)
{
    switch (kind) {
    case ReminderKind::ReviewDue:
        return u"review-due"_s;
    case ReminderKind::ObjectiveWithoutData:
        return u"objective-without-data"_s;
    case ReminderKind::NoActiveIep:
        return u"no-active-iep"_s;
    case ReminderKind::AssessmentOutdated:
        return u"assessment-outdated"_s;
    }
    return QString();
}

} // namespace

Result<QList<Alert>> IepAlertSource::alerts(const std::shared_ptr<Database> &db, const Clock &clock) const
{
    auto reminders = iepReminders(db, clock);
    if (!reminders)
        return reminders.error();
    const QDate today = clock.today();
    QList<Alert> list;
    for (const IepReminder &r : *reminders) {
        const AlertUrgency urgency = !r.date.isValid() || r.date < today ? AlertUrgency::Overdue
                                   : r.date == today                    ? AlertUrgency::Due
                                                                        : AlertUrgency::Upcoming;
        list << Alert{area(), kindKey(r.kind), urgency, r.date, r.studentName, r.text};
    }
    return list;
}

} // namespace rr
