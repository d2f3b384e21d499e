#include "iep/IepPage.h"
#include "common/SortProxy.h"

#include "assessment/AssessmentPanel.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/PageHeader.h"
#include "common/ReadFailure.h"
#include "goalbank/GoalDomain.h"
#include "iep/EvaluationDialog.h"
#include "iep/IepContentText.h"
#include "iep/IepEditorDialog.h"
#include "iep/IepRepository.h"
#include "iep/IepStudentListModel.h"
#include "iep/ObjectiveDataPanel.h"
#include "iep/ObjectiveTableModel.h"
#include "iep/ProgressChartWidget.h"
#include "iep/RevisionHistoryDialog.h"
#include "rooms/RoomRepository.h"
#include "school/CurrentUser.h"
#include "shell/Area.h"
#include "students/StudentRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    makeSortable(table, model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

qint64 selectedId(const QTableView *table, int role)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(role).toLongLong();
}

} // namespace

IepPage::IepPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::Ieps), {}, this);

    m_students = new IepStudentListModel(this);
    m_studentTable = makeTable(m_students, u"iepStudentTable"_s, this);
    m_studentTable->setWordWrap(false);
    m_studentTable->horizontalHeader()->setStretchLastSection(true);

    m_studentTitle = new QLabel(this);
    m_studentTitle->setObjectName(u"iepStudentTitle"_s);
    QFont titleFont = m_studentTitle->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_studentTitle->setFont(titleFont);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"iepPageMessage"_s);

    // No plan yet: say so, and offer the two ways to start one.
    m_noIepPage = new QWidget(this);
    m_noIep = new QLabel(m_noIepPage);
    m_noIep->setObjectName(u"noIepLabel"_s);
    m_noIep->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_noIep->setWordWrap(true);
    m_newIep = new QPushButton(tr("New IEP"), m_noIepPage);
    m_newIep->setObjectName(u"newIep"_s);
    m_newIep->setToolTip(tr("An empty draft for this semester, with you and the head teacher in the team."));
    m_copyIep = new QPushButton(tr("Copy from last semester"), m_noIepPage);
    m_copyIep->setObjectName(u"copyIep"_s);
    m_copyIep->setToolTip(tr("A draft with last semester's goals, objectives, services and accommodations; dates moved "
                             "into this semester, results and data left behind."));
    auto *startButtons = new QHBoxLayout;
    startButtons->addWidget(m_newIep);
    startButtons->addWidget(m_copyIep);
    startButtons->addStretch(1);
    auto *noIepLayout = new QVBoxLayout(m_noIepPage);
    noIepLayout->addWidget(m_noIep);
    noIepLayout->addLayout(startButtons);
    noIepLayout->addStretch(1);

    m_iepPanel = new QWidget(this);
    m_open = new QPushButton(m_iepPanel);
    m_open->setObjectName(u"openIep"_s);
    m_history = new QPushButton(tr("Revision history…"), m_iepPanel);
    m_history->setObjectName(u"iepHistory"_s);
    m_startEvaluation = new QPushButton(tr("Start end-of-semester evaluation"), m_iepPanel);
    m_startEvaluation->setObjectName(u"startEvaluation"_s);
    m_evaluation = new QPushButton(m_iepPanel);
    m_evaluation->setObjectName(u"evaluateIep"_s);
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_open);
    actions->addWidget(m_history);
    actions->addWidget(m_startEvaluation);
    actions->addWidget(m_evaluation);
    actions->addStretch(1);

    m_summary = new QTextBrowser(m_iepPanel);
    m_summary->setObjectName(u"iepSummary"_s);
    m_summary->setOpenLinks(false);
    m_objectives = new ObjectiveTableModel(this);
    m_objectiveTable = makeTable(m_objectives, u"objectiveTable"_s, m_iepPanel);
    m_objectiveTable->setWordWrap(true);
    m_objectiveTable->horizontalHeader()->setStretchLastSection(false);
    m_chart = new ProgressChartWidget(m_iepPanel);
    m_chart->setObjectName(u"progressChart"_s);
    m_data = new ObjectiveDataPanel(m_session, m_iepPanel);
    m_data->setObjectName(u"objectiveData"_s);

    auto *chartSplitter = new QSplitter(Qt::Horizontal, m_iepPanel);
    chartSplitter->setObjectName(u"chartSplitter"_s);
    chartSplitter->setChildrenCollapsible(false);
    chartSplitter->addWidget(m_chart);
    // The data entry needs more height than a small screen leaves: it scrolls.
    auto *dataScroll = new QScrollArea(m_iepPanel);
    dataScroll->setObjectName(u"objectiveDataScroll"_s);
    dataScroll->setWidget(m_data);
    dataScroll->setWidgetResizable(true);
    dataScroll->setFrameShape(QFrame::NoFrame);
    dataScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    dataScroll->setMinimumWidth(m_data->minimumSizeHint().width()
                                + dataScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    chartSplitter->addWidget(dataScroll);
    chartSplitter->setStretchFactor(0, 3);
    chartSplitter->setStretchFactor(1, 1);
    chartSplitter->setSizes({700, 340});

    auto *iepSplitter = new QSplitter(Qt::Vertical, m_iepPanel);
    iepSplitter->setObjectName(u"iepSplitter"_s);
    iepSplitter->setChildrenCollapsible(false);
    iepSplitter->addWidget(m_summary);
    iepSplitter->addWidget(m_objectiveTable);
    iepSplitter->addWidget(chartSplitter);
    iepSplitter->setStretchFactor(0, 1);
    iepSplitter->setStretchFactor(1, 2);
    iepSplitter->setStretchFactor(2, 5);
    iepSplitter->setSizes({130, 120, 460});
    auto *iepLayout = new QVBoxLayout(m_iepPanel);
    iepLayout->setContentsMargins(0, 4, 0, 0);
    iepLayout->addLayout(actions);
    iepLayout->addWidget(iepSplitter, 1);

    m_detail = new QStackedWidget(this);
    m_detail->setObjectName(u"iepDetail"_s);
    m_detail->addWidget(m_noIepPage);
    m_detail->addWidget(m_iepPanel);

    m_assessments = new AssessmentPanel(m_session, this);
    m_assessments->setObjectName(u"assessmentPanel"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"iepTabs"_s);
    m_tabs->addTab(m_detail, tr("IEP"));
    m_tabs->addTab(m_assessments, tr("Assessments"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_studentTitle);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"iepPageSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_studentTable);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_studentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_message->clearMessage();
        showStudent(selectedStudentId());
    });
    connect(m_objectiveTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showObjective(); });
    connect(m_newIep, &QPushButton::clicked, this, [this] { newIep(); });
    connect(m_copyIep, &QPushButton::clicked, this, [this] { copyFromLastSemester(); });
    connect(m_open, &QPushButton::clicked, this, &IepPage::openEditor);
    connect(m_history, &QPushButton::clicked, this, &IepPage::showHistory);
    connect(m_startEvaluation, &QPushButton::clicked, this, [this] { startEvaluation(); });
    connect(m_evaluation, &QPushButton::clicked, this, &IepPage::openEvaluation);
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void IepPage::reload()
{
    const qint64 student = m_shownStudentId;
    const qint64 objective = selectedObjectiveId();

    const auto current = SemesterRepository(m_session.db).current(*m_session.clock);
    const auto students = StudentRepository(m_session.db).summaries();
    const std::optional<Semester> semester = current ? *current : std::nullopt;
    m_semesterId = semester ? semester->id : 0;
    // One read for the statuses of the whole semester, not one per student.
    const auto statuses = semester ? IepRepository(m_session.db).statusesInSemester(semester->id)
                                   : Result<QHash<qint64, IepStatus>>(QHash<qint64, IepStatus>{});
    const std::optional<Error> failed = !current ? std::optional(current.error())
        : !students                              ? std::optional(students.error())
        : !statuses                              ? std::optional(statuses.error())
                                                 : std::nullopt;
    QList<IepStudentRow> rows;
    if (!failed) {
        for (const StudentSummary &s : *students) {
            IepStudentRow row;
            row.studentId = s.id;
            row.name = s.name;
            row.classText = classText(s.grade, s.className);
            if (const auto status = statuses->constFind(s.id); status != statuses->cend())
                row.status = *status;
            rows.append(std::move(row));
        }
    }
    int withIep = 0;
    for (const IepStudentRow &row : rows)
        withIep += row.status ? 1 : 0;
    if (failed) {
        // No list of students "without an IEP" when the plans could not be read.
        reportReadFailure(this, *failed, m_message);
        m_header->setSubtitle(semester && !statuses ? tr("%1: the IEPs could not be read.").arg(semester->name)
                                                    : failed->message);
    } else {
        m_header->setSubtitle(semester ? tr("%1: %2 of %n student(s) have an IEP", "", int(rows.size()))
                                             .arg(semester->name)
                                             .arg(withIep)
                                       : tr("No current semester: set it under Settings."));
    }

    m_shownStudentId = -1;   // force the detail to be rebuilt
    {
        // Re-selecting the same student must not reset the objective on the way.
        const QSignalBlocker blocker(m_studentTable->selectionModel());
        m_students->setRows(std::move(rows));
        m_studentTable->resizeColumnsToContents();
        const int row = m_students->rowOfStudent(student);
        if (row >= 0)
            m_studentTable->selectRow(viewRow(m_studentTable, row));
    }
    m_studentTable->viewport()->update();
    showStudent(selectedStudentId(), objective);
}

