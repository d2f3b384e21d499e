#include "iep/PresentLevelEditor.h"

#include "assessment/AssessmentRepository.h"
#include "assessment/PresentLevelSuggestion.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "iep/EnumCombo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

PresentLevelEditor::PresentLevelEditor(Session session, qint64 studentId, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_studentId(studentId)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"presentLevelTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Domain"), tr("Present level")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_table->setColumnWidth(Domain, 220);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_add = new QPushButton(tr("Add domain"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_suggest = new QPushButton(tr("Suggest from assessments"), this);
    m_suggest->setObjectName(u"suggestLevels"_s);
    m_suggest->setToolTip(tr("Adds a line for each instrument's latest assessment of this student, to edit."));
    m_message = new MessageLabel(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_suggest);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addLevel();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Text));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    connect(m_suggest, &QPushButton::clicked, this, [this] { suggestFromAssessments(); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        m_table->resizeRowsToContents();
        emit changed();
    });
}

void PresentLevelEditor::addLevel(const PresentLevel &level)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *domain = new QComboBox(m_table);
    fillEnumCombo(domain, allGoalDomains(), goalDomainLabel);
    setEnumComboValue(domain, level.domain);
    connect(domain, &QComboBox::currentIndexChanged, this, &PresentLevelEditor::changed);
    m_table->setCellWidget(row, Domain, domain);
    m_table->setItem(row, Text, new QTableWidgetItem(level.text));
    m_table->resizeRowsToContents();
    emit changed();
}

void PresentLevelEditor::setLevels(const QList<PresentLevel> &levels)
{
    const QSignalBlocker blocker(this);
    m_table->setRowCount(0);
    for (const PresentLevel &level : levels)
        addLevel(level);
    m_message->clearMessage();
}

QList<PresentLevel> PresentLevelEditor::levels() const
{
    QList<PresentLevel> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *text = m_table->item(row, Text);
        if (!text || text->text().trimmed().isEmpty())
            continue;
        const auto *domain = qobject_cast<const QComboBox *>(m_table->cellWidget(row, Domain));
        list.append({domain ? enumComboValue<GoalDomain>(domain) : GoalDomain::Cognition, text->text().trimmed()});
    }
    return list;
}

void PresentLevelEditor::setEditable(bool editable)
{
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QWidget *w = m_table->cellWidget(row, Domain))
            w->setEnabled(editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_suggest->setEnabled(editable);
}

int PresentLevelEditor::suggestFromAssessments()
{
    const auto read = AssessmentRepository(m_session.db).latestPerInstrument(m_studentId);
    if (!read) {
        reportReadFailure(this, read.error(), m_message);
        return 0;
    }
    const QList<Assessment> &latest = *read;
    if (latest.isEmpty()) {
        m_message->showError(tr("This student has no assessments on file; add them on the Assessments tab of the IEP area."));
        return 0;
    }
    const QList<PresentLevel> existing = levels();
    int added = 0;
    for (const Assessment &a : latest) {
        const PresentLevelSuggestion s = presentLevelSuggestion(a);
        const bool known = std::any_of(existing.cbegin(), existing.cend(),
                                       [&](const PresentLevel &p) { return p.text.contains(s.text); });
        if (known)
            continue;
        addLevel({s.domain, s.text});
        ++added;
    }
    if (added > 0)
        m_message->showInfo(tr("%n suggestion(s) added from the assessments; edit them to describe the child.", "", added));
    else
        m_message->showInfo(tr("The assessments' findings are already in the present levels."));
    return added;
}

} // namespace rr
