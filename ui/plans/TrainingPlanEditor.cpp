#include "plans/TrainingPlanEditor.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "iep/IepRepository.h"
#include "plans/PlanGoalTableModel.h"
#include "plans/TrainingPlanRepository.h"
#include "staff/StaffRepository.h"
#include "school/CurrentUser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QPlainTextEdit *makeText(const QString &name, const QString &placeholder, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

TrainingPlanEditor::TrainingPlanEditor(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"planMessage"_s);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"planStack"_s);
    m_stack->addWidget(buildNoPlanPage());
    m_stack->addWidget(buildEditorPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    setStudent(0, 0);
}

QWidget *TrainingPlanEditor::buildNoPlanPage()
{
    auto *page = new QWidget(this);
    m_noPlan = new QLabel(page);
    m_noPlan->setObjectName(u"noPlanLabel"_s);
    m_noPlan->setWordWrap(true);
    m_fromIep = new QPushButton(tr("Start from the IEP"), page);
    m_fromIep->setObjectName(u"planFromIep"_s);
    m_fromIep->setToolTip(tr("A plan with one goal for each short-term objective of the IEP in effect."));
    m_empty = new QPushButton(tr("Empty plan"), page);
    m_empty->setObjectName(u"planEmpty"_s);
    connect(m_fromIep, &QPushButton::clicked, this, [this] { startFromIep(); });
    connect(m_empty, &QPushButton::clicked, this, &TrainingPlanEditor::startEmpty);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fromIep);
    buttons->addWidget(m_empty);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_noPlan);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

