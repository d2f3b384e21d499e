#include "print/PrintPage.h"

#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/PageHeader.h"
#include "print/FormListModel.h"
#include "print/FormRenderer.h"
#include "print/PdfExport.h"
#include "school/SettingsRepository.h"
#include "shell/Area.h"
#include "students/StudentRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

PrintPage::PrintPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_forms = new FormListModel(this);
    m_formTable = new QTableView(this);
    m_formTable->setObjectName(u"formTable"_s);
    m_formTable->setModel(m_forms);
    m_formTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_formTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_formTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_formTable->verticalHeader()->hide();
    m_formTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_formTable->horizontalHeader()->setSectionResizeMode(FormListModel::Title, QHeaderView::Stretch);

    auto *options = new QGroupBox(tr("Print"), this);
    m_formTitle = new QLabel(options);
    m_formTitle->setObjectName(u"chosenForm"_s);
    m_formTitle->setWordWrap(true);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);

    m_student = new QComboBox(options);
    m_student->setObjectName(u"studentChoice"_s);
    m_student->setMinimumContentsLength(12);
    m_studentLabel = new QLabel(tr("Student"), options);
    m_semester = new QComboBox(options);
    m_semester->setObjectName(u"semesterChoice"_s);
    m_semesterLabel = new QLabel(tr("Semester"), options);

    m_previewButton = new QPushButton(tr("Preview…"), options);
    m_previewButton->setObjectName(u"previewForm"_s);
    m_printButton = new QPushButton(tr("Print…"), options);
    m_printButton->setObjectName(u"printForm"_s);
    m_pdfButton = new QPushButton(tr("Export PDF…"), options);
    m_pdfButton->setObjectName(u"exportPdf"_s);
    connect(m_previewButton, &QPushButton::clicked, this, &PrintPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &PrintPage::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &PrintPage::exportPdf);

    m_message = new MessageLabel(options);
    m_message->setObjectName(u"printMessage"_s);

    auto *note = new QLabel(tr("Printed forms hold sensitive data of minors: keep paper copies and PDF files "
                               "locked away."),
                            options);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *choices = new QFormLayout;
    choices->addRow(m_studentLabel, m_student);
    choices->addRow(m_semesterLabel, m_semester);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);

    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setSpacing(10);
    optionsLayout->addWidget(m_formTitle);
    optionsLayout->addLayout(choices);
    optionsLayout->addLayout(buttons);
    optionsLayout->addWidget(m_message);
    optionsLayout->addStretch(1);
    optionsLayout->addWidget(note);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_formTable, 3);
    body->addWidget(options, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(areaTitle(Area::Printing), areaPurpose(Area::Printing), this));
    layout->addLayout(body, 1);

    connect(m_formTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_message->clearMessage();
        updateChoices();
    });
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });

    m_forms->setForms(allForms());
    m_formTable->resizeColumnsToContents();
    m_formTable->horizontalHeader()->setSectionResizeMode(FormListModel::Title, QHeaderView::Stretch);
    reload();
    if (m_forms->rowCount() > 0)
        m_formTable->selectRow(0);
    updateChoices();
}

void PrintPage::reload()
{
    const qint64 student = m_student->currentData().toLongLong();
    m_student->clear();
    for (const StudentSummary &s : StudentRepository(m_session.db).summaries())
        m_student->addItem(s.name + u"  "_s + classText(s.grade, s.className), s.id);
    if (const int index = m_student->findData(student); index >= 0)
        m_student->setCurrentIndex(index);

    const qint64 semester = m_semester->count() > 0 ? m_semester->currentData().toLongLong()
                                                    : SettingsRepository(m_session.db).profile().currentSemesterId;
    m_semester->clear();
    for (const Semester &s : SemesterRepository(m_session.db).all())
        m_semester->addItem(s.name, s.id);
    if (const int index = m_semester->findData(semester); index >= 0)
        m_semester->setCurrentIndex(index);
    updateChoices();
}

