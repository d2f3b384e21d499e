#include "iep/IepEditorDialog.h"
#include "audit/AuditHistoryDialog.h"

#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "iep/AccommodationEditor.h"
#include "iep/GoalEditor.h"
#include "iep/IepContentText.h"
#include "iep/IepRepository.h"
#include "iep/PresentLevelEditor.h"
#include "iep/RevisionHistoryDialog.h"
#include "iep/RevisionReasonDialog.h"
#include "iep/ServiceEditor.h"
#include "iep/TeamMeetingEditor.h"
#include "rooms/RoomRepository.h"
#include "school/CurrentUser.h"
#include "students/StudentRepository.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

IepEditorDialog::IepEditorDialog(Session session, qint64 iepId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session))
{
    m_iep.id = iepId;
    const auto iep = IepRepository(m_session.db).byId(iepId);
    if (iep)
        m_iep = *iep;
    // What the title and the objectives' defaults need; a read that failed
    // is reported below, once the message line exists.
    const auto student = StudentRepository(m_session.db).byId(m_iep.studentId);
    m_studentName = student ? student->name : QString();
    const auto semester = SemesterRepository(m_session.db).byId(m_iep.semesterId);
    m_semesterName = semester ? semester->name : QString();
    const auto author = CurrentUser(m_session.db).name();
    const QString teacher = author ? *author : QString();

    m_status = new QLabel(this);
    m_status->setObjectName(u"iepEditorStatus"_s);
    QFont bold = m_status->font();
    bold.setBold(true);
    if (bold.pointSizeF() > 0)
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_status->setFont(bold);

    m_team = new TeamMeetingEditor(this);
    m_team->reviewDateEdit()->setDate(m_session.clock->today());
    m_levels = new PresentLevelEditor(m_session, m_iep.studentId, this);
    m_goals = new GoalEditor(m_session,
                             ObjectiveDefaults{semester ? semester->start : QDate(), semester ? semester->end : QDate(), teacher},
                             this);
    const auto rooms = RoomRepository(m_session.db).all();
    m_services = new ServiceEditor(rooms ? *rooms : QList<Room>{}, this);
    m_accommodations = new AccommodationEditor(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"iepEditorTabs"_s);
    m_tabs->addTab(m_team, tr("Team and meeting"));
    m_tabs->addTab(m_levels, tr("Present levels"));
    m_tabs->addTab(m_goals, tr("Goals"));
    m_tabs->addTab(m_services, tr("Services"));
    m_tabs->addTab(m_accommodations, tr("Accommodations"));

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"iepEditorMessage"_s);
    m_history = new QPushButton(tr("Revision history…"), this);
    m_history->setObjectName(u"revisionHistory"_s);
    m_auditTrail = new QPushButton(tr("Change log…"), this);
    m_auditTrail->setObjectName(u"iepAuditTrail"_s);
    m_auditTrail->setToolTip(tr("Who changed this IEP and its parts, field by field"));
    connect(m_auditTrail, &QPushButton::clicked, this, [this] {
        AuditHistoryDialog::show(m_session, u"ieps"_s, this->iepId(), windowTitle(), this);
    });
    m_save = new QPushButton(tr("Save draft"), this);
    m_save->setObjectName(u"saveDraft"_s);
    m_activate = new QPushButton(tr("Put into effect"), this);
    m_activate->setObjectName(u"activateIep"_s);
    m_activate->setToolTip(tr("The signed plan takes effect and becomes read-only; later changes are revisions."));
    m_revise = new QPushButton(tr("Revise…"), this);
    m_revise->setObjectName(u"reviseIep"_s);
    m_saveRevision = new QPushButton(tr("Save revision…"), this);
    m_saveRevision->setObjectName(u"saveRevision"_s);
    m_cancelRevision = new QPushButton(tr("Discard changes"), this);
    m_close = new QPushButton(tr("Close"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addWidget(m_auditTrail);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_activate);
    buttons->addWidget(m_revise);
    buttons->addWidget(m_cancelRevision);
    buttons->addWidget(m_saveRevision);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(1100, 720);
    for (const Error *failed : {!student ? &student.error() : nullptr, !semester ? &semester.error() : nullptr,
                                !author ? &author.error() : nullptr})
        if (failed) {
            reportReadFailure(this, *failed, m_message);
            break;
        }

    auto markDirty = [this] {
        if (m_filling || !m_editable)
            return;
        m_dirty = true;
        if (m_message->isError())   // it spoke of the content before this change
            m_message->clearMessage();
    };
    connect(m_team, &TeamMeetingEditor::changed, this, markDirty);
    connect(m_levels, &PresentLevelEditor::changed, this, markDirty);
    connect(m_goals, &GoalEditor::changed, this, markDirty);
    connect(m_services, &ServiceEditor::changed, this, markDirty);
    connect(m_accommodations, &AccommodationEditor::changed, this, markDirty);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_activate, &QPushButton::clicked, this, [this] { activate(); });
    connect(m_revise, &QPushButton::clicked, this, &IepEditorDialog::startRevision);
    connect(m_saveRevision, &QPushButton::clicked, this, [this] { saveRevision(); });
    connect(m_cancelRevision, &QPushButton::clicked, this, &IepEditorDialog::cancelRevision);
    connect(m_history, &QPushButton::clicked, this, &IepEditorDialog::showHistory);
    connect(m_close, &QPushButton::clicked, this, &IepEditorDialog::reject);

    if (!iep)
        reportReadFailure(this, iep.error(), m_message);
    fillTabs();
    setEditable(iep && isIepEditable(m_iep.status));
    if (!rooms) {
        // Without the rooms the services are not shown as they are: nothing is saved over them.
        setEditable(false);
        reportReadFailure(this, rooms.error(), m_message);
    }
}

