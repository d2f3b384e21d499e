#include "iep/EvaluationDialog.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "iep/IepContentText.h"
#include "iep/IepRepository.h"
#include "iep/ObjectiveData.h"
#include "iep/ProgressPointModel.h"
#include "progress/GoalAttainment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QComboBox *markCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (ProgressMark m : {ProgressMark::None, ProgressMark::Pass, ProgressMark::Continue, ProgressMark::Drop,
                           ProgressMark::Simplify, ProgressMark::Extend})
        combo->addItem(m == ProgressMark::None ? progressMarkLabel(m) : progressMarkKey(m) + u" "_s + progressMarkLabel(m), int(m));
    return combo;
}

QComboBox *achievementCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (Achievement a : {Achievement::None, Achievement::Achieved, Achievement::MostlyAchieved, Achievement::NotAchieved})
        combo->addItem(achievementLabel(a), int(a));
    return combo;
}

QComboBox *gasCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(u"—"_s, QVariant());
    for (int level = -2; level <= 2; ++level)
        combo->addItem((level > 0 ? u"+%1"_s.arg(level) : QString::number(level)), level);
    return combo;
}

} // namespace

EvaluationDialog::EvaluationDialog(Session session, qint64 iepId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_iepId(iepId)
{
    setWindowTitle(tr("End-of-semester evaluation"));
    auto *intro = new QLabel(tr("Mark every objective (P passed, C continue, D dropped, S simplified, E extended), say "
                                "whether it was achieved, and rate it on the GAS scale: −2 still at baseline, 0 as "
                                "expected, +2 much better than expected."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"evaluationTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Objective"), tr("Latest / goal"), tr("Mark"), tr("Achieved"), tr("GAS"), tr("Comment")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Objective, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Comment, QHeaderView::Stretch);
    m_tScore = new QLabel(this);
    m_tScore->setObjectName(u"gasTScore"_s);
    QFont bold = m_tScore->font();
    bold.setBold(true);
    m_tScore->setFont(bold);
    m_message = new MessageLabel(this);
    m_save = new QPushButton(tr("Save results"), this);
    m_save->setObjectName(u"saveResults"_s);
    m_archive = new QPushButton(tr("Archive the IEP"), this);
    m_archive->setObjectName(u"archiveIep"_s);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tScore, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_archive);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(1100, 560);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { saveResults(); });
    connect(m_archive, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Archive the IEP"),
                                  tr("An archived IEP cannot be changed any more. Archive it now?"))
            == QMessageBox::Yes)
            archivePlan();
    });
    load();
}

void EvaluationDialog::load()
{
    m_table->setRowCount(0);
    m_objectiveIds.clear();
    // The plan and the data of its objectives, read before anything is shown:
    // no marks are entered against a plan that could not be read whole.
    const auto iep = IepRepository(m_session.db).byId(m_iepId);
    const auto pointsOf = ObjectiveDataRepository(m_session.db).pointsOfPlan(m_iepId);
    if (!iep || !pointsOf) {
        reportReadFailure(this, !iep ? iep.error() : pointsOf.error(), m_message);
        m_save->setEnabled(false);
        m_archive->setEnabled(false);
        m_table->setEnabled(false);
        return;
    }
    m_status = iep->status;
    for (int g = 0; g < iep->content.goals.size(); ++g) {
        const IepGoal &goal = iep->content.goals.at(g);
        for (int o = 0; o < goal.objectives.size(); ++o) {
            const IepObjective &obj = goal.objectives.at(o);
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_objectiveIds.append(obj.id);
            auto *text = new QTableWidgetItem(u"%1.%2 "_s.arg(g + 1).arg(o + 1) + objectiveText(obj));
            text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, Objective, text);
            const QList<ProgressPoint> points = pointsOf->value(obj.id);
            const QString latest = points.isEmpty() ? u"—"_s : scaleValueText(obj.scale, points.constLast().value);
            const QString goalText = obj.goalValue ? scaleValueText(obj.scale, *obj.goalValue) : u"—"_s;
            auto *values = new QTableWidgetItem(latest + u" / "_s + goalText);
            values->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, Latest, values);
            auto *mark = markCombo(m_table);
            auto *achieved = achievementCombo(m_table);
            auto *gas = gasCombo(m_table);
            m_table->setCellWidget(row, Mark, mark);
            m_table->setCellWidget(row, Achieved, achieved);
            m_table->setCellWidget(row, Gas, gas);
            m_table->setItem(row, Comment, new QTableWidgetItem);
            setResult(row, obj.result, obj.achievement, obj.gasLevel, obj.resultComment);
            connect(gas, &QComboBox::currentIndexChanged, this, [this] { updateTScore(); });
            for (QComboBox *combo : {mark, achieved, gas})
                connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                    if (m_message->isError())
                        m_message->clearMessage();
                });
        }
    }
    m_table->resizeColumnToContents(Latest);
    m_table->resizeColumnToContents(Mark);
    m_table->resizeColumnToContents(Achieved);
    m_table->resizeColumnToContents(Gas);
    m_table->resizeRowsToContents();

    const bool open = m_status == IepStatus::Evaluation;
    m_table->setEnabled(true);
    m_table->setEditTriggers(open ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column : {int(Mark), int(Achieved), int(Gas)})
            m_table->cellWidget(row, column)->setEnabled(open);
    m_save->setEnabled(open);
    m_archive->setEnabled(open);
    if (m_status == IepStatus::Archived)
        m_message->showInfo(tr("This IEP is archived; its evaluation can no longer change."));
    else if (!open)
        m_message->showInfo(tr("Start the end-of-semester evaluation first (IEP area)."));
    updateTScore();
}

