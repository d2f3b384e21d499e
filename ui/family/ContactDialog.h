#pragma once
// Records or edits one contact with a student's family. The repository
// validates; its reason shows here and the dialog stays open. Saved means
// committed: the dialog closes only after the write.
#include "family/FamilyContact.h"
#include "shell/Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace rr {

class MessageLabel;
class TimeEdit;

class ContactDialog final : public QDialog {
    Q_OBJECT
public:
    // `contact.id` 0: a new contact of `contact.studentId`, dated today.
    // The staff list fails to read: `error` says why, the dialog is not to be shown.
    ContactDialog(Session session, const FamilyContact &contact, QWidget *parent = nullptr);
    bool loaded() const { return m_loaded; }
    void accept() override;

    FamilyContact contact() const;   // what the widgets hold
    qint64 savedId() const { return m_savedId; }

    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *dateEdit() const { return m_date; }
    TimeEdit *timeEdit() const { return m_time; }
    QComboBox *staffCombo() const { return m_staff; }
    QLineEdit *presentEdit() const { return m_present; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    QPlainTextEdit *viewsEdit() const { return m_views; }
    QPlainTextEdit *followUpEdit() const { return m_followUp; }
    QDateEdit *dueEdit() const { return m_due; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    FamilyContact m_original;
    qint64 m_savedId = 0;
    bool m_loaded = false;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    TimeEdit *m_time = nullptr;
    QComboBox *m_staff = nullptr;
    QLineEdit *m_present = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QPlainTextEdit *m_views = nullptr;
    QPlainTextEdit *m_followUp = nullptr;
    QDateEdit *m_due = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
