#include "pages/OverviewPage.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/PageHeader.h"
#include "common/ReadFailure.h"
#include "pages/AlertReminders.h"
#include "pages/CalendarReminders.h"
#include "pages/IepReminders.h"
#include "pages/LrcReminders.h"
#include "pages/NeedBreakdown.h"
#include "pages/ReminderList.h"
#include "pages/StatCard.h"
#include "school/SettingsRepository.h"
#include "shell/Area.h"
#include "students/StudentRepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
template <typename T>
std::optional<Error> readFailure(const Result<T> &read)
{
    return read ? std::nullopt : std::optional<Error>(read.error());
}
} // namespace

OverviewPage::OverviewPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::Overview), {}, this);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"overviewMessage"_s);

    m_semester = new StatCard(tr("Semester"), this);
    m_semester->setObjectName(u"semesterCard"_s);
    m_week = new StatCard(tr("Teaching week"), this);
    m_week->setObjectName(u"weekCard"_s);
    m_students = new StatCard(tr("Students"), this);
    m_students->setObjectName(u"studentsCard"_s);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(m_semester, 3);
    cards->addWidget(m_week, 2);
    cards->addWidget(m_students, 2);

    auto *needsBox = new QGroupBox(tr("Students by need"), this);
    m_needs = new NeedBreakdown(needsBox);
    auto *needsLayout = new QVBoxLayout(needsBox);
    needsLayout->addWidget(m_needs);

    auto *remindersBox = new QGroupBox(tr("Reminders"), this);
    m_reminders = new ReminderList(remindersBox);
    m_reminders->setObjectName(u"reminders"_s);
    auto *remindersLayout = new QVBoxLayout(remindersBox);
    remindersLayout->addWidget(m_reminders);

    // Equipment, family and school-work alerts under the reminders; the IEP
    // alerts are the IEP reminders above.
    auto *alertsBox = new QGroupBox(tr("Alerts"), this);
    m_alerts = new ReminderList(alertsBox);
    m_alerts->setObjectName(u"alerts"_s);
    m_alerts->setEmptyText(tr("No alerts: no loan or maintenance due, no medicine expiring, no stock below its "
                              "reorder level, no family contact or school work overdue."));
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->addWidget(m_alerts);

    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(remindersBox, 1);
    right->addWidget(alertsBox, 1);

    auto *lower = new QHBoxLayout;
    lower->setSpacing(12);
    lower->addWidget(needsBox, 1);
    lower->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addLayout(cards);
    layout->addLayout(lower, 1);

    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void OverviewPage::reload()
{
    const QDate today = m_session.clock->today();
    const auto profile = SettingsRepository(m_session.db).profile();
    const auto semester = SemesterRepository(m_session.db).current(*m_session.clock);
    const auto students = StudentRepository(m_session.db).summaries();
    const auto lrc = lrcReminders(m_session.db, today);
    const auto alerts = alertOverviewReminders(m_session.db, *m_session.clock);
    // The students already read serve the IEP reminders too.
    const auto ieps = students ? iepOverviewReminders(m_session.db, *students, today) : Result<QList<Reminder>>(students.error());
    // The first read that failed is told; what it would have filled says
    // so instead of showing an empty school.
    for (const std::optional<Error> &failed : {readFailure(profile), readFailure(semester), readFailure(students),
                                               readFailure(lrc), readFailure(ieps), readFailure(alerts)})
        if (failed) {
            reportReadFailure(this, *failed, m_message);
            break;
        }

    QStringList who;
    if (profile && !profile->district.isEmpty())
        who.append(profile->district);
    if (profile && !profile->teacherName.isEmpty())
        who.append(tr("Resource teacher: %1").arg(profile->teacherName));
    m_header->setSubtitle(!profile ? QString()
                                   : profile->schoolName + (who.isEmpty() ? QString() : u"  ·  "_s + who.join(u"  ·  "_s)));

    const QString todayText = chineseDate(today) + u' ' + chineseWeekday(today);
    if (!semester) {
        m_semester->setValue(QStringLiteral("—"), tr("Could not be read."));
        m_week->setValue(QStringLiteral("—"), todayText);
    } else if (*semester) {
        const Semester &current = **semester;
        m_semester->setValue(current.name, tr("%1 to %2").arg(chineseDate(current.start), chineseDate(current.end)));
        const int week = teachingWeek(current, today);
        const int weeks = teachingWeekCount(current);
        if (week > 0)
            m_week->setValue(tr("Week %1 of %2").arg(week).arg(weeks), todayText);
        else
            m_week->setValue(tr("Outside the semester"), todayText);
    } else {
        m_semester->setValue(tr("No current semester"), tr("Choose one in Settings."));
        m_week->setValue(QStringLiteral("—"), chineseDate(today));
    }

    if (students) {
        m_students->setValue(QString::number(students->size()), tr("in the care of the resource room"));
        m_needs->setStudents(*students);
    } else {
        m_students->setValue(QStringLiteral("—"), tr("Could not be read."));
        m_needs->setStudents({});
    }
    QList<Reminder> reminders = calendarReminders(today, semester ? *semester : std::nullopt);
    if (lrc)
        reminders += *lrc;
    if (ieps)
        reminders += *ieps;
    m_reminders->setReminders(reminders, ieps ? QString() : tr("The IEP reminders could not be read."));
    m_alerts->setReminders(alerts ? *alerts : QList<Reminder>{}, alerts ? QString() : tr("The alerts could not be read."));
}

} // namespace rr
