#pragma once
// "End slot": the last day a weekly slot meets. Its meetings up to that day,
// and their records, stay; the repository refuses a day outside its period.
#include "timetable/TimetableSlot.h"

#include <QDialog>

class QDateEdit;

namespace rr {

class SlotEndDialog final : public QDialog {
    Q_OBJECT
public:
    // `suggested`: the day proposed (today), kept inside the slot's period.
    SlotEndDialog(const TimetableSlot &slot, const QString &what, const QDate &suggested, QWidget *parent = nullptr);
    QDate lastDay() const;
    QDateEdit *dateEdit() const { return m_date; }

private:
    QDateEdit *m_date = nullptr;
};

} // namespace rr