QWidget *TrainingPlanEditor::buildEditorPage()
{
    auto *page = new QWidget(this);
    m_goals = new PlanGoalTableModel(this);
    m_goalTable = new QTableView(page);
    m_goalTable->setObjectName(u"planGoalTable"_s);
    m_goalTable->setModel(m_goals);
    m_goalTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_goalTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_goalTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_goalTable->setWordWrap(true);
    m_goalTable->setAlternatingRowColors(true);
    m_goalTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_goalTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_goalTable->horizontalHeader()->setSectionResizeMode(PlanGoalTableModel::Goal, QHeaderView::Stretch);
    m_goalTable->horizontalHeader()->setSectionResizeMode(PlanGoalTableModel::Objective, QHeaderView::Stretch);

    m_goalText = new QLineEdit(page);
    m_goalText->setObjectName(u"planGoalText"_s);
    m_goalText->setPlaceholderText(tr("What the student will be able to do"));
    m_objective = new QComboBox(page);
    m_objective->setObjectName(u"planGoalObjective"_s);
    m_objective->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_objective->setMinimumContentsLength(18);
    m_addGoal = new QPushButton(tr("Add goal"), page);
    m_addGoal->setObjectName(u"planAddGoal"_s);
    m_removeGoal = new QPushButton(tr("Remove"), page);
    m_removeGoal->setObjectName(u"planRemoveGoal"_s);
    m_goalUp = new QPushButton(tr("Move up"), page);
    m_goalUp->setObjectName(u"planGoalUp"_s);
    m_goalDown = new QPushButton(tr("Move down"), page);
    m_goalDown->setObjectName(u"planGoalDown"_s);
    m_addFromIep = new QPushButton(tr("Add goals from the IEP"), page);
    m_addFromIep->setObjectName(u"planAddFromIep"_s);
    m_addFromIep->setToolTip(tr("Adds the IEP objectives that no goal serves yet."));

    m_content = makeText(u"planContent"_s, tr("What is trained, e.g. number composition, addition within 10"), 2, page);
    m_methods = makeText(u"planMethods"_s, tr("How, e.g. hands-on materials, visual prompts, reinforcement"), 2, page);
    m_minutes = new QSpinBox(page);
    m_minutes->setObjectName(u"planMinutes"_s);
    m_minutes->setRange(0, 240);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min per session"));
    m_sessions = new QSpinBox(page);
    m_sessions->setObjectName(u"planSessions"_s);
    m_sessions->setRange(0, 14);
    m_sessions->setSuffix(tr(" sessions a week"));
    m_weekly = new QLabel(page);
    m_weekly->setObjectName(u"planWeekly"_s);
    m_expected = makeText(u"planExpected"_s, tr("What the student should reach by the end of the semester"), 2, page);
    m_instructor = new QComboBox(page);
    m_instructor->setObjectName(u"planInstructor"_s);
    m_note = new QLineEdit(page);
    m_note->setObjectName(u"planNote"_s);

    m_save = new QPushButton(tr("Save plan"), page);
    m_save->setObjectName(u"savePlan"_s);
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Revert"), page);
    m_revert->setObjectName(u"revertPlan"_s);
    m_remove = new QPushButton(tr("Remove plan"), page);
    m_remove->setObjectName(u"removePlan"_s);

    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_removeGoal);
    goalButtons->addWidget(m_goalUp);
    goalButtons->addWidget(m_goalDown);
    goalButtons->addStretch(1);
    goalButtons->addWidget(m_addFromIep);
    auto *goalForm = new QHBoxLayout;
    goalForm->addWidget(new QLabel(tr("Goal"), page));
    goalForm->addWidget(m_goalText, 3);
    goalForm->addWidget(new QLabel(tr("serves"), page));
    goalForm->addWidget(m_objective, 2);

    auto *frequency = new QHBoxLayout;
    frequency->addWidget(m_minutes);
    frequency->addWidget(m_sessions);
    frequency->addWidget(m_weekly);
    frequency->addStretch(1);

    auto *fields = new QGridLayout;
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);
    fields->addWidget(new QLabel(tr("Content"), page), 0, 0, Qt::AlignTop);
    fields->addWidget(m_content, 0, 1);
    fields->addWidget(new QLabel(tr("Methods"), page), 0, 2, Qt::AlignTop);
    fields->addWidget(m_methods, 0, 3);
    fields->addWidget(new QLabel(tr("Duration"), page), 1, 0);
    fields->addLayout(frequency, 1, 1);
    fields->addWidget(new QLabel(tr("Instructor"), page), 1, 2);
    fields->addWidget(m_instructor, 1, 3);
    fields->addWidget(new QLabel(tr("Expected results"), page), 2, 0, Qt::AlignTop);
    fields->addWidget(m_expected, 2, 1);
    fields->addWidget(new QLabel(tr("Note"), page), 2, 2, Qt::AlignTop);
    fields->addWidget(m_note, 2, 3, Qt::AlignTop);

    auto *saveButtons = new QHBoxLayout;
    saveButtons->addWidget(m_remove);
    saveButtons->addStretch(1);
    saveButtons->addWidget(m_revert);
    saveButtons->addWidget(m_save);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_goalTable, 1);
    layout->addLayout(goalButtons);
    layout->addLayout(goalForm);
    layout->addSpacing(6);
    layout->addLayout(fields);
    layout->addLayout(saveButtons);

    connect(m_goalTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelectedGoal();
        updateButtons();
    });
    connect(m_goalText, &QLineEdit::textChanged, this, [this] { applyGoalForm(); });
    connect(m_objective, &QComboBox::currentIndexChanged, this, [this] {
        // Linking an empty goal to an objective takes the objective's words.
        if (!m_loading && m_goalText->text().trimmed().isEmpty())
            for (const TrainingPlanGoal &g : std::as_const(m_iepGoals))
                if (g.objectiveId == m_objective->currentData().toLongLong())
                    m_goalText->setText(g.text);
        applyGoalForm();
    });
    connect(m_addGoal, &QPushButton::clicked, this, &TrainingPlanEditor::addGoal);
    connect(m_removeGoal, &QPushButton::clicked, this, &TrainingPlanEditor::removeGoal);
    connect(m_goalUp, &QPushButton::clicked, this, [this] { moveGoal(-1); });
    connect(m_goalDown, &QPushButton::clicked, this, [this] { moveGoal(+1); });
    connect(m_addFromIep, &QPushButton::clicked, this, [this] { addGoalsFromIep(); });
    const auto edited = [this] {
        if (!m_loading)
            setDirty(true);
    };
    for (QPlainTextEdit *edit : {m_content, m_methods, m_expected})
        connect(edit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_note, &QLineEdit::textChanged, this, edited);
    connect(m_instructor, &QComboBox::currentIndexChanged, this, edited);
    for (QSpinBox *spin : {m_minutes, m_sessions})
        connect(spin, &QSpinBox::valueChanged, this, [this, edited] {
            updateWeekly();
            edited();
        });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &TrainingPlanEditor::revert);
    connect(m_remove, &QPushButton::clicked, this, [this] { removePlan(); });
    return page;
}

