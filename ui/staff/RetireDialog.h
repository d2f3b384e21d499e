#pragma once
// Asks for the day a staff member left and records it. Their name stays in
// every record; the lists of people to choose from no longer offer them.
#include "shell/Session.h"
#include "staff/StaffMember.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;

namespace rr {

class MessageLabel;

class RetireDialog final : public QDialog {
    Q_OBJECT
public:
    RetireDialog(Session session, StaffMember member, QWidget *parent = nullptr);
    void accept() override;

    QDateEdit *dateEdit() const { return m_date; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    StaffMember m_member;
    QDateEdit *m_date = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