const FormSpec *PrintPage::currentForm() const
{
    const QModelIndex current = m_formTable->selectionModel()->currentIndex();
    return current.isValid() ? &m_forms->formAt(current.row()) : nullptr;
}

bool PrintPage::selectForm(const QString &id)
{
    for (int row = 0; row < m_forms->rowCount(); ++row)
        if (m_forms->formAt(row).id == id) {
            m_formTable->selectRow(row);
            return true;
        }
    return false;
}

bool PrintPage::selectStudent(qint64 studentId)
{
    const int index = m_student->findData(studentId);
    if (index >= 0)
        m_student->setCurrentIndex(index);
    return index >= 0;
}

void PrintPage::updateChoices()
{
    const FormSpec *form = currentForm();
    const bool student = form && scopeNeedsStudent(form->scope);
    const bool semester = form && scopeNeedsSemester(form->scope);
    m_formTitle->setText(form ? form->title : tr("Choose a form on the left."));
    m_studentLabel->setVisible(student);
    m_student->setVisible(student);
    m_semesterLabel->setVisible(semester);
    m_semester->setVisible(semester);
    for (QPushButton *button : {m_previewButton, m_printButton, m_pdfButton})
        button->setEnabled(form != nullptr);
}

Result<FormDocument> PrintPage::buildDocument() const
{
    const FormSpec *form = currentForm();
    if (!form)
        return makeError(ErrorCode::InvalidInput, tr("Choose a form first."));
    FormRequest request;
    if (scopeNeedsStudent(form->scope)) {
        if (m_student->currentIndex() < 0)
            return makeError(ErrorCode::InvalidInput, tr("There are no students to print this form for yet."));
        request.studentId = m_student->currentData().toLongLong();
    }
    if (scopeNeedsSemester(form->scope)) {
        if (m_semester->currentIndex() < 0)
            return makeError(ErrorCode::InvalidInput, tr("Add a semester in Settings first."));
        request.semesterId = m_semester->currentData().toLongLong();
    }
    return form->build(FormContext{m_session.db, m_session.clock, request});
}

void PrintPage::showProblem(const Error &error)
{
    m_message->showError(error.message);
}

void PrintPage::preview()
{
    m_message->clearMessage();
    auto document = buildDocument();
    if (!document)
        return showProblem(document.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview: %1").arg(document->title));
    std::optional<Error> problem;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (auto painted = paintForm(*document, *target); !painted)
            problem = painted.error();
    });
    dialog.resize(1000, 720);
    dialog.exec();
    if (problem)
        showProblem(*problem);
}

void PrintPage::print()
{
    m_message->clearMessage();
    auto document = buildDocument();
    if (!document)
        return showProblem(document.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(document->title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto painted = paintForm(*document, printer);
    if (!painted)
        return showProblem(painted.error());
    m_message->showInfo(tr("Sent %n page(s) to the printer.", "", *painted));
}

QString PrintPage::suggestedFileName() const
{
    const FormSpec *form = currentForm();
    QString name = form ? form->title : u"form"_s;
    if (form && scopeNeedsStudent(form->scope) && m_student->currentIndex() >= 0)
        name += u"-"_s + m_student->currentText().section(u"  "_s, 0, 0);
    if (form && scopeNeedsSemester(form->scope) && m_semester->currentIndex() >= 0)
        name += u"-"_s + m_semester->currentText();
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\s]+"_s), u"_"_s);
    return name + u".pdf"_s;
}

void PrintPage::exportPdf()
{
    m_message->clearMessage();
    if (!currentForm())
        return showProblem(makeError(ErrorCode::InvalidInput, tr("Choose a form first.")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QDir(folder).filePath(suggestedFileName()),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    exportPdfTo(path);
}

bool PrintPage::exportPdfTo(const QString &path)
{
    auto document = buildDocument();
    if (!document) {
        showProblem(document.error());
        return false;
    }
    auto written = writeFormPdf(*document, path);
    if (!written) {
        showProblem(written.error());
        return false;
    }
    m_message->showInfo(tr("Saved %n page(s) to %1.", "", *written).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace rr
