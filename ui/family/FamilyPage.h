#pragma once
// The 家校联系 area: the school's contacts with families, filtered by
// semester, month, student and kind, recorded and edited in the contact
// dialog of the student's page; the current semester's monthly check (who is
// short of contact in which month, as core's familyShortfalls finds it); the
// number of contacts a month the school holds itself to; and the printed
// 家校联系记录表 of a student. Counselling is never on this page.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "print/FormDocument.h"
#include "shell/Session.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rr {

class ContactShortfallModel;
class MessageLabel;
class PageHeader;
class SchoolContactListModel;

class FamilyPage final : public QWidget {
    Q_OBJECT
public:
    explicit FamilyPage(Session session, QWidget *parent = nullptr);

    // Reads the filters' choices, the contacts and the monthly check again.
    void reload();

    void addContact();
    void editContact();
    void removeContact();
    void saveRule();
    // The 家校联系记录表 of the chosen student (the student filter, else the
    // selected contact's) for the chosen semester (else the current one).
    Result<FormDocument> printDocument() const;
    void print();

    QComboBox *semesterFilter() const { return m_semester; }
    QComboBox *monthFilter() const { return m_month; }
    QComboBox *studentFilter() const { return m_student; }
    QComboBox *kindFilter() const { return m_kind; }
    SchoolContactListModel *contactModel() const { return m_contactModel; }
    QTableView *contactView() const { return m_contactView; }
    ContactShortfallModel *shortfallModel() const { return m_shortfallModel; }
    QTableView *shortfallView() const { return m_shortfallView; }
    QLabel *checkSummary() const { return m_checkSummary; }
    QSpinBox *perMonthSpin() const { return m_perMonth; }
    QPushButton *saveRuleButton() const { return m_saveRule; }
    QDialog *dialog() const { return m_dialog; }   // the add/edit dialog open, if any
    MessageLabel *message() const { return m_message; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    bool reloadFilters();
    void fillMonths();
    void reloadContacts();
    void reloadCheck();
    qint64 chosenStudent() const;   // the student filter, else the selected contact's student
    qint64 selectedContact() const;
    void openDialog(QDialog *dialog, const QString &done);

    Session m_session;
    bool m_shownOnce = false;
    QList<Semester> m_semesters;        // oldest first, as the semester filter offers them
    QHash<qint64, QString> m_studentNames;
    PageHeader *m_header = nullptr;
    QComboBox *m_semester = nullptr;
    QComboBox *m_month = nullptr;
    QComboBox *m_student = nullptr;
    QComboBox *m_kind = nullptr;
    SchoolContactListModel *m_contactModel = nullptr;
    QTableView *m_contactView = nullptr;
    QLabel *m_contactCount = nullptr;
    ContactShortfallModel *m_shortfallModel = nullptr;
    QTableView *m_shortfallView = nullptr;
    QLabel *m_checkSummary = nullptr;
    QSpinBox *m_perMonth = nullptr;
    QPushButton *m_saveRule = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace rr