void TrainingPlanEditor::loadObjectives(const std::optional<Iep> &iep)
{
    m_iepGoals = iep ? TrainingPlanRepository::goalsFromIep(*iep) : QList<TrainingPlanGoal>{};
    QHash<qint64, QString> texts;
    for (const TrainingPlanGoal &g : std::as_const(m_iepGoals))
        texts.insert(g.objectiveId, g.text);
    m_goals->setObjectiveTexts(texts);

    const QSignalBlocker blocker(m_objective);
    m_objective->clear();
    m_objective->addItem(tr("(not from the IEP)"), qint64(0));
    for (const TrainingPlanGoal &g : std::as_const(m_iepGoals)) {
        m_objective->addItem(g.text, g.objectiveId);
        m_objective->setItemData(m_objective->count() - 1, g.text, Qt::ToolTipRole);
    }

    const QSignalBlocker instructorBlocker(m_instructor);
    m_instructor->clear();
    m_instructor->addItem(tr("(not yet)"), qint64(0));
    const auto staff = StaffRepository(m_session.db).all();
    m_staffFailure = staff ? std::nullopt : std::optional<Error>(staff.error());
    if (!staff)
        reportReadFailure(this, staff.error(), m_message);
    for (const StaffMember &member : staff ? *staff : QList<StaffMember>{})
        if (member.isActive())
            m_instructor->addItem(member.name, member.id);
}

bool TrainingPlanEditor::setStudent(qint64 studentId, qint64 semesterId)
{
    m_studentId = studentId;
    m_semesterId = semesterId;
    const bool chosen = studentId > 0 && semesterId > 0;
    Result<std::optional<Iep>> iep = std::optional<Iep>();
    Result<std::optional<TrainingPlan>> stored = std::optional<TrainingPlan>();
    if (chosen) {
        iep = IepRepository(m_session.db).forStudentSemester(studentId, semesterId);
        stored = TrainingPlanRepository(m_session.db).forStudentSemester(studentId, semesterId);
    }
    loadObjectives(iep ? *iep : std::nullopt);
    if (!iep || !stored) {
        // Neither "no plan yet" nor a new one: whether there is one is unknown.
        m_stored = TrainingPlan{};
        m_noPlan->setText(tr("The training plan could not be read."));
        m_fromIep->setEnabled(false);
        m_empty->setEnabled(false);
        setDirty(false);
        m_stack->setCurrentIndex(0);
        updateButtons();
        reportReadFailure(this, !iep ? iep.error() : stored.error(), m_message);
        return false;
    }
    if (*stored) {
        showPlan(**stored);
        setDirty(false);
        m_stack->setCurrentIndex(1);
    } else {
        m_stored = TrainingPlan{};
        const bool inEffect = *iep && ((*iep)->status == IepStatus::Active || (*iep)->status == IepStatus::Evaluation);
        m_noPlan->setText(studentId <= 0 ? tr("Select a student.")
                          : inEffect     ? tr("No training plan for this semester yet. Start one from the IEP: one "
                                              "goal for each short-term objective.")
                                         : tr("No training plan for this semester yet. The student has no IEP in "
                                              "effect, so the plan starts empty."));
        m_fromIep->setEnabled(studentId > 0 && inEffect);
        m_empty->setEnabled(chosen);
        setDirty(false);
        m_stack->setCurrentIndex(0);
    }
    updateButtons();
    return true;
}

bool TrainingPlanEditor::showsPlan() const
{
    return m_stack->currentIndex() == 1;
}

