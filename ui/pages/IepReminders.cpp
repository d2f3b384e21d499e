#include "pages/IepReminders.h"

#include "iep/IepReminders.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
struct IepReminderText {
    Q_DECLARE_TR_FUNCTIONS(rr::IepReminders)
};

constexpr int kNamesListed = 6;
} // namespace

Result<QList<Reminder>> iepOverviewReminders(const std::shared_ptr<Database> &db, const QList<StudentSummary> &students,
                                             const QDate &today)
{
    const auto found = iepReminders(db, students, today);
    if (!found)
        return found.error();
    QList<Reminder> reminders;
    QStringList withoutPlan;
    QDate semesterStart;
    QString withoutPlanText;
    for (const IepReminder &r : *found) {
        if (r.kind == ReminderKind::NoActiveIep) {
            withoutPlan << r.studentName;
            semesterStart = r.date;
            withoutPlanText = r.text;
            continue;
        }
        Reminder reminder;
        reminder.text = IepReminderText::tr("%1: %2").arg(r.studentName, r.text);
        reminder.due = r.date;
        switch (r.kind) {
        case ReminderKind::ReviewDue:
            reminder.urgency = r.date <= today ? ReminderUrgency::Overdue : ReminderUrgency::Soon;
            break;
        case ReminderKind::ObjectiveWithoutData: reminder.urgency = ReminderUrgency::Overdue; break;
        case ReminderKind::AssessmentOutdated: reminder.urgency = ReminderUrgency::Info; break;
        case ReminderKind::NoActiveIep: break;
        }
        reminders.append(reminder);
    }
    if (!withoutPlan.isEmpty()) {
        Reminder reminder;
        reminder.due = semesterStart.addDays(kIepGraceDays);
        reminder.urgency = today > reminder.due ? ReminderUrgency::Overdue : ReminderUrgency::Soon;
        if (withoutPlan.size() == 1) {
            reminder.text = IepReminderText::tr("%1: %2").arg(withoutPlan.constFirst(), withoutPlanText);
        } else {
            QStringList names = withoutPlan.mid(0, kNamesListed);
            if (withoutPlan.size() > kNamesListed)
                names << u"…"_s;
            reminder.text = IepReminderText::tr("%n student(s) have no IEP in effect this semester: %1", nullptr,
                                                int(withoutPlan.size()))
                                .arg(names.join(IepReminderText::tr(", ")));
        }
        reminders.append(reminder);
    }
    return reminders;
}

} // namespace rr
