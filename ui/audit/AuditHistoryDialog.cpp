#include "audit/AuditHistoryDialog.h"

#include "audit/AuditRepository.h"
#include "audit/AuditTrailView.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

AuditHistoryDialog::AuditHistoryDialog(Session session, QString table, qint64 id, const QString &title, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_table(std::move(table)), m_id(id)
{
    setObjectName(u"auditHistoryDialog"_s);
    setWindowTitle(tr("History: %1").arg(title));
    m_count = new QLabel(this);
    m_count->setObjectName(u"auditHistoryCount"_s);
    m_message = new MessageLabel(this);
    m_trail = new AuditTrailView(m_session, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_message);
    layout->addWidget(m_trail, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    reload();
}

void AuditHistoryDialog::reload()
{
    m_message->clearMessage();
    const auto history = AuditRepository(m_session.db).history(m_table, m_id);
    if (!history) {
        m_count->clear();
        m_trail->setEntries({});
        reportReadFailure(this, history.error(), m_message);
        return;
    }
    m_count->setText(tr("%n action(s), the most recent first.", nullptr, int(history->size())));
    m_trail->setEntries(*history);
    if (!history->isEmpty())
        m_trail->selectRow(0);
}

AuditHistoryDialog *AuditHistoryDialog::show(const Session &session, const QString &table, qint64 id, const QString &title,
                                             QWidget *parent)
{
    if (id <= 0)
        return nullptr;
    auto *dialog = new AuditHistoryDialog(session, table, id, title, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace rr
