#pragma once
// Below the item list: the selected item's history (stock movements, loans
// and events, newest first) and its recurring inspections and maintenance
// with their next due dates. From here a 报废 request is approved, a damage's
// compensation marked paid, and schedules added or removed.
#include "ledger/CareSchedule.h"
#include "ledger/ItemEvent.h"
#include "ledger/LedgerItem.h"
#include "shell/Session.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace rr {

class MessageLabel;

class ItemHistoryView final : public QWidget {
    Q_OBJECT
public:
    ItemHistoryView(Session session, MessageLabel *message, QWidget *parent = nullptr);

    // Reads the item's history again; a null item (id 0) empties the view.
    void setItem(const LedgerItem &item);
    const QList<CareSchedule> &schedules() const { return m_schedules; }

    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *scheduleTable() const { return m_scheduleTable; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *paidButton() const { return m_paid; }
    QPushButton *addScheduleButton() const { return m_addSchedule; }
    QPushButton *removeScheduleButton() const { return m_removeSchedule; }
    QDialog *dialog() const { return m_dialog; }

    void approveScrap();
    void markPaid();
    void addSchedule();
    void removeSchedule(bool confirm = true);

private:
    void fillHistory();
    void fillSchedules();
    void updateButtons();
    const ItemEvent *selectedEvent() const;
    void openDialog(QDialog *dialog, const QString &done);

    Session m_session;
    MessageLabel *m_message;
    LedgerItem m_item;
    QList<ItemEvent> m_events;
    QList<CareSchedule> m_schedules;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_scheduleTable = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_paid = nullptr;
    QPushButton *m_addSchedule = nullptr;
    QPushButton *m_removeSchedule = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace rr
