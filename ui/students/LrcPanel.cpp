#include "students/LrcPanel.h"
#include "common/SortProxy.h"

#include "common/MessageLabel.h"
#include "lrc/LrcRepository.h"
#include "students/LrcHistoryModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
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

    auto *next = new QHBoxLayout;
    next->addWidget(new QLabel(tr("Next step:"), this));
    next->addWidget(m_step);
    next->addWidget(m_date);
    next->addWidget(m_actor, 1);
    next->addWidget(m_note, 2);
    next->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(next);
    layout->addWidget(m_message);
}

void LrcPanel::setStudent(qint64 studentId)
{
    m_studentId = studentId;
    m_message->clearMessage();
    m_actor->clear();
    m_note->clear();
    m_date->setDate(m_session.clock->today());
    reload();
}

void LrcPanel::reload()
{
    LrcRepository repository(m_session.db);
    const QList<LrcEvent> history = repository.history(m_studentId);
    m_model->setHistory(history);
    m_table->resizeColumnsToContents();
    const LrcState state = stateOf(history);
    m_state->setText(tr("Current status: %1").arg(lrcStateLabel(state)));
    m_step->clear();
    const QList<LrcStep> steps = allowedSteps(state);
    for (LrcStep step : steps)
        m_step->addItem(lrcStepLabel(step), int(step));
    const bool any = !steps.isEmpty();
    m_step->setEnabled(any);
    m_add->setEnabled(any && m_studentId > 0);
}

bool LrcPanel::addStep()
{
    if (m_step->currentIndex() < 0)
        return false;
    LrcEvent event;
    event.studentId = m_studentId;
    event.step = LrcStep(m_step->currentData().toInt());
    event.date = m_date->date();
    event.actor = m_actor->text().trimmed();
    event.note = m_note->text().trimmed();
    auto id = LrcRepository(m_session.db).addStep(event);
    if (!id) {
        m_message->showError(id.error().message);
        return false;
    }
    m_message->showInfo(tr("Recorded: %1").arg(lrcStepLabel(event.step)));
    m_actor->clear();
    m_note->clear();
    reload();
    return true;
}

} // namespace rr
