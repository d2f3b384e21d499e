#include "iep/GoalEditor.h"

#include "iep/EnumCombo.h"
#include "iep/GoalBankDialog.h"
#include "iep/IepContentText.h"
#include "iep/ObjectiveForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kGoalRole = Qt::UserRole + 1;
constexpr int kObjectiveRole = Qt::UserRole + 2;
} // namespace

GoalEditor::GoalEditor(Session session, ObjectiveDefaults defaults, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_defaults(std::move(defaults))
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"goalTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);

    m_addGoal = new QPushButton(tr("Add goal"), this);
    m_addGoal->setObjectName(u"addGoal"_s);
    m_addObjective = new QPushButton(tr("Add objective"), this);
    m_addObjective->setObjectName(u"addObjective"_s);
    m_bank = new QPushButton(tr("From goal bank…"), this);
    m_bank->setObjectName(u"fromGoalBank"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeGoalOrObjective"_s);

    m_empty = new QLabel(tr("Add a long-term goal, or insert one from the goal bank with the child's criterion."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_goalPage = new QWidget(this);
    m_domain = new QComboBox(m_goalPage);
    m_domain->setObjectName(u"goalDomain"_s);
    fillEnumCombo(m_domain, allGoalDomains(), goalDomainLabel);
    m_longTerm = new QPlainTextEdit(m_goalPage);
    m_longTerm->setObjectName(u"goalLongTerm"_s);
    m_longTerm->setFixedHeight(m_longTerm->fontMetrics().lineSpacing() * 4 + 12);
    auto *goalForm = new QFormLayout(m_goalPage);
    goalForm->setContentsMargins(0, 0, 0, 0);
    goalForm->addRow(tr("Domain"), m_domain);
    goalForm->addRow(tr("Long-term goal"), m_longTerm);

    m_objectiveForm = new ObjectiveForm(this);
    m_detail = new QStackedWidget(this);
    m_detail->addWidget(m_empty);
    m_detail->addWidget(m_goalPage);
    m_detail->addWidget(m_objectiveForm);

    auto *left = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addGoal);
    buttons->addWidget(m_addObjective);
    buttons->addWidget(m_remove);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_bank);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_detail);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] { showSelected(); });
    connect(m_addGoal, &QPushButton::clicked, this, &GoalEditor::addGoal);
    connect(m_addObjective, &QPushButton::clicked, this, &GoalEditor::addObjective);
    connect(m_remove, &QPushButton::clicked, this, &GoalEditor::removeSelected);
    connect(m_bank, &QPushButton::clicked, this, &GoalEditor::openGoalBank);
    connect(m_domain, &QComboBox::currentIndexChanged, this, [this] { storeGoalFields(); });
    connect(m_longTerm, &QPlainTextEdit::textChanged, this, [this] { storeGoalFields(); });
    connect(m_objectiveForm, &ObjectiveForm::changed, this, [this] { storeObjectiveFields(); });
    showSelected();
}

QString GoalEditor::goalTitle(int g) const
{
    const IepGoal &goal = m_goals.at(g);
    const QString text = goal.longTerm.trimmed().isEmpty() ? tr("(no text yet)") : goal.longTerm.trimmed();
    return u"%1. %2 — %3"_s.arg(g + 1).arg(goalDomainLabel(goal.domain), text);
}

QString GoalEditor::objectiveTitle(int g, int o) const
{
    const IepObjective &obj = m_goals.at(g).objectives.at(o);
    const QString text = objectiveText(obj).isEmpty() ? tr("(no behaviour yet)") : objectiveText(obj);
    return u"%1.%2 %3"_s.arg(g + 1).arg(o + 1).arg(text);
}

void GoalEditor::setGoals(const QList<IepGoal> &goals)
{
    m_goals = goals;
    rebuildTree();
    if (!m_goals.isEmpty())
        select(0, m_goals.constFirst().objectives.isEmpty() ? -1 : 0);
}

void GoalEditor::rebuildTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (int g = 0; g < m_goals.size(); ++g) {
        auto *goalItem = new QTreeWidgetItem(m_tree, {goalTitle(g)});
        goalItem->setData(0, kGoalRole, g);
        goalItem->setData(0, kObjectiveRole, -1);
        QFont bold = goalItem->font(0);
        bold.setBold(true);
        goalItem->setFont(0, bold);
        for (int o = 0; o < m_goals.at(g).objectives.size(); ++o) {
            auto *item = new QTreeWidgetItem(goalItem, {objectiveTitle(g, o)});
            item->setData(0, kGoalRole, g);
            item->setData(0, kObjectiveRole, o);
            item->setToolTip(0, objectiveTitle(g, o));
        }
    }
    m_tree->expandAll();
}

void GoalEditor::select(int goal, int objective)
{
    if (goal < 0 || goal >= m_tree->topLevelItemCount())
        return;
    QTreeWidgetItem *item = m_tree->topLevelItem(goal);
    if (objective >= 0 && objective < item->childCount())
        item = item->child(objective);
    m_tree->setCurrentItem(item);
    showSelected();
}

int GoalEditor::selectedGoal() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, kGoalRole).toInt() : -1;
}

int GoalEditor::selectedObjective() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, kObjectiveRole).toInt() : -1;
}

