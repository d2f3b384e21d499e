#pragma once
// Adding or editing one item of the ledger: every field of the item. A new
// item's number is proposed from its category (KF-007) and may be changed;
// its first quantity is its first 入库, written with it in one action. An
// existing item's quantity is shown, never edited: it changes by movements.
// The medicine fields show for a medicine category, the reorder level for
// consumables and medicines.
#include "ledger/LedgerItem.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rr {

class MessageLabel;

class ItemDialog final : public QDialog {
    Q_OBJECT
public:
    ItemDialog(Session session, std::optional<LedgerItem> existing, QWidget *parent = nullptr);

    LedgerItem item() const;   // as entered (money fields aside)
    qint64 savedId() const { return m_savedId; }

    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *categoryCombo() const { return m_category; }
    QSpinBox *quantitySpin() const { return m_quantity; }
    QLineEdit *priceEdit() const { return m_price; }
    QComboBox *roomCombo() const { return m_room; }
    QComboBox *keeperCombo() const { return m_keeper; }
    QCheckBox *loanableCheck() const { return m_loanable; }
    QGroupBox *medicineBox() const { return m_medicine; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

    void accept() override;

private:
    void categoryChanged();

    Session m_session;
    std::optional<LedgerItem> m_existing;
    qint64 m_savedId = 0;
    QString m_proposedNumber;   // the automatic number last put in the field
    QLineEdit *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_brand = nullptr;
    QLineEdit *m_serial = nullptr;
    QLineEdit *m_unit = nullptr;
    QSpinBox *m_quantity = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QLineEdit *m_price = nullptr;
    QDateEdit *m_purchased = nullptr;
    QLineEdit *m_supplier = nullptr;
    QComboBox *m_funding = nullptr;
    QComboBox *m_room = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_keeper = nullptr;
    QComboBox *m_condition = nullptr;
    QCheckBox *m_loanable = nullptr;
    QGroupBox *m_medicine = nullptr;
    QLineEdit *m_batch = nullptr;
    QDateEdit *m_expiry = nullptr;
    QLineEdit *m_storage = nullptr;
    QLabel *m_reorderLabel = nullptr;
    QSpinBox *m_reorder = nullptr;
    QPlainTextEdit *m_note = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
