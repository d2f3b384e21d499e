#pragma once
// The Room usage tab (资源教室使用登记): every use of a room (or every room)
// over a date range — the training sessions from their records, and the
// visits, parent training, meetings … entered here. Sessions open their
// record; the entries made here are added, edited and removed here.
#include "print/FormDocument.h"
#include "shell/Session.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class MessageLabel;
class RoomUsageModel;
class UsageEntryDialog;

class UsagePanel final : public QWidget {
    Q_OBJECT
public:
    explicit UsagePanel(Session session, QWidget *parent = nullptr);

    void reload();
    void setRange(const QDate &from, const QDate &to);
    bool selectEntry(qint64 entryId);
    qint64 selectedEntryId() const;     // a manual entry; 0 for a session or nothing

    // The buttons' actions.
    void addEntry();
    void editEntry();
    bool removeEntry(bool confirm = true);
    void openRow(int row);
    // The log of the chosen room as printed (资源教室使用登记表); a room must be chosen.
    Result<FormDocument> printDocument() const;
    void print();

    RoomUsageModel *usageModel() const { return m_model; }
    QTableView *usageView() const { return m_view; }
    QComboBox *roomCombo() const { return m_room; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *printButton() const { return m_print; }
    QLabel *countLabel() const { return m_count; }
    MessageLabel *message() const { return m_message; }
    UsageEntryDialog *entryDialog() const;

signals:
    void openRecordRequested(qint64 sessionId);

private:
    void fillRooms();
    void updateButtons();
    void openDialog(UsageEntryDialog *dialog);

    Session m_session;
    RoomUsageModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_room = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_count = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<UsageEntryDialog> m_dialog;
};

} // namespace rr
