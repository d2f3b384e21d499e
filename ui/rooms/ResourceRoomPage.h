#pragma once
// The resource-room area (资源教室): the functional rooms and their rules,
// the weekly timetable with its conflicts and coverage, and the individual
// training plans, one tab each.
#include "shell/Session.h"

#include <QWidget>

class QTabWidget;

namespace rr {

class PageHeader;
class RoomsPanel;
class TimetablePanel;
class TrainingPlanPanel;

class ResourceRoomPage final : public QWidget {
    Q_OBJECT
public:
    enum Tab { RoomsTab, TimetableTab, PlansTab };

    explicit ResourceRoomPage(Session session, QWidget *parent = nullptr);

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    RoomsPanel *rooms() const { return m_rooms; }
    TimetablePanel *timetable() const { return m_timetable; }
    TrainingPlanPanel *plans() const { return m_plans; }

private:
    void refreshHeader();

    Session m_session;
    PageHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    RoomsPanel *m_rooms = nullptr;
    TimetablePanel *m_timetable = nullptr;
    TrainingPlanPanel *m_plans = nullptr;
};

} // namespace rr