void TrainingPlanEditor::showPlan(const TrainingPlan &plan)
{
    m_loading = true;
    m_stored = plan;
    m_goals->setGoals(plan.goals);
    m_content->setPlainText(plan.content);
    m_methods->setPlainText(plan.methods);
    m_minutes->setValue(plan.minutesPerSession);
    m_sessions->setValue(plan.sessionsPerWeek);
    m_expected->setPlainText(plan.expectedResults);
    int instructor = m_instructor->findData(plan.instructorId);
    if (instructor < 0 && plan.instructorId > 0) {
        // Somebody who has left stays named on the plan they taught.
        const auto member = StaffRepository(m_session.db).byId(plan.instructorId);
        if (!member)
            reportReadFailure(this, member.error(), m_message);
        m_instructor->addItem(member ? tr("%1 (left)").arg(member->name) : member.error().message, plan.instructorId);
        instructor = m_instructor->count() - 1;
    }
    m_instructor->setCurrentIndex(qMax(0, instructor));
    m_note->setText(plan.note);
    updateWeekly();
    m_loading = false;
    if (m_goals->rowCount() > 0)
        selectGoal(0);
    showSelectedGoal();
}

TrainingPlan TrainingPlanEditor::plan() const
{
    TrainingPlan plan = m_stored;
    plan.studentId = m_studentId;
    plan.semesterId = m_semesterId;
    plan.goals = m_goals->goals();
    plan.content = m_content->toPlainText().trimmed();
    plan.methods = m_methods->toPlainText().trimmed();
    plan.minutesPerSession = m_minutes->value();
    plan.sessionsPerWeek = m_sessions->value();
    plan.expectedResults = m_expected->toPlainText().trimmed();
    plan.instructorId = m_instructor->currentData().toLongLong();
    plan.note = m_note->text().trimmed();
    return plan;
}

bool TrainingPlanEditor::startFromIep()
{
    if (m_studentId <= 0 || m_semesterId <= 0)
        return false;
    const auto user = CurrentUser(m_session.db).id();
    if (!user) {
        m_message->showError(user.error().message);
        return false;
    }
    const auto id = TrainingPlanRepository(m_session.db).createFromIep(m_studentId, m_semesterId, *user);
    if (!id) {
        m_message->showError(id.error().message);
        return false;
    }
    if (setStudent(m_studentId, m_semesterId))
        m_message->showInfo(tr("The plan starts with %n goal(s) from the IEP; add content, methods, duration and "
                               "frequency, then save.",
                               "", m_goals->rowCount()));
    return true;
}

void TrainingPlanEditor::startEmpty()
{
    if (m_studentId <= 0 || m_semesterId <= 0)
        return;
    m_message->clearMessage();
    const auto user = CurrentUser(m_session.db).id();
    if (!user) {
        m_message->showError(user.error().message);
        return;
    }
    TrainingPlan blank;
    blank.studentId = m_studentId;
    blank.semesterId = m_semesterId;
    blank.instructorId = *user;   // she teaches it unless she says otherwise
    showPlan(blank);
    m_stack->setCurrentIndex(1);
    setDirty(true);
}

int TrainingPlanEditor::addGoalsFromIep()
{
    QSet<qint64> served;
    for (const TrainingPlanGoal &g : m_goals->goals())
        served.insert(g.objectiveId);
    int added = 0;
    for (const TrainingPlanGoal &g : std::as_const(m_iepGoals))
        if (!served.contains(g.objectiveId)) {
            m_goals->insertGoal(m_goals->rowCount(), g);
            ++added;
        }
    if (added > 0)
        setDirty(true);
    m_message->showInfo(added > 0 ? tr("%n goal(s) added from the IEP.", "", added)
                                  : tr("Every objective of the IEP has a goal already."));
    return added;
}

void TrainingPlanEditor::addGoal()
{
    const int row = selectedGoal() >= 0 ? selectedGoal() + 1 : m_goals->rowCount();
    m_goals->insertGoal(row, TrainingPlanGoal{});
    setDirty(true);
    selectGoal(row);
    m_goalText->setFocus();
}