void EvaluationDialog::setResult(int row, ProgressMark mark, Achievement achievement, std::optional<int> gas,
                                 const QString &comment)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    auto *markBox = qobject_cast<QComboBox *>(m_table->cellWidget(row, Mark));
    auto *achievedBox = qobject_cast<QComboBox *>(m_table->cellWidget(row, Achieved));
    auto *gasBox = qobject_cast<QComboBox *>(m_table->cellWidget(row, Gas));
    markBox->setCurrentIndex(markBox->findData(int(mark)));
    achievedBox->setCurrentIndex(achievedBox->findData(int(achievement)));
    gasBox->setCurrentIndex(gas ? gasBox->findData(*gas) : 0);
    m_table->item(row, Comment)->setText(comment);
}

QList<ObjectiveEvaluation> EvaluationDialog::evaluations() const
{
    QList<ObjectiveEvaluation> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ObjectiveEvaluation e;
        e.objectiveId = m_objectiveIds.at(row);
        e.result = static_cast<ProgressMark>(qobject_cast<QComboBox *>(m_table->cellWidget(row, Mark))->currentData().toInt());
        e.achievement =
            static_cast<Achievement>(qobject_cast<QComboBox *>(m_table->cellWidget(row, Achieved))->currentData().toInt());
        const QVariant gas = qobject_cast<QComboBox *>(m_table->cellWidget(row, Gas))->currentData();
        if (gas.isValid())
            e.gasLevel = gas.toInt();
        e.comment = m_table->item(row, Comment)->text().trimmed();
        list.append(e);
    }
    return list;
}

void EvaluationDialog::updateTScore()
{
    QList<int> levels;
    for (const ObjectiveEvaluation &e : evaluations())
        if (e.gasLevel)
            levels.append(*e.gasLevel);
    const auto t = levels.isEmpty() ? Result<double>(makeError(ErrorCode::InvalidInput, QString())) : gasTScore(levels);
    m_tScore->setText(t ? tr("Semester GAS T-score: %1 (%n objective(s) rated)", "", int(levels.size()))
                              .arg(QString::number(*t, 'f', 1))
                        : tr("Semester GAS T-score: rate at least one objective"));
}

bool EvaluationDialog::saveResults()
{
    const auto saved = IepRepository(m_session.db).recordEvaluation(m_iepId, evaluations());
    if (!saved) {
        m_message->showError(saved.error().message);
        return false;
    }
    m_message->showInfo(tr("Results saved."));
    return true;
}

bool EvaluationDialog::archivePlan()
{
    if (!saveResults())
        return false;
    const auto archived = IepRepository(m_session.db).archive(m_iepId);
    if (!archived) {
        m_message->showError(archived.error().message);
        return false;
    }
    load();
    m_message->showInfo(tr("The IEP is archived."));
    return true;
}

} // namespace rr
