#pragma once
// The fields of one semester: name, kind, first and last day, and the
// statutory holidays that fall inside it, offered checked (the teacher
// unticks what the school does not take). Used by the first-run dialog and
// by "Add semester".
#include "calendar/Semester.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace rr {

class CalendarDayListModel;

class SemesterEditor final : public QWidget {
    Q_OBJECT
public:
    explicit SemesterEditor(QWidget *parent = nullptr);

    void setSemester(const Semester &semester);
    Semester semester() const;   // schoolYear follows from kind and start; days: the checked statutory ones

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    CalendarDayListModel *statutoryModel() const { return m_statutory; }
    QTableView *statutoryView() const { return m_statutoryView; }

    static QString kindLabel(SemesterKind kind);

private:
    void updateWeeks();
    void updateStatutory();

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_weeks = nullptr;
    CalendarDayListModel *m_statutory = nullptr;
    QTableView *m_statutoryView = nullptr;
    QLabel *m_statutoryNote = nullptr;
};

} // namespace rr
