#include "students/LrcPanel.h"
#include "common/SortProxy.h"

#include "calendar/ChineseDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "lrc/LrcRepository.h"
#include "school/SettingsRepository.h"
#include "students/LrcHistoryModel.h"
#include "students/LrcReasonDialog.h"
#include "students/StudentRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

LrcPanel::LrcPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_state = new QLabel(this);
    m_state->setObjectName(u"lrcState"_s);
    m_model = new LrcHistoryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"lrcHistory"_s);
    makeSortable(m_table, m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_step = new QComboBox(this);
    m_step->setObjectName(u"lrcNextStep"_s);
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"lrcDate"_s);
    m_date->setCalendarPopup(true);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(u"lrcActor"_s);
    m_actor->setPlaceholderText(tr("Who"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"lrcNote"_s);
    m_note->setPlaceholderText(tr("Note"));
    m_add = new QPushButton(tr("Record step"), this);
    m_add->setObjectName(u"lrcAddStep"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"lrcMessage"_s);
    connect(m_add, &QPushButton::clicked, this, [this] { addStep(); });
    m_correct = new QPushButton(tr("Correct the selected step…"), this);
    m_correct->setObjectName(u"lrcCorrectStep"_s);
    m_correct->setToolTip(tr("A step recorded by mistake is voided by a correction entry; it stays in the history."));
    m_correct->setEnabled(false);
    connect(m_correct, &QPushButton::clicked, this, [this] { correctSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateCorrectButton(); });

    auto *next = new QHBoxLayout;
    next->addWidget(new QLabel(tr("Next step:"), this));
    next->addWidget(m_step);
    next->addWidget(m_date);
    next->addWidget(m_actor, 1);
    next->addWidget(m_note, 2);
    next->addWidget(m_add);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_correct);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(next);
    layout->addWidget(m_message);
}

void LrcPanel::setStudent(qint64 studentId)
{
    m_studentId = studentId;
    m_message->clearMessage();
    const auto student = StudentRepository(m_session.db).byId(studentId);
    if (!student)
        reportReadFailure(this, student.error(), m_message);
    m_studentName = student ? student->name : QString();
    const auto profile = SettingsRepository(m_session.db).profile();
    if (!profile)
        reportReadFailure(this, profile.error(), m_message);
    m_teacherName = profile ? profile->teacherName : QString();
    m_actor->setText(m_teacherName);
    m_note->clear();
    m_date->setDate(m_session.clock->today());
    reload();
}

void LrcPanel::reload()
{
    const auto history = LrcRepository(m_session.db).history(m_studentId);
    m_step->clear();
    if (!history) {
        // No status and no next step from a history that could not be read.
        reportReadFailure(this, history.error(), m_message);
        m_model->setHistory({});
        m_state->setText(history.error().message);
        m_step->setEnabled(false);
        m_add->setEnabled(false);
        updateCorrectButton();
        return;
    }
    m_model->setHistory(*history);
    m_table->resizeColumnsToContents();
    const LrcState state = stateOf(*history);
    m_state->setText(tr("Current status: %1").arg(lrcStateLabel(state)));
    const QList<LrcStep> steps = allowedSteps(state);
    for (LrcStep step : steps)
        m_step->addItem(lrcStepLabel(step), int(step));
    const bool any = !steps.isEmpty();
    m_step->setEnabled(any);
    m_add->setEnabled(any && m_studentId > 0);
    updateCorrectButton();
}

bool LrcPanel::addStep()
{
    m_message->clearMessage();
    if (m_step->currentIndex() < 0 || m_studentId <= 0)
        return false;
    LrcEvent event;
    event.studentId = m_studentId;
    event.step = LrcStep(m_step->currentData().toInt());
    event.date = m_date->date();
    event.actor = m_actor->text().trimmed();
    event.note = m_note->text().trimmed();
    if (!needsReason(event.step)) {
        recordStep(event);
        return !m_message->isError();
    }
    // A decision against the family: ask, and record why and who.
    const QString question = event.step == LrcStep::Revoked
        ? tr("Revoke the LRC status of %1 on %2? The student no longer receives the service.")
              .arg(m_studentName, chineseDate(event.date))
        : tr("Record that the centre did not confirm %1 on %2?").arg(m_studentName, chineseDate(event.date));
    m_reasonDialog = new LrcReasonDialog(lrcStepLabel(event.step), question,
                                         event.step == LrcStep::Revoked ? tr("Revoke") : tr("Not confirmed"),
                                         event.actor.isEmpty() ? m_teacherName : event.actor, this);
    m_reasonDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reasonDialog, &QDialog::accepted, this, [this, event, dialog = m_reasonDialog]() mutable {
        if (!dialog)
            return;
        event.reason = dialog->reason();
        event.actor = dialog->who();
        recordStep(event);
    });
    m_reasonDialog->open();
    return false;
}

void LrcPanel::recordStep(LrcEvent event)
{
    auto id = LrcRepository(m_session.db, m_session.clock).addStep(event);
    if (!id) {
        m_message->showError(id.error().message);
        return;
    }
    m_message->showInfo(tr("Recorded: %1").arg(lrcStepLabel(event.step)));
    m_actor->setText(m_teacherName);
    m_note->clear();
    reload();
}

void LrcPanel::selectStep(int row)
{
    m_table->selectRow(row);
}

void LrcPanel::updateCorrectButton()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool standing = !rows.isEmpty() && !m_model->history().at(rows.first().row()).isVoid();
    m_correct->setEnabled(standing);
}

bool LrcPanel::correctSelected()
{
    m_message->clearMessage();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const LrcEvent event = m_model->history().at(rows.first().row());
    if (event.isVoid())
        return false;
    const QString question = tr("Void the step \"%1\" of %2 (%3) as recorded by mistake? It stays in the history, "
                                "marked as corrected; the status is computed without it.")
                                 .arg(lrcStepLabel(event.step), chineseDate(event.date), m_studentName);
    m_reasonDialog = new LrcReasonDialog(tr("Correct a workflow step"), question, tr("Void the step"), m_teacherName, this);
    m_reasonDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reasonDialog, &QDialog::accepted, this, [this, id = event.id, dialog = m_reasonDialog] {
        if (!dialog)
            return;
        auto corrected = LrcRepository(m_session.db, m_session.clock).correct(id, dialog->reason(), dialog->who());
        if (!corrected) {
            m_message->showError(corrected.error().message);
            return;
        }
        m_message->showInfo(tr("The step is marked as corrected; record the right step if there is one."));
        reload();
    });
    m_reasonDialog->open();
    return true;
}

} // namespace rr
