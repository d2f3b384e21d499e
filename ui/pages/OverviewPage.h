#pragma once
// The first page: the school, the semester and teaching week, the students by
// need, and the reminders of what needs doing.
#include "shell/Session.h"

#include <QWidget>

namespace rr {

class MessageLabel;
class NeedBreakdown;
class PageHeader;
class ReminderList;
class StatCard;

class OverviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(Session session, QWidget *parent = nullptr);
    void reload();

private:
    Session m_session;
    PageHeader *m_header = nullptr;
    MessageLabel *m_message = nullptr;   // a read that failed
    StatCard *m_semester = nullptr;
    StatCard *m_week = nullptr;
    StatCard *m_students = nullptr;
    NeedBreakdown *m_needs = nullptr;
    ReminderList *m_reminders = nullptr;
    ReminderList *m_alerts = nullptr;    // ledger, family and school-work alerts
};

} // namespace rr
