#pragma once
// The frame of every small ledger action (入库, 借出, 检查 …): a title naming
// the item, the action's own fields, the date and who acts (the current user
// unless changed), a message line and OK/Cancel. OK makes the one write of
// the action (save()); core's refusal is shown and the dialog stays open.
#include "common/Result.h"
#include "ledger/LedgerItem.h"
#include "shell/Session.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rr {

class MessageLabel;

class LedgerActionDialog : public QDialog {
    Q_OBJECT
public:
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *personEdit() const { return m_person; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }
    const LedgerItem &item() const { return m_item; }

    void accept() override;

protected:
    // `personLabel` names the role of who acts ("Received by", "Lent by" …).
    LedgerActionDialog(Session session, LedgerItem item, const QString &title, const QString &personLabel,
                       QWidget *parent);
    virtual Result<void> save() = 0;
    QFormLayout *form() const { return m_form; }
    // The date and person rows go last; subclasses add theirs before calling
    // this. An empty `dateLabel` says "Date"; without a person the row is left out.
    void finishForm(const QString &dateLabel = {}, bool withPerson = true);
    QDate date() const;
    QString person() const;

    Session m_session;
    LedgerItem m_item;

private:
    QString m_personLabel;
    QFormLayout *m_form = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_person = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
