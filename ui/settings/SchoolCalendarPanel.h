#pragma once
// The "School calendar" tab of Settings: choose a semester, see its teaching
// weeks and its holidays and make-up workdays, add, edit and remove entries,
// and add the statutory holidays that fall inside the semester.
#include "shell/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rr {

class CalendarDayListModel;
class MessageLabel;
class TeachingWeekModel;

class SchoolCalendarPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SchoolCalendarPanel(Session session, QWidget *parent = nullptr);

    void selectSemester(qint64 semesterId);
    qint64 semesterId() const;

    QComboBox *semesterCombo() const { return m_semester; }
    QTableView *dayView() const { return m_dayView; }
    QTableView *weekView() const { return m_weekView; }
    CalendarDayListModel *dayModel() const { return m_days; }
    TeachingWeekModel *weekModel() const { return m_weeks; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *statutoryButton() const { return m_statutory; }
    MessageLabel *message() const { return m_message; }

    void addEntry();
    void editSelected();
    void removeSelected();
    void addStatutory();

private:
    void reloadSemesters();
    void showSemester();
    void updateButtons();
    int selectedRow() const;   // in the model, -1 for none

    Session m_session;
    QComboBox *m_semester = nullptr;
    QLabel *m_summary = nullptr;
    TeachingWeekModel *m_weeks = nullptr;
    QTableView *m_weekView = nullptr;
    CalendarDayListModel *m_days = nullptr;
    QSortFilterProxyModel *m_dayProxy = nullptr;
    QTableView *m_dayView = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_statutory = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
