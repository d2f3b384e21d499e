#pragma once
// Printing and reports: choose a form and what it needs to be told — the
// student, semester, room, period, teaching week, training record or saved
// inspection — then preview, print or save it as PDF. The same FormDocument
// goes to every output through core's one layout routine (rr::paintForm).
#include "print/FormDocument.h"
#include "shell/Session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class FormListModel;
class MessageLabel;
struct FormSpec;

class PrintPage final : public QWidget {
    Q_OBJECT
public:
    explicit PrintPage(Session session, QWidget *parent = nullptr);

    void reload();
    FormListModel *formModel() const { return m_forms; }
    bool selectForm(const QString &id);
    bool selectStudent(qint64 studentId);
    bool selectSemester(qint64 semesterId);
    bool selectRoom(qint64 roomId);
    void setPeriod(const QDate &from, const QDate &to);
    // One training record of the student's period; 0: all of them.
    bool selectSession(qint64 sessionId);
    // A teaching week of the semester; 0: the whole semester.
    bool selectWeek(int week);
    // A saved inspection; 0: inspect the period now.
    bool selectInspection(qint64 inspectionId);
    const FormSpec *currentForm() const;

    // The document of the chosen form for the chosen student and semester.
    Result<FormDocument> buildDocument() const;
    // Writes the PDF to `path` and reports the outcome on the page.
    bool exportPdfTo(const QString &path);

    void preview();
    void print();
    void exportPdf();   // asks for the file name

private:
    void updateChoices();
    void applyDefaultPeriod();
    void reloadSessions();
    void reloadWeeks();
    void showProblem(const Error &error);
    QString suggestedFileName() const;

    Session m_session;
    FormListModel *m_forms = nullptr;
    QTableView *m_formTable = nullptr;
    QLabel *m_formTitle = nullptr;
    QFormLayout *m_choices = nullptr;
    QLabel *m_studentLabel = nullptr;
    QComboBox *m_student = nullptr;
    QLabel *m_semesterLabel = nullptr;
    QComboBox *m_semester = nullptr;
    QLabel *m_weekLabel = nullptr;
    QComboBox *m_week = nullptr;
    QLabel *m_roomLabel = nullptr;
    QComboBox *m_room = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QComboBox *m_sessionChoice = nullptr;
    QLabel *m_inspectionLabel = nullptr;
    QComboBox *m_inspection = nullptr;
    QString m_periodDefaultsFor;     // the form whose default period is set
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
