#pragma once
// The 借用 tab: the loans of the ledger, open ones by due date (overdue in
// red, due within the reminder days in yellow), or all; an open loan is
// returned from here; the 借用登记表 printed.
#include "ledger/ItemLoan.h"
#include "shell/Session.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rr {

class MessageLabel;

class LoansPanel final : public QWidget {
    Q_OBJECT
public:
    explicit LoansPanel(Session session, QWidget *parent = nullptr);
    void reload();
    void giveBack();

    QTableWidget *table() const { return m_table; }
    QComboBox *scopeCombo() const { return m_scope; }
    QLabel *summary() const { return m_summary; }
    QPushButton *returnButton() const { return m_return; }
    QDialog *dialog() const { return m_dialog; }
    const QList<ItemLoan> &loans() const { return m_loans; }

private:
    void updateButtons();
    const ItemLoan *selectedLoan() const;

    Session m_session;
    QList<ItemLoan> m_loans;
    QComboBox *m_scope = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_return = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace rr
