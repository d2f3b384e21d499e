#pragma once
// Adds or edits one entry of the school calendar: a holiday range, or a
// make-up workday (调休上班). The repository validates; its message shows here.
#include "calendar/Semester.h"
#include "shell/Session.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace rr {

class MessageLabel;

class CalendarDayDialog final : public QDialog {
    Q_OBJECT
public:
    // `day.id` 0: a new entry, prefilled with `day`'s dates.
    CalendarDayDialog(Session session, const Semester &semester, const CalendarDay &day, QWidget *parent = nullptr);
    void accept() override;   // saves; stays open with the reason when refused

    CalendarDay day() const;  // what the widgets hold
    qint64 savedId() const { return m_savedId; }

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *firstEdit() const { return m_first; }
    QDateEdit *lastEdit() const { return m_last; }
    QCheckBox *workdayBox() const { return m_workday; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    Semester m_semester;
    CalendarDay m_original;
    qint64 m_savedId = 0;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QCheckBox *m_workday = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
