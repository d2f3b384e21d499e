#include "iep/ObjectiveForm.h"

#include "goalbank/FillObjective.h"
#include "iep/EnumCombo.h"
#include "iep/ScaleValueEdit.h"
#include "students/OptionalDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ObjectiveForm::ObjectiveForm(QWidget *parent) : QWidget(parent)
{
    m_behaviour = new QPlainTextEdit(this);
    m_behaviour->setObjectName(u"objectiveBehaviour"_s);
    m_behaviour->setFixedHeight(m_behaviour->fontMetrics().lineSpacing() * 3 + 12);
    m_behaviour->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_behaviour->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_behaviour->setPlaceholderText(tr("What the child will do, as it can be observed"));
    m_condition = new QLineEdit(this);
    m_condition->setObjectName(u"objectiveCondition"_s);
    m_condition->setPlaceholderText(tr("e.g. 借助实物, 在个训室"));
    m_criterion = new QLineEdit(this);
    m_criterion->setObjectName(u"objectiveCriterion"_s);
    m_criterion->setPlaceholderText(tr("e.g. 正确率80%以上, 连续3次"));
    m_criterionHint = new QLabel(this);
    m_criterionHint->setObjectName(u"criterionHint"_s);
    m_criterionHint->setWordWrap(true);
    m_deadline = makeOptionalDateEdit(this);
    m_deadline->setObjectName(u"objectiveDeadline"_s);
    m_responsible = new QLineEdit(this);
    m_responsible->setObjectName(u"objectiveResponsible"_s);
    m_start = makeOptionalDateEdit(this);
    m_end = makeOptionalDateEdit(this);
    m_scale = new QComboBox(this);
    m_scale->setObjectName(u"objectiveScale"_s);
    fillEnumCombo(m_scale, allScales(), scaleLabel);
    m_direction = new QComboBox(this);
    fillEnumCombo(m_direction, QList<Direction>{Direction::Increase, Direction::Decrease}, directionLabel);
    m_goalValue = new ScaleValueEdit(true, this);
    m_goalValue->setObjectName(u"objectiveGoalValue"_s);

    auto *methods = new QHBoxLayout;
    methods->setContentsMargins(0, 0, 0, 0);
    for (EvaluationMethod method : allEvaluationMethods()) {
        auto *box = new QCheckBox(evaluationMethodLabel(method), this);
        box->setObjectName(u"method"_s + evaluationMethodLetter(method));
        box->setProperty("letter", QString(evaluationMethodLetter(method)));
        m_methods.append(box);
        methods->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }
    methods->addStretch(1);
    auto *dates = new QHBoxLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch(1);
    auto *measure = new QHBoxLayout;
    measure->setContentsMargins(0, 0, 0, 0);
    measure->addWidget(m_scale);
    measure->addWidget(m_direction);
    measure->addWidget(new QLabel(tr("Goal value"), this));
    measure->addWidget(m_goalValue, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Behaviour"), m_behaviour);
    form->addRow(tr("Condition"), m_condition);
    form->addRow(tr("Criterion"), m_criterion);
    form->addRow(QString(), m_criterionHint);
    form->addRow(tr("Deadline"), m_deadline);
    form->addRow(tr("Evaluation"), methods);
    form->addRow(tr("Responsible"), m_responsible);
    form->addRow(tr("Start and end"), dates);
    form->addRow(tr("Measured as"), measure);

    auto emitChanged = [this] {
        if (!m_loading)
            emit changed();
    };
    connect(m_behaviour, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_condition, &QLineEdit::textChanged, this, emitChanged);
    connect(m_criterion, &QLineEdit::textChanged, this, [this, emitChanged] {
        updateCriterionHint();
        emitChanged();
    });
    connect(m_criterion, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && !m_criterion->isReadOnly())
            carryCriterionIntoBehaviour();
    });
    for (QDateEdit *d : {m_deadline, m_start, m_end})
        connect(d, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_responsible, &QLineEdit::textChanged, this, emitChanged);
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        const auto scale = enumComboValue<MeasurementScale>(m_scale);
        if (!m_loading) {
            m_goalValue->setScale(scale);
            m_goalValue->setValue(std::nullopt);
            setEnumComboValue(m_direction, defaultDirection(scale));
        }
        emitChanged();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_goalValue, &ScaleValueEdit::changed, this, emitChanged);
}

