#pragma once
// 检查, 保养/维修, 损坏, 调拨 and the 报废 request of one item: the fields of
// its kind and one event written by core, with what follows from it (a
// schedule moved on, the condition, the room). `kinds` with more than one
// entry (保养 and 维修) lets the teacher choose.
#include "ledger/CareSchedule.h"
#include "ledger/ItemEvent.h"
#include "ledger/LedgerActionDialog.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace rr {

class EventDialog final : public LedgerActionDialog {
    Q_OBJECT
public:
    EventDialog(Session session, LedgerItem item, const QList<EventKind> &kinds,
                const QList<CareSchedule> &schedules, QWidget *parent = nullptr);

    EventKind kind() const;
    QComboBox *kindCombo() const { return m_kind; }
    QPlainTextEdit *detailsEdit() const { return m_details; }
    QLineEdit *resultEdit() const { return m_result; }
    QLineEdit *costEdit() const { return m_cost; }
    QLineEdit *responsibleEdit() const { return m_responsible; }
    QLineEdit *compensationEdit() const { return m_compensation; }
    QCheckBox *paidCheck() const { return m_paid; }
    QComboBox *roomCombo() const { return m_room; }
    QSpinBox *quantitySpin() const { return m_quantity; }
    QComboBox *conditionCombo() const { return m_condition; }
    QComboBox *scheduleCombo() const { return m_schedule; }

protected:
    Result<void> save() override;

private:
    void kindChanged();
    void showRow(QWidget *field, bool shown);

    QList<CareSchedule> m_schedules;
    QComboBox *m_kind = nullptr;
    QComboBox *m_schedule = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLineEdit *m_result = nullptr;
    QLineEdit *m_cost = nullptr;
    QLineEdit *m_responsible = nullptr;
    QLineEdit *m_compensation = nullptr;
    QCheckBox *m_paid = nullptr;
    QComboBox *m_room = nullptr;
    QSpinBox *m_quantity = nullptr;
    QComboBox *m_condition = nullptr;
};

} // namespace rr
