#pragma once
// Adding or editing a ledger category: its name, the code its automatic
// ledger numbers start with, and its kind (equipment, consumable, medicine).
#include "ledger/LedgerCategory.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace rr {

class MessageLabel;

class CategoryDialog final : public QDialog {
    Q_OBJECT
public:
    CategoryDialog(Session session, std::optional<LedgerCategory> existing, QWidget *parent = nullptr);
    LedgerCategory category() const;
    qint64 savedId() const { return m_savedId; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *kindCombo() const { return m_kind; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }
    void accept() override;

private:
    Session m_session;
    std::optional<LedgerCategory> m_existing;
    qint64 m_savedId = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_kind = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
