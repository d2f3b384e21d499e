#include "ledger/CategoryDialog.h"

#include "common/MessageLabel.h"
#include "ledger/LedgerCategoryRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

CategoryDialog::CategoryDialog(Session session, std::optional<LedgerCategory> existing, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_existing(std::move(existing))
{
    setObjectName(u"categoryDialog"_s);
    setWindowTitle(m_existing ? tr("Edit category") : tr("Add category"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"categoryName"_s);
    m_name->setMaxLength(40);
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"categoryCode"_s);
    m_code->setMaxLength(kCategoryCodeMax);
    m_code->setPlaceholderText(tr("letters, e.g. SJ; empty: made for you"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"categoryKind"_s);
    for (CategoryKind k : allCategoryKinds())
        m_kind->addItem(categoryKindLabel(k), int(k));
    m_kind->setToolTip(tr("Consumables are issued from stock; medicines also carry a batch and an expiry date. The "
                          "kind stays while items use the category."));
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"categoryMessage"_s);
    if (m_existing) {
        m_name->setText(m_existing->name);
        m_code->setText(m_existing->code);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(m_existing->kind))));
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CategoryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CategoryDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Kind"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

LedgerCategory CategoryDialog::category() const
{
    LedgerCategory c = m_existing.value_or(LedgerCategory{});
    c.name = m_name->text().simplified();
    c.code = m_code->text().trimmed().toUpper();
    c.kind = CategoryKind(m_kind->currentData().toInt());
    return c;
}

void CategoryDialog::accept()
{
    const LedgerCategory edited = category();
    LedgerCategoryRepository categories(m_session.db);
    if (!m_existing) {
        auto id = categories.add(edited);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    } else {
        if (auto done = categories.update(edited); !done) {
            m_message->showError(done.error().message);
            return;
        }
        m_savedId = edited.id;
    }
    QDialog::accept();
}

} // namespace rr
