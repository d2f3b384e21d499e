#pragma once
// The student page's 家校联系与心理辅导 tab: the contacts with the family and
// the counselling sessions, each with add, edit, remove and print. The
// counselling list is masked (date, counsellor, that a note exists); a
// session's notes open only in its dialog.
#include "print/FormDocument.h"
#include "common/Result.h"
#include "shell/Session.h"

#include <QList>
#include <QPointer>
#include <utility>
#include <QWidget>

class QDialog;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class ContactListModel;
class CounsellingListModel;
class MessageLabel;

class FamilyPanel final : public QWidget {
    Q_OBJECT
public:
    explicit FamilyPanel(Session session, QWidget *parent = nullptr);
    void setStudent(qint64 studentId);
    void reload();

    void addContact();
    void editContact();
    void removeContact();
    void addCounselling();
    void editCounselling();
    void removeCounselling();
    // "home-visit", "contacts" or "counselling" for this student and the current semester.
    Result<FormDocument> printDocument(const QString &formId) const;
    void print(const QString &formId);

    ContactListModel *contactModel() const { return m_contactModel; }
    CounsellingListModel *counsellingModel() const { return m_counsellingModel; }
    QTableView *contactView() const { return m_contactView; }
    QTableView *counsellingView() const { return m_counsellingView; }
    QDialog *dialog() const { return m_dialog; }   // the add/edit dialog open, if any
    MessageLabel *message() const { return m_message; }
    // Whether the counselling list is shown: only to an account that may read
    // some counselling notes (security/Policy.h); others see a sentence why.
    bool showsCounselling() const;

private:
    void openDialog(QDialog *dialog, const QString &done);
    qint64 selectedId(QTableView *view, int role) const;
    // Enables each button for the account's roles; hides counselling from those who may not see it.
    void applyPolicy();

    Session m_session;
    qint64 m_studentId = 0;
    ContactListModel *m_contactModel = nullptr;
    CounsellingListModel *m_counsellingModel = nullptr;
    QTableView *m_contactView = nullptr;
    QTableView *m_counsellingView = nullptr;
    MessageLabel *m_message = nullptr;
    QGroupBox *m_counselling = nullptr;
    QLabel *m_counsellingWithheld = nullptr;
    QList<std::pair<QPushButton *, QString>> m_policyButtons;   // each with the Action kind it performs
    QPointer<QDialog> m_dialog;
};

} // namespace rr