bool IepEditorDialog::load()
{
    const auto iep = IepRepository(m_session.db).byId(m_iep.id);
    if (!iep) {
        // What is on screen is no longer known to be what is stored.
        reportReadFailure(this, iep.error(), m_message);
        setEditable(false);
        return false;
    }
    m_iep = *iep;
    const int goal = m_goals->selectedGoal();
    const int objective = m_goals->selectedObjective();
    fillTabs();
    m_goals->select(goal, objective);
    return true;
}

void IepEditorDialog::fillTabs()
{
    m_filling = true;
    m_team->setContent(m_iep.content);
    m_levels->setLevels(m_iep.content.presentLevels);
    m_goals->setGoals(m_iep.content.goals);
    m_services->setServices(m_iep.content.services);
    m_accommodations->setAccommodations(m_iep.content.accommodations);
    m_filling = false;
    m_dirty = false;
    setWindowTitle(tr("IEP — %1 — %2").arg(m_studentName, m_semesterName));
}

void IepEditorDialog::setEditable(bool editable)
{
    m_editable = editable;
    m_team->setEditable(editable);
    m_levels->setEditable(editable);
    m_goals->setEditable(editable);
    m_services->setEditable(editable);
    m_accommodations->setEditable(editable);
    updateButtons();
}

void IepEditorDialog::updateButtons()
{
    const bool draft = m_iep.status == IepStatus::Draft;
    const bool active = m_iep.status == IepStatus::Active;
    m_save->setVisible(draft);
    m_activate->setVisible(draft);
    m_revise->setVisible(active && !m_revising);
    m_saveRevision->setVisible(m_revising);
    m_cancelRevision->setVisible(m_revising);
    m_history->setVisible(!draft);
    QString status = tr("%1 · %2 — %3").arg(m_studentName, m_semesterName, iepStatusLabel(m_iep.status));
    if (m_revising)
        status += u"  "_s + tr("(revising: save with a reason)");
    else if (!draft)
        status += u"  "_s + tr("(read-only)");
    m_status->setText(status);
}

IepContent IepEditorDialog::content() const
{
    IepContent c = m_iep.content;
    m_team->apply(c);
    c.presentLevels = m_levels->levels();
    c.goals = m_goals->goals();
    c.services = m_services->services();
    c.accommodations = m_accommodations->accommodations();
    return c;
}