void GoalEditor::showSelected()
{
    const int g = selectedGoal();
    const int o = selectedObjective();
    m_loading = true;
    if (g < 0) {
        m_detail->setCurrentWidget(m_empty);
    } else if (o < 0) {
        setEnumComboValue(m_domain, m_goals.at(g).domain);
        m_longTerm->setPlainText(m_goals.at(g).longTerm);
        m_detail->setCurrentWidget(m_goalPage);
    } else {
        m_objectiveForm->setObjective(m_goals.at(g).objectives.at(o));
        m_detail->setCurrentWidget(m_objectiveForm);
    }
    m_loading = false;
    updateButtons();
}

void GoalEditor::storeGoalFields()
{
    const int g = selectedGoal();
    if (m_loading || g < 0 || selectedObjective() >= 0)
        return;
    m_goals[g].domain = enumComboValue<GoalDomain>(m_domain);
    m_goals[g].longTerm = m_longTerm->toPlainText().trimmed();
    m_tree->topLevelItem(g)->setText(0, goalTitle(g));
    emit changed();
}

void GoalEditor::storeObjectiveFields()
{
    const int g = selectedGoal();
    const int o = selectedObjective();
    if (m_loading || g < 0 || o < 0)
        return;
    IepObjective &obj = m_goals[g].objectives[o];
    obj = m_objectiveForm->applyTo(obj);
    QTreeWidgetItem *item = m_tree->topLevelItem(g)->child(o);
    item->setText(0, objectiveTitle(g, o));
    item->setToolTip(0, objectiveTitle(g, o));
    emit changed();
}

QStringList GoalEditor::problems() const
{
    const QString problem = m_detail->currentWidget() == m_objectiveForm ? m_objectiveForm->problem() : QString();
    return problem.isEmpty() ? QStringList() : QStringList{problem};
}

void GoalEditor::updateButtons()
{
    m_addGoal->setEnabled(m_editable);
    m_bank->setEnabled(m_editable);
    m_addObjective->setEnabled(m_editable && selectedGoal() >= 0);
    m_remove->setEnabled(m_editable && selectedGoal() >= 0);
    m_domain->setEnabled(m_editable);
    m_longTerm->setReadOnly(!m_editable);
    m_objectiveForm->setEditable(m_editable);
}

void GoalEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void GoalEditor::addGoal()
{
    IepGoal goal;
    if (const int g = selectedGoal(); g >= 0)
        goal.domain = m_goals.at(g).domain;
    m_goals.append(goal);
    rebuildTree();
    select(int(m_goals.size()) - 1);
    m_longTerm->setFocus();
    emit changed();
}

void GoalEditor::addObjective()
{
    const int g = selectedGoal();
    if (g < 0)
        return;
    IepObjective o;
    o.start = m_defaults.start;
    o.deadline = m_defaults.deadline;
    o.end = m_defaults.deadline;
    o.responsible = m_defaults.responsible;
    o.methods = u"O"_s;
    m_goals[g].objectives.append(o);
    rebuildTree();
    select(g, int(m_goals.at(g).objectives.size()) - 1);
    m_objectiveForm->behaviourEdit()->setFocus();
    emit changed();
}

void GoalEditor::removeSelected()
{
    const int g = selectedGoal();
    const int o = selectedObjective();
    if (g < 0)
        return;
    if (o >= 0)
        m_goals[g].objectives.removeAt(o);
    else
        m_goals.removeAt(g);
    rebuildTree();
    if (!m_goals.isEmpty())
        select(std::min(g, int(m_goals.size()) - 1));
    else
        showSelected();
    emit changed();
}

void GoalEditor::insertFromBank(const BankInsertion &insertion)
{
    int g = -1;
    for (int i = 0; i < m_goals.size(); ++i)
        if (m_goals.at(i).domain == insertion.goal.domain && m_goals.at(i).longTerm == insertion.goal.longTermText)
            g = i;
    if (g < 0) {
        IepGoal goal;
        goal.domain = insertion.goal.domain;
        goal.longTerm = insertion.goal.longTermText;
        m_goals.append(goal);
        g = int(m_goals.size()) - 1;
    }
    IepObjective o;
    o.behaviour = insertion.objectiveText;
    o.criterion = insertion.criterion;
    o.scale = insertion.goal.scale;
    o.direction = insertion.goal.direction;
    o.goalValue = insertion.goalValue;
    o.start = m_defaults.start;
    o.deadline = m_defaults.deadline;
    o.end = m_defaults.deadline;
    o.responsible = m_defaults.responsible;
    o.methods = insertion.goal.scale == MeasurementScale::Accuracy ? u"OT"_s : u"O"_s;
    m_goals[g].objectives.append(o);
    rebuildTree();
    select(g, int(m_goals.at(g).objectives.size()) - 1);
    emit changed();
}

void GoalEditor::openGoalBank()
{
    std::optional<GoalDomain> domain;
    if (const int g = selectedGoal(); g >= 0)
        domain = m_goals.at(g).domain;
    m_bankDialog = new GoalBankDialog(m_session, domain, this);
    m_bankDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_bankDialog, &QDialog::accepted, this, [this, dialog = m_bankDialog] {
        if (dialog && dialog->insertion())
            insertFromBank(*dialog->insertion());
    });
    m_bankDialog->open();
}

} // namespace rr