void IepPage::selectStudent(qint64 studentId)
{
    const int row = m_students->rowOfStudent(studentId);
    if (row >= 0)
        m_studentTable->selectRow(viewRow(m_studentTable, row));
}

void IepPage::selectObjective(qint64 objectiveId)
{
    for (int row = 0; row < m_objectives->rowCount(); ++row) {
        if (m_objectives->rows().at(row).objective.id == objectiveId) {
            m_objectiveTable->selectRow(viewRow(m_objectiveTable, row));
            return;
        }
    }
}

qint64 IepPage::selectedStudentId() const
{
    return selectedId(m_studentTable, IepStudentListModel::StudentIdRole);
}

qint64 IepPage::selectedObjectiveId() const
{
    return selectedId(m_objectiveTable, ObjectiveTableModel::ObjectiveIdRole);
}

bool IepPage::showsIep() const
{
    return m_detail->currentWidget() == m_iepPanel;
}

void IepPage::showStudent(qint64 studentId, qint64 preferredObjective)
{
    if (studentId == m_shownStudentId)
        return;
    m_shownStudentId = studentId;
    m_assessments->setStudent(studentId);
    const int row = m_students->rowOfStudent(studentId);
    std::optional<Iep> iep;
    std::optional<Error> failed;
    if (row >= 0 && m_semesterId > 0) {
        if (auto found = IepRepository(m_session.db).forStudentSemester(studentId, m_semesterId))
            iep = *found;
        else
            failed = found.error();
    }
    std::optional<Result<QList<ObjectiveRow>>> objectives;
    if (iep) {
        objectives = loadObjectiveRows(m_session.db, *iep, m_session.clock->today());
        if (!*objectives) {
            failed = objectives->error();
            iep.reset();
        }
    }
    m_iepId = iep ? iep->id : 0;
    m_iepStatus = iep ? int(iep->status) : -1;

    if (row < 0) {
        m_studentTitle->setText(QString());
        m_noIep->setText(tr("Choose a student on the left to see their IEP."));
    } else {
        const IepStudentRow &s = m_students->rows().at(row);
        m_studentTitle->setText(iep ? tr("%1 · %2 — IEP: %3").arg(s.name, s.classText, iepStatusLabel(iep->status))
                                    : tr("%1 · %2").arg(s.name, s.classText));
        m_noIep->setText(failed               ? tr("The IEP could not be read.")
                         : m_semesterId > 0 ? tr("No IEP for this semester yet.")
                                            : tr("Choose the current semester under Settings first."));
    }
    updateActions(!failed);
    if (failed)
        reportReadFailure(this, *failed, m_message);
    if (!iep) {
        m_objectives->setRows({});
        m_chart->clear();
        m_data->clearObjective();
        m_summary->clear();
        m_detail->setCurrentWidget(m_noIepPage);
        return;
    }

    const auto rooms = RoomRepository(m_session.db).names();
    IepHtmlParts parts;
    parts.goals = false;   // the table below lists them with their data
    if (rooms) {
        m_summary->setHtml(iepContentHtml(iep->content, *rooms, parts));
    } else {
        m_summary->clear();
        reportReadFailure(this, rooms.error(), m_message);
    }

    {
        const QSignalBlocker blocker(m_objectiveTable->selectionModel());
        m_objectives->setRows(std::move(**objectives));
    }
    m_objectiveTable->resizeColumnsToContents();
    QHeaderView *header = m_objectiveTable->horizontalHeader();
    header->setSectionResizeMode(ObjectiveTableModel::Objective, QHeaderView::Stretch);
    m_objectiveTable->resizeRowsToContents();
    m_detail->setCurrentWidget(m_iepPanel);
    if (m_objectives->rowCount() == 0) {
        m_chart->clear(tr("This IEP has no short-term objectives yet."));
        m_data->clearObjective();
        return;
    }
    int objectiveRow = 0;
    for (int r = 0; r < m_objectives->rowCount(); ++r)
        if (preferredObjective > 0 && m_objectives->rows().at(r).objective.id == preferredObjective)
            objectiveRow = r;
    m_objectiveTable->selectRow(viewRow(m_objectiveTable, objectiveRow));   // shows its chart and data
}

