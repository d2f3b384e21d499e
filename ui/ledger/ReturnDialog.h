#pragma once
// 归还: one open loan of the item back, on a date, taken by whom, with a note on its state.
#include "ledger/ItemLoan.h"
#include "ledger/LedgerActionDialog.h"

class QComboBox;

namespace rr {

class ReturnDialog final : public LedgerActionDialog {
    Q_OBJECT
public:
    // `loans`: the item's open loans; `loanId` chosen first when given.
    ReturnDialog(Session session, LedgerItem item, const QList<ItemLoan> &loans, qint64 loanId, QWidget *parent = nullptr);
    QComboBox *loanCombo() const { return m_loan; }

protected:
    Result<void> save() override;

private:
    QComboBox *m_loan = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace rr
