#pragma once
// 借出: to a serving staff member until a due date. A room whose rules forbid
// lending (个训室：不得带离该室) is refused by core, quoting the rule.
#include "ledger/LedgerActionDialog.h"

class QComboBox;
class QSpinBox;

namespace rr {

class LoanDialog final : public LedgerActionDialog {
    Q_OBJECT
public:
    LoanDialog(Session session, LedgerItem item, QWidget *parent = nullptr);
    QComboBox *borrowerCombo() const { return m_borrower; }
    QDateEdit *dueEdit() const { return m_due; }
    QSpinBox *quantitySpin() const { return m_quantity; }
    qint64 savedId() const { return m_savedId; }

protected:
    Result<void> save() override;

private:
    QComboBox *m_borrower = nullptr;
    QSpinBox *m_quantity = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_purpose = nullptr;
    qint64 m_savedId = 0;
};

} // namespace rr
