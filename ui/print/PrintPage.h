#pragma once
// Printing and reports: choose a form, the student and semester it needs,
// then preview, print or save it as PDF. The same FormDocument goes to every
// output through core's one layout routine (rr::paintForm).
#include "print/FormDocument.h"
#include "shell/Session.h"

#include <QWidget>

class QComboBox;
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
    void showProblem(const Error &error);
    QString suggestedFileName() const;

    Session m_session;
    FormListModel *m_forms = nullptr;
    QTableView *m_formTable = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_studentLabel = nullptr;
    QComboBox *m_student = nullptr;
    QLabel *m_semesterLabel = nullptr;
    QComboBox *m_semester = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
