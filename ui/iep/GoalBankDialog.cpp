#include "iep/GoalBankDialog.h"
#include "common/SortProxy.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "goalbank/CustomGoals.h"
#include "goalbank/FillObjective.h"
#include "goalbank/GoalBank.h"
#include "iep/CustomGoalDialog.h"
#include "iep/EnumCombo.h"
#include "iep/GoalBankModel.h"
#include "iep/ScaleValueEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

std::optional<double> goalValueFromCriterion(MeasurementScale scale, const QString &criterion)
{
    if (scale == MeasurementScale::PromptLevel) {
        for (int level = int(PromptLevel::FullAssist); level <= int(PromptLevel::Independent); ++level)
            if (criterion.contains(promptLevelChinese(static_cast<PromptLevel>(level))))
                return double(level);
    }
    // Full-width digits as Chinese input methods type them count too.
    QString ascii;
    for (QChar c : criterion)
        ascii += c.isDigit() ? QChar(u'0' + c.digitValue()) : (c == u'．' ? QChar(u'.') : c);
    const QRegularExpressionMatch m = QRegularExpression(u"\\d+(\\.\\d+)?"_s).match(ascii);
    if (!m.hasMatch())
        return std::nullopt;
    const auto checked = checkValue(scale, m.captured(0).toDouble());
    return checked ? std::optional<double>(*checked) : std::nullopt;
}