void IepPage::showObjective()
{
    const QModelIndexList rows = m_objectiveTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_chart->clear(tr("Choose an objective to see its progress chart."));
        m_data->clearObjective();
        return;
    }
    const ObjectiveRow &row = m_objectives->rows().at(sourceRow(rows.constFirst()));
    m_data->setObjective(row, m_iepStatus == int(IepStatus::Active));
    if (row.points.isEmpty()) {
        m_chart->clear(m_iepStatus == int(IepStatus::Active)
                           ? tr("No data recorded for this objective yet: add the first probes on the right.")
                           : tr("No data recorded for this objective yet."));
        return;
    }
    m_chart->setInput(row.chartInput);
}

void IepPage::updateActions(bool planRead)
{
    const bool hasStudent = m_students->rowOfStudent(m_shownStudentId) >= 0;
    m_newIep->setVisible(hasStudent);
    m_copyIep->setVisible(hasStudent);
    // Whether the student has a plan is unknown when it could not be read.
    m_newIep->setEnabled(hasStudent && m_semesterId > 0 && planRead);
    bool earlier = false;
    if (hasStudent && m_semesterId > 0 && planRead) {
        const auto semesters = SemesterRepository(m_session.db).all();
        const auto plans = IepRepository(m_session.db).forStudent(m_shownStudentId);
        if (!semesters || !plans) {
            reportReadFailure(this, !semesters ? semesters.error() : plans.error(), m_message);
        } else {
            QHash<qint64, QDate> starts;
            for (const Semester &s : *semesters)
                starts.insert(s.id, s.start);
            for (const Iep &iep : *plans)
                earlier = earlier || (starts.contains(iep.semesterId) && starts.value(iep.semesterId) < starts.value(m_semesterId));
        }
    }
    m_copyIep->setEnabled(earlier);
    m_copyIep->setToolTip(earlier ? m_copyIep->toolTip() : tr("The student has no IEP of an earlier semester."));

    const auto status = static_cast<IepStatus>(m_iepStatus);
    const bool has = m_iepStatus >= 0;
    m_open->setText(has && status == IepStatus::Draft ? tr("Edit draft…") : tr("Open IEP…"));
    m_history->setVisible(has && status != IepStatus::Draft);
    m_startEvaluation->setVisible(has && status == IepStatus::Active);
    m_evaluation->setVisible(has && (status == IepStatus::Evaluation || status == IepStatus::Archived));
    m_evaluation->setText(has && status == IepStatus::Archived ? tr("Evaluation results…") : tr("Evaluate objectives…"));
}

