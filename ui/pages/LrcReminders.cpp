#include "pages/LrcReminders.h"

#include "calendar/ChineseDate.h"
#include "lrc/LrcRepository.h"

#include <QCoreApplication>

namespace rr {

namespace {
struct LrcReminderText {
    Q_DECLARE_TR_FUNCTIONS(rr::LrcReminders)
};
} // namespace

Result<QList<Reminder>> lrcReminders(const std::shared_ptr<Database> &db, const QDate &today)
{
    const auto pending = LrcRepository(db).pendingReports(today);
    if (!pending)
        return pending.error();
    QList<Reminder> reminders;
    // Only the name: the reminder never says what the student's need is.
    for (const PendingReport &report : *pending) {
        Reminder reminder;
        reminder.due = report.deadline;
        if (report.daysLeft < 0) {
            reminder.text = LrcReminderText::tr("%1: the LRC application is %n day(s) overdue for the report to the "
                                                "centre (due %2).",
                                                nullptr, -report.daysLeft)
                                .arg(report.studentName, chineseDate(report.deadline));
            reminder.urgency = ReminderUrgency::Overdue;
        } else if (report.daysLeft == 0) {
            reminder.text = LrcReminderText::tr("%1: the LRC application must be reported to the centre today.")
                                .arg(report.studentName);
            reminder.urgency = ReminderUrgency::Overdue;
        } else {
            reminder.text = LrcReminderText::tr("%1: %n day(s) left to report the LRC application to the centre "
                                                "(due %2).",
                                                nullptr, report.daysLeft)
                                .arg(report.studentName, chineseDate(report.deadline));
            reminder.urgency = report.daysLeft <= 14 ? ReminderUrgency::Soon : ReminderUrgency::Info;
        }
        reminders.append(reminder);
    }
    return reminders;
}

} // namespace rr
