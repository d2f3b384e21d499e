#pragma once
// The small add/edit dialogs of the school's organisation and funding: a
// group member from the staff list, a contact outside the school, a funding
// entry. Each saves on OK in one action; errors stay inside the dialog.
#include "schoolwork/SchoolWork.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;

namespace rr {

class MessageLabel;

// The frame they share: a form, a message line, OK and Cancel.
class SchoolRecordDialog : public QDialog {
    Q_OBJECT
public:
    explicit SchoolRecordDialog(Session session, QWidget *parent);
    qint64 savedId() const { return m_savedId; }
    MessageLabel *message() const { return m_message; }

protected:
    void finishLayout();
    // Shows the error and keeps the dialog open, or closes it.
    void finishSave(const Result<qint64> &saved);

    Session m_session;
    QFormLayout *m_form = nullptr;
    MessageLabel *m_message = nullptr;
    qint64 m_savedId = 0;
};

class GroupMemberDialog final : public SchoolRecordDialog {
    Q_OBJECT
public:
    GroupMemberDialog(Session session, std::optional<GroupMember> existing, QWidget *parent = nullptr);
    void accept() override;
    GroupMember member() const;
    QComboBox *groupCombo() const { return m_group; }
    QComboBox *staffCombo() const { return m_staff; }
    QLineEdit *roleEdit() const { return m_role; }

private:
    std::optional<GroupMember> m_existing;
    QComboBox *m_group = nullptr;
    QComboBox *m_staff = nullptr;
    QLineEdit *m_role = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_ended = nullptr;
    QDateEdit *m_to = nullptr;
};

class PartnerContactDialog final : public SchoolRecordDialog {
    Q_OBJECT
public:
    PartnerContactDialog(Session session, std::optional<SchoolContact> existing, QWidget *parent = nullptr);
    void accept() override;
    SchoolContact contact() const;
    QLineEdit *organisationEdit() const { return m_organisation; }

private:
    std::optional<SchoolContact> m_existing;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_person = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_note = nullptr;
};

class FundingDialog final : public SchoolRecordDialog {
    Q_OBJECT
public:
    FundingDialog(Session session, std::optional<FundingEntry> existing, QWidget *parent = nullptr);
    void accept() override;
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLineEdit *purposeEdit() const { return m_purpose; }

private:
    std::optional<FundingEntry> m_existing;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_purpose = nullptr;
    QLineEdit *m_approval = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace rr
