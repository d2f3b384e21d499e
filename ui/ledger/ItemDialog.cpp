#include "ledger/ItemDialog.h"

#include "common/Money.h"
#include "common/MessageLabel.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerChoices.h"
#include "ledger/LedgerItemRepository.h"
#include "students/OptionalDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ItemDialog::ItemDialog(Session session, std::optional<LedgerItem> existing, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_existing(std::move(existing))
{
    setObjectName(u"ledgerItemDialog"_s);
    setWindowTitle(m_existing ? tr("Edit item") : tr("Add item"));
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"itemDialogMessage"_s);

    auto line = [this](const QString &name, int maxLength) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_number = line(u"itemNumber"_s, 32);
    m_number->setToolTip(tr("Proposed from the category; you may type the school's own number."));
    m_name = line(u"itemName"_s, 100);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"itemCategory"_s);
    m_model = line(u"itemModel"_s, 100);
    m_brand = line(u"itemBrand"_s, 60);
    m_serial = line(u"itemSerial"_s, 60);
    m_unit = line(u"itemUnit"_s, 8);
    m_unit->setPlaceholderText(tr("e.g. 台, 套, 个, 盒"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"itemQuantity"_s);
    m_quantity->setRange(0, kMaxItemQuantity);
    m_quantity->setValue(1);
    m_receivedOn = new QDateEdit(m_session.clock->today(), this);
    m_receivedOn->setObjectName(u"itemReceivedOn"_s);
    m_receivedOn->setCalendarPopup(true);
    m_price = makeYuanEdit(this);
    m_price->setObjectName(u"itemPrice"_s);
    m_purchased = makeOptionalDateEdit(this);
    m_purchased->setObjectName(u"itemPurchased"_s);
    m_supplier = line(u"itemSupplier"_s, 100);
    m_funding = new QComboBox(this);
    m_funding->setObjectName(u"itemFunding"_s);
    m_funding->setEditable(true);
    m_funding->addItems({QString(), u"专项经费"_s, u"公用经费"_s, u"捐赠"_s, u"上级配发"_s});
    m_room = new QComboBox(this);
    m_room->setObjectName(u"itemRoom"_s);
    m_place = line(u"itemPlace"_s, 60);
    m_place->setPlaceholderText(tr("cupboard, shelf …"));
    m_keeper = new QComboBox(this);
    m_keeper->setObjectName(u"itemKeeper"_s);
    m_condition = new QComboBox(this);
    m_condition->setObjectName(u"itemCondition"_s);
    for (ItemCondition c : allItemConditions())
        if (c != ItemCondition::Scrapped || (m_existing && m_existing->isScrapped()))
            m_condition->addItem(itemConditionLabel(c), int(c));
    m_condition->setToolTip(tr("Scrapping is a request that is approved, from the item's actions."));
    m_loanable = new QCheckBox(tr("May be lent"), this);
    m_loanable->setObjectName(u"itemLoanable"_s);
    m_loanable->setChecked(true);
    m_batch = line(u"itemBatch"_s, 40);
    m_expiry = makeOptionalDateEdit(this);
    m_expiry->setObjectName(u"itemExpiry"_s);
    m_storage = line(u"itemStorage"_s, 60);
    m_storage->setPlaceholderText(tr("e.g. 阴凉干燥处, 2–8℃"));
    m_reorder = new QSpinBox(this);
    m_reorder->setObjectName(u"itemReorder"_s);
    m_reorder->setRange(0, kMaxItemQuantity);
    m_reorder->setToolTip(tr("Below this stock an alert asks to reorder; 0: no alert."));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"itemNote"_s);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 2 + 12);

    for (const Result<void> &filled :
         {fillCategoryChoices(m_category, m_session.db, {}), fillRoomChoices(m_room, m_session.db, tr("(no room)")),
          fillStaffChoices(m_keeper, m_session.db, tr("(nobody named)"))})
        if (!filled)
            m_message->showError(filled.error().message);

    // Left: what it is and what it cost; right: where it is and its care.
    auto *what = new QFormLayout;
    what->addRow(tr("Category"), m_category);
    what->addRow(tr("Ledger number"), m_number);
    what->addRow(tr("Name"), m_name);
    what->addRow(tr("Model / spec"), m_model);
    what->addRow(tr("Brand"), m_brand);
    what->addRow(tr("Serial number"), m_serial);
    what->addRow(tr("Unit"), m_unit);
    if (!m_existing) {
        auto *received = new QHBoxLayout;
        received->addWidget(m_quantity);
        received->addWidget(new QLabel(tr("received on"), this));
        received->addWidget(m_receivedOn, 1);
        what->addRow(tr("Quantity"), received);
    } else {
        auto *quantity = new QLabel(tr("%1 (changes only by receiving, issuing, stocktakes and scrapping)")
                                        .arg(m_existing->quantity),
                                    this);
        quantity->setWordWrap(true);
        what->addRow(tr("Quantity"), quantity);
        m_quantity->hide();
        m_receivedOn->hide();
    }
    what->addRow(tr("Unit price"), m_price);
    what->addRow(tr("Purchased on"), m_purchased);
    what->addRow(tr("Supplier"), m_supplier);
    what->addRow(tr("Funding"), m_funding);

    auto *where = new QFormLayout;
    where->addRow(tr("Room"), m_room);
    where->addRow(tr("Place"), m_place);
    where->addRow(tr("Keeper"), m_keeper);
    where->addRow(tr("Condition"), m_condition);
    where->addRow(QString(), m_loanable);
    m_reorderLabel = new QLabel(tr("Reorder level"), this);
    where->addRow(m_reorderLabel, m_reorder);
    m_medicine = new QGroupBox(tr("Medicine"), this);
    m_medicine->setObjectName(u"itemMedicine"_s);
    auto *medicine = new QFormLayout(m_medicine);
    medicine->addRow(tr("Batch"), m_batch);
    medicine->addRow(tr("Expires on"), m_expiry);
    medicine->addRow(tr("Storage"), m_storage);
    auto *right = new QVBoxLayout;
    right->addLayout(where);
    right->addWidget(m_medicine);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(what, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    auto *noteForm = new QFormLayout;
    noteForm->addRow(tr("Note"), m_note);
    layout->addLayout(noteForm);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(820);

    if (m_existing) {
        const LedgerItem &i = *m_existing;
        selectData(m_category, i.categoryId);
        m_number->setText(i.ledgerNo);
        m_name->setText(i.name);
        m_model->setText(i.model);
        m_brand->setText(i.brand);
        m_serial->setText(i.serialNo);
        m_unit->setText(i.unit);
        m_price->setText(formatYuan(i.unitPriceCents));
        setOptionalDate(m_purchased, i.purchaseDate);
        m_supplier->setText(i.supplier);
        m_funding->setCurrentText(i.fundingSource);
        selectData(m_room, i.roomId);
        m_place->setText(i.place);
        selectData(m_keeper, i.keeperId);
        m_condition->setCurrentIndex(qMax(0, m_condition->findData(int(i.condition))));
        m_loanable->setChecked(i.loanable);
        m_batch->setText(i.batch);
        setOptionalDate(m_expiry, i.expiryDate);
        m_storage->setText(i.storageCondition);
        m_reorder->setValue(i.reorderLevel);
        m_note->setPlainText(i.note);
    }
    categoryChanged();
    connect(m_category, &QComboBox::currentIndexChanged, this, &ItemDialog::categoryChanged);
    m_name->setFocus();
}

