#pragma once
// A list of audit actions above the field changes of the chosen one. Used by
// the whole trail's screen and by a record's history dialog.
#include "audit/AuditEntry.h"
#include "shell/Session.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace rr {

class AuditChangeModel;
class AuditEntryModel;
class MessageLabel;

class AuditTrailView final : public QWidget {
    Q_OBJECT
public:
    explicit AuditTrailView(Session session, QWidget *parent = nullptr);

    // Entries that carry their changes (a history) show them; others load
    // them from the trail when chosen.
    void setEntries(QList<AuditEntry> entries);
    void selectRow(int row);

    AuditEntryModel *entryModel() const { return m_entries; }
    AuditChangeModel *changeModel() const { return m_changes; }
    QTableView *entryTable() const { return m_entryTable; }
    QTableView *changeTable() const { return m_changeTable; }

private:
    void showEntry(int row);

    Session m_session;
    AuditEntryModel *m_entries = nullptr;
    AuditChangeModel *m_changes = nullptr;
    QTableView *m_entryTable = nullptr;
    QTableView *m_changeTable = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
