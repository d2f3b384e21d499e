#pragma once
// The overview's list of reminders, most urgent first, with a calm line when
// there is nothing to do (and all of them could be read).
#include "pages/Reminder.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace rr {

class ReminderList final : public QWidget {
    Q_OBJECT
public:
    explicit ReminderList(QWidget *parent = nullptr);
    // `unread`: why some reminders could not be read; shown under the list
    // instead of the calm line, which would claim there is nothing to do.
    void setReminders(QList<Reminder> reminders, const QString &unread = {});
    int count() const;
    // The calm line when there is nothing (default: "Nothing to remind you of.").
    void setEmptyText(const QString &text);
    QString emptyText() const;
    bool showsEmptyText() const;

private:
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QString m_emptyText;
};

} // namespace rr
