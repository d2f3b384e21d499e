#include "plans/TrainingPlanPanel.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"

#include "iep/IepRepository.h"
#include "plans/PlanStudentListModel.h"
#include "plans/TrainingPlanEditor.h"
#include "plans/TrainingPlanRepository.h"
#include "calendar/SemesterRepository.h"
#include "common/ReadFailure.h"
#include "students/StudentRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

TrainingPlanPanel::TrainingPlanPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_students = new PlanStudentListModel(this);
    m_studentTable = new QTableView(this);
    m_studentTable->setObjectName(u"planStudentTable"_s);
    makeSortable(m_studentTable, m_students);
    m_studentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_studentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_studentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_studentTable->setAlternatingRowColors(true);
    m_studentTable->setWordWrap(false);
    m_studentTable->verticalHeader()->hide();
    m_studentTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_studentTable->horizontalHeader()->setStretchLastSection(true);
    m_lockHint = new QLabel(tr("Save or revert the plan to choose another student."), this);
    m_lockHint->setObjectName(u"planLockHint"_s);
    m_lockHint->setWordWrap(true);
    m_lockHint->setStyleSheet(u"color: #8a5a00;"_s);
    m_lockHint->hide();
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"planPanelMessage"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_studentTable, 1);
    leftLayout->addWidget(m_lockHint);

    m_title = new QLabel(this);
    m_title->setObjectName(u"planTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_editor = new TrainingPlanEditor(m_session, this);
    m_editor->setObjectName(u"trainingPlanEditor"_s);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_editor, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"planSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 760});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter, 1);

    connect(m_studentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showSelectedStudent(); });
    connect(m_editor, &TrainingPlanEditor::dirtyChanged, this, [this](bool dirty) {
        m_studentTable->setEnabled(!dirty);
        m_lockHint->setVisible(dirty);
    });
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void TrainingPlanPanel::reload()
{
    const qint64 keep = selectedStudentId();
    const auto semester = SemesterRepository(m_session.db).current(*m_session.clock);
    const auto students = StudentRepository(m_session.db).summaries();
    m_semesterId = semester && *semester ? (*semester)->id : 0;
    // The semester's plans and IEP statuses in two reads, not two per student.
    const auto statuses = m_semesterId > 0 ? IepRepository(m_session.db).statusesInSemester(m_semesterId)
                                           : Result<QHash<qint64, IepStatus>>(QHash<qint64, IepStatus>{});
    const auto plans = m_semesterId > 0 ? TrainingPlanRepository(m_session.db).forSemester(m_semesterId)
                                        : Result<QList<TrainingPlan>>(QList<TrainingPlan>{});
    QList<PlanStudentRow> rows;
    const std::optional<Error> failed = !semester ? std::optional(semester.error())
        : !students                               ? std::optional(students.error())
        : !statuses                               ? std::optional(statuses.error())
        : !plans                                  ? std::optional(plans.error())
                                                  : std::nullopt;
    if (failed) {
        // No list of students "without a plan" when the plans could not be read.
        reportReadFailure(this, *failed, m_message);
    } else {
        QHash<qint64, TrainingPlan> planOf;
        for (const TrainingPlan &plan : *plans)
            planOf.insert(plan.studentId, plan);
        for (const StudentSummary &s : *students) {
            PlanStudentRow row;
            row.studentId = s.id;
            row.name = s.name;
            row.classText = classText(s.grade, s.className);
            if (const auto status = statuses->constFind(s.id); status != statuses->cend())
                row.iepStatus = *status;
            if (const auto plan = planOf.constFind(s.id); plan != planOf.cend())
                row.plan = *plan;
            rows.append(std::move(row));
        }
    }
    {
        const QSignalBlocker blocker(m_studentTable->selectionModel());
        m_students->setRows(std::move(rows));
        m_studentTable->resizeColumnsToContents();
        const int row = m_students->rowOfStudent(keep);
        if (row >= 0)
            m_studentTable->selectRow(viewRow(m_studentTable, row));
        else if (m_students->rowCount() > 0)
            m_studentTable->selectRow(0);
    }
    m_studentTable->viewport()->update();
    // Unsaved plan edits stay on screen.
    if (!m_editor->isDirty())
        showSelectedStudent();
}

void TrainingPlanPanel::selectStudent(qint64 studentId)
{
    const int row = m_students->rowOfStudent(studentId);
    if (row >= 0)
        m_studentTable->selectRow(viewRow(m_studentTable, row));
}

qint64 TrainingPlanPanel::selectedStudentId() const
{
    const QModelIndexList rows = m_studentTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(PlanStudentListModel::StudentIdRole).toLongLong();
}

void TrainingPlanPanel::showSelectedStudent()
{
    const qint64 student = selectedStudentId();
    const int row = m_students->rowOfStudent(student);
    m_title->setText(row >= 0 ? tr("Individual training plan of %1").arg(m_students->rows().at(row).name)
                              : m_semesterId > 0 ? tr("Select a student.")
                                                 : tr("No current semester: set it under Settings."));
    m_editor->setStudent(student, m_semesterId);
}

} // namespace rr
