#pragma once
// The overview's list of reminders, most urgent first, with a calm line when
// there is nothing to do.
#include "pages/Reminder.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace rr {

class ReminderList final : public QWidget {
    Q_OBJECT
public:
    explicit ReminderList(QWidget *parent = nullptr);
    void setReminders(QList<Reminder> reminders);
    int count() const;

private:
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace rr
