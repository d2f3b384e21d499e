#include "assessment/AssessmentPanel.h"
#include "common/SortProxy.h"

#include "assessment/AssessmentDialog.h"
#include "assessment/AssessmentListModel.h"
#include "assessment/AssessmentRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

AssessmentPanel::AssessmentPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_model = new AssessmentListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"assessmentTable"_s);
    makeSortable(m_table, m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(AssessmentListModel::Results, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AssessmentListModel::Conclusion, QHeaderView::Stretch);

    m_add = new QPushButton(tr("Add assessment…"), this);
    m_add->setObjectName(u"addAssessment"_s);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(u"editAssessment"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeAssessment"_s);
    m_message = new MessageLabel(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &AssessmentPanel::addAssessment);
    connect(m_edit, &QPushButton::clicked, this, &AssessmentPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_table, &QTableView::doubleClicked, this, &AssessmentPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    connect(m_session.db.get(), &Database::written, this, [this](const QString &kind) {
        if (kind.startsWith(u"assessment."_s))
            reload();
    });
    updateButtons();
}

void AssessmentPanel::setStudent(qint64 studentId)
{
    if (studentId != m_studentId)
        m_message->clearMessage();
    m_studentId = studentId;
    reload();
}

void AssessmentPanel::reload()
{
    const qint64 selected = selectedAssessmentId();
    const auto assessments = m_studentId > 0 ? AssessmentRepository(m_session.db).forStudent(m_studentId)
                                             : Result<QList<Assessment>>(QList<Assessment>{});
    if (!assessments)
        reportReadFailure(this, assessments.error(), m_message);
    m_model->setAssessments(assessments ? *assessments : QList<Assessment>{});
    m_table->resizeColumnToContents(AssessmentListModel::Date);
    m_table->resizeColumnToContents(AssessmentListModel::Instrument);
    m_table->resizeColumnToContents(AssessmentListModel::Assessor);
    m_table->resizeColumnToContents(AssessmentListModel::Band);
    m_table->resizeRowsToContents();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->assessments().at(row).id == selected)
            m_table->selectRow(viewRow(m_table, row));
    updateButtons();
}

qint64 AssessmentPanel::selectedAssessmentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(AssessmentListModel::AssessmentIdRole).toLongLong();
}

void AssessmentPanel::updateButtons()
{
    m_add->setEnabled(m_studentId > 0);
    m_edit->setEnabled(selectedAssessmentId() > 0);
    m_remove->setEnabled(selectedAssessmentId() > 0);
}

void AssessmentPanel::openDialog(AssessmentDialog *dialog)
{
    m_dialog = dialog;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { m_message->showInfo(tr("Assessment saved.")); });
    m_dialog->open();
}

void AssessmentPanel::addAssessment()
{
    if (m_studentId > 0)
        openDialog(new AssessmentDialog(m_session, m_studentId, {}, this));
}

void AssessmentPanel::editSelected()
{
    if (selectedAssessmentId() <= 0)
        return;
    const auto assessment = AssessmentRepository(m_session.db).byId(selectedAssessmentId());
    if (!assessment) {
        reportReadFailure(this, assessment.error(), m_message);
        return;
    }
    openDialog(new AssessmentDialog(m_session, m_studentId, *assessment, this));
}

bool AssessmentPanel::removeSelected(bool confirm)
{
    const qint64 id = selectedAssessmentId();
    if (id <= 0)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Remove assessment"), tr("Remove the selected assessment and its results?"))
               != QMessageBox::Yes)
        return false;
    const auto removed = AssessmentRepository(m_session.db).remove(id);
    if (!removed) {
        m_message->showError(removed.error().message);
        return false;
    }
    m_message->showInfo(tr("Assessment removed."));
    return true;
}

} // namespace rr