void TrainingPlanEditor::removeGoal()
{
    const int row = selectedGoal();
    if (row < 0)
        return;
    m_goals->removeGoal(row);
    setDirty(true);
    if (m_goals->rowCount() > 0)
        selectGoal(qMin(row, m_goals->rowCount() - 1));
    showSelectedGoal();
    updateButtons();
}

void TrainingPlanEditor::moveGoal(int step)
{
    const int row = selectedGoal();
    if (m_goals->moveGoal(row, step)) {
        setDirty(true);
        selectGoal(row + step);
    }
}

void TrainingPlanEditor::selectGoal(int row)
{
    if (row >= 0 && row < m_goals->rowCount())
        m_goalTable->selectRow(row);
    else
        m_goalTable->clearSelection();
}

int TrainingPlanEditor::selectedGoal() const
{
    const QModelIndexList rows = m_goalTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void TrainingPlanEditor::showSelectedGoal()
{
    const int row = selectedGoal();
    const TrainingPlanGoal goal = row >= 0 ? m_goals->goals().at(row) : TrainingPlanGoal{};
    const bool loading = m_loading;
    m_loading = true;
    m_goalText->setText(goal.text);
    int objective = m_objective->findData(goal.objectiveId);
    m_objective->setCurrentIndex(qMax(0, objective));
    m_goalText->setEnabled(row >= 0);
    m_objective->setEnabled(row >= 0);
    m_loading = loading;
}

void TrainingPlanEditor::applyGoalForm()
{
    if (m_loading)
        return;
    const int row = selectedGoal();
    if (row < 0)
        return;
    TrainingPlanGoal goal = m_goals->goals().at(row);
    goal.text = m_goalText->text();
    goal.objectiveId = m_objective->currentData().toLongLong();
    if (goal == m_goals->goals().at(row))
        return;
    m_goals->setGoal(row, goal);
    setDirty(true);
}

bool TrainingPlanEditor::save()
{
    if (m_studentId <= 0 || m_semesterId <= 0)
        return false;
    if (m_staffFailure) {   // the instructor list is not the school's: saving would change it
        m_message->showError(m_staffFailure->message);
        return false;
    }
    TrainingPlan edited = plan();
    for (TrainingPlanGoal &g : edited.goals)
        g.text = g.text.trimmed();
    TrainingPlanRepository plans(m_session.db);
    Result<void> done;
    if (edited.id > 0) {
        done = plans.save(edited);
    } else if (auto id = plans.add(edited); !id) {
        done = id.error();
    }
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    if (setStudent(m_studentId, m_semesterId))
        m_message->showInfo(tr("The training plan was saved."));
    return true;
}

void TrainingPlanEditor::revert()
{
    m_message->clearMessage();
    setStudent(m_studentId, m_semesterId);
}

bool TrainingPlanEditor::removePlan(bool confirm)
{
    if (m_stored.id <= 0) {
        revert();
        return false;
    }
    if (confirm
        && QMessageBox::question(this, tr("Remove plan"), tr("Remove this training plan with all its goals?"))
               != QMessageBox::Yes)
        return false;
    const auto done = TrainingPlanRepository(m_session.db).remove(m_stored.id);
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    if (setStudent(m_studentId, m_semesterId))
        m_message->showInfo(tr("The training plan was removed."));
    return true;
}

void TrainingPlanEditor::setDirty(bool dirty)
{
    if (dirty)
        m_message->clearMessage();
    const bool changed = m_dirty != dirty;
    m_dirty = dirty;
    updateButtons();
    if (changed)
        emit dirtyChanged(dirty);
}

void TrainingPlanEditor::updateButtons()
{
    const int row = selectedGoal();
    m_removeGoal->setEnabled(row >= 0);
    m_goalUp->setEnabled(row > 0);
    m_goalDown->setEnabled(row >= 0 && row + 1 < m_goals->rowCount());
    m_addFromIep->setEnabled(!m_iepGoals.isEmpty());
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    m_remove->setEnabled(m_stored.id > 0 && !m_dirty);
}

void TrainingPlanEditor::updateWeekly()
{
    m_weekly->setText(tr("= %1 min a week").arg(m_minutes->value() * m_sessions->value()));
}

} // namespace rr
