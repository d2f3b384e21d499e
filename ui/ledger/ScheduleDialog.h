#pragma once
// A recurring inspection or maintenance of an item: what, every how many
// days/weeks/months/years, and the first due date.
#include "ledger/LedgerActionDialog.h"

class QComboBox;
class QSpinBox;

namespace rr {

class ScheduleDialog final : public LedgerActionDialog {
    Q_OBJECT
public:
    ScheduleDialog(Session session, LedgerItem item, QWidget *parent = nullptr);
    QLineEdit *taskEdit() const { return m_task; }
    QSpinBox *everySpin() const { return m_every; }
    QComboBox *unitCombo() const { return m_unit; }

protected:
    Result<void> save() override;

private:
    QComboBox *m_kind = nullptr;
    QLineEdit *m_task = nullptr;
    QSpinBox *m_every = nullptr;
    QComboBox *m_unit = nullptr;
};

} // namespace rr
