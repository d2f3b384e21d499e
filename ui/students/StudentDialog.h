#pragma once
// Adds or edits one student: every field of the record, needs and guardians,
// the ID number checked as it is typed (and used to fill birth date and
// gender), certificate problems shown as warnings. One write on OK; nothing
// is written on Cancel; errors stay inside the dialog.
#include "common/Result.h"
#include "shell/Session.h"
#include "students/Student.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;

namespace rr {

class GuardianEditor;
class MessageLabel;
class NeedListEditor;

class StudentDialog final : public QDialog {
    Q_OBJECT
public:
    // `existing` empty: a new student.
    explicit StudentDialog(Session session, std::optional<Student> existing = {}, QWidget *parent = nullptr);
    void accept() override;

    Student student() const;      // what the widgets hold now
    qint64 savedId() const { return m_savedId; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *genderCombo() const { return m_gender; }
    QDateEdit *birthEdit() const { return m_birth; }
    QLineEdit *idEdit() const { return m_idNumber; }
    QLabel *idStatus() const { return m_idStatus; }
    QComboBox *gradeCombo() const { return m_grade; }
    QLineEdit *classEdit() const { return m_className; }
    QComboBox *placementCombo() const { return m_placement; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLabel *certificateWarnings() const { return m_certificateWarnings; }
    NeedListEditor *needEditor() const { return m_needs; }
    GuardianEditor *guardianEditor() const { return m_guardians; }
    QPlainTextEdit *medicalEdit() const { return m_medical; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    QWidget *buildBasicTab();
    QWidget *buildNeedsTab();
    QWidget *buildHistoryTab();
    void setStudent(const Student &student);
    void checkIdNumber();
    void checkCertificate();

    Session m_session;
    qint64 m_id = 0;
    QByteArray m_photo;
    qint64 m_savedId = 0;

    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QDateEdit *m_birth = nullptr;
    QLineEdit *m_ethnicity = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idStatus = nullptr;
    QComboBox *m_grade = nullptr;
    QLineEdit *m_className = nullptr;
    QComboBox *m_headTeacher = nullptr;
    QDateEdit *m_enrolment = nullptr;
    QComboBox *m_placement = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLabel *m_certificateWarnings = nullptr;
    NeedListEditor *m_needs = nullptr;
    GuardianEditor *m_guardians = nullptr;
    QPlainTextEdit *m_family = nullptr;
    QPlainTextEdit *m_growth = nullptr;
    QPlainTextEdit *m_treatment = nullptr;
    QPlainTextEdit *m_medical = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // The staff list could not be read: saving would lose the head teacher.
    std::optional<Error> m_readFailure;
};

} // namespace rr