bool IepPage::newIep()
{
    if (m_semesterId <= 0)
        return false;
    const auto student = StudentRepository(m_session.db).byId(m_shownStudentId);
    const auto author = CurrentUser(m_session.db).name();
    if (!student || !author) {
        m_message->showError(!student ? student.error().message : author.error().message);
        return false;
    }
    IepContent content;
    const QString teacher = *author;
    if (!teacher.trimmed().isEmpty())
        content.team.append({TeamRole::ResourceTeacher, teacher.trimmed()});
    if (!student->headTeacherName.trimmed().isEmpty() && student->headTeacherName.trimmed() != teacher.trimmed())
        content.team.append({TeamRole::HeadTeacher, student->headTeacherName.trimmed()});
    const auto id = IepRepository(m_session.db).create(student->id, m_semesterId, content);
    if (!id) {
        m_message->showError(id.error().message);
        return false;
    }
    m_message->showInfo(tr("A new draft IEP was created."));
    openEditorFor(*id);
    return true;
}

bool IepPage::copyFromLastSemester()
{
    if (m_shownStudentId <= 0 || m_semesterId <= 0)
        return false;
    const auto id = IepRepository(m_session.db).copyFromPrevious(m_shownStudentId, m_semesterId);
    if (!id) {
        m_message->showError(id.error().message);
        return false;
    }
    m_message->showInfo(tr("Last semester's IEP was copied into a new draft; check the dates and hold the meeting."));
    openEditorFor(*id);
    return true;
}

void IepPage::openEditor()
{
    if (m_iepId > 0)
        openEditorFor(m_iepId);
}

void IepPage::openEditorFor(qint64 iepId)
{
    if (m_editor)
        m_editor->close();
    m_editor = new IepEditorDialog(m_session, iepId, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->open();
}

void IepPage::showHistory()
{
    if (m_iepId <= 0)
        return;
    m_historyDialog = new RevisionHistoryDialog(m_session, m_iepId, this);
    m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog->open();
}

bool IepPage::startEvaluation(bool confirm)
{
    if (m_iepId <= 0)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("End-of-semester evaluation"),
                                 tr("Start the end-of-semester evaluation? The plan stops taking data and revisions.")) != QMessageBox::Yes)
        return false;
    const qint64 iepId = m_iepId;
    const auto started = IepRepository(m_session.db).startEvaluation(iepId);
    if (!started) {
        m_message->showError(started.error().message);
        return false;
    }
    openEvaluation();
    return true;
}

void IepPage::openEvaluation()
{
    if (m_iepId <= 0)
        return;
    m_evaluationDialog = new EvaluationDialog(m_session, m_iepId, this);
    m_evaluationDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_evaluationDialog->open();
}

} // namespace rr
