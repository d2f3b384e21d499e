#pragma once
// What follows an event later: a 报废 request approved (by whom, when: the
// quantity leaves the stock) or a damage's compensation paid (when).
#include "ledger/ItemEvent.h"
#include "ledger/LedgerActionDialog.h"

namespace rr {

class FollowUpDialog final : public LedgerActionDialog {
    Q_OBJECT
public:
    enum class Step { ApproveScrap, CompensationPaid };
    FollowUpDialog(Session session, LedgerItem item, ItemEvent event, Step step, QWidget *parent = nullptr);

protected:
    Result<void> save() override;

private:
    ItemEvent m_event;
    Step m_step;
};

} // namespace rr