void ItemDialog::categoryChanged()
{
    const qint64 categoryId = m_category->currentData().toLongLong();
    CategoryKind kind = CategoryKind::Equipment;
    if (categoryId > 0) {
        if (auto category = LedgerCategoryRepository(m_session.db).byId(categoryId))
            kind = category->kind;
        else
            m_message->showError(category.error().message);
    }
    m_medicine->setVisible(kind == CategoryKind::Medicine);
    m_reorderLabel->setVisible(kind != CategoryKind::Equipment);
    m_reorder->setVisible(kind != CategoryKind::Equipment);
    // A number typed by the teacher stays; the proposal follows the category.
    if (categoryId <= 0 || (m_existing && m_existing->categoryId == categoryId))
        return;
    const QString typed = m_number->text().trimmed();
    if (!typed.isEmpty() && typed != m_proposedNumber)
        return;
    auto next = LedgerItemRepository(m_session.db).nextLedgerNumber(categoryId);
    if (!next) {
        m_message->showError(next.error().message);
        return;
    }
    m_proposedNumber = *next;
    m_number->setText(*next);
}

LedgerItem ItemDialog::item() const
{
    LedgerItem i = m_existing.value_or(LedgerItem{});
    i.ledgerNo = m_number->text().trimmed();
    i.name = m_name->text().simplified();
    i.categoryId = m_category->currentData().toLongLong();
    i.model = m_model->text().trimmed();
    i.brand = m_brand->text().trimmed();
    i.serialNo = m_serial->text().trimmed();
    i.unit = m_unit->text().trimmed();
    i.purchaseDate = optionalDate(m_purchased);
    i.supplier = m_supplier->text().trimmed();
    i.fundingSource = m_funding->currentText().trimmed();
    i.roomId = m_room->currentData().toLongLong();
    i.place = m_place->text().trimmed();
    i.keeperId = m_keeper->currentData().toLongLong();
    i.condition = ItemCondition(m_condition->currentData().toInt());
    i.loanable = m_loanable->isChecked();
    const bool medicine = m_medicine->isVisibleTo(this);
    i.batch = medicine ? m_batch->text().trimmed() : QString();
    i.expiryDate = medicine ? optionalDate(m_expiry) : QDate();
    i.storageCondition = medicine ? m_storage->text().trimmed() : QString();
    i.reorderLevel = m_reorder->isVisibleTo(this) ? m_reorder->value() : 0;
    i.note = m_note->toPlainText().trimmed();
    return i;
}

void ItemDialog::accept()
{
    LedgerItem edited = item();
    qint64 price = 0;
    QString problem;
    if (!readYuan(m_price, &price, &problem)) {
        m_message->showError(problem);
        return;
    }
    edited.unitPriceCents = qMax<qint64>(0, price);
    LedgerItemRepository items(m_session.db);
    if (!m_existing) {
        const auto id = items.add(edited, m_quantity->value(), m_receivedOn->date(), currentPersonName(m_session.db));
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    } else {
        if (auto done = items.update(edited); !done) {
            m_message->showError(done.error().message);
            return;
        }
        m_savedId = edited.id;
    }
    QDialog::accept();
}

} // namespace rr
