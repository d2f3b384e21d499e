#include "ledger/StockDialog.h"

#include "ledger/StockRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StockDialog::StockDialog(Session session, LedgerItem item, Direction direction, QWidget *parent)
    : LedgerActionDialog(std::move(session), std::move(item),
                         direction == Direction::Receive ? tr("Receive into stock") : tr("Issue from stock"),
                         direction == Direction::Receive ? tr("Received by") : tr("Taken by"), parent),
      m_direction(direction)
{
    setObjectName(direction == Direction::Receive ? u"receiveDialog"_s : u"issueDialog"_s);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"stockQuantity"_s);
    m_quantity->setRange(1, kMaxItemQuantity);
    m_quantity->setSuffix(u" "_s + (m_item.unit.isEmpty() ? u"件"_s : m_item.unit));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"stockReason"_s);
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(direction == Direction::Receive ? tr("bought, donated, returned …")
                                                                 : tr("what for, which class …"));
    form()->addRow(tr("In stock"), new QLabel(QString::number(m_item.quantity), this));
    form()->addRow(tr("Quantity"), m_quantity);
    form()->addRow(tr("Reason"), m_reason);
    finishForm();
}

Result<void> StockDialog::save()
{
    StockRepository stock(m_session.db);
    const QString reason = m_reason->text().trimmed();
    return m_direction == Direction::Receive ? stock.receive(m_item.id, m_quantity->value(), date(), person(), reason)
                                             : stock.issue(m_item.id, m_quantity->value(), date(), person(), reason);
}

} // namespace rr
