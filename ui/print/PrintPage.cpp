#include "print/PrintPage.h"
#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"
#include "common/FileDialogs.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/PageHeader.h"
#include "common/ReadFailure.h"
#include "inspection/InspectionRepository.h"
#include "print/FormListModel.h"
#include "print/FormRenderer.h"
#include "print/forms/FormPeriods.h"
#include "print/PdfExport.h"
#include "rooms/RoomRepository.h"
#include "security/Policy.h"
#include "shell/Area.h"
#include "students/StudentRepository.h"
#include "training/SessionRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

PrintPage::PrintPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_forms = new FormListModel(this);
    m_formTable = new QTableView(this);
    m_formTable->setObjectName(u"formTable"_s);
    makeSortable(m_formTable, m_forms);
    m_formTable->setColumnHidden(FormListModel::Id, true);   // the CLI's code (print ID), not for the screen
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
    m_week = new QComboBox(options);
    m_week->setObjectName(u"weekChoice"_s);
    m_weekLabel = new QLabel(tr("Week"), options);
    m_room = new QComboBox(options);
    m_room->setObjectName(u"roomChoice"_s);
    m_roomLabel = new QLabel(tr("Room"), options);
    m_from = new QDateEdit(options);
    m_from->setObjectName(u"periodFrom"_s);
    m_from->setCalendarPopup(true);
    m_fromLabel = new QLabel(tr("From"), options);
    m_to = new QDateEdit(options);
    m_to->setObjectName(u"periodTo"_s);
    m_to->setCalendarPopup(true);
    m_toLabel = new QLabel(tr("To"), options);
    m_sessionChoice = new QComboBox(options);
    m_sessionChoice->setObjectName(u"sessionChoice"_s);
    m_sessionChoice->setMinimumContentsLength(16);
    m_sessionLabel = new QLabel(tr("Record"), options);
    m_inspection = new QComboBox(options);
    m_inspection->setObjectName(u"inspectionChoice"_s);
    m_inspection->setMinimumContentsLength(16);
    m_inspectionLabel = new QLabel(tr("Inspection"), options);
    const QDate today = m_session.clock->today();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);

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
    m_choices = choices;
    choices->addRow(m_studentLabel, m_student);
    choices->addRow(m_semesterLabel, m_semester);
    choices->addRow(m_weekLabel, m_week);
    choices->addRow(m_roomLabel, m_room);
    choices->addRow(m_inspectionLabel, m_inspection);
    choices->addRow(m_fromLabel, m_from);
    choices->addRow(m_toLabel, m_to);
    choices->addRow(m_sessionLabel, m_sessionChoice);

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
    // The records to choose from are the student's in the period; the weeks those of the semester.
    connect(m_student, &QComboBox::currentIndexChanged, this, [this] {
        reloadSessions();
        applyDefaultPeriod();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { reloadSessions(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { reloadSessions(); });
    connect(m_semester, &QComboBox::currentIndexChanged, this, [this] { reloadWeeks(); });
    connect(m_inspection, &QComboBox::currentIndexChanged, this, [this] { updateChoices(); });

    // Only the forms the account's roles may print (security/Policy.h).
    QList<FormSpec> forms;
    const Policy policy(m_session.db->principal());
    for (const FormSpec &form : allForms())
        if (policy.mayPrintForm(form.id))
            forms.append(form);
    m_forms->setForms(forms);
    m_formTable->resizeColumnsToContents();
    m_formTable->horizontalHeader()->setSectionResizeMode(FormListModel::Title, QHeaderView::Stretch);
    reload();
    if (m_forms->rowCount() > 0)
        m_formTable->selectRow(0);
    updateChoices();
}

void PrintPage::reload()
{
    const auto students = StudentRepository(m_session.db).summaries();
    const SemesterRepository semesters(m_session.db);
    const auto allSemesters = semesters.all();
    const auto current = semesters.current(*m_session.clock);
    for (const Error *failed : {!students ? &students.error() : nullptr, !allSemesters ? &allSemesters.error() : nullptr,
                                !current ? &current.error() : nullptr})
        if (failed) {
            reportReadFailure(this, *failed, m_message);
            break;
        }

    const qint64 student = m_student->currentData().toLongLong();
    m_student->clear();
    for (const StudentSummary &s : students ? *students : QList<StudentSummary>{})
        m_student->addItem(s.name + u"  "_s + classText(s.grade, s.className), s.id);
    if (const int index = m_student->findData(student); index >= 0)
        m_student->setCurrentIndex(index);

    const qint64 semester = m_semester->count() > 0 ? m_semester->currentData().toLongLong()
                                                    : current && *current ? (*current)->id : 0;
    m_semester->clear();
    for (const Semester &s : allSemesters ? *allSemesters : QList<Semester>{})
        m_semester->addItem(s.name, s.id);
    if (const int index = m_semester->findData(semester); index >= 0)
        m_semester->setCurrentIndex(index);

    const qint64 room = m_room->currentData().toLongLong();
    if (const auto rooms = RoomRepository(m_session.db).all()) {
        m_room->clear();
        for (const Room &r : *rooms)
            m_room->addItem(r.name, r.id);
        if (const int index = m_room->findData(room); index >= 0)
            m_room->setCurrentIndex(index);
    } else {
        reportReadFailure(this, rooms.error(), m_message);
    }

    const qint64 inspection = m_inspection->currentData().toLongLong();
    const QSignalBlocker blockInspections(m_inspection);
    if (const auto inspections = InspectionRepository(m_session.db).list()) {
        m_inspection->clear();
        m_inspection->addItem(tr("Inspect the period now"), 0);
        for (const InspectionSummary &i : *inspections)
            m_inspection->addItem(tr("%1: %2 to %3, %n problem(s)", "", i.problems)
                                      .arg(screenDate(i.inspectedOn), screenDate(i.from), screenDate(i.to)),
                                  i.id);
        m_inspection->setCurrentIndex(std::max(0, m_inspection->findData(inspection)));
    } else {
        reportReadFailure(this, inspections.error(), m_message);
    }
    reloadWeeks();
    reloadSessions();
    updateChoices();
}

void PrintPage::reloadWeeks()
{
    const int week = m_week->currentData().toInt();
    const QSignalBlocker block(m_week);
    m_week->clear();
    m_week->addItem(tr("Whole semester"), 0);
    if (m_semester->currentIndex() >= 0) {
        const auto semester = SemesterRepository(m_session.db).byId(m_semester->currentData().toLongLong());
        if (!semester)
            reportReadFailure(this, semester.error(), m_message);
        for (int n = 1; semester && n <= teachingWeekCount(*semester); ++n) {
            const QDate monday = weekStart(*semester, n);
            m_week->addItem(tr("Week %1 (%2 to %3)").arg(n).arg(screenDate(monday), screenDate(monday.addDays(6))), n);
        }
    }
    m_week->setCurrentIndex(std::max(0, m_week->findData(week)));
}

void PrintPage::reloadSessions()
{
    const qint64 chosen = m_sessionChoice->currentData().toLongLong();
    const QSignalBlocker block(m_sessionChoice);
    m_sessionChoice->clear();
    m_sessionChoice->addItem(tr("All records in the period"), 0);
    if (m_student->currentIndex() >= 0 && m_from->date() <= m_to->date()) {
        const auto found = SessionRepository(m_session.db, m_session.clock)
                               .forStudent(m_student->currentData().toLongLong(), m_from->date(), m_to->date());
        if (!found) {
            reportReadFailure(this, found.error(), m_message);
            return;
        }
        const QList<TrainingSession> &sessions = *found;
        // The latest first: the one usually wanted.
        for (auto it = sessions.crbegin(); it != sessions.crend(); ++it)
            m_sessionChoice->addItem(screenDate(it->date) + u" "_s + it->start.toString(u"HH:mm"_s) + u"  "_s
                                         + (it->topic.isEmpty() ? serviceTypeLabel(it->service) : it->topic),
                                     it->id);
    }
    m_sessionChoice->setCurrentIndex(std::max(0, m_sessionChoice->findData(chosen)));
}

void PrintPage::applyDefaultPeriod()
{
    const FormSpec *form = currentForm();
    if (!form || !scopeNeedsPeriod(form->scope))
        return;
    // Records default to the month of the chosen student's latest record, so
    // a new student choice brings its own month; the others once per form.
    const QString key = form->scope == FormScope::StudentPeriod
        ? form->id + u"|"_s + QString::number(m_student->currentData().toLongLong())
        : form->id;
    if (m_periodDefaultsFor == key)
        return;
    m_periodDefaultsFor = key;
    FormContext context{m_session.db, m_session.clock, {}};
    if (const qint64 student = m_student->currentData().toLongLong(); student > 0)
        context.request.studentId = student;
    if (const qint64 room = m_room->currentData().toLongLong(); room > 0)
        context.request.roomId = room;
    const auto period = defaultFormPeriod(context, form->scope);
    if (!period) {
        reportReadFailure(this, period.error(), m_message);
        return;
    }
    setPeriod(period->first, period->second);
}

const FormSpec *PrintPage::currentForm() const
{
    const QModelIndex current = m_formTable->selectionModel()->currentIndex();
    return current.isValid() ? &m_forms->formAt(sourceRow(current)) : nullptr;
}

bool PrintPage::selectForm(const QString &id)
{
    for (int row = 0; row < m_forms->rowCount(); ++row)
        if (m_forms->formAt(row).id == id) {
            m_formTable->selectRow(viewRow(m_formTable, row));
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

bool PrintPage::selectSemester(qint64 semesterId)
{
    const int index = m_semester->findData(semesterId);
    if (index >= 0)
        m_semester->setCurrentIndex(index);
    return index >= 0;
}

bool PrintPage::selectRoom(qint64 roomId)
{
    const int index = m_room->findData(roomId);
    if (index >= 0)
        m_room->setCurrentIndex(index);
    return index >= 0;
}

void PrintPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

bool PrintPage::selectSession(qint64 sessionId)
{
    const int index = m_sessionChoice->findData(sessionId);
    if (index >= 0)
        m_sessionChoice->setCurrentIndex(index);
    return index >= 0;
}

bool PrintPage::selectWeek(int week)
{
    const int index = m_week->findData(week);
    if (index >= 0)
        m_week->setCurrentIndex(index);
    return index >= 0;
}

bool PrintPage::selectInspection(qint64 inspectionId)
{
    const int index = m_inspection->findData(inspectionId);
    if (index >= 0)
        m_inspection->setCurrentIndex(index);
    return index >= 0;
}

void PrintPage::updateChoices()
{
    applyDefaultPeriod();
    const FormSpec *form = currentForm();
    const FormScope scope = form ? form->scope : FormScope::School;
    const bool student = form && scopeNeedsStudent(scope);
    const bool semester = form && scopeNeedsSemester(scope);
    const bool savedInspection = scope == FormScope::Inspection && m_inspection->currentData().toLongLong() > 0;
    const bool period = form && scopeNeedsPeriod(scope) && !savedInspection;
    m_formTitle->setText(form ? form->title : tr("Choose a form on the left."));
    // Whole rows, so hidden ones leave no gaps.
    const QList<std::pair<QWidget *, bool>> shown{
        {m_student, student},
        {m_semester, semester},
        {m_week, form && scope == FormScope::SemesterWeek},
        {m_room, form && scopeNeedsRoom(scope)},
        {m_inspection, form && scope == FormScope::Inspection},
        {m_from, period},
        {m_to, period},
        {m_sessionChoice, form && scope == FormScope::StudentPeriod},
    };
    for (const auto &[field, visible] : shown)
        m_choices->setRowVisible(field, visible);
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
    if (form->scope == FormScope::SemesterWeek && m_week->currentData().toInt() > 0)
        request.teachingWeek = m_week->currentData().toInt();
    if (scopeNeedsRoom(form->scope)) {
        if (m_room->currentIndex() < 0)
            return makeError(ErrorCode::InvalidInput, tr("Add a room in the resource room area first."));
        request.roomId = m_room->currentData().toLongLong();
    }
    if (scopeNeedsPeriod(form->scope)) {
        if (m_from->date() > m_to->date())
            return makeError(ErrorCode::InvalidInput, tr("The period starts after its last day."));
        request.from = m_from->date();
        request.to = m_to->date();
    }
    if (form->scope == FormScope::StudentPeriod && m_sessionChoice->currentData().toLongLong() > 0)
        request.sessionId = m_sessionChoice->currentData().toLongLong();
    if (form->scope == FormScope::Inspection && m_inspection->currentData().toLongLong() > 0) {
        request.inspectionId = m_inspection->currentData().toLongLong();
        request.from.reset();
        request.to.reset();
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
    if (form && scopeNeedsRoom(form->scope) && m_room->currentIndex() >= 0)
        name += u"-"_s + m_room->currentText();
    if (form && scopeNeedsPeriod(form->scope) && !m_from->isHidden())
        name += u"-"_s + m_from->date().toString(u"yyyyMMdd"_s) + u"-"_s + m_to->date().toString(u"yyyyMMdd"_s);
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\s]+"_s), u"_"_s);
    return name + u".pdf"_s;
}

void PrintPage::exportPdf()
{
    m_message->clearMessage();
    if (!currentForm())
        return showProblem(makeError(ErrorCode::InvalidInput, tr("Choose a form first.")));
    QString path = chooseFileToSave(this, tr("Export PDF"), suggestedFileName(), tr("PDF files (*.pdf)"), u"pdf"_s);
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
