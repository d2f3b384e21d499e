#include "rooms/ResourceRoomPage.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/PageHeader.h"
#include "plans/TrainingPlanPanel.h"
#include "rooms/RoomsPanel.h"
#include "shell/Area.h"
#include "timetable/TimetablePanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ResourceRoomPage::ResourceRoomPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::ResourceRoom), {}, this);
    m_rooms = new RoomsPanel(m_session, this);
    m_rooms->setObjectName(u"roomsPanel"_s);
    m_timetable = new TimetablePanel(m_session, this);
    m_timetable->setObjectName(u"timetablePanel"_s);
    m_plans = new TrainingPlanPanel(m_session, this);
    m_plans->setObjectName(u"trainingPlanPanel"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"resourceRoomTabs"_s);
    m_tabs->addTab(m_rooms, tr("Rooms"));
    m_tabs->addTab(m_timetable, tr("Timetable"));
    m_tabs->addTab(m_plans, tr("Training plans"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_session.db.get(), &Database::written, this, [this] { refreshHeader(); });
    refreshHeader();
}

void ResourceRoomPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ResourceRoomPage::refreshHeader()
{
    const auto read = SemesterRepository(m_session.db).resolve(std::nullopt, *m_session.clock);
    if (!read) {
        // The header line says why: no current semester, or a read that failed.
        m_header->setSubtitle(read.error().message);
        return;
    }
    const Semester &semester = *read;
    const int week = teachingWeek(semester, m_session.clock->today());
    m_header->setSubtitle(week > 0 ? tr("%1, week %2 of %3").arg(semester.name).arg(week).arg(teachingWeekCount(semester))
                                   : semester.name);
}

} // namespace rr
