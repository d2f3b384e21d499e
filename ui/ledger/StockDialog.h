#pragma once
// 入库 (any item) or 领用/出库 (consumables and medicines): how many, why,
// when and by whom; one stock movement.
#include "ledger/LedgerActionDialog.h"

class QSpinBox;

namespace rr {

class StockDialog final : public LedgerActionDialog {
    Q_OBJECT
public:
    enum class Direction { Receive, Issue };
    StockDialog(Session session, LedgerItem item, Direction direction, QWidget *parent = nullptr);
    QSpinBox *quantitySpin() const { return m_quantity; }
    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    Result<void> save() override;

private:
    Direction m_direction;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace rr