QCheckBox *ObjectiveForm::methodBox(EvaluationMethod method) const
{
    const int index = int(allEvaluationMethods().indexOf(method));
    return index >= 0 ? m_methods.at(index) : nullptr;
}

void ObjectiveForm::setObjective(const IepObjective &o)
{
    m_loading = true;
    m_behaviour->setPlainText(o.behaviour);
    m_condition->setText(o.condition);
    m_criterion->setText(o.criterion);
    m_committedCriterion = o.criterion.trimmed();
    setOptionalDate(m_deadline, o.deadline);
    for (QCheckBox *box : m_methods)
        box->setChecked(o.methods.contains(box->property("letter").toString()));
    m_responsible->setText(o.responsible);
    setOptionalDate(m_start, o.start);
    setOptionalDate(m_end, o.end);
    setEnumComboValue(m_scale, o.scale);
    setEnumComboValue(m_direction, o.direction);
    m_goalValue->setScale(o.scale);
    m_goalValue->setValue(o.goalValue);
    updateCriterionHint();
    m_loading = false;
}

IepObjective ObjectiveForm::applyTo(IepObjective o) const
{
    o.behaviour = m_behaviour->toPlainText().trimmed();
    o.condition = m_condition->text().trimmed();
    o.criterion = m_criterion->text().trimmed();
    o.deadline = optionalDate(m_deadline);
    o.methods.clear();
    for (QCheckBox *box : m_methods)
        if (box->isChecked())
            o.methods += box->property("letter").toString();
    o.responsible = m_responsible->text().trimmed();
    o.start = optionalDate(m_start);
    o.end = optionalDate(m_end);
    o.scale = enumComboValue<MeasurementScale>(m_scale);
    o.direction = enumComboValue<Direction>(m_direction);
    // A value that does not fit the scale keeps the last good one; problem() says why.
    if (const auto value = m_goalValue->value())
        o.goalValue = *value;
    return o;
}

QString ObjectiveForm::problem() const
{
    const auto value = m_goalValue->value();
    return value ? QString() : tr("Goal value: %1").arg(value.error().message);
}

void ObjectiveForm::carryCriterionIntoBehaviour()
{
    const QString criterion = m_criterion->text().trimmed();
    const QString previous = m_committedCriterion;
    if (criterion.isEmpty() || criterion == previous)
        return;
    m_committedCriterion = criterion;
    QString behaviour = m_behaviour->toPlainText();
    const qsizetype at = previous.isEmpty() ? -1 : behaviour.lastIndexOf(previous);
    if (at < 0)
        return;
    behaviour.replace(at, previous.size(), criterion);
    m_behaviour->setPlainText(behaviour);   // emits changed() through textChanged
}

void ObjectiveForm::updateCriterionHint()
{
    const QString criterion = m_criterion->text().trimmed();
    if (criterion.isEmpty())
        m_criterionHint->setText(tr("Without a criterion the objective cannot take effect."));
    else if (!isMeasurableCriterion(criterion))
        m_criterionHint->setText(tr("This criterion cannot be measured; give a number (80%, 3 times) or a prompt level."));
    else
        m_criterionHint->clear();
    m_criterionHint->setStyleSheet(m_criterionHint->text().isEmpty() ? QString() : u"color: #b3261e;"_s);
    m_criterionHint->setVisible(!m_criterionHint->text().isEmpty());
}

void ObjectiveForm::setEditable(bool editable)
{
    m_behaviour->setReadOnly(!editable);
    m_condition->setReadOnly(!editable);
    m_criterion->setReadOnly(!editable);
    m_responsible->setReadOnly(!editable);
    m_goalValue->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_deadline, m_start, m_end, m_scale, m_direction})
        w->setEnabled(editable);
    for (QCheckBox *box : m_methods)
        box->setEnabled(editable);
}

} // namespace rr
