#include "iep/ObjectiveDataPanel.h"
#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

#include "common/MessageLabel.h"
#include "iep/ObjectiveData.h"
#include "iep/ProgressPointModel.h"
#include "iep/ScaleValueEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ObjectiveDataPanel::ObjectiveDataPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"dataPanelTitle"_s);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_entryBox = new QGroupBox(tr("Record a data point"), this);
    m_date = makeDateEdit(m_entryBox);
    m_date->setObjectName(u"pointDate"_s);
    m_value = new ScaleValueEdit(false, m_entryBox);
    m_value->setObjectName(u"pointValue"_s);
    m_note = new QLineEdit(m_entryBox);
    m_note->setObjectName(u"pointNote"_s);
    m_note->setPlaceholderText(tr("Optional, e.g. tired after PE"));
    m_addPoint = new QPushButton(tr("Add data point"), m_entryBox);
    m_addPoint->setObjectName(u"addPoint"_s);
    auto *entry = new QFormLayout(m_entryBox);
    entry->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    entry->addRow(tr("Date"), m_date);
    entry->addRow(tr("Value"), m_value);
    entry->addRow(tr("Note"), m_note);
    entry->addRow(QString(), m_addPoint);

    m_points = new ProgressPointModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"pointTable"_s);
    makeSortable(m_table, m_points);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(90);
    m_removePoint = new QPushButton(tr("Remove data point"), this);
    m_removePoint->setObjectName(u"removePoint"_s);

    m_phaseBox = new QGroupBox(tr("Phase change (the teaching changed)"), this);
    m_phaseDate = makeDateEdit(m_phaseBox);
    m_phaseDate->setObjectName(u"phaseDate"_s);
    m_phaseNote = new QLineEdit(m_phaseBox);
    m_phaseNote->setObjectName(u"phaseNote"_s);
    m_phaseNote->setPlaceholderText(tr("What changed, e.g. concrete objects instead of pictures"));
    m_addPhase = new QPushButton(tr("Add phase change"), m_phaseBox);
    m_addPhase->setObjectName(u"addPhase"_s);
    m_phaseList = new QLabel(m_phaseBox);
    m_phaseList->setObjectName(u"phaseList"_s);
    m_phaseList->setWordWrap(true);
    auto *phase = new QFormLayout(m_phaseBox);
    phase->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    phase->addRow(tr("Date"), m_phaseDate);
    phase->addRow(tr("Change"), m_phaseNote);
    phase->addRow(QString(), m_addPhase);
    phase->addRow(m_phaseList);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"dataMessage"_s);

    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removePoint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_entryBox);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(removeRow);
    layout->addWidget(m_phaseBox);

    connect(m_addPoint, &QPushButton::clicked, this, [this] { addPoint(); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] { addPoint(); });
    connect(m_removePoint, &QPushButton::clicked, this, [this] { removeSelectedPoint(); });
    connect(m_addPhase, &QPushButton::clicked, this, [this] { addPhaseChange(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateEnabled(); });
    clearObjective();
}

void ObjectiveDataPanel::setObjective(const ObjectiveRow &row, bool inEffect)
{
    const bool same = row.objective.id == m_objectiveId;
    m_objectiveId = row.objective.id;
    m_inEffect = inEffect;
    m_title->setText(tr("Data for: %1").arg(objectiveText(row.objective)));
    if (!same) {
        const QDate today = m_session.clock->today();
        m_date->setDate(today);
        m_phaseDate->setDate(today);
        m_value->setScale(row.objective.scale);
        m_value->clear();
        m_note->clear();
        m_phaseNote->clear();
        m_message->clearMessage();
    }
    m_points->setPoints(row.objective.scale, row.points);
    m_table->resizeColumnsToContents();
    QStringList phases;
    for (const PhaseChange &c : row.phaseChanges)
        phases << u"%1  %2"_s.arg(screenDate(c.date), c.note);
    m_phaseList->setText(phases.isEmpty() ? tr("No phase changes yet.") : tr("Phase changes:\n%1").arg(phases.join(u'\n')));
    if (!inEffect)
        m_message->showInfo(tr("Data are recorded while the IEP is in effect."));
    else if (m_message->text() == tr("Data are recorded while the IEP is in effect."))
        m_message->clearMessage();
    updateEnabled();
}

void ObjectiveDataPanel::clearObjective()
{
    m_objectiveId = 0;
    m_inEffect = false;
    m_title->setText(tr("Choose an objective to record its data."));
    m_points->setPoints(MeasurementScale::Accuracy, {});
    m_phaseList->clear();
    m_message->clearMessage();
    updateEnabled();
}

void ObjectiveDataPanel::updateEnabled()
{
    const bool editable = m_objectiveId > 0 && m_inEffect;
    m_entryBox->setEnabled(editable);
    m_phaseBox->setEnabled(editable);
    m_removePoint->setEnabled(editable && !m_table->selectionModel()->selectedRows().isEmpty());
}

bool ObjectiveDataPanel::addPoint()
{
    if (m_objectiveId <= 0 || !m_inEffect)
        return false;
    const auto value = m_value->value();
    if (!value) {
        m_message->showError(value.error().message);
        return false;
    }
    ProgressPoint point;
    point.objectiveId = m_objectiveId;
    point.date = m_date->date();
    point.value = **value;
    point.note = m_note->text().trimmed();
    const auto added = ObjectiveDataRepository(m_session.db).addPoint(point);
    if (!added) {
        m_message->showError(added.error().message);
        return false;
    }
    m_value->clear();
    m_note->clear();
    m_message->showInfo(tr("Data point of %1 added.").arg(screenDate(point.date)));
    return true;
}

bool ObjectiveDataPanel::removeSelectedPoint()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_inEffect)
        return false;
    const auto removed = ObjectiveDataRepository(m_session.db).removePoint(rows.constFirst().data(ProgressPointModel::PointIdRole).toLongLong());
    if (!removed) {
        m_message->showError(removed.error().message);
        return false;
    }
    m_message->showInfo(tr("Data point removed."));
    return true;
}

bool ObjectiveDataPanel::addPhaseChange()
{
    if (m_objectiveId <= 0 || !m_inEffect)
        return false;
    if (m_phaseNote->text().trimmed().isEmpty()) {
        m_message->showError(tr("Say what changed in the teaching."));
        return false;
    }
    const auto added = ObjectiveDataRepository(m_session.db).addPhaseChange(
        {0, m_objectiveId, m_phaseDate->date(), m_phaseNote->text().trimmed()});
    if (!added) {
        m_message->showError(added.error().message);
        return false;
    }
    m_phaseNote->clear();
    m_message->showInfo(tr("Phase change added; the four-point rule counts from this date."));
    return true;
}

} // namespace rr
