#pragma once
// Adds or edits one staff member: name, gender, phone, roles (check boxes),
// the classes they lead and teach and their subjects (text lists), the dates
// of service and a note. Errors stay inside the dialog.
#include "shell/Session.h"
#include "staff/StaffMember.h"

#include <QDialog>
#include <QMap>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace rr {

class MessageLabel;

class StaffDialog final : public QDialog {
    Q_OBJECT
public:
    // `existing` empty: a new staff member.
    explicit StaffDialog(Session session, std::optional<StaffMember> existing = {}, QWidget *parent = nullptr);
    void accept() override;

    StaffMember member() const;   // what the widgets hold now
    qint64 savedId() const { return m_savedId; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *genderCombo() const { return m_gender; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QCheckBox *roleCheck(StaffRole role) const { return m_roles.value(role); }
    QLineEdit *classesLedEdit() const { return m_classesLed; }
    QLineEdit *classesTaughtEdit() const { return m_classesTaught; }
    QLineEdit *subjectsEdit() const { return m_subjects; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

    // "三年级2班、四年级1班" → the two classes; 、，, ; and spaces separate.
    static QStringList splitList(const QString &text);

private:
    Session m_session;
    std::optional<StaffMember> m_existing;
    qint64 m_savedId = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_phone = nullptr;
    QMap<StaffRole, QCheckBox *> m_roles;
    QLineEdit *m_classesLed = nullptr;
    QLineEdit *m_classesTaught = nullptr;
    QLineEdit *m_subjects = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPlainTextEdit *m_note = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