GoalBankDialog::GoalBankDialog(Session session, std::optional<GoalDomain> domain, QWidget *parent)
    : QDialog(parent), m_session(std::move(session))
{
    setWindowTitle(tr("Goal bank"));

    m_domain = new QComboBox(this);
    m_domain->setObjectName(u"bankDomain"_s);
    m_domain->addItem(tr("All domains"), -1);
    fillEnumCombo(m_domain, allGoalDomains(), goalDomainLabel);
    if (domain)
        setEnumComboValue(m_domain, *domain);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"bankSearch"_s);
    m_search->setPlaceholderText(tr("Search sub-area, goal or objective"));
    m_search->setClearButtonEnabled(true);

    m_model = new GoalBankModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"bankTable"_s);
    makeSortable(m_table, m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(GoalBankModel::Domain, true);   // the combo says it; shown for "all domains"
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(GoalBankModel::LongTerm, QHeaderView::Interactive);
    m_table->setColumnWidth(GoalBankModel::LongTerm, 260);
    header->setSectionResizeMode(GoalBankModel::Objective, QHeaderView::Stretch);

    auto *insertBox = new QGroupBox(tr("Insert into this IEP"), this);
    m_preview = new QLabel(insertBox);
    m_preview->setObjectName(u"bankPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_criterion = new QLineEdit(insertBox);
    m_criterion->setObjectName(u"bankCriterion"_s);
    m_criterion->setPlaceholderText(tr("For this child, e.g. 80%, 3 times, 5 minutes, 独立"));
    m_goalValue = new ScaleValueEdit(true, insertBox);
    m_goalValue->setObjectName(u"bankGoalValue"_s);
    m_goalValue->setToolTip(tr("The value the aim line heads for; read from the criterion when it names one."));
    m_message = new MessageLabel(insertBox);
    m_message->setObjectName(u"bankMessage"_s);
    auto *insertForm = new QFormLayout(insertBox);
    insertForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    insertForm->addRow(tr("Objective"), m_preview);
    insertForm->addRow(tr("Criterion"), m_criterion);
    insertForm->addRow(tr("Goal value"), m_goalValue);
    insertForm->addRow(m_message);

    m_addOwn = new QPushButton(tr("Add my own goal…"), this);
    m_addOwn->setObjectName(u"addOwnGoal"_s);
    m_removeOwn = new QPushButton(tr("Remove my goal"), this);
    m_removeOwn->setObjectName(u"removeOwnGoal"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_insert = m_buttons->addButton(tr("Insert objective"), QDialogButtonBox::AcceptRole);
    m_insert->setObjectName(u"insertObjective"_s);
    m_insert->setDefault(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Domain"), this));
    filters->addWidget(m_domain);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_addOwn);
    bottom->addWidget(m_removeOwn);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(insertBox);
    layout->addLayout(bottom);
    resize(1000, 680);

    connect(m_domain, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { showSelected(); });
    connect(m_criterion, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_message->clearMessage();
        if (!m_goalValueTyped)
            m_goalValue->setValue(goalValueFromCriterion(m_goalValue->scale(), text));
    });
    connect(m_goalValue, &ScaleValueEdit::changed, this, [this] { m_goalValueTyped = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoalBankDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GoalBankDialog::reject);
    connect(m_addOwn, &QPushButton::clicked, this, &GoalBankDialog::openCustomGoalDialog);
    connect(m_removeOwn, &QPushButton::clicked, this, [this] {
        const auto goal = selectedGoal();
        if (!goal || !goal->custom)
            return;
        if (QMessageBox::question(this, tr("Remove my goal"), tr("Remove this goal from the bank? IEPs that use it keep "
                                                                 "their objectives."))
            != QMessageBox::Yes)
            return;
        if (const auto removed = CustomGoalRepository(m_session.db).remove(*goal); !removed) {
            m_message->showError(removed.error().message);
            return;
        }
        reloadGoals();
    });
    reloadGoals();
}

void GoalBankDialog::reloadGoals()
{
    const std::optional<BankGoal> selected = selectedGoal();
    // The shipped bank still serves when the teacher's own goals cannot be read.
    const auto own = CustomGoalRepository(m_session.db).all();
    if (!own)
        reportReadFailure(this, own.error(), m_message);
    m_model->setGoals(own ? GoalBank::shipped().goals() + *own : GoalBank::shipped().goals());
    applyFilter();
    if (selected)
        selectGoal(*selected);
}

void GoalBankDialog::applyFilter()
{
    const int domain = m_domain->currentData().toInt();
    m_model->setFilter(domain < 0 ? std::nullopt : std::optional<GoalDomain>(static_cast<GoalDomain>(domain)), m_search->text());
    m_table->setColumnHidden(GoalBankModel::Domain, domain >= 0);
    m_table->resizeColumnToContents(GoalBankModel::Area);
    m_table->resizeColumnToContents(GoalBankModel::Scale);
    m_table->resizeColumnToContents(GoalBankModel::Source);
    m_table->resizeRowsToContents();
    showSelected();
}

void GoalBankDialog::selectGoal(const BankGoal &goal)
{
    int row = m_model->rowOf(goal);
    if (row < 0) {   // filtered out: show everything of its domain
        m_search->clear();
        setEnumComboValue(m_domain, goal.domain);
        row = m_model->rowOf(goal);
    }
    if (row >= 0) {
        m_table->selectRow(viewRow(m_table, row));
        m_table->scrollTo(m_table->model()->index(viewRow(m_table, row), GoalBankModel::Objective));
    }
}

std::optional<BankGoal> GoalBankDialog::selectedGoal() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->shown().at(sourceRow(rows.constFirst()));
}

void GoalBankDialog::showSelected()
{
    const auto goal = selectedGoal();
    m_insert->setEnabled(goal.has_value());
    m_removeOwn->setEnabled(goal && goal->custom);
    m_criterion->setEnabled(goal.has_value());
    m_goalValue->setEnabled(goal.has_value());
    if (!goal) {
        m_preview->setText(u"<i>"_s + tr("Choose a goal in the list.").toHtmlEscaped() + u"</i>"_s);
        return;
    }
    const QString placeholder = QString::fromUtf16(kCriterionPlaceholder);
    QString html = goal->objectiveTemplate.toHtmlEscaped();
    html.replace(placeholder.toHtmlEscaped(), u"<b style='color:#b3261e'>"_s + placeholder + u"</b>"_s);
    m_preview->setText(html + u"<br><small>"_s + QString(goal->longTermText + u" · "_s + scaleLabel(goal->scale)).toHtmlEscaped() +
                       u"</small>"_s);
    m_goalValue->setScale(goal->scale);
    m_goalValueTyped = false;
    m_goalValue->setValue(goalValueFromCriterion(goal->scale, m_criterion->text()));
}

void GoalBankDialog::openCustomGoalDialog()
{
    const int domain = m_domain->currentData().toInt();
    m_customDialog = new CustomGoalDialog(m_session, domain < 0 ? GoalDomain::Cognition : static_cast<GoalDomain>(domain), this);
    m_customDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_customDialog, &QDialog::accepted, this, [this, dialog = m_customDialog] {
        const BankGoal added = dialog->goal();
        reloadGoals();
        selectGoal(added);
    });
    m_customDialog->open();
}

void GoalBankDialog::accept()
{
    const auto goal = selectedGoal();
    if (!goal) {
        m_message->showError(tr("Choose a goal in the list first."));
        return;
    }
    const auto text = fillObjective(*goal, m_criterion->text());
    if (!text) {
        m_message->showError(text.error().message);
        m_criterion->setFocus();
        return;
    }
    const auto goalValue = m_goalValue->value();
    if (!goalValue) {
        m_message->showError(goalValue.error().message);
        return;
    }
    m_insertion = BankInsertion{*goal, *text, m_criterion->text().trimmed(), *goalValue};
    QDialog::accept();
}

} // namespace rr