bool IepEditorDialog::collect(IepContent *c)
{
    if (const QStringList problems = m_goals->problems(); !problems.isEmpty()) {
        m_message->showError(problems.join(u'\n'));
        m_tabs->setCurrentIndex(GoalsTab);
        return false;
    }
    *c = content();
    return true;
}

bool IepEditorDialog::save()
{
    IepContent c;
    if (m_iep.status != IepStatus::Draft || !collect(&c))
        return false;
    const auto saved = IepRepository(m_session.db).save(m_iep.id, c);
    if (!saved) {
        m_message->showError(saved.error().message);
        return false;
    }
    if (load())
        m_message->showInfo(tr("Draft saved."));
    return true;
}

bool IepEditorDialog::activate()
{
    if (m_iep.status != IepStatus::Draft)
        return false;
    if (m_dirty && !save())
        return false;
    IepRepository ieps(m_session.db);
    const auto missing = ieps.activationProblems(m_iep.id);
    if (!missing) {
        reportReadFailure(this, missing.error(), m_message);
        return false;
    }
    if (!missing->isEmpty()) {
        m_message->showError(tr("The IEP cannot take effect yet: %1 items are missing.").arg(missing->size()));
        if (m_problemsDialog)
            m_problemsDialog->close();
        m_problemsDialog = new ActivationProblemsDialog(tr("The IEP of %1").arg(m_studentName), *missing, this);
        m_problemsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_problemsDialog->open();
        return false;
    }
    const auto activated = ieps.activate(m_iep.id);
    if (!activated) {
        m_message->showError(activated.error().message);
        return false;
    }
    const bool loaded = load();
    setEditable(false);
    if (loaded)
        m_message->showInfo(tr("The IEP is in effect. Changes from now on are revisions with a reason."));
    return true;
}

void IepEditorDialog::startRevision()
{
    if (m_iep.status != IepStatus::Active)
        return;
    m_revising = true;
    setEditable(true);
    m_message->showInfo(tr("Make the changes, then save the revision with its reason."));
}

void IepEditorDialog::cancelRevision()
{
    m_revising = false;
    const bool loaded = load();
    setEditable(false);
    if (loaded)
        m_message->clearMessage();
}

bool IepEditorDialog::saveRevision()
{
    IepContent c;
    if (!m_revising || !collect(&c))
        return false;
    const QStringList changes = iepContentChanges(m_iep.content, c);
    if (changes.isEmpty()) {
        m_message->showError(tr("Nothing has changed yet."));
        return false;
    }
    const auto author = CurrentUser(m_session.db).name();
    if (!author) {
        m_message->showError(author.error().message);
        return false;
    }
    if (const QStringList missing = activationProblems(c, *author); !missing.isEmpty()) {
        m_message->showError(tr("The revised IEP is incomplete:\n%1").arg(missing.join(u'\n')));
        return false;
    }
    m_reasonDialog = new RevisionReasonDialog(*author,
                                              m_session.clock->today(), changes, this);
    m_reasonDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reasonDialog, &QDialog::accepted, this, [this, dialog = m_reasonDialog] {
        if (dialog)
            writeRevision(dialog->reason(), dialog->author(), dialog->date());
    });
    m_reasonDialog->open();
    return true;
}

void IepEditorDialog::writeRevision(const QString &reason, const QString &author, const QDate &date)
{
    const auto revised = IepRepository(m_session.db).revise(m_iep.id, content(), reason, author, date);
    if (!revised) {
        m_message->showError(revised.error().message);
        return;
    }
    m_revising = false;
    const bool loaded = load();
    setEditable(false);
    if (loaded)
        m_message->showInfo(tr("Revision saved; the previous content is in the revision history."));
}

void IepEditorDialog::showHistory()
{
    m_historyDialog = new RevisionHistoryDialog(m_session, m_iep.id, this);
    m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog->open();
}

void IepEditorDialog::reject()
{
    if (m_dirty && m_editable) {
        const auto answer = QMessageBox::question(this, tr("Close the IEP"),
                                                  m_revising ? tr("Discard the changes of this revision?")
                                                             : tr("Save the changes to the draft before closing?"),
                                                  m_revising ? QMessageBox::Discard | QMessageBox::Cancel
                                                             : QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace rr
