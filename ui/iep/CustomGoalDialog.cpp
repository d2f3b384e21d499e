#include "iep/CustomGoalDialog.h"

#include "common/MessageLabel.h"
#include "goalbank/CustomGoals.h"
#include "iep/EnumCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

CustomGoalDialog::CustomGoalDialog(Session session, GoalDomain domain, QWidget *parent)
    : QDialog(parent), m_session(std::move(session))
{
    setWindowTitle(tr("Add a goal to the bank"));
    m_domain = new QComboBox(this);
    fillEnumCombo(m_domain, allGoalDomains(), goalDomainLabel);
    setEnumComboValue(m_domain, domain);
    m_area = new QLineEdit(this);
    m_area->setObjectName(u"customArea"_s);
    m_area->setPlaceholderText(tr("e.g. 注意力, 加减法"));
    m_longTerm = new QLineEdit(this);
    m_longTerm->setObjectName(u"customLongTerm"_s);
    m_objective = new QLineEdit(this);
    m_objective->setObjectName(u"customObjective"_s);
    m_objective->setPlaceholderText(tr("e.g. 能独立完成20以内进位加法，正确率达{标准}"));
    m_scale = new QComboBox(this);
    fillEnumCombo(m_scale, allScales(), scaleLabel);
    m_direction = new QComboBox(this);
    fillEnumCombo(m_direction, QList<Direction>{Direction::Increase, Direction::Decrease}, directionLabel);
    auto *hint = new QLabel(tr("Write {标准} where each child's criterion will go (80%, 3 times, 独立 …): it is asked "
                               "for when the goal is inserted into an IEP."),
                            this);
    hint->setWordWrap(true);
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Domain"), m_domain);
    form->addRow(tr("Sub-area"), m_area);
    form->addRow(tr("Long-term goal"), m_longTerm);
    form->addRow(tr("Short-term objective"), m_objective);
    form->addRow(QString(), hint);
    form->addRow(tr("Scale"), m_scale);
    form->addRow(tr("Direction"), m_direction);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());

    connect(m_scale, &QComboBox::currentIndexChanged, this,
            [this] { setEnumComboValue(m_direction, defaultDirection(enumComboValue<MeasurementScale>(m_scale))); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomGoalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomGoalDialog::reject);
}

BankGoal CustomGoalDialog::goal() const
{
    BankGoal g;
    g.domain = enumComboValue<GoalDomain>(m_domain);
    g.area = m_area->text().trimmed();
    g.longTermText = m_longTerm->text().trimmed();
    g.objectiveTemplate = m_objective->text().trimmed();
    g.scale = enumComboValue<MeasurementScale>(m_scale);
    g.direction = enumComboValue<Direction>(m_direction);
    g.custom = true;
    return g;
}

void CustomGoalDialog::accept()
{
    const auto added = CustomGoalRepository(m_session.db).add(goal());
    if (!added) {
        m_message->showError(added.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace rr
